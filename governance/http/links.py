"""Absolute links handed out of band (in mail, to an admin), built from the configured base URL
and never from the request's Host header, which a client chooses."""

from flask import current_app, url_for


def absolute(endpoint: str, **values) -> str:
    return current_app.config["BASE_URL"] + url_for(endpoint, **values)


def link_url(raw: str) -> str:
    """The one-time link (invitation, password reset) for this raw token."""
    return absolute("links.open_link", token=raw)

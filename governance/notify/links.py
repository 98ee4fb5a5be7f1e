"""Links in mail: absolute URLs from BASE_URL and the app's own routes, never a request's Host."""

from dataclasses import dataclass, field
from urllib.parse import urlsplit

from flask import Flask


@dataclass(frozen=True)
class Link:
    label: str
    endpoint: str
    values: dict = field(default_factory=dict)


def host(base_url: str) -> str:
    return urlsplit(base_url).hostname or "localhost"


def absolute(app: Flask, link: Link) -> str:
    base = app.config["BASE_URL"]
    return base + app.url_map.bind(host(base)).build(link.endpoint, link.values)

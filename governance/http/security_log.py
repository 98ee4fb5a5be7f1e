"""The security log (ASVS 16.3): every refused request - each 401 and 403, and any other answer a
view gave because it refused (a hidden record's 404, an unlisted form field) - with who asked,
from where, for what, and why. Plain Python logging on the "governance.security" logger; failed
sign-ins are logged there by the accounts service."""

import logging

from flask import Flask, abort, g, request
from flask_login import current_user

from ..services.errors import ServiceError

log = logging.getLogger("governance.security")
REFUSED = frozenset({401, 403})


def log_refusal(reason: str) -> None:
    """Say why this request is refused; one line is written when its answer is known."""
    g.refusal_reason = reason


def abort_for(error: ServiceError):
    """Turn a service refusal into the status it stands for."""
    if error.status in (403, 404):
        log_refusal(error.message)
    abort(error.status)


def _actor() -> str:
    return current_user.email if current_user.is_authenticated else "anonymous"


def _problem_detail(response) -> str | None:
    if response.mimetype != "application/problem+json":
        return None
    body = response.get_json(silent=True) or {}
    return body.get("detail")


def init_app(app: Flask) -> None:
    @app.after_request
    def write_refusal(response):
        reason = g.pop("refusal_reason", None)
        if reason is None and response.status_code not in REFUSED:
            return response
        log.warning(
            "refused %s from %s: %s %s (%s) -> %d: %s",
            _actor(),
            request.remote_addr,
            request.method,
            request.path,
            request.url_rule.rule if request.url_rule else "no route",
            response.status_code,
            reason or _problem_detail(response) or "not allowed",
        )
        return response

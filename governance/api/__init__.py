"""The JSON API under /api/v1, described by the OpenAPI 3.1 document at /api/openapi.json."""

from flask import Flask
from flask_login import current_user
from werkzeug.exceptions import HTTPException

from ..extensions import csrf
from ..http.problems import from_http_exception, from_service_error, problem
from ..services.errors import ServiceError
from . import (  # noqa: F401 - between, public_reads add routes
    admin,
    between,
    public_reads,
    reads,
    writes,
)
from .auth import authenticate


def require_signed_in():
    """Every write needs an identity: refused with 401 before its input is even read."""
    if not current_user.is_authenticated:
        return problem(
            401,
            "send Authorization: Bearer <token>",
            headers={"WWW-Authenticate": 'Bearer realm="api"'},
        )
    return None


# Blueprints are module-level: their hooks are attached once, at import.
for _bp in (reads.bp, writes.bp, admin.bp):
    _bp.before_request(authenticate)
    _bp.register_error_handler(ServiceError, from_service_error)
    _bp.register_error_handler(HTTPException, from_http_exception)
writes.bp.before_request(require_signed_in)
admin.bp.before_request(require_signed_in)


def register(app: Flask) -> None:
    for bp in (reads.bp, writes.bp, admin.bp):
        # Token requests carry no cookie to forge; cookie-session writes are checked in
        # authenticate() instead.
        csrf.exempt(bp)
        app.register_blueprint(bp)
    app.add_url_rule("/api/openapi.json", "openapi", reads.openapi_document)

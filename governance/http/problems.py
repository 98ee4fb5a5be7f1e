"""RFC 9457 problem details: every API error is JSON naming what went wrong and where."""

from flask import jsonify
from werkzeug.exceptions import HTTPException

from ..services.errors import ServiceError

TITLES = {
    400: "Bad request",
    401: "Authentication required",
    403: "Forbidden",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Content too large",
    415: "Unsupported media type",
    422: "Invalid input",
    503: "Service unavailable",
}
TYPE_BASE = "https://governance.invalid/problems/"


def problem(status: int, detail: str, field: str | None = None, headers: dict | None = None):
    body = {
        "type": TYPE_BASE + TITLES.get(status, "error").lower().replace(" ", "-"),
        "title": TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
    }
    if field is not None:
        body["field"] = field
    response = jsonify(body)
    response.status_code = status
    response.mimetype = "application/problem+json"
    for key, value in (headers or {}).items():
        response.headers[key] = value
    return response


def from_service_error(exc: ServiceError):
    # A hidden record and a missing one must read the same.
    if exc.status == 404:
        return problem(404, "There is no such record.")
    return problem(exc.status, exc.message, exc.field)


def from_http_exception(exc: HTTPException):
    status = exc.code or 500
    detail = "There is no such record." if status == 404 else (exc.description or "")
    headers = {"WWW-Authenticate": 'Bearer realm="api"'} if status == 401 else None
    return problem(status, detail, headers=headers)


PROBLEM_SCHEMA = {
    "type": "object",
    "required": ["type", "title", "status", "detail"],
    "properties": {
        "type": {"type": "string"},
        "title": {"type": "string"},
        "status": {"type": "integer"},
        "detail": {"type": "string"},
        "field": {"type": "string"},
    },
    "examples": [
        {
            "type": TYPE_BASE + "invalid-input",
            "title": "Invalid input",
            "status": 422,
            "detail": "an embargo needs a disclosure date",
            "field": "disclosed_at",
        }
    ],
}

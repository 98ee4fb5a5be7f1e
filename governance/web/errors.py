"""Error pages that say no more than a missing page would."""

import logging
import secrets

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError
from werkzeug.exceptions import RequestEntityTooLarge

from ..db import is_busy
from ..http.problems import problem
from ..render.print_job import TooLargeToPrint
from .request_limits import BadParameter

RETRY_AFTER_SECONDS = 5


def init_app(app: Flask) -> None:
    def page(
        code: int,
        title: str,
        message: str,
        request_id: str | None = None,
        headers: dict | None = None,
    ):
        headers = {**(headers or {}), **({"X-Request-Id": request_id} if request_id else {})}
        if request.path.startswith("/api/"):
            return problem(code, message, headers=headers)
        html = render_template(
            "errors/error.html", code=code, title=title, message=message, request_id=request_id
        )
        return html, code, headers

    @app.errorhandler(500)
    def internal_error(error):
        # No trace for the visitor; the log has it under an id they can quote to staff.
        request_id = secrets.token_hex(6)
        cause = getattr(error, "original_exception", None) or error
        logging.getLogger("governance.errors").error(
            "request %s failed: %s %s", request_id, request.method, request.path, exc_info=cause
        )
        return page(
            500,
            "Something went wrong",
            f"The page could not be produced. If it "
            f"happens again, tell the secretariat this reference: {request_id}.",
            request_id,
        )

    @app.errorhandler(404)
    def not_found(_e):
        return page(404, "Not found", "There is no page at this address.")

    @app.errorhandler(403)
    def forbidden(_e):
        return page(403, "Not allowed", "Your account may not do this.")

    @app.errorhandler(CSRFError)
    def csrf_failed(_e):
        return page(400, "Form expired", "The form was stale or not ours. Reload and try again.")

    @app.errorhandler(TooLargeToPrint)
    def too_large_to_print(_e):
        return page(
            503,
            "Too large to print",
            "This document is too large to print: it could not be laid out within the time and "
            "memory a PDF is given. Read it on its page instead.",
        )

    @app.errorhandler(BadParameter)
    def bad_parameter(e):
        return page(400, "Bad request", e.description)

    @app.errorhandler(RequestEntityTooLarge)
    def too_large(_e):
        limit = app.config["MAX_CONTENT_LENGTH"] // (1024 * 1024)
        return page(413, "Too large", f"The request is larger than the {limit} MB we accept.")

    @app.errorhandler(405)
    def not_allowed(_e):
        return page(405, "Method not allowed", "This address does not accept that request.")

    @app.errorhandler(OperationalError)
    def busy(exc):
        """Another writer kept SQLite's write lock past the busy timeout: nothing was changed."""
        if not is_busy(exc):
            raise exc
        return page(
            503,
            "Busy",
            "Another change was being saved and this one could not wait for it. Nothing was "
            f"changed; try again in {RETRY_AFTER_SECONDS} seconds.",
            headers={"Retry-After": str(RETRY_AFTER_SECONDS)},
        )

"""Error pages that say no more than a missing page would."""

from flask import Flask, render_template, request
from flask_wtf.csrf import CSRFError

from ..api.problems import problem


def init_app(app: Flask) -> None:
    def page(code: int, title: str, message: str):
        if request.path.startswith("/api/"):
            return problem(code, message)
        return render_template("errors/error.html", code=code, title=title, message=message), code

    @app.errorhandler(404)
    def not_found(_e):
        return page(404, "Not found", "There is no page at this address.")

    @app.errorhandler(403)
    def forbidden(_e):
        return page(403, "Not allowed", "Your account may not do this.")

    @app.errorhandler(CSRFError)
    def csrf_failed(_e):
        return page(400, "Form expired", "The form was stale or not ours. Reload and try again.")

    @app.errorhandler(405)
    def not_allowed(_e):
        return page(405, "Method not allowed", "This address does not accept that request.")

"""The web surfaces: blueprints, request-scoped database session, security headers, errors."""

from flask import Flask

from . import (
    auth,
    errors,
    public,
    public_docs,  # noqa: F401 - adds the PDF, feed and sitemap routes to public.bp
    security,
    session,
)


def register(app: Flask) -> None:
    session.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(public.bp)

"""The web surfaces: blueprints, request-scoped database session, security headers, errors."""

from flask import Flask

from ..http import security_log, session
from . import (
    account,
    admin,
    auth,
    between,
    board,
    calendar_feed,
    dev_mail,
    errors,
    links,
    notifications,
    page_cache,
    public,
    public_docs,  # noqa: F401 - adds the PDF, feed and sitemap routes to public.bp
    request_limits,
    secretariat,
    security,
    templating,
)


def register(app: Flask) -> None:
    session.init_app(app)
    request_limits.init_app(app)
    security.init_app(app)
    security_log.init_app(app)
    errors.init_app(app)
    templating.init_app(app)
    page_cache.init_app(app)
    app.register_blueprint(auth.bp)
    app.register_blueprint(public.bp)
    app.register_blueprint(board.bp)
    app.register_blueprint(account.bp)
    app.register_blueprint(notifications.bp)
    app.register_blueprint(secretariat.bp)
    app.register_blueprint(between.bp)
    app.register_blueprint(admin.bp)
    app.register_blueprint(links.bp)
    app.register_blueprint(calendar_feed.bp)
    if app.config.get("DEV_MAIL_PAGE") and not app.config.get("PRODUCTION"):
        app.register_blueprint(dev_mail.bp)

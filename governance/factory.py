"""create_app: config, extensions, blueprints — nothing else."""

import os
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

from . import api, audit_key, web
from .cli import register_commands
from .config import Config
from .db import Database
from .extensions import csrf, login_manager
from .http.converters import IdConverter
from .paths import ROOT


def create_app(overrides: dict | None = None) -> Flask:
    app = Flask(
        __name__,
        instance_path=str(ROOT / "instance"),
        template_folder=str(ROOT / "templates"),
        static_folder=str(ROOT / "static"),
    )
    config = Config(app.instance_path, overrides)
    config.check()
    app.config.from_mapping(config.as_dict())
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    if app.config["TRUSTED_PROXIES"]:
        # request.remote_addr becomes the address the nearest trusted proxy saw; nothing else of
        # the forwarded headers is believed (absolute URLs come from BASE_URL anyway).
        app.wsgi_app = ProxyFix(
            app.wsgi_app,
            x_for=app.config["TRUSTED_PROXIES"],
            x_proto=0,
            x_host=0,
            x_port=0,
            x_prefix=0,
        )
    app.extensions["governance.db"] = Database(
        app.config["DATABASE_URL"],
        app.config["SQLITE_BUSY_TIMEOUT_MS"],
        audit_key.load(app.instance_path),
    )
    csrf.init_app(app)
    login_manager.init_app(app)

    # Every <int:…> in a URL is an id: bounded, so a huge number is a 404, not a database error.
    app.url_map.converters["int"] = IdConverter

    web.register(app)
    api.register(app)

    if os.environ.get("GOVERNANCE_BENCH") == "1":
        # The ceiling for benchmarks: the same app and server, no database, no template.
        app.add_url_rule("/_bench/constant", "bench_constant", lambda: "ok")

    register_commands(app)
    return app

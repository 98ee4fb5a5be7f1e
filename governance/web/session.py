"""One database session per request: safe methods read, others take the write lock up front."""

from flask import Flask, current_app, g, request
from sqlalchemy.orm import Session

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_db() -> Session:
    if "db" not in g:
        database = current_app.extensions["governance.db"]
        g.db = database.session(write=request.method not in SAFE_METHODS)
    return g.db


def init_app(app: Flask) -> None:
    @app.teardown_appcontext
    def close_db(_exc):
        db = g.pop("db", None)
        if db is not None:
            db.close()

"""One database session per request. It reads without a lock; a state change takes the write lock
itself for as long as it runs (see services/transaction.py), never the whole request."""

from flask import Flask, current_app, g
from sqlalchemy.orm import Session

SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


def get_db() -> Session:
    if "db" not in g:
        g.db = current_app.extensions["governance.db"].session()
    return g.db


def init_app(app: Flask) -> None:
    @app.teardown_appcontext
    def close_db(_exc):
        db = g.pop("db", None)
        if db is not None:
            db.close()

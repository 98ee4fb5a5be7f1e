"""The board-governance tracker.

Kept free of imports so that `governance.rules` can be imported without Flask or SQLAlchemy.
"""


def create_app(overrides: dict | None = None):
    from .factory import create_app as build

    return build(overrides)

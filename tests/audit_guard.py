"""The audit table's append-only triggers, lifted inside one transaction: how a test empties the
database between tests, and how it plays an attacker who owns the database (and so could drop a
trigger) in order to show that `audit verify` still finds what they did."""

from contextlib import contextmanager

from sqlalchemy import text
from sqlalchemy.orm import Session

TRIGGERS_OF_AUDIT_EVENT = text(
    "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_event'"
)


@contextmanager
def guard_lifted(conn):
    """`conn`: a Connection or Session in a transaction; the triggers are back before it ends."""
    dialect = conn.get_bind().dialect if isinstance(conn, Session) else conn.dialect
    if dialect.name == "postgresql":
        conn.execute(text("ALTER TABLE audit_event DISABLE TRIGGER USER"))
        yield
        conn.execute(text("ALTER TABLE audit_event ENABLE TRIGGER USER"))
        return
    triggers = conn.execute(TRIGGERS_OF_AUDIT_EVENT).all()
    for name, _ in triggers:
        conn.execute(text(f'DROP TRIGGER "{name}"'))
    yield
    for _, sql in triggers:
        conn.execute(text(sql))

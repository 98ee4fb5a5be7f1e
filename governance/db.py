"""Engines and sessions.

SQLite: WAL, a busy timeout, foreign keys on every connection, and write transactions that take the
write lock up front (BEGIN IMMEDIATE) so two writers queue instead of failing on lock upgrade.
A web request reads without any lock; only a state change takes the write lock, for as long as
it runs (`begin_write`), so that a slow response (a preview, a form re-shown) never holds up
other writers. A writer that still waits past the busy timeout is answered 503 (`is_busy`).
PostgreSQL: services lock the rows they decide on (`FOR UPDATE`).
"""

from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from . import audit_key as keys
from .paths import ROOT

SQLITE_BUSY_TIMEOUT_MS = 5_000
WRITE = "governance_write"


def _tune_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection, _record):
        # Let SQLAlchemy, not pysqlite, decide when a transaction begins.
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def on_begin(conn):
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":
            return  # a lone statement outside any transaction
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get(WRITE) else "BEGIN")


def make_engine(url: str, busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS) -> Engine:
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _tune_sqlite(engine, busy_timeout_ms)
    else:
        engine = create_engine(url, pool_pre_ping=True)
    return engine


def is_sqlite(engine: Engine) -> bool:
    return engine.dialect.name == "sqlite"


def begin_write(session: Session) -> None:
    """Make the session's transaction a write transaction (SQLite: BEGIN IMMEDIATE), ending a
    read transaction it may be in; nothing to do on PostgreSQL or when it already writes."""
    if not is_sqlite(session.get_bind()):
        return
    if session.in_transaction():
        if session.connection().get_execution_options().get(WRITE):
            return
        _end_read_snapshot(session)
    session.connection(execution_options={WRITE: True})


def _end_read_snapshot(session: Session) -> None:
    """End the read transaction the caller loaded its records in. What it loaded stays usable
    (a relationship already loaded does not have to load again, which `lazy="raise"` forbids),
    but every column is read afresh, under the write lock, the next time it is used: the state
    change decides on the record as it is, not as it was before the lock."""
    session.commit()  # nothing written yet; expire_on_commit=False keeps relationships loaded
    for obj in list(session.identity_map.values()):
        columns = [attr.key for attr in inspect(obj).mapper.column_attrs]
        session.expire(obj, columns)


def is_busy(exc: BaseException) -> bool:
    """SQLite's answer when the write lock stayed taken past the busy timeout."""
    if not isinstance(exc, OperationalError):
        return False
    message = str(exc.orig).lower()
    return "database is locked" in message or "database is busy" in message


class Database:
    """One engine, two session factories: reads begin plainly, writes take the lock first.
    Every session carries the audit key (`session.info["audit_key"]`) for the services."""

    def __init__(
        self,
        url: str,
        busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
        audit_key: bytes | None = None,
    ):
        self.url = url
        self.engine = make_engine(url, busy_timeout_ms)
        if audit_key is None:
            audit_key = keys.load(ROOT / "instance")
        info = {"audit_key": audit_key}
        self._read = sessionmaker(self.engine, expire_on_commit=False, info=info)
        self._write = sessionmaker(
            self.engine.execution_options(**{WRITE: True}), expire_on_commit=False, info=info
        )

    def session(self, write: bool = False) -> Session:
        return (self._write if write else self._read)()

    def dispose(self) -> None:
        self.engine.dispose()


def advance_sequences(conn, tables) -> None:
    """After rows were written with their ids (restore, bulk load), move each PostgreSQL id
    sequence past them so that the next ordinary insert gets a fresh id. No-op on SQLite."""
    if conn.dialect.name != "postgresql":
        return
    for table in tables:
        if "id" not in table.c:
            continue  # a table keyed by other columns (user and kind) has no sequence to move
        name = table.name  # a table of our own metadata, never input
        statement = (
            f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "  # noqa: S608
            f"COALESCE((SELECT MAX(id) FROM {name}), 0) + 1, false)"
        )
        conn.exec_driver_sql(statement)

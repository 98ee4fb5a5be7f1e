"""Storage settings that concurrency and integrity depend on."""

import pytest
from sqlalchemy import event, select, text
from sqlalchemy.exc import IntegrityError, InvalidRequestError

from governance.db import Database
from governance.models import Meeting, Vote

from .scene import build_scene


@pytest.fixture
def sqlite_database(tmp_path):
    """Its own SQLite file, so these checks run in the PostgreSQL pass too."""
    database = Database("sqlite:///" + str(tmp_path / "pragmas.sqlite3"))
    yield database
    database.dispose()


def test_sqlite_runs_in_wal_mode_with_foreign_keys_and_a_busy_timeout(sqlite_database):
    with sqlite_database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


def test_write_sessions_take_the_sqlite_write_lock_up_front(sqlite_database):
    seen = []

    def capture(conn, cursor, statement, *args):
        seen.append(statement)

    event.listen(sqlite_database.engine, "before_cursor_execute", capture)
    try:
        for write in (True, False):
            session = sqlite_database.session(write=write)
            session.execute(text("SELECT 1"))
            session.close()
    finally:
        event.remove(sqlite_database.engine, "before_cursor_execute", capture)
    assert seen.index("BEGIN IMMEDIATE") < seen.index("BEGIN")


def test_an_autocommit_read_leaves_no_sqlite_transaction_open(sqlite_database):
    """The page cache's version check reads outside a transaction; the pooled connection must
    come back clean, or the next writer would wait on a lock nobody holds."""
    engine = sqlite_database.engine
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        assert conn.exec_driver_sql("SELECT 1").scalar() == 1
        assert not conn.connection.dbapi_connection.in_transaction
    session = sqlite_database.session(write=True)
    session.execute(text("CREATE TABLE after_autocommit (id INTEGER)"))
    session.commit()
    with engine.connect() as conn:
        assert not conn.connection.dbapi_connection.in_transaction


def test_the_database_itself_refuses_a_second_vote_by_one_member(make, db):
    s = build_scene(make)
    db.add(Vote(motion_id=s.motion.id, person_id=s.members[0].id, choice="for"))
    db.add(Vote(motion_id=s.motion.id, person_id=s.members[0].id, choice="against"))
    with pytest.raises(IntegrityError):
        db.flush()
    db.rollback()


def test_an_unloaded_relationship_raises_instead_of_querying(make, db):
    s = build_scene(make)
    db.expire_all()
    meeting = db.scalars(select(Meeting).where(Meeting.id == s.meeting.id)).one()
    with pytest.raises(InvalidRequestError, match="raise_on_sql"):
        _ = meeting.items

"""Shared fixtures: a migrated database (SQLite by default, PostgreSQL when DATABASE_URL says so),
emptied between tests, an app over it, and factories that build records through the services."""

import os
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import text

from governance.db import Database
from governance.migrate import downgrade, upgrade
from governance.models import Base
from governance.rules.vocab import BodyKind, Presence, Threshold, UserRole
from governance.services import agenda, attendance, directory, meetings, motions, records
from governance.services.accounts import create_user
from governance.services.actors import SYSTEM

from .audit_guard import guard_lifted

PASSWORD = "correct horse battery"


def _on_postgresql() -> bool:
    return os.environ.get("DATABASE_URL", "").startswith("postgresql")


def pytest_collection_modifyitems(config, items):
    """A test marked `postgres` runs in the PostgreSQL pass; the SQLite pass lists it as skipped
    (with `-ra`, never silently), and REQUIRE_POSTGRES refuses a run that is not PostgreSQL."""
    if _on_postgresql():
        return
    if os.environ.get("REQUIRE_POSTGRES"):
        pytest.exit("REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL", returncode=3)
    needs = pytest.mark.skip(reason="needs PostgreSQL: runs in the PostgreSQL pass of .ci/run")
    for item in items:
        if item.get_closest_marker("postgres"):
            item.add_marker(needs)


def _test_database_url(tmp_path_factory) -> str:
    url = os.environ.get("DATABASE_URL")
    if url:
        return url
    return "sqlite:///" + str(tmp_path_factory.mktemp("db") / "test.sqlite3")


@pytest.fixture(scope="session")
def database_url(tmp_path_factory):
    url = _test_database_url(tmp_path_factory)
    if os.environ.get("REQUIRE_POSTGRES") and not url.startswith("postgresql"):
        pytest.exit("REQUIRE_POSTGRES is set but DATABASE_URL is not PostgreSQL", returncode=3)
    downgrade(url, "base")
    upgrade(url, "head")
    return url


@pytest.fixture(scope="session")
def database(database_url):
    database = Database(database_url)
    yield database
    database.dispose()


def empty_all_tables(database: Database) -> None:
    """The only place that deletes audit events: the append-only guard is lifted to do it."""
    with database.engine.begin() as conn, guard_lifted(conn):
        if database.engine.dialect.name == "postgresql":
            names = ", ".join(t.name for t in Base.metadata.sorted_tables)
            conn.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        else:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())


@pytest.fixture
def db(database):
    empty_all_tables(database)
    session = database.session(write=True)
    yield session
    session.close()


def app_with(database_url, database, tmp_path, **overrides):
    """A test app over an emptied database, with settings changed by `overrides`."""
    from governance import create_app

    empty_all_tables(database)
    application = create_app(
        {
            "DATABASE_URL": database_url,
            "TESTING": True,
            "AUDIT_CHECKPOINT_DIR": str(tmp_path / "audit-checkpoints"),
        }
        | overrides
    )
    yield application
    application.extensions["governance.db"].dispose()


@pytest.fixture
def app(database_url, database, tmp_path):
    yield from app_with(database_url, database, tmp_path)


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def app_db(app):
    """The test's own view of the app's database. It takes no write lock up front (that would
    block the app's requests); call `fresh(app_db)` to see what a request has committed."""
    session = app.extensions["governance.db"].session(write=False)
    yield session
    session.close()


def fresh(session):
    """End the session's snapshot so the next query sees every commit since (and forget loaded
    rows: a rollback with no transaction open would keep them)."""
    session.rollback()
    session.expire_all()
    return session


def at(*args) -> datetime:
    return datetime(*args, tzinfo=UTC)


class Factory:
    """Builds records through the services, with sensible defaults, as the SYSTEM actor."""

    def __init__(self, db):
        self.db = db
        self.n = 0

    def _next(self) -> int:
        self.n += 1
        return self.n

    def org(self, name=None):
        return directory.create_organization(self.db, SYSTEM, name or f"Org {self._next()}")

    def person(self, name=None, org=None):
        return directory.create_person(
            self.db, SYSTEM, name or f"Person {self._next()}", None, org.id if org else None
        )

    def body(self, name=None, **kw):
        kw.setdefault("kind", BodyKind.BOARD)
        kw.setdefault("default_threshold", Threshold.MAJORITY_OF_VOTES_CAST)
        return directory.create_body(self.db, SYSTEM, name or f"Body {self._next()}", **kw)

    def seat(
        self,
        body,
        person=None,
        role="member",
        seat_class="individual",
        start=date(2013, 1, 1),
        end=None,
    ):
        person = person or self.person()
        directory.add_membership(self.db, SYSTEM, person.id, body.id, seat_class, role, start, end)
        return person

    def board(self, seats=5, **kw):
        body = self.body(**kw)
        members = [self.seat(body) for _ in range(seats)]
        return body, members

    def user(self, role=UserRole.DIRECTOR, person=None, email=None):
        if role == UserRole.DIRECTOR and person is None:
            person = self.person()
        return create_user(
            self.db,
            SYSTEM,
            email or f"user{self._next()}@example.org",
            role,
            PASSWORD,
            person.id if person else None,
        )

    def meeting(self, body, starts_at=datetime(2013, 8, 6, 9, 0), tz="America/Los_Angeles", **kw):
        return meetings.create_meeting(
            self.db,
            SYSTEM,
            body.id,
            kw.pop("title", f"Meeting {self._next()}"),
            starts_at,
            tz,
            **kw,
        )

    def item(self, meeting, **kw):
        return agenda.add_item(self.db, SYSTEM, meeting.id, kw.pop("title", "An item"), **kw)

    def present(self, meeting, people, presence=Presence.IN_PERSON):
        for p in people:
            attendance.record_attendance(self.db, SYSTEM, meeting.id, p.id, presence)

    def summary(self, meeting, release_at, schedule=False, body="The official summary."):
        """The meeting's official summary dated `release_at` (wall clock; passed dates are
        released at once), a draft unless `schedule`."""
        return records.save_summary(
            self.db, SYSTEM, meeting.id, body, schedule, release_at, release_now=True
        )

    def open_motion(self, meeting, **kw):
        motion = motions.propose_motion(
            self.db, SYSTEM, meeting.id, kw.pop("text", "That the board resolves."), **kw
        )
        return motions.open_motion(self.db, SYSTEM, motion.id, at=meeting.starts_at)


@pytest.fixture
def make(db):
    return Factory(db)


@pytest.fixture(autouse=True, scope="session")
def cheap_password_hashing():
    """Production Argon2id costs ~0.14 s and 64 MiB a hash by design; tests create hundreds of
    accounts. The same algorithm at its lowest cost keeps every code path."""
    from argon2 import Parameters, Type

    from governance.services import passwords

    passwords.use(
        Parameters(
            type=Type.ID,
            version=19,
            salt_len=16,
            hash_len=32,
            time_cost=1,
            memory_cost=8,
            parallelism=1,
        )
    )
    yield
    passwords.use(passwords.PRODUCTION)

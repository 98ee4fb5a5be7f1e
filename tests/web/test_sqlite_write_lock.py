"""SQLite's one write lock: held only while a state change runs, never for a whole request; a
writer that cannot get it in time is told 503 with Retry-After, and readers never wait for it.

Each test has its own SQLite file, so these run in the PostgreSQL pass too."""

import sqlite3
import threading
import time
from contextlib import contextmanager

import pytest

from governance import create_app
from governance.migrate import upgrade
from governance.rules.vocab import UserRole
from governance.services import records, tokens
from governance.services.actors import SYSTEM

from ..conftest import Factory
from .conftest import Auth, csrf_token

BUSY_MS = 300


@pytest.fixture
def sqlite_app(tmp_path):
    path = tmp_path / "lock.sqlite3"
    url = "sqlite:///" + str(path)
    upgrade(url)
    app = create_app({"DATABASE_URL": url, "TESTING": True, "SQLITE_BUSY_TIMEOUT_MS": BUSY_MS})
    app.sqlite_path = path
    yield app
    app.extensions["governance.db"].dispose()


@pytest.fixture
def scene(sqlite_app):
    db = sqlite_app.extensions["governance.db"].session()
    make = Factory(db)
    board, _ = make.board(seats=3)
    meeting = make.meeting(board)
    secretary = make.user(UserRole.SECRETARY)
    _, token = tokens.create_token(db, secretary, "tests")
    records.save_summary(db, SYSTEM, meeting.id, "A draft.")
    yield meeting.id, secretary.email, token
    db.close()


@contextmanager
def write_lock_held(path):
    """Another process's writer, keeping the lock (as a long import or a stuck tool would)."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")
        conn.close()


def test_an_api_write_that_cannot_get_the_lock_is_a_503_with_retry_after(sqlite_app, scene):
    meeting_id, _, token = scene
    client = sqlite_app.test_client()
    with write_lock_held(sqlite_app.sqlite_path):
        started = time.monotonic()
        response = client.put(
            f"/api/v1/meetings/{meeting_id}/minutes",
            json={"body": "Minutes."},
            headers={"Authorization": f"Bearer {token}"},
        )
        waited = time.monotonic() - started
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert response.mimetype == "application/problem+json"
    assert "try again" in response.get_json()["detail"]
    assert waited < 5 * BUSY_MS / 1000


def test_a_form_that_cannot_get_the_lock_is_a_503_page_with_retry_after(sqlite_app, scene):
    meeting_id, email, _ = scene
    client = sqlite_app.test_client()
    assert Auth(client).login(email).status_code == 302
    path = f"/secretariat/meetings/{meeting_id}/minutes"
    token = csrf_token(client, path)
    with write_lock_held(sqlite_app.sqlite_path):
        response = client.post(path, data={"body": "Minutes.", "csrf_token": token})
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "5"
    assert "Nothing was changed" in response.get_data(as_text=True)


def test_a_slow_request_that_changes_nothing_does_not_hold_up_writers(
    sqlite_app, scene, monkeypatch
):
    """A preview renders for as long as its text takes; other writers must not wait for it."""
    meeting_id, email, token = scene
    rendering, release = threading.Event(), threading.Event()
    from governance.web import secretariat

    real_render = secretariat.render_markdown

    def slow_render(text, *args):
        rendering.set()
        release.wait(10)
        return real_render(text, *args)

    monkeypatch.setattr(secretariat, "render_markdown", slow_render)
    previewer = sqlite_app.test_client()
    assert Auth(previewer).login(email).status_code == 302
    path = f"/secretariat/meetings/{meeting_id}/minutes"
    form = {"body": "Draft.", "preview": "y", "csrf_token": csrf_token(previewer, path)}
    results = {}

    def preview():
        results["preview"] = previewer.post(path, data=form)

    thread = threading.Thread(target=preview)
    thread.start()
    try:
        assert rendering.wait(10)
        response = sqlite_app.test_client().put(
            f"/api/v1/meetings/{meeting_id}/summary",
            json={"body": "Written while a preview renders."},
            headers={"Authorization": f"Bearer {token}"},
        )
        still_rendering = thread.is_alive()
    finally:
        release.set()
        thread.join(10)
    assert response.status_code == 200, response.get_json()
    assert still_rendering, "the write waited for the preview to finish"
    assert results["preview"].status_code == 200


@pytest.mark.parametrize("path", ["/", "/feed.atom", "/api/v1/meetings", "/search?q=minutes"])
def test_anonymous_reads_never_wait_for_a_writer(sqlite_app, scene, path):
    """The lock stays taken for the whole request: a reader that waited for it would get the
    503 after BUSY_MS, so a 200 shows it never waited."""
    client = sqlite_app.test_client()
    with write_lock_held(sqlite_app.sqlite_path):
        response = client.get(path + ("&" if "?" in path else "?") + "fresh=1")
    assert response.status_code == 200

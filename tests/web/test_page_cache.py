"""The rendered-page cache serves only what a fresh render would, to whom it would."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import event

from governance import visibility
from governance.rules.vocab import UserRole
from governance.services import agenda, meetings
from governance.services.actors import SYSTEM

from .test_board_workflows import signed_in

T0 = datetime(2099, 1, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def clock(monkeypatch):
    state = {"now": T0}
    monkeypatch.setattr(visibility, "now", lambda: state["now"])
    return state


@pytest.fixture
def published(web_make, clock):
    board, members = web_make.board(seats=3, name="Board of Directors")
    meeting = web_make.meeting(board, starts_at=datetime(2099, 3, 1, 9, 0), title="March call")
    web_make.item(meeting, title="First topic")
    meetings.publish_agenda(
        web_make.db, SYSTEM, meeting.id, at=datetime(2098, 12, 1, 9, 0), release_now=True
    )
    return meeting, members


def statements(app):
    seen = []
    engine = app.extensions["governance.db"].engine
    listener = lambda *a: seen.append(a[2])  # noqa: E731
    event.listen(engine, "before_cursor_execute", listener)
    return seen, lambda: event.remove(engine, "before_cursor_execute", listener)


def test_a_second_anonymous_request_is_served_from_the_cache(app, client, published):
    first = client.get("/")
    seen, stop = statements(app)
    second = client.get("/")
    stop()
    assert second.get_data() == first.get_data()
    assert len([s for s in seen if not s.startswith(("BEGIN", "ROLLBACK"))]) == 1  # the version


def test_any_change_makes_the_next_request_render_afresh(client, published, web_make):
    meeting, _ = published
    assert "Second topic" not in client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    agenda.add_item(web_make.db, SYSTEM, meeting.id, "Second topic")
    assert "Second topic" in client.get(f"/meetings/{meeting.id}").get_data(as_text=True)


def test_an_entry_is_never_served_past_the_next_release(client, published, web_make, clock):
    meeting, _ = published
    release = T0 + timedelta(seconds=30)
    meetings.set_summary_release(
        web_make.db, SYSTEM, meeting.id, datetime(2099, 3, 8, 9, 0), release_now=True
    )
    client.get(f"/meetings/{meeting.id}")
    clock["now"] = release  # not yet the release: still the same page, and still fresh
    assert client.get(f"/meetings/{meeting.id}").status_code == 200
    _, entry = client.application.extensions["governance.page_cache"].entries.items()[0]
    summary_release = datetime(2099, 3, 8, 17, 0, tzinfo=UTC)
    assert entry.expires_at <= summary_release


def test_a_page_rendered_later_is_not_served_for_an_earlier_instant(app, client, published, clock):
    clock["now"] = T0 + timedelta(seconds=10)
    client.get("/")
    clock["now"] = T0
    cache = app.extensions["governance.page_cache"]
    key, entry = cache.entries.items()[0]
    assert cache.get(key, T0) is None
    assert cache.get(key, clock["now"] + timedelta(seconds=10)) is entry


def test_signed_in_users_never_get_or_fill_the_anonymous_cache(app, client, published, web_make):
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    staff = signed_in(app, "secretary@example.org")
    private = staff.get("/")
    assert "private" in private.headers["Cache-Control"]
    assert len(app.extensions["governance.page_cache"].entries) == 0
    anonymous = client.get("/")
    assert "secretary@example.org" not in anonymous.get_data(as_text=True)
    assert "secretary@example.org" in staff.get("/").get_data(as_text=True)


def test_a_database_refilled_with_the_same_ids_is_not_served_old_pages(
    app, client, web_make, clock
):
    """Ids repeat after an emptied database is refilled (or an archive restored); the audit head's
    hash does not, so the cache cannot mistake the new record for the old."""
    from ..conftest import empty_all_tables

    def world(title):
        board, _ = web_make.board(seats=3, name="Board of Directors")
        meeting = web_make.meeting(board, starts_at=datetime(2099, 3, 1, 9, 0), title=title)
        meetings.publish_agenda(
            web_make.db, SYSTEM, meeting.id, at=datetime(2098, 12, 1, 9, 0), release_now=True
        )
        return meeting.id

    first_id = world("The first world")
    assert "The first world" in client.get("/").get_data(as_text=True)
    web_make.db.rollback()
    empty_all_tables(app.extensions["governance.db"])
    web_make.db.expunge_all()
    assert world("The second world") == first_id  # the same ids, the same audit ids
    page = client.get("/").get_data(as_text=True)
    assert "The second world" in page and "The first world" not in page

"""Decisions between meetings in the browser's terms: the secretary opens one, directors sign on
their own page, the public sees it at its release instant and the count only after the close."""

import html
import re
from datetime import UTC, datetime, timedelta

import pytest

from governance import visibility
from governance.rules.vocab import UserRole
from governance.services import between

from .conftest import Auth, csrf_token

OPENS = datetime(2014, 3, 10, 9, 0, tzinfo=UTC)
CLOSES = datetime(2014, 3, 17, 9, 0, tzinfo=UTC)
RELEASE = datetime(2014, 3, 20, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
TEXT = "RESOLVED, that the Board approves the 2014 budget."


@pytest.fixture
def clock(monkeypatch):
    state = {"now": OPENS + SECOND}
    monkeypatch.setattr(visibility, "now", lambda: state["now"])
    return state


@pytest.fixture
def scene(web_make, clock):
    board, members = web_make.board(seats=3, name="Board of Directors")
    users = [
        web_make.user(UserRole.DIRECTOR, person=m, email=f"d{i}@example.org")
        for i, m in enumerate(members)
    ]
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    return board, members, users


def _as(app, email):
    client = app.test_client()
    Auth(client).login(email)
    return client


def _post_new(app, board, **fields):
    """The secretary's form to open a decision, as a browser would submit it."""
    client = _as(app, "secretary@example.org")
    form = {
        "body_id": str(board.id),
        "kind": "written_consent",
        "text": TEXT,
        "proposer_id": "0",
        "seconder_id": "0",
        "opens_at": "2014-03-10T09:00",
        "closes_at": "2014-03-17T09:00",
        "timezone": "UTC",
        "threshold": "majority_of_seated",
        "disclosure": "public",
        "release_at": "2014-03-20T09:00",
        "csrf_token": csrf_token(client, "/board/decisions/new"),
        **fields,
    }
    return client.post("/board/decisions/new", data=form)


def _open(app, board, kind="written_consent", disclosure="public", release="2014-03-20T09:00"):
    response = _post_new(app, board, kind=kind, disclosure=disclosure, release_at=release or "")
    assert response.status_code == 302, response.get_data(as_text=True)
    return int(re.search(r"/decisions/(\d+)", response.headers["Location"]).group(1))


def _sign(app, email, action_id, choice="for", reason=""):
    client = _as(app, email)
    page = client.get("/board/decisions").get_data(as_text=True)
    digest = re.search(rf'name="d{action_id}-text_sha256" type="hidden" value="(\w+)"', page)
    return client.post(
        f"/board/decisions/{action_id}/sign",
        data={
            f"d{action_id}-choice": choice,
            f"d{action_id}-reason": reason,
            f"d{action_id}-text_sha256": digest.group(1) if digest else "",
            "csrf_token": csrf_token(client, "/board/decisions"),
        },
    )


def test_a_consent_opened_signed_and_released_on_time(app, scene, clock):
    board, members, users = scene
    action_id = _open(app, board)
    for i in range(3):
        assert _sign(app, f"d{i}@example.org", action_id).status_code == 302
    anonymous = app.test_client()
    clock["now"] = RELEASE - SECOND
    assert anonymous.get(f"/decisions/{action_id}").status_code == 404
    assert TEXT not in anonymous.get("/decisions").get_data(as_text=True)
    clock["now"] = RELEASE
    page = anonymous.get(f"/decisions/{action_id}")
    assert page.status_code == 200
    html = page.get_data(as_text=True)
    assert TEXT in html
    assert "Approved by unanimous written consent, 10 March 2014" in html


def test_the_public_never_sees_a_running_count(app, scene, clock, web_make):
    board, members, users = scene
    action = between.open_action(
        web_make.db,
        _secretary(web_make),
        board.id,
        "e_ballot",
        TEXT,
        OPENS,
        CLOSES,
        "UTC",
        "public",
        release_at=OPENS,  # public while it runs
        show_running=True,
    )
    _sign(app, "d0@example.org", action.id)
    clock["now"] = OPENS + timedelta(hours=1)
    public = app.test_client().get(f"/decisions/{action.id}").get_data(as_text=True)
    assert TEXT in public and "open" in public
    assert "1 for" not in public and "d0" not in public
    api = app.test_client().get(f"/api/v1/decisions/{action.id}").get_json()
    assert api["status"] == "open" and api["counts"] is None and api["result"] is None
    member = _as(app, "d1@example.org").get(f"/api/v1/decisions/{action.id}").get_json()
    assert member["counts"]["for"] == 1  # the body sees it: show_running is set
    clock["now"] = CLOSES
    public = app.test_client().get(f"/decisions/{action.id}").get_data(as_text=True)
    assert "Failed by e-ballot 1–0–0" in public


def _secretary(web_make):
    from sqlalchemy import select

    from governance.models import User

    return web_make.db.scalar(select(User).where(User.email == "secretary@example.org"))


def test_a_signature_one_second_late_is_refused(app, scene, clock):
    board, members, users = scene
    action_id = _open(app, board, kind="e_ballot")
    clock["now"] = CLOSES - SECOND
    assert _sign(app, "d0@example.org", action_id).status_code == 302
    clock["now"] = CLOSES
    response = _sign(app, "d1@example.org", action_id)
    assert response.status_code == 302  # back to the page, with the refusal flashed
    client = _as(app, "d1@example.org")
    assert "No decision is open for your signature" in client.get("/board/decisions").get_data(
        as_text=True
    )


def test_a_confidential_decision_is_never_public(app, scene, clock):
    board, members, users = scene
    action_id = _open(app, board, disclosure="confidential", release=None)
    for i in range(3):
        _sign(app, f"d{i}@example.org", action_id)
    clock["now"] = datetime(2100, 1, 1, tzinfo=UTC)
    anonymous = app.test_client()
    assert anonymous.get(f"/decisions/{action_id}").status_code == 404
    assert anonymous.get(f"/api/v1/decisions/{action_id}").status_code == 404
    assert TEXT not in anonymous.get("/decisions").get_data(as_text=True)
    assert anonymous.get("/api/v1/export").get_json()["between_actions"] == []
    board_view = _as(app, "d0@example.org").get(f"/decisions/{action_id}")
    assert "Approved by unanimous written consent" in board_view.get_data(as_text=True)


def test_an_embargo_without_its_instant_is_shown_back_with_the_error(app, scene):
    board, _, _ = scene
    response = _post_new(app, board, kind="e_ballot", disclosure="embargoed", release_at="")
    assert response.status_code == 422
    assert "an embargo needs a disclosure" in response.get_data(as_text=True)


def test_a_decision_page_is_cached_no_later_than_its_release_or_close(app, scene, clock):
    board, members, users = scene
    action_id = _open(app, board)
    anonymous = app.test_client()
    clock["now"] = RELEASE - SECOND
    listing = anonymous.get("/decisions")
    assert listing.headers["Cache-Control"] == "public, max-age=1"
    clock["now"] = RELEASE
    page = anonymous.get(f"/decisions/{action_id}")
    assert page.headers["Cache-Control"] == "public, max-age=300"


def test_the_next_meetings_minutes_start_with_the_decisions_and_say_when_they_miss_them(
    app, web_make, scene, clock
):
    board, members, users = scene
    action_id = _open(app, board)
    for i in range(3):
        assert _sign(app, f"d{i}@example.org", action_id).status_code == 302
    meeting = web_make.meeting(board, starts_at=datetime(2014, 4, 1, 9, 0), tz="UTC")
    clock["now"] = CLOSES + SECOND
    secretary = _as(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/minutes"
    first_draft = secretary.get(url).get_data(as_text=True)
    assert "## Actions taken since the last meeting" in first_draft
    assert "RESOLVED, that the Board approves the 2014 budget." in first_draft

    secretary.post(url, data={"body": "Present: all.", "csrf_token": csrf_token(secretary, url)})
    page = secretary.get(url).get_data(as_text=True)
    assert "these minutes do not list them" in page
    response = secretary.post(
        "/board/decisions/minutes",
        data={"meeting_id": str(meeting.id), "csrf_token": csrf_token(secretary, url)},
    )
    assert response.status_code == 302 and response.headers["Location"].endswith(url)
    page = secretary.get(url).get_data(as_text=True)
    assert "these minutes do not list them" not in page
    assert "Present: all.\n\n## Actions taken since the last meeting" in html.unescape(page)

"""The record cannot move under the public's feet: releases are never silent, a retraction says
so where the content was, an announced result stays as announced, and a live meeting never
answers a 500."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance import visibility
from governance.models import Meeting, Motion
from governance.rules.vocab import UserRole
from governance.services import agenda, attendance, meetings, motions, records
from governance.services import meetings as meeting_service
from governance.services.actors import SYSTEM
from governance.services.errors import Invalid

from ..conftest import fresh
from .forms_on_page import form_posting_to
from .test_board_workflows import signed_in, token

TZ = "America/Los_Angeles"
START = datetime(2013, 10, 3, 9, 0)  # wall clock in TZ
RELEASE_UTC = datetime(2013, 10, 10, 16, 0, tzinfo=UTC)  # 09:00 PDT


@pytest.fixture
def held(web_make):
    """A meeting held, voted and released a week later."""
    body, members = web_make.board(seats=4, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    meeting = web_make.meeting(body, starts_at=START, tz=TZ, title="October call")
    web_make.present(meeting, members)
    motion = web_make.open_motion(meeting, text="Adopt the budget mkbudget.")
    for person in members[:3]:
        motions.record_vote(web_make.db, SYSTEM, motion.id, person.id, "for", None, START)
    motions.record_vote(web_make.db, SYSTEM, motion.id, members[3].id, "against", None, START)
    motions.close_motion(web_make.db, SYSTEM, motion.id, at=START + timedelta(minutes=30))
    records.save_summary(
        web_make.db,
        SYSTEM,
        meeting.id,
        "The board mksummary met.",
        schedule=True,
        release_at=RELEASE_UTC,
        release_now=True,
    )
    return meeting, motion, members


def _pin(monkeypatch, instant):
    """The services' clock and the public side's clock, both at `instant`."""
    monkeypatch.setattr(meeting_service, "utcnow", lambda: instant)
    monkeypatch.setattr(visibility, "now", lambda: instant)


# --- releases are never silent ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("offset", "needs_confirmation"),
    [(timedelta(seconds=-1), True), (timedelta(0), True), (timedelta(seconds=1), False)],
    ids=["T-1s", "T", "T+1s"],
)
def test_a_release_instant_that_has_passed_needs_release_now(
    web_make, monkeypatch, offset, needs_confirmation
):
    body, members = web_make.board(seats=3)
    meeting = web_make.meeting(body, starts_at=START, tz=TZ)
    clock = RELEASE_UTC - offset  # the instant is `offset` after the clock
    _pin(monkeypatch, clock)
    if needs_confirmation:
        with pytest.raises(Invalid) as refused:
            meetings.set_summary_release(web_make.db, SYSTEM, meeting.id, RELEASE_UTC)
        assert refused.value.field == "summary_release_at"
        assert "10 October 2013 09:00 PDT has already passed" in refused.value.message
        assert fresh(web_make.db).get(Meeting, meeting.id).summary_release_at is None
    meetings.set_summary_release(
        web_make.db, SYSTEM, meeting.id, RELEASE_UTC, release_now=needs_confirmation
    )
    assert fresh(web_make.db).get(Meeting, meeting.id).summary_release_at == RELEASE_UTC


@pytest.mark.parametrize(
    ("offset", "is_retraction"),
    [(timedelta(seconds=-1), False), (timedelta(0), True), (timedelta(seconds=1), True)],
    ids=["T-1s", "T", "T+1s"],
)
def test_moving_a_passed_release_later_is_a_retraction_with_a_reason(
    web_make, held, monkeypatch, offset, is_retraction
):
    meeting, _motion, _members = held
    _pin(monkeypatch, RELEASE_UTC + offset)
    later = RELEASE_UTC + timedelta(days=30)
    if is_retraction:
        with pytest.raises(Invalid) as refused:
            meetings.set_summary_release(web_make.db, SYSTEM, meeting.id, later)
        assert refused.value.field == "retraction_reason"
    meetings.set_summary_release(
        web_make.db, SYSTEM, meeting.id, later, retraction_reason="Names a staff member in error"
    )
    moved = fresh(web_make.db).get(Meeting, meeting.id)
    assert moved.summary_release_at == later
    assert (moved.summary_withdrawn_at is not None) == is_retraction


def test_the_public_sees_the_withdrawal_not_a_bare_404(app, web_make, held, monkeypatch):
    meeting, motion, _members = held
    records.save_summary(
        web_make.db,
        SYSTEM,
        meeting.id,
        "The board mksummary met.",
        schedule=False,
        retraction_reason="Names a staff member in error; a corrected summary follows",
    )
    client = app.test_client()
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "Summary withdrawn on" in page
    assert "Names a staff member in error; a corrected summary follows" in page
    assert "mksummary" not in page
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert "Official summary withdrawn: October call" in feed and "mksummary" not in feed
    assert client.get(f"/meetings/{meeting.id}/summary.pdf").status_code == 404
    # The record released at the instant is still public: only the summary text was withdrawn.
    assert "mkbudget" in page


def test_a_retracted_record_is_hidden_on_every_surface(app, web_make, held):
    meeting, motion, _members = held
    meetings.set_summary_release(
        web_make.db,
        SYSTEM,
        meeting.id,
        datetime(2099, 1, 1, 9, 0),
        retraction_reason="Released too early by mistake",
    )
    client = app.test_client()
    assert client.get(f"/motions/{motion.id}").status_code == 404
    for path in (
        f"/meetings/{meeting.id}",
        "/",
        "/feed.atom",
        "/search?q=budget",
        "/search?q=board",
        "/api/v1/export",
        f"/api/v1/meetings/{meeting.id}",
        "/sitemap.xml",
    ):
        text = client.get(path).get_data(as_text=True)
        assert "mkbudget" not in text and "mksummary" not in text, path
    page = client.get(f"/meetings/{meeting.id}").get_data(as_text=True)
    assert "Released too early by mistake" in page


def test_the_summary_form_asks_for_release_now_and_a_retraction_reason(app, web_make, held):
    meeting, _motion, _members = held
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/summary"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    fields.pop("schedule", None)  # un-scheduling a public summary
    fields["csrf_token"] = token(sec, url)
    response = sec.post(url, data=fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "moving it later withdraws it from the public, which needs a public reason" in page
    fields["retraction_reason"] = "Published before the board approved it"
    assert sec.post(url, data=fields).status_code == 302
    assert fresh(web_make.db).get(Meeting, meeting.id).summary_withdrawn_reason == (
        "Published before the board approved it"
    )


# --- an announced result stays as announced ---------------------------------------------------


def test_attendance_corrected_after_a_close_leaves_the_result_and_roll_call(app, web_make, held):
    meeting, motion, members = held
    client = app.test_client()
    before = client.get(f"/motions/{motion.id}").get_data(as_text=True)
    pdf_before = client.get(f"/meetings/{meeting.id}/summary.pdf").data
    result = fresh(web_make.db).get(Motion, motion.id).result
    # Member 4 is found to have left before the vote: the correction is recorded...
    attendance.record_attendance(
        web_make.db,
        SYSTEM,
        meeting.id,
        members[3].id,
        "in_person",
        None,
        START + timedelta(minutes=10),
    )
    after = client.get(f"/motions/{motion.id}").get_data(as_text=True)
    closed = fresh(web_make.db).get(Motion, motion.id)
    # ...but the announced result, its roll call and the PDF stand, flagged.
    assert closed.result == result and closed.attendance_corrected_at is not None
    note = "Attendance corrected after this vote; the result stands as announced."
    assert note in after
    assert _roll_call_of(after) == _roll_call_of(before)
    assert client.get(f"/meetings/{meeting.id}/summary.pdf").data == pdf_before


def _roll_call_of(page: str) -> str:
    return page[page.index("<h2>Roll call</h2>") :]


def test_a_correction_that_does_not_touch_a_closed_vote_flags_nothing(web_make, held):
    meeting, motion, members = held
    attendance.record_attendance(
        web_make.db,
        SYSTEM,
        meeting.id,
        members[3].id,
        "in_person",
        None,
        START + timedelta(hours=5),
    )
    assert fresh(web_make.db).get(Motion, motion.id).attendance_corrected_at is None


# --- no 500 in a live meeting ------------------------------------------------------------------


def test_a_bad_roll_call_correction_is_redisplayed_with_the_input_kept(app, web_make, held):
    meeting, _motion, members = held
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/roll-call"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    fields[f"presence_{members[0].id}"] = "absent"
    fields[f"arrived_at_{members[0].id}"] = "2013-10-03T09:15"
    fields[f"reason_{members[1].id}"] = "kept mkkept"
    fields["csrf_token"] = token(sec, url)
    response = sec.post(url, data=fields)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert "an absent member has no arrival or departure" in page
    kept = form_posting_to(page)
    assert kept[f"reason_{members[1].id}"] == "kept mkkept"
    assert kept[f"arrived_at_{members[0].id}"] == "2013-10-03T09:15"


def test_an_unexpected_error_gets_a_styled_page_with_a_reference(app, caplog):
    def explode():
        raise RuntimeError("boom")

    app.add_url_rule("/test-only/explode", "explode", explode)
    app.add_url_rule("/api/v1/test-only/explode", "api_explode", explode)
    app.config["PROPAGATE_EXCEPTIONS"] = False
    client = app.test_client()
    page = client.get("/test-only/explode")
    reference = page.headers["X-Request-Id"]
    assert page.status_code == 500
    text = page.get_data(as_text=True)
    assert reference in text and "Traceback" not in text and "boom" not in text
    assert any(reference in r.getMessage() for r in caplog.records)
    api = client.get("/api/v1/test-only/explode")
    assert api.status_code == 500 and api.mimetype == "application/problem+json"
    assert api.get_json()["status"] == 500
    assert "boom" not in api.get_data(as_text=True)


def test_the_record_is_the_one_in_the_database(web_make, held):
    # Guard for the fixture: the summary really was released and the vote really closed.
    meeting, motion, _members = held
    db = fresh(web_make.db)
    assert db.scalar(select(Meeting.summary_release_at)) == RELEASE_UTC
    assert db.get(Motion, motion.id).tally is not None


def test_an_embargo_that_would_publish_at_once_or_unpublish_must_be_said(web_make, held):
    meeting, motion, _members = held
    item = agenda.add_item(
        web_make.db,
        SYSTEM,
        meeting.id,
        "Acquisition",
        disclosure="embargoed",
        disclosed_at=datetime(2099, 1, 1, 9, 0),
    )
    fields = dict(title="Acquisition", kind="discussion", disclosure="embargoed")
    with pytest.raises(Invalid) as refused:
        agenda.update_item(
            web_make.db, SYSTEM, item.id, **fields, disclosed_at=datetime(2013, 10, 11, 9, 0)
        )
    assert refused.value.field == "disclosed_at" and "has already passed" in refused.value.message
    agenda.update_item(
        web_make.db,
        SYSTEM,
        item.id,
        **fields,
        disclosed_at=datetime(2013, 10, 11, 9, 0),
        release_now=True,
    )
    with pytest.raises(Invalid) as refused:
        agenda.update_item(
            web_make.db, SYSTEM, item.id, **fields, disclosed_at=datetime(2099, 1, 1, 9, 0)
        )
    assert refused.value.field == "retraction_reason"
    # A public vote hidden again after release is a retraction too.
    with pytest.raises(Invalid) as refused:
        motions.update_motion(
            web_make.db, SYSTEM, motion.id, motion.text, disclosure="confidential"
        )
    assert refused.value.field == "retraction_reason"
    motions.update_motion(
        web_make.db,
        SYSTEM,
        motion.id,
        motion.text,
        disclosure="confidential",
        retraction_reason="The vote concerned a personnel matter",
    )
    assert fresh(web_make.db).get(Motion, motion.id).disclosure.value == "confidential"


def test_a_release_time_error_sits_beside_the_release_field_in_local_time(app, web_make):
    body, _members = web_make.board(seats=3)
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    meeting = web_make.meeting(body, starts_at=START, tz=TZ)
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/summary"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    fields.update(body="Summary.", release_at="2013-10-10T09:00", csrf_token=token(sec, url))
    page = sec.post(url, data=fields).get_data(as_text=True)
    assert 'id="release_at-error">10 October 2013 09:00 PDT has already passed' in page

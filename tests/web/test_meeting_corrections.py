"""Mistakes made while preparing a meeting can be undone: details edited until adjournment, an
item removed until the agenda is published, a cancellation (confirmed, with a reason) reversed."""

from datetime import UTC, datetime

import pytest
from sqlalchemy import select

from governance.models import AgendaItem, AuditEvent, Meeting
from governance.rules.vocab import UserRole
from governance.services import meetings, motions
from governance.services.actors import SYSTEM

from ..conftest import fresh
from .forms_on_page import form_posting_to
from .test_board_workflows import post, signed_in, token


@pytest.fixture
def planned(web_make):
    body, members = web_make.board(seats=3, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    meeting = web_make.meeting(body, starts_at=datetime(2099, 10, 3, 9, 0), title="Octber call")
    first = web_make.item(meeting, title="Budget")
    second = web_make.item(meeting, title="Typo item")
    third = web_make.item(meeting, title="Election system")
    return meeting, (first, second, third)


def test_meeting_details_are_corrected_and_audited(app, web_make, planned):
    meeting, _items = planned
    sec = signed_in(app, "secretary@example.org")
    url = f"/secretariat/meetings/{meeting.id}/edit"
    fields = form_posting_to(sec.get(url).get_data(as_text=True))
    assert fields["title"] == "Octber call" and fields["starts_at"] == "2099-10-03T09:00"
    fields.update(title="October call", starts_at="2099-10-03T10:30", csrf_token=token(sec, url))
    assert sec.post(url, data=fields).status_code == 302
    saved = fresh(web_make.db).get(Meeting, meeting.id)
    assert saved.title == "October call"
    assert saved.starts_at == datetime(2099, 10, 3, 17, 30, tzinfo=UTC)
    actions = fresh(web_make.db).scalars(select(AuditEvent.action)).all()
    assert "meeting.update" in actions


def test_cancel_needs_confirmation_and_a_reason_and_can_be_undone(app, web_make, planned):
    meeting, _items = planned
    sec = signed_in(app, "secretary@example.org")
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "Cancel “Octber call”: it will be shown as cancelled with this reason" in page
    url = f"/secretariat/meetings/{meeting.id}/cancel"
    unconfirmed = post(sec, url, reason="Venue lost")
    assert unconfirmed.status_code == 302
    assert fresh(web_make.db).get(Meeting, meeting.id).status.value == "scheduled"
    assert post(sec, url, confirm="y", reason="").status_code == 302
    assert fresh(web_make.db).get(Meeting, meeting.id).status.value == "scheduled"
    post(sec, url, confirm="y", reason="The venue fell through")
    cancelled = fresh(web_make.db).get(Meeting, meeting.id)
    assert cancelled.status.value == "cancelled"
    assert cancelled.cancellation_reason == "The venue fell through"
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "cancelled — The venue fell through" in page and "Reinstate the meeting" in page
    post(sec, f"/secretariat/meetings/{meeting.id}/status", status="scheduled")
    assert fresh(web_make.db).get(Meeting, meeting.id).status.value == "scheduled"


def test_an_item_is_deleted_before_publication_and_only_withdrawn_after(app, web_make, planned):
    meeting, (first, typo, third) = planned
    sec = signed_in(app, "secretary@example.org")
    post(sec, f"/secretariat/items/{typo.id}/delete", confirm="y")
    rows = (
        fresh(web_make.db)
        .scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        )
        .all()
    )
    assert [(i.title, i.position) for i in rows] == [("Budget", 1), ("Election system", 2)]
    post(sec, f"/secretariat/meetings/{meeting.id}/publish", confirm="y")
    response = post(sec, f"/secretariat/items/{third.id}/delete", confirm="y")
    follow = sec.get(response.headers["Location"]).get_data(as_text=True)
    assert "the agenda is published: mark the item withdrawn instead" in follow
    assert fresh(web_make.db).get(AgendaItem, third.id) is not None


def test_the_whole_agenda_is_reordered_in_one_submission(app, web_make, planned):
    meeting, (first, typo, third) = planned
    sec = signed_in(app, "secretary@example.org")
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    fields = form_posting_to(page, f"/secretariat/meetings/{meeting.id}/reorder")
    fields.update({f"position_{third.id}": "1", f"position_{first.id}": "2"})
    fields[f"position_{typo.id}"] = "3"
    fields["csrf_token"] = token(sec, f"/board/meetings/{meeting.id}")
    sec.post(f"/secretariat/meetings/{meeting.id}/reorder", data=fields)
    order = (
        fresh(web_make.db)
        .scalars(
            select(AgendaItem.title)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position)
        )
        .all()
    )
    assert order == ["Election system", "Budget", "Typo item"]
    item_page = sec.get(f"/secretariat/items/{third.id}").get_data(as_text=True)
    assert "Mark decided" in item_page and "Motion on this item" in item_page


def test_a_vote_more_public_than_its_item_is_flagged_until_release(app, web_make, planned):
    meeting, _items = planned
    secret = web_make.item(
        meeting, title="Applicants", kind="executive_session", disclosure="confidential"
    )
    motions.propose_motion(
        web_make.db,
        SYSTEM,
        meeting.id,
        "Admit the applicant.",
        agenda_item_id=secret.id,
        disclosure="public",
        more_public_than_item=True,
    )
    sec = signed_in(app, "secretary@example.org")
    page = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "public vote on a confidential agenda item (executive session)" in page
    meetings.set_summary_release(web_make.db, SYSTEM, meeting.id, datetime(2099, 10, 4, 9, 0))
    assert "public vote on a confidential" in sec.get(f"/board/meetings/{meeting.id}").get_data(
        as_text=True
    )

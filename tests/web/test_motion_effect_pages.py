"""Appointments by motion through the pages: the secretary sets the effect on a proposed motion,
the close carries it out, and the motion and the person's public page say so - the person's
page links the motion only where its disclosure lets the reader see it."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance.models import Membership
from governance.rules.vocab import UserRole
from governance.services import meetings, motions
from governance.services.actors import SYSTEM

from ..conftest import fresh
from .forms_on_page import form_posting_to
from .test_board_workflows import post, signed_in, token

START = datetime.now(UTC).replace(microsecond=0, tzinfo=None) - timedelta(hours=1)


@pytest.fixture
def proposed(web_make):
    board, members = web_make.board(seats=3, name="Board of Directors")
    legal = web_make.body("Legal Affairs Committee")
    van = web_make.person("Van Lindberg")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    meeting = web_make.meeting(board, starts_at=START, tz="UTC", title="Board call")
    meetings.set_status(web_make.db, SYSTEM, meeting.id, "in_session")
    web_make.present(meeting, members)
    motion = motions.propose_motion(web_make.db, SYSTEM, meeting.id, "That Van be appointed.")
    return meeting, members, legal, van, motion


def _set(client, scene, **fields):
    """Post the effect form of the scene's motion: Van Lindberg to the committee, unless
    `fields` say otherwise."""
    _meeting, _members, legal, van, motion = scene
    url = f"/secretariat/motions/{motion.id}"
    data = form_posting_to(client.get(url).get_data(as_text=True), f"{url}/effect")
    data |= dict(kind="appoint", person_id=str(van.id), body_id=str(legal.id)) | fields
    data["csrf_token"] = token(client, url)
    return client.post(f"{url}/effect", data=data)


def test_the_secretary_appoints_by_motion_and_every_page_says_so(app, web_make, proposed):
    meeting, members, legal, van, motion = proposed
    sec = signed_in(app, "secretary@example.org")
    response = _set(sec, proposed, seat_class="individual", effective_on=START.date().isoformat())
    assert response.status_code == 302
    page = sec.get(f"/secretariat/motions/{motion.id}").get_data(as_text=True)
    assert "If carried:</strong> appoint Van Lindberg to Legal Affairs Committee" in page
    post(sec, f"/secretariat/motions/{motion.id}/open")
    for m in members:
        motions.record_vote(fresh(web_make.db), SYSTEM, motion.id, m.id, "for")
    post(sec, f"/secretariat/motions/{motion.id}/close")
    term = fresh(web_make.db).scalar(select(Membership).where(Membership.person_id == van.id))
    assert term.source_motion_id == motion.id
    record = sec.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "Took effect:</strong> appoint Van Lindberg" in record
    public = app.test_client()
    van_page = public.get(f"/people/{van.slug}").get_data(as_text=True)
    assert "Legal Affairs Committee" in van_page
    assert "appointed by" not in van_page, "the motion is not released yet"
    web_make.summary(meeting, START + timedelta(minutes=5), schedule=True)
    van_page = public.get(f"/people/{van.slug}").get_data(as_text=True)
    assert f'appointed by <a href="/motions/{motion.id}">motion {motion.id}</a>' in van_page
    motion_page = public.get(f"/motions/{motion.id}").get_data(as_text=True)
    assert "Took effect:</strong> appoint Van Lindberg to Legal Affairs Committee" in motion_page


def test_a_bad_effect_is_shown_beside_its_field_and_changes_nothing(app, web_make, proposed):
    sec = signed_in(app, "secretary@example.org")
    response = _set(sec, proposed, seat_class="", effective_on="2013-09-01")
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="seat_class-error"' in page
    response = _set(sec, proposed, kind="end_term", effective_on="2013-09-01")
    assert response.status_code == 422
    assert "holds no seat on the body" in response.get_data(as_text=True)


def test_removing_the_effect_says_it_was_removed(app, web_make, proposed):
    """A service that returns nothing succeeded: the page must not call it a refusal."""
    motion = proposed[4]
    sec = signed_in(app, "secretary@example.org")
    effective = START.date().isoformat()
    assert _set(sec, proposed, seat_class="individual", effective_on=effective).status_code == 302
    url = f"/secretariat/motions/{motion.id}"
    data = form_posting_to(sec.get(url).get_data(as_text=True), f"{url}/effect/remove")
    data["csrf_token"] = token(sec, url)
    sec.post(f"{url}/effect/remove", data=data)
    page = sec.get(url).get_data(as_text=True)
    assert "Effect removed: the motion changes no seats." in page
    assert "could not be removed" not in page

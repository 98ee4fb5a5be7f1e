"""Appointments by motion through the API alone: set, read under the motion's disclosure,
carried into effect by the close, refused with the field named."""

from datetime import datetime

import pytest

from governance.services import motions
from governance.services.actors import SYSTEM

from ..conftest import fresh

START = datetime(2013, 8, 6, 9, 0)


@pytest.fixture
def proposed(api_make, staff):
    body, members = api_make.board(seats=3, name="Board of Directors")
    legal = api_make.body("Legal Affairs Committee")
    van = api_make.person("Van Lindberg")
    meeting = api_make.meeting(body, starts_at=START)
    api_make.present(meeting, members)
    motion = motions.propose_motion(api_make.db, SYSTEM, meeting.id, "That Van be appointed.")
    return members, legal, van, meeting, motion


def test_an_appointment_set_through_the_api_takes_effect_when_the_motion_carries(
    api_as, api_make, staff, proposed
):
    members, legal, van, meeting, motion = proposed
    sec = api_as(staff)
    effect = {"kind": "appoint", "person_id": van.id, "body_id": legal.id}
    effect |= {"effective_on": "2013-09-01", "seat_class": "individual"}
    response = sec.put(f"/motions/{motion.id}/effect", effect)
    assert response.status_code == 200, response.get_json()
    assert response.get_json()["description"] == (
        "appoint Van Lindberg to Legal Affairs Committee (individual seat) from 1 September 2013"
    )
    assert api_as().get(f"/motions/{motion.id}/effect").status_code == 404, "not released"
    assert sec.post(f"/motions/{motion.id}/open").status_code == 200
    db = fresh(api_make.db)
    for m in members:
        motions.record_vote(db, SYSTEM, motion.id, m.id, "for")
    assert sec.post(f"/motions/{motion.id}/close").get_json()["status"] == "carried"
    applied = sec.get(f"/motions/{motion.id}/effect").get_json()
    assert applied["applied_at"] and applied["membership_id"]
    conflict = sec.post(f"/motions/{motion.id}/effect", method="delete")
    assert conflict.status_code == 409 and conflict.get_json()["field"] == "motion_id"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"seat_class": None}, "seat_class"),
        ({"effective_on": "2013-02-30"}, "effective_on"),
        ({"kind": "elect"}, "kind"),
        ({"term_end": "2013-01-01"}, "term_end"),
    ],
)
def test_a_bad_effect_is_a_422_naming_the_field(api_as, staff, proposed, change, field):
    _members, legal, van, _meeting, motion = proposed
    effect = {"kind": "appoint", "person_id": van.id, "body_id": legal.id}
    effect |= {"effective_on": "2013-09-01", "seat_class": "individual"} | change
    response = api_as(staff).put(f"/motions/{motion.id}/effect", effect)
    assert response.status_code == 422
    assert response.get_json()["field"] == field


def test_removing_the_effect_leaves_the_motion_changing_no_seats(api_as, staff, proposed):
    _members, legal, van, _meeting, motion = proposed
    sec = api_as(staff)
    effect = {"kind": "appoint", "person_id": van.id, "body_id": legal.id}
    sec.put(
        f"/motions/{motion.id}/effect",
        effect | {"effective_on": "2013-09-01", "seat_class": "gold"},
    )
    assert sec.post(f"/motions/{motion.id}/effect", method="delete").status_code == 200
    assert sec.get(f"/motions/{motion.id}/effect").status_code == 404

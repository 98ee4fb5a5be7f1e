"""Non-voting members (the executive director, ex officio): on the roll call, shown as such,
never offered a vote, never counted for quorum, thresholds or the member limit."""

import pytest
from sqlalchemy import select

from governance.models import Attendance, Motion
from governance.rules.closing import ClosedResult
from governance.services import attendance, motions
from governance.services.actors import SYSTEM
from governance.services.errors import Invalid


@pytest.fixture
def board(make):
    body, members = make.board(seats=3, member_limit=3)
    director = make.seat(
        body, make.person("Jonathan Bryce"), role="non_voting", seat_class="ex_officio"
    )
    return body, members, director


def test_a_non_voting_member_is_marked_present_but_counts_for_nothing(make, db, board):
    body, members, executive = board
    meeting = make.meeting(body)
    attendance.take_roll_call(
        db,
        SYSTEM,
        meeting.id,
        [
            *({"person_id": p.id, "presence": "in_person"} for p in members[:1]),
            {"person_id": members[1].id, "presence": "absent"},
            {"person_id": members[2].id, "presence": "absent"},
            {"person_id": executive.id, "presence": "remote"},
        ],
    )
    line = db.scalar(select(Attendance).where(Attendance.person_id == executive.id))
    assert line.presence.value == "remote"
    motion = make.open_motion(meeting)
    with pytest.raises(Invalid, match="voting member"):
        motions.record_vote(db, SYSTEM, motion.id, executive.id, "for")
    motions.record_vote(db, SYSTEM, motion.id, members[0].id, "for")
    motions.close_motion(db, SYSTEM, motion.id)
    result = ClosedResult.from_json(db.get(Motion, motion.id).tally)
    assert (result.present, result.seated, result.quorum_present) == (1, 3, 1)
    assert not result.quorum_met, "the executive director does not make up the quorum"
    assert executive.id not in {line.person_id for line in result.lines}


def test_everyone_present_includes_the_non_voting_members(make, db, board):
    body, members, executive = board
    meeting = make.meeting(body)
    lines = attendance.everyone_present(db, SYSTEM, meeting.id, "in_person")
    assert {line.person_id for line in lines} == {*(m.id for m in members), executive.id}


def test_the_member_limit_does_not_count_non_voting_seats(make, db, board):
    body, members, _ = board
    make.seat(body, role="non_voting", seat_class="ex_officio")
    with pytest.raises(Invalid, match="member limit"):
        make.seat(body)

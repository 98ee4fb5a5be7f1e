"""The official summary's release instant has one path: whether it is set on its own or with the
summary's text, by page or API, a cancelled meeting's summary can neither be given an instant nor
be scheduled, and nothing is written when it is refused."""

from datetime import datetime

import pytest

from governance.services import meetings, records
from governance.services.actors import SYSTEM
from governance.services.errors import Conflict

from .scene import database_state

RELEASE = datetime(2013, 8, 9, 9, 0)


@pytest.fixture
def cancelled(make):
    board, _ = make.board(seats=3)
    meeting = make.meeting(board, starts_at=datetime(2099, 8, 6, 9, 0))
    records.save_summary(make.db, SYSTEM, meeting.id, "A draft.")
    meetings.set_summary_release(make.db, SYSTEM, meeting.id, datetime(2099, 8, 9, 9, 0))
    meetings.set_status(make.db, SYSTEM, meeting.id, "cancelled", "No quorum expected")
    return meeting


@pytest.mark.parametrize(
    "change",
    [
        lambda db, m: meetings.set_summary_release(db, SYSTEM, m.id, datetime(2099, 8, 10, 9, 0)),
        lambda db, m: records.save_summary(
            db, SYSTEM, m.id, "A draft.", release_at=datetime(2099, 8, 10, 9, 0)
        ),
        lambda db, m: records.save_summary(db, SYSTEM, m.id, "Now public.", schedule=True),
    ],
    ids=["the instant alone", "the instant with the text", "scheduling the text"],
)
def test_a_cancelled_meetings_summary_is_never_scheduled(make, db, cancelled, change):
    before = database_state(db)
    with pytest.raises(Conflict, match="cancelled"):
        change(db, cancelled)
    db.rollback()
    assert database_state(db) == before

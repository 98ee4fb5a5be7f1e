"""Signatures racing each other and the deadline, each in its own session: under the action's row
lock every one is judged against what was committed before it, so nothing lands at or after
`closes_at`, after an objection voided the ballot, or after the signature that decided it."""

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance import visibility
from governance.models import User
from governance.models.between import BetweenSignature
from governance.rules.vocab import ActionStanding, BallotChoice, UserRole
from governance.services import between
from governance.services.actors import SYSTEM
from governance.services.audit_verify import verify_chain

from .test_concurrency import _run_together

OPENS = datetime(2014, 3, 10, 9, 0, tzinfo=UTC)
CLOSES = datetime(2014, 3, 17, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)


@pytest.fixture
def clock(monkeypatch):
    state = {"now": OPENS - SECOND}
    monkeypatch.setattr(visibility, "now", lambda: state["now"])
    return state


def _ballot(make, clock, seats, kind="e_ballot", **kw):
    board, members = make.board(seats=seats)
    users = [make.user(UserRole.DIRECTOR, person=p) for p in members]
    action = between.open_action(
        make.db, SYSTEM, board.id, kind, "That X.", OPENS, CLOSES, "UTC", "public", **kw
    )
    return users, action


def _sign(user_id, action_id, choice="for", reason=None):
    def job(session):
        between.sign_action(session, session.get(User, user_id), action_id, choice, reason)

    return job


def _rows(db, action):
    db.expire_all()
    return db.scalars(
        select(BetweenSignature)
        .where(BetweenSignature.action_id == action.id)
        .order_by(BetweenSignature.id)
    ).all()


def test_signatures_one_second_before_the_close_all_count(make, db, database, clock):
    users, action = _ballot(make, clock, 8)
    clock["now"] = CLOSES - SECOND
    errors = _run_together(database, [_sign(u.id, action.id) for u in users])
    assert errors == []
    assert len(_rows(db, action)) == 8
    clock["now"] = CLOSES
    assert between.result_at(db, action).minutes_phrase == "Carried by e-ballot 8–0–0"
    assert verify_chain(db).ok


def test_signatures_at_the_close_are_all_refused(make, db, database, clock):
    users, action = _ballot(make, clock, 8)
    clock["now"] = CLOSES
    errors = _run_together(database, [_sign(u.id, action.id) for u in users])
    assert len(errors) == 8 and all("no more signatures" in str(e) for e in errors)
    assert _rows(db, action) == []


def test_nothing_lands_after_the_objection_that_voided_the_ballot(make, db, database, clock):
    users, action = _ballot(make, clock, 8, objection_limit=2)
    clock["now"] = OPENS + SECOND
    jobs = [_sign(u.id, action.id, "object", "take it to a meeting") for u in users[:3]]
    jobs += [_sign(u.id, action.id) for u in users[3:]]
    errors = _run_together(database, jobs)
    rows = _rows(db, action)
    assert all("voided" in str(e) for e in errors)
    assert len(rows) + len(errors) == 8
    objections = [r.id for r in rows if r.choice == BallotChoice.OBJECT]
    assert len(objections) == 2  # the third objector came too late
    assert rows[-1].id == objections[-1]  # and nothing after the second objection
    assert between.result_at(db, action).standing == ActionStanding.VOIDED


def test_nothing_lands_after_the_signature_that_carried_a_consent(make, db, database, clock):
    users, action = _ballot(make, clock, 6, kind="written_consent")
    clock["now"] = OPENS + SECOND
    for user in users[:5]:
        between.sign_action(db, user, action.id, "for")
    # the last consent races its signers' second thoughts
    jobs = [_sign(users[5].id, action.id)]
    jobs += [_sign(u.id, action.id, "withdraw") for u in users[:5]]
    errors = _run_together(database, jobs)
    rows = _rows(db, action)
    result = between.result_at(db, action)
    last_consent = next(r for r in rows if r.person_id == users[5].person_id)
    if result.standing == ActionStanding.CARRIED:
        assert rows[-1].id == last_consent.id
        assert len(errors) == 5
    else:  # a withdrawal got in first: the consent waits for that member again
        assert any(r.choice == BallotChoice.WITHDRAW for r in rows)

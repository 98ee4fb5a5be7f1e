"""The synthetic board is reproducible from its seed and internally true."""

from sqlalchemy import func, select

from governance.demo.synth import Plan, generate
from governance.models import AgendaItem, Meeting, Motion, Vote
from governance.rules.closing import ClosedResult
from governance.rules.vocab import Disclosure, MotionStatus

from ..conftest import empty_all_tables


def _fingerprint(db):
    return (
        db.scalar(select(func.count(Vote.id))),
        db.scalar(select(func.count(Vote.id)).where(Vote.choice == "against")),
        tuple(db.scalars(select(Motion.result).order_by(Motion.id).limit(20))),
        tuple(db.scalars(select(AgendaItem.disclosure).order_by(AgendaItem.id).limit(50))),
    )


def test_the_same_seed_gives_the_same_board(db, database):
    plan = Plan(years=2, bodies=2, members=7, seed=7)
    counts = generate(db, plan)
    db.commit()
    first = _fingerprint(db)
    db.rollback()
    empty_all_tables(database)
    generate(db, plan)
    db.commit()
    assert _fingerprint(db) == first
    assert counts["meeting"] == 2 * 2 * plan.meetings_per_year


def test_the_mix_holds_released_embargoed_and_confidential_content(db):
    generate(db, Plan(years=3, bodies=1, members=9, seed=1))
    db.commit()
    mix = dict(
        db.execute(
            select(AgendaItem.disclosure, func.count()).group_by(AgendaItem.disclosure)
        ).all()
    )
    assert mix[Disclosure.PUBLIC] > mix[Disclosure.EMBARGOED] > 0
    assert mix[Disclosure.CONFIDENTIAL] > 0
    assert db.scalar(select(func.count()).where(Meeting.summary_release_at.is_not(None))) > 0
    assert db.scalar(select(func.count()).where(Meeting.summary_release_at.is_(None))) > 0
    voted = db.scalar(select(func.count(func.distinct(Vote.motion_id))))
    assert voted == db.scalar(select(func.count()).where(Motion.result.is_not(None)))


def test_a_closed_motion_holds_its_result_frozen_as_closing_freezes_it(db):
    """The record's pages read a closed vote's announced result (counts and roll call) instead of
    working it out again, so the synthetic record holds it as a closed motion does."""
    generate(db, Plan(years=1, bodies=1, members=7, seed=3))
    db.commit()
    closed = db.scalars(select(Motion).where(Motion.closed_at.is_not(None))).all()
    assert closed
    for motion in closed:
        result = ClosedResult.from_json(motion.tally)
        assert result.carried == (motion.status == MotionStatus.CARRIED)
        assert result.explanation == motion.result
        votes = dict(
            db.execute(select(Vote.person_id, Vote.choice).where(Vote.motion_id == motion.id)).all()
        )
        assert {line.person_id: line.choice for line in result.lines if line.choice} == votes
    assert (
        db.scalar(select(func.count()).where(Motion.closed_at.is_(None), Motion.tally.is_not(None)))
        == 0
    )

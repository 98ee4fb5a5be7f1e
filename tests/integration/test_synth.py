"""The synthetic board is reproducible from its seed and internally true."""

from sqlalchemy import func, select

from governance.demo.synth import Plan, generate
from governance.models import AgendaItem, Meeting, Motion, Vote
from governance.rules.vocab import Disclosure

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

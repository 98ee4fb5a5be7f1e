"""Reminders derived from the record at the instant the worker runs, each owed once.

"Still open and you have not voted" goes to each voting member with an account who has no vote
on a motion open for at least BALLOT_REMINDER_AFTER; "due within 24 hours" to the owner of an
open action item; "closes within 24 hours and you have not signed" to each voting member with
an account who has no signature standing on a decision between meetings. The dedup key
(recipient, kind, record, window) makes a rerun owe nothing new, and the renderer checks again
when it sends (a vote cast in between withholds the reminder).
"""

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ActionItem, Meeting, Motion, User, Vote
from ..models.between import BetweenAction
from ..rules.between import seated_at
from ..rules.vocab import ActionStatus, MotionStatus
from ..services import between, outbox
from ..services.access import body_terms
from ..services.outbox import Kind

BALLOT_REMINDER_AFTER = timedelta(hours=24)
DUE_WITHIN = timedelta(hours=24)


def _remind(db: Session, kind: str, now: datetime, user_ids, object_id: int, window="") -> None:
    """Owed once per window; one withheld (the thing was done in between) stays withheld."""
    for user_id in user_ids:
        outbox.owe(db, kind, now, user_id=user_id, object_id=object_id, window=window, revive=False)


def _open_ballots(db: Session, now: datetime) -> None:
    motions = db.scalars(
        select(Motion).where(
            Motion.status == MotionStatus.OPEN,
            Motion.opened_at <= now - BALLOT_REMINDER_AFTER,
        )
    ).all()
    for motion in motions:
        meeting = db.get(Meeting, motion.meeting_id)
        voted = set(db.scalars(select(Vote.person_id).where(Vote.motion_id == motion.id)))
        members = outbox.members(db, meeting.body_id, voting_only=True)
        waiting = [u for u in members if db.get(User, u).person_id not in voted]
        _remind(db, Kind.MOTION_REMINDER, now, waiting, motion.id)


def _actions_due(db: Session, now: datetime) -> None:
    actions = db.scalars(
        select(ActionItem).where(
            ActionItem.status == ActionStatus.OPEN,
            ActionItem.owner_person_id.is_not(None),
            ActionItem.due_on >= now.date(),
            ActionItem.due_on <= (now + DUE_WITHIN).date(),
        )
    ).all()
    for action in actions:
        owners = outbox.owners(db, action)
        _remind(db, Kind.ACTION_DUE, now, owners, action.id, action.due_on.isoformat())


CLOSING_WITHIN = timedelta(hours=24)


def _closing_soon(db: Session, now: datetime) -> None:
    actions = db.scalars(
        select(BetweenAction).where(
            BetweenAction.opens_at <= now,
            BetweenAction.closes_at > now,
            BetweenAction.closes_at <= now + CLOSING_WITHIN,
        )
    ).all()
    for action in actions:
        if between.result_at(db, action, now).closed:
            continue
        done = between.standing_at(db, action, now)
        waiting = seated_at(body_terms(db, action.body_id), now) - set(done)
        users = outbox.directors(db, waiting)
        _remind(db, Kind.BETWEEN_REMINDER, now, users, action.id, action.closes_at.isoformat())


def derive(db: Session, now: datetime) -> None:
    _open_ballots(db, now)
    _actions_due(db, now)
    _closing_soon(db, now)

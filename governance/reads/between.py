"""What every surface shows of actions between meetings — public page, board pages, JSON API,
export — loaded once here under the one policy.

A count is part of a record only when `Policy.between_result` allows it: running counts never
reach the public, and reach members only when the action says so.
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..models import Body, Meeting, Membership, Person
from ..models.between import BetweenAction, BetweenSignature
from ..rules.between import Result, Signature, decide, standing_of
from ..rules.disclosure import Part, public_from
from ..rules.vocab import BallotChoice
from ..services.access import body_terms
from ..visibility import Policy


@dataclass(frozen=True)
class StandLine:
    """Where one member stood when the action was decided (or stands now, for the board)."""

    person: Person
    choice: BallotChoice


@dataclass(frozen=True)
class ActionRecord:
    action: BetweenAction
    result: Result
    shows_result: bool
    lines: tuple[StandLine, ...]  # empty unless the result may be shown
    history: tuple[BetweenSignature, ...]  # every signature as given: the body's side only

    @property
    def standing(self):
        return self.result.standing

    @property
    def explanation(self) -> str | None:
        return self.result.explanation if self.shows_result else None


def load_options():
    return (
        selectinload(BetweenAction.signatures).selectinload(BetweenSignature.person),
        selectinload(BetweenAction.proposer),
        selectinload(BetweenAction.seconder),
        selectinload(BetweenAction.body),
    )


def record_of(db: Session, policy: Policy, action: BetweenAction) -> ActionRecord:
    """The action (loaded with `load_options()`) as this viewer may see it."""
    rows = action.signatures
    signatures = [Signature(s.person_id, s.choice, s.signed_at) for s in rows]
    result = decide(action.ballot, signatures, body_terms(db, action.body_id), policy.now)
    shows = policy.between_result(action, result.closed)
    lines: tuple[StandLine, ...] = ()
    if shows:
        at = result.decided_at or policy.now
        people = {s.person_id: s.person for s in rows}
        counted = [s for s in signatures if s.at < action.closes_at and s.at <= policy.now]
        stands = standing_of(counted, at)
        lines = tuple(
            StandLine(people[p], c)
            for p, c in sorted(stands.items(), key=lambda pc: people[pc[0]].name)
        )
    # Who signed what, as given, is a running count too: the body sees it when the count is shown.
    board = shows and policy.viewer.is_board_side(action.body_id)
    return ActionRecord(action, result, shows, lines, tuple(rows) if board else ())


def action_record(db: Session, policy: Policy, action_id: int) -> ActionRecord | None:
    """One action as this viewer may see it; None (a 404) when hidden or missing."""
    action = db.scalar(
        select(BetweenAction)
        .where(BetweenAction.id == action_id, policy.sql_between_action())
        .options(*load_options())
    )
    return None if action is None else record_of(db, policy, action)


def visible_query(policy: Policy):
    """Every action this viewer may see (unordered: the caller pages or sorts)."""
    return select(BetweenAction).where(policy.sql_between_action()).options(*load_options())


def deadlines(db: Session, policy: Policy, since: datetime) -> list[BetweenAction]:
    """The actions this viewer may see that close at `since` or later, soonest first: the
    deadlines a calendar shows (the action's text and body, never a count)."""
    return list(
        db.scalars(
            select(BetweenAction)
            .where(policy.sql_between_action(), BetweenAction.closes_at >= since)
            .options(selectinload(BetweenAction.body))
            .order_by(BetweenAction.closes_at, BetweenAction.id)
        )
    )


def records(db: Session, policy: Policy, query=None) -> list[ActionRecord]:
    if query is None:
        query = visible_query(policy).order_by(
            BetweenAction.opens_at.desc(), BetweenAction.id.desc()
        )
    rows = db.scalars(query).unique().all()
    return [record_of(db, policy, a) for a in rows]


def public_since(record: ActionRecord) -> datetime | None:
    """When the public learnt of the action, or of its result if that came later: the instant a
    feed dates it at."""
    action = record.action
    start = public_from(action.disclosure, action.release, Part.CONTENT, action.disclosed_at)
    if start is None:
        return None
    decided = record.result.decided_at if record.shows_result else None
    return max(start, decided) if decided else start


def feed_records(db: Session, policy: Policy, limit: int) -> list[tuple[ActionRecord, datetime]]:
    """The newest actions the viewer may read, each with the instant the public learnt of it."""
    dated = [(r, public_since(r)) for r in records(db, policy)]
    dated = [(r, at) for r, at in dated if at is not None and at <= policy.now]
    dated.sort(key=lambda pair: pair[1], reverse=True)
    return dated[:limit]


def open_for(db: Session, policy: Policy, bodies: frozenset[int]) -> list[ActionRecord]:
    """The actions of these bodies a member can sign now (those that are open at this instant),
    soonest deadline first."""
    now: datetime = policy.now
    query = (
        select(BetweenAction)
        .where(
            BetweenAction.body_id.in_(sorted(bodies)),
            BetweenAction.opens_at <= now,
            BetweenAction.closes_at > now,
        )
        .options(*load_options())
        .order_by(BetweenAction.closes_at, BetweenAction.id)
    )
    return [r for r in records(db, policy, query) if not r.result.closed]


def my_standing(record: ActionRecord, person_id: int) -> BetweenSignature | None:
    """The member's latest signature on the action, if any (withdrawals included)."""
    mine = [s for s in record.action.signatures if s.person_id == person_id]
    return mine[-1] if mine else None


# --- what the secretary's forms offer --------------------------------------------------------


def bodies(db: Session) -> list[Body]:
    return list(db.scalars(select(Body).order_by(Body.name)))


def people_choices(db: Session) -> list[tuple[int, str]]:
    """Everyone holding (or having held) a seat: the service checks the seat at the opening."""
    query = (
        select(Person.id, Person.name)
        .where(Person.id.in_(select(Membership.person_id)))
        .order_by(Person.name)
    )
    return [(pid, name) for pid, name in db.execute(query)]


def meetings_for_minutes(db: Session, limit: int = 50) -> list[Meeting]:
    return list(db.scalars(select(Meeting).order_by(Meeting.starts_at.desc()).limit(limit)))

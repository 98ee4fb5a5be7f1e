"""A large, realistic synthetic board for benchmarks: decades of meetings of several bodies with
agendas, roll calls, motions, votes, minutes and summaries, in a realistic mix of released,
embargoed and confidential content. Reproducible from a seed.

It writes with bulk Core inserts, not through the services: a million votes through per-vote
services and audit events would take hours, and this is benchmark data, not a record anyone made.
Results still come from the pure rules (quorum, thresholds) so the data is internally true.
"""

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from ..db import advance_sequences
from ..models import (
    AgendaItem,
    Attendance,
    Base,
    Body,
    Meeting,
    Membership,
    Minutes,
    Motion,
    OfficialSummary,
    Organization,
    Person,
    Vote,
)
from ..rules.closing import close
from ..rules.quorum import Stint
from ..rules.vocab import (
    Capacity,
    Disclosure,
    ItemKind,
    ItemOutcome,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
    MotionStatus,
    Presence,
    SeatClass,
    SummaryStatus,
    Threshold,
    VoteChoice,
    VoteMethod,
)

BATCH = 20_000
TERM_YEARS = 2
ZONES = ["America/Los_Angeles", "America/New_York", "Europe/Berlin", "Asia/Hong_Kong", "UTC"]
TOPICS = [
    "budget",
    "election process",
    "trademark policy",
    "membership applications",
    "summit planning",
    "legal affairs",
    "user survey",
    "certification programme",
    "infrastructure funding",
    "code of conduct",
    "patent policy",
    "marketing plan",
]
COMMITTEES = [
    "Legal Affairs",
    "Election",
    "User",
    "Transparency",
    "Finance",
    "Compensation",
    "Marketing",
]


@dataclass
class Plan:
    years: int
    bodies: int
    members: int
    seed: int = 2013
    until: date = date(2027, 1, 1)
    meetings_per_year: int = 31
    items_per_meeting: int = 8
    motions_per_meeting: int = 9


@dataclass
class _Ids:
    """Next id per table, so rows can reference each other without a round trip."""

    next: dict = field(default_factory=dict)

    def next_tables(self) -> list[Table]:
        return [t for t in Base.metadata.sorted_tables if t.name in self.next]

    def take(self, table: Table) -> int:
        self.next[table.name] += 1
        return self.next[table.name]


class Writer:
    def __init__(self, db: Session):
        self.db = db
        self.pending: dict[Table, list[dict]] = {}
        self.ids = _Ids()
        self.counts: dict[str, int] = {}
        for model in (
            Organization,
            Person,
            Body,
            Membership,
            Meeting,
            AgendaItem,
            Attendance,
            Motion,
            Vote,
            Minutes,
            OfficialSummary,
        ):
            table = model.__table__
            self.ids.next[table.name] = db.scalar(select(func.coalesce(func.max(table.c.id), 0)))
            self.counts[table.name] = 0

    def add(self, model, **row) -> int:
        table = model.__table__
        row.setdefault("id", self.ids.take(table))
        self.pending.setdefault(table, []).append(row)
        self.counts[table.name] += 1
        if len(self.pending[table]) >= BATCH:
            self.flush()
        return row["id"]

    def flush(self) -> None:
        # Parents before children: tables in dependency order.
        for table in Base.metadata.sorted_tables:
            rows = self.pending.pop(table, None)
            if rows:
                self.db.execute(insert(table), rows)


def generate(db: Session, plan: Plan, progress: Callable[[int], None] = lambda n: None) -> dict:
    rnd = random.Random(plan.seed)  # noqa: S311 - reproducible benchmark data, not secrets
    w = Writer(db)
    start = date(plan.until.year - plan.years, 1, 1)
    orgs = [w.add(Organization, name=f"Synthetic Org {plan.seed}-{i}") for i in range(60)]

    bodies = []
    for b in range(plan.bodies):
        name = "Board of Directors" if b == 0 else f"{COMMITTEES[(b - 1) % 7]} Committee"
        body_id = w.add(
            Body,
            slug=f"synth-{plan.seed}-{b}",
            name=f"{name} (synthetic {b})",
            kind="board" if b == 0 else "committee",
            quorum_rule="majority_of_seated",
            default_threshold=Threshold.MAJORITY_OF_VOTES_CAST.value,
            member_limit=None,
            per_org_limit=None,
            recused_count_for_quorum=True,
        )
        # Each seat passes from holder to holder every TERM_YEARS; seats are staggered.
        seats = []
        for s in range(plan.members):
            holders = []
            term_start = start - timedelta(days=365 * (s % TERM_YEARS))
            while term_start < plan.until:
                term_end = date(term_start.year + TERM_YEARS, term_start.month, 1) - timedelta(1)
                person = w.add(
                    Person,
                    slug=f"synth-{plan.seed}-{b}-{s}-{term_start.year}",
                    name=f"Director {b}.{s} ({term_start.year})",
                    email=None,
                    organization_id=rnd.choice(orgs),
                )
                w.add(
                    Membership,
                    person_id=person,
                    body_id=body_id,
                    seat_class=rnd.choice([c.value for c in SeatClass]),
                    role=MemberRole.CHAIR.value if s == 0 else MemberRole.MEMBER.value,
                    term_start=term_start,
                    term_end=term_end,
                )
                holders.append((term_start, term_end, person))
                term_start = term_end + timedelta(days=1)
            seats.append(holders)
        bodies.append((body_id, seats))

    now = datetime.now(UTC)
    meetings_total = plan.years * plan.meetings_per_year * plan.bodies
    done = 0
    for body_id, seats in bodies:
        day = datetime(start.year, start.month, start.day, 16, 0, tzinfo=UTC)
        step = timedelta(days=365 / plan.meetings_per_year)
        for _ in range(plan.years * plan.meetings_per_year):
            _meeting(w, rnd, plan, body_id, seats, day, now)
            day += step
            done += 1
            if done % 50 == 0:
                progress(50)
    progress(meetings_total % 50)
    w.flush()
    advance_sequences(db.connection(), [t for t in w.ids.next_tables()])
    return dict(w.counts)


def _seated(seats, day: date) -> list[int]:
    return [p for holders in seats for (s, e, p) in holders if s <= day <= e]


def _meeting(w: Writer, rnd: random.Random, plan: Plan, body_id, seats, starts: datetime, now):
    zone = rnd.choice(ZONES)
    past = starts < now
    released = starts + timedelta(days=7)
    meeting = w.add(
        Meeting,
        body_id=body_id,
        title=f"Meeting of {starts:%d %B %Y}",
        starts_at=starts,
        timezone=zone,
        kind=rnd.choice([k.value for k in MeetingKind]),
        location=None,
        chair_id=None,
        agenda_released_at=starts - timedelta(days=5),
        summary_release_at=released if past else None,
        status=(MeetingStatus.ADJOURNED if past else MeetingStatus.SCHEDULED).value,
    )
    seated = _seated(seats, starts.date())
    present = [p for p in seated if rnd.random() < 0.9]
    for p in seated:
        w.add(
            Attendance,
            meeting_id=meeting,
            person_id=p,
            guest_name=None,
            capacity=Capacity.MEMBER.value,
            presence=(Presence.IN_PERSON if p in present else Presence.ABSENT).value,
            reason=None,
            arrived_at=None,
            departed_at=None,
        )
    items = []
    for position in range(1, plan.items_per_meeting + 1):
        roll = rnd.random()
        if roll < 0.08:
            kind, disclosure, disclosed = ItemKind.EXECUTIVE_SESSION, Disclosure.CONFIDENTIAL, None
        elif roll < 0.16:
            kind, disclosure = ItemKind.DECISION, Disclosure.EMBARGOED
            disclosed = starts + timedelta(days=rnd.randint(7, 120))
        else:
            kind, disclosure, disclosed = (
                rnd.choice([ItemKind.REPORT, ItemKind.DISCUSSION, ItemKind.DECISION]),
                Disclosure.PUBLIC,
                None,
            )
        topic = rnd.choice(TOPICS)
        items.append(
            w.add(
                AgendaItem,
                meeting_id=meeting,
                position=position,
                title=f"The {topic}",
                kind=kind.value,
                presenters="",
                notes=f"Discussion of the {topic}.",
                outcome=ItemOutcome.DISCUSSED.value if past else None,
                disclosure=disclosure.value,
                disclosed_at=disclosed,
                public_topic=topic.capitalize() if disclosure == Disclosure.CONFIDENTIAL else None,
                carried_from_id=None,
            )
        )
    stints = [Stint(p, Presence.IN_PERSON if p in present else Presence.ABSENT) for p in seated]
    closed_at = starts + timedelta(hours=1)
    for position in range(1, plan.motions_per_meeting + 1):
        choices = {}
        for p in present:
            r = rnd.random()
            choices[p] = (
                VoteChoice.FOR
                if r < 0.8
                else VoteChoice.AGAINST
                if r < 0.9
                else VoteChoice.ABSTAIN
                if r < 0.98
                else VoteChoice.RECUSED
            )
        # Frozen as closing a motion freezes it: the record's pages read the announced result.
        outcome = close(
            Threshold.MAJORITY_OF_VOTES_CAST, choices, frozenset(seated), stints, closed_at
        )
        motion = w.add(
            Motion,
            meeting_id=meeting,
            agenda_item_id=items[(position - 1) % len(items)],
            position=position,
            text=f"That the board adopts proposal {position}.",
            mover_id=present[0] if present else None,
            seconder_id=None,
            threshold=Threshold.MAJORITY_OF_VOTES_CAST.value,
            method=VoteMethod.ROLL_CALL.value,
            status=(MotionStatus.CARRIED if outcome.carried else MotionStatus.FAILED).value
            if past
            else MotionStatus.PROPOSED.value,
            disclosure=Disclosure.PUBLIC.value,
            disclosed_at=None,
            approves_minutes_of_id=None,
            opened_at=starts if past else None,
            closed_at=closed_at if past else None,
            result=outcome.explanation if past else None,
            tally=outcome.to_json() if past else None,
        )
        if past:
            for p, choice in choices.items():
                w.add(
                    Vote,
                    motion_id=motion,
                    person_id=p,
                    choice=choice.value,
                    reason="conflict of interest" if choice == VoteChoice.RECUSED else None,
                    recorded_by_id=None,
                    recorded_by_secretary=True,
                    cast_at=starts + timedelta(minutes=30),
                )
    if past:
        w.add(
            Minutes,
            meeting_id=meeting,
            body=f"Minutes of the meeting of {starts:%d %B %Y}.",
            status=MinutesStatus.APPROVED.value,
            approved_by_motion_id=None,
            updated_at=starts,
        )
        w.add(
            OfficialSummary,
            meeting_id=meeting,
            body=f"Official summary of the meeting of {starts:%d %B %Y}.",
            status=SummaryStatus.SCHEDULED.value,
            updated_at=starts,
        )

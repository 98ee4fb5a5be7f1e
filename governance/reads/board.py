"""Read-side queries for the private pages. Each loads what its page shows up front, in a fixed
number of statements, because relationships raise instead of lazy-loading."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, exists, or_, select, true
from sqlalchemy.orm import Session, joinedload, selectinload

from ..models import (
    ActionItem,
    AgendaItem,
    Attendance,
    Body,
    Commentary,
    Meeting,
    Minutes,
    Motion,
    MotionEffect,
    OfficialSummary,
    Person,
    Vote,
)
from ..rules.clock import format_local
from ..rules.closing import ClosedResult
from ..rules.disclosure import Part, Viewer, public_from, released
from ..rules.quorum import Quorum, Stint, quorum_at
from ..rules.releases import Disclosed, more_public
from ..rules.seating import seated_on, voting_seated_on
from ..rules.summary_due import days_overdue, summary_due_at
from ..rules.thresholds import Tally, progress
from ..rules.vocab import (
    Capacity,
    MeetingStatus,
    MinutesStatus,
    MotionStatus,
    Presence,
    SummaryStatus,
)
from ..services.access import body_terms, voting_members


def seated_members(db: Session, body_id: int, on) -> tuple[list[Person], list[Person]]:
    """Members seated on `on`, by name: those with a vote, and those without (ex officio)."""
    terms = body_terms(db, body_id)
    voting = voting_seated_on(terms, on)
    ids = seated_on(terms, on)
    if not ids:
        return [], []
    people = list(
        db.scalars(
            select(Person)
            .options(joinedload(Person.organization))
            .where(Person.id.in_(ids))
            .order_by(Person.name)
        )
    )
    return [p for p in people if p.id in voting], [p for p in people if p.id not in voting]


@dataclass
class MeetingRecord:
    meeting: Meeting
    members: list[Person]  # with a vote
    non_voting: list[Person]  # seated without a vote: on the roll call, never counted
    lines: dict[int, Attendance]
    guests: list[Attendance]
    motions: list[Motion]
    minutes: Minutes | None
    summary: OfficialSummary | None
    actions: list[ActionItem]
    commentary: list[Commentary]
    quorum: Quorum

    now: datetime | None = None

    def exposure_warning(self, motion: Motion) -> str | None:
        """A motion made more public than its agenda item, said on the staff page until the
        public may see it, so that the choice is never made by accident."""
        item = motion.agenda_item
        if item is None:
            return None
        mine = Disclosed(motion.disclosure, motion.disclosed_at)
        if not more_public(mine, Disclosed(item.disclosure, item.disclosed_at)):
            return None
        start = public_from(
            motion.disclosure, self.meeting.release, Part.CONTENT, motion.disclosed_at
        )
        if self.now is not None and released(start, self.now):
            return None
        kind = item.kind.value.replace("_", " ")
        return f"public vote on a {item.disclosure.value} agenda item ({kind})"

    @property
    def roll(self) -> list[Person]:
        """Everyone on the roll call: the voting members, then those seated without a vote."""
        return [*self.members, *self.non_voting]

    def votes(self, person: Person) -> bool:
        return person not in self.non_voting

    @property
    def roll_call_taken(self) -> bool:
        return bool(self.members) and all(m.id in self.lines for m in self.members)

    def absence(self, person_id: int) -> str | None:
        """Why a member cannot vote now ("absent", "left 10:30 PDT"), or None if present."""
        line = self.lines.get(person_id)
        if line is None:
            return "not on the roll call"
        stint = Stint(line.person_id, line.presence, line.arrived_at, line.departed_at)
        if self.now is None or stint.present_at(self.now):
            return None
        if line.presence == Presence.ABSENT:
            return "absent"
        zone = self.meeting.timezone
        if line.departed_at is not None and self.now >= line.departed_at:
            return f"left {format_local(line.departed_at, zone)}"
        return f"arrives {format_local(line.arrived_at, zone)}"

    def quorum_at_votes(self) -> list[str]:
        """After the meeting, the quorum as it stood at each vote (frozen with its result),
        instead of "anyone present at any time"."""
        lines = []
        for number, motion in enumerate(self.motions, start=1):
            if motion.tally is None:
                continue
            result = ClosedResult.from_json(motion.tally)
            state = "" if result.quorum_met else " — no quorum"
            lines.append(
                f"Motion {number}: {result.quorum_present} of {result.seated} present, "
                f"{result.quorum_needed} needed{state}"
            )
        return lines

    def vote_progress(self, motion: Motion) -> str:
        """The live count against the threshold, as the chair reads it out."""
        return live_count(motion.threshold, (v.choice for v in motion.votes), self.quorum)


def live_count(threshold, choices, quorum: Quorum) -> str:
    return progress(threshold, Tally.of(choices), quorum.present, quorum.seated)


def meeting_quorum(meeting: Meeting, seated: frozenset[int], lines, now: datetime) -> Quorum:
    """Live during the session; afterwards (and before) everyone who attended at any point."""
    stints = [Stint(a.person_id, a.presence, a.arrived_at, a.departed_at) for a in lines.values()]
    if meeting.status == MeetingStatus.IN_SESSION:
        return quorum_at(stints, seated, now)
    attended = {s.person_id for s in stints if s.presence != Presence.ABSENT}
    return Quorum(present=len(attended & seated), seated=len(seated))


def meeting_record(db: Session, meeting_id: int, now: datetime) -> MeetingRecord | None:
    meeting = (
        db.scalars(
            select(Meeting)
            .options(
                joinedload(Meeting.body),
                joinedload(Meeting.chair),
                selectinload(Meeting.items),
                selectinload(Meeting.attendance).joinedload(Attendance.person),
            )
            .where(Meeting.id == meeting_id)
        )
        .unique()
        .one_or_none()
    )
    if meeting is None:
        return None
    members, non_voting = seated_members(db, meeting.body_id, meeting.starts_at.date())
    member_lines = {a.person_id: a for a in meeting.attendance if a.capacity == Capacity.MEMBER}
    motions = list(
        db.scalars(
            select(Motion)
            .options(
                joinedload(Motion.mover),
                joinedload(Motion.seconder),
                joinedload(Motion.agenda_item),
                joinedload(Motion.approves_minutes_of),
                selectinload(Motion.votes).joinedload(Vote.person),
                joinedload(Motion.effect).joinedload(MotionEffect.person),
                joinedload(Motion.effect).joinedload(MotionEffect.body),
            )
            .where(Motion.meeting_id == meeting.id)
            .order_by(Motion.position, Motion.id)
        ).unique()
    )
    return MeetingRecord(
        meeting=meeting,
        members=members,
        non_voting=non_voting,
        lines=member_lines,
        guests=[a for a in meeting.attendance if a.capacity != Capacity.MEMBER],
        motions=motions,
        minutes=db.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id)),
        summary=db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id)),
        actions=list(
            db.scalars(
                select(ActionItem)
                .options(joinedload(ActionItem.owner_person), joinedload(ActionItem.owner_body))
                .where(ActionItem.meeting_id == meeting.id)
                .order_by(ActionItem.due_on, ActionItem.id)
            )
        ),
        commentary=list(
            db.scalars(
                select(Commentary)
                .options(joinedload(Commentary.author))
                .where(Commentary.meeting_id == meeting.id)
            )
        ),
        quorum=meeting_quorum(meeting, frozenset(m.id for m in members), member_lines, now),
        now=now,
    )


def board_side(viewer: Viewer) -> ColumnElement[bool]:
    """`Viewer.is_board_side` as SQL: the meetings whose private side this viewer reads."""
    return true() if viewer.staff else Meeting.body_id.in_(sorted(viewer.bodies))


def meetings_of(db: Session, viewer: Viewer) -> list[Meeting]:
    return list(
        db.scalars(
            select(Meeting)
            .where(board_side(viewer))
            .options(joinedload(Meeting.body))
            .order_by(Meeting.starts_at.desc())
        )
    )


def earlier_meetings_with_minutes(db: Session, meeting: Meeting) -> list[Meeting]:
    """Meetings of the same body, before this one, whose minutes await approval."""
    return list(
        db.scalars(
            select(Meeting)
            .join(Minutes, Minutes.meeting_id == Meeting.id)
            .where(
                Meeting.body_id == meeting.body_id,
                Meeting.starts_at < meeting.starts_at,
                Minutes.status != MinutesStatus.APPROVED,
            )
            .order_by(Meeting.starts_at.desc())
        )
    )


# --- dashboards -------------------------------------------------------------------------------


def open_ballots(db: Session, person_id: int, body_ids) -> list[tuple[Motion, Vote | None]]:
    """Open motions of the director's bodies, with the director's current vote."""
    motions = list(
        db.scalars(
            select(Motion)
            .join(Meeting, Motion.meeting_id == Meeting.id)
            .options(
                joinedload(Motion.meeting).joinedload(Meeting.body),
                joinedload(Motion.approves_minutes_of),
                joinedload(Motion.mover),
                joinedload(Motion.seconder),
            )
            .where(Motion.status == MotionStatus.OPEN, Meeting.body_id.in_(body_ids))
            .order_by(Meeting.starts_at, Motion.position)
        )
    )
    mine = {
        v.motion_id: v
        for v in db.scalars(
            select(Vote).where(
                Vote.person_id == person_id, Vote.motion_id.in_([m.id for m in motions])
            )
        )
    }
    return [(m, mine.get(m.id)) for m in motions]


def ballot_progress(db: Session, motions: list[Motion], now: datetime) -> dict[int, str]:
    """The live count of each open motion (as `MeetingRecord.vote_progress` says it): its votes'
    choices against its meeting's quorum, from the seated ids and the member roll call only (a
    ballot holds the motions of a meeting or two, none of the rest of their records)."""
    quorums = {}
    for meeting in {m.meeting for m in motions}:
        seated = voting_members(db, meeting.body_id, meeting.starts_at.date())
        lines = {
            a.person_id: a
            for a in db.scalars(
                select(Attendance).where(
                    Attendance.meeting_id == meeting.id, Attendance.capacity == Capacity.MEMBER
                )
            )
        }
        quorums[meeting.id] = meeting_quorum(meeting, seated, lines, now)
    choices = defaultdict(list)
    for motion_id, choice in db.execute(
        select(Vote.motion_id, Vote.choice).where(Vote.motion_id.in_([m.id for m in motions]))
    ):
        choices[motion_id].append(choice)
    return {m.id: live_count(m.threshold, choices[m.id], quorums[m.meeting_id]) for m in motions}


def upcoming_meetings(db: Session, viewer: Viewer, now: datetime) -> list[Meeting]:
    return list(
        db.scalars(
            select(Meeting)
            .options(joinedload(Meeting.body))
            .where(
                board_side(viewer),
                Meeting.starts_at >= now - timedelta(hours=12),
                Meeting.status.in_([MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION]),
            )
            .order_by(Meeting.starts_at)
        )
    )


def action_items_of(db: Session, person_id: int) -> list[ActionItem]:
    return list(
        db.scalars(
            select(ActionItem)
            .options(joinedload(ActionItem.meeting))
            .where(ActionItem.owner_person_id == person_id)
            .order_by(ActionItem.status, ActionItem.due_on)
        )
    )


def needing_roll_call(db: Session, now: datetime) -> list[Meeting]:
    """Meetings under way or within the day that have no member line in their roll call yet."""
    # Correlated, so the attendance index answers per meeting instead of a read of every line.
    has_lines = exists().where(
        Attendance.meeting_id == Meeting.id, Attendance.capacity == Capacity.MEMBER
    )
    return list(
        db.scalars(
            select(Meeting)
            .options(joinedload(Meeting.body))
            .where(
                Meeting.status.in_([MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION]),
                Meeting.starts_at <= now + timedelta(days=1),
                ~has_lines,
            )
            .order_by(Meeting.starts_at)
        )
    )


def open_motions(db: Session) -> list[Motion]:
    return list(
        db.scalars(
            select(Motion)
            .options(joinedload(Motion.meeting).joinedload(Meeting.body))
            .where(Motion.status.in_([MotionStatus.PROPOSED, MotionStatus.OPEN]))
            .order_by(Motion.id)
        )
    )


def minutes_awaiting_approval(db: Session) -> list[Minutes]:
    return list(
        db.scalars(
            select(Minutes)
            .options(joinedload(Minutes.meeting).joinedload(Meeting.body))
            .where(Minutes.status.in_([s for s in MinutesStatus if s != MinutesStatus.APPROVED]))
            .order_by(Minutes.id)
        )
    )


def circulated_minutes(db: Session, body_ids) -> list[Minutes]:
    """Draft minutes circulated to a director's bodies, to read before the approving vote."""
    return list(
        db.scalars(
            select(Minutes)
            .join(Meeting, Minutes.meeting_id == Meeting.id)
            .options(joinedload(Minutes.meeting).joinedload(Meeting.body))
            .where(Minutes.status == MinutesStatus.CIRCULATED, Meeting.body_id.in_(body_ids))
            .order_by(Meeting.starts_at.desc())
        )
    )


@dataclass(frozen=True)
class AwaitingSummary:
    meeting: Meeting
    due_at: datetime | None
    days_overdue: int | None  # None: not overdue (or the body sets no due period)

    @property
    def overdue(self) -> bool:
        return self.days_overdue is not None


def summaries_awaiting_release(db: Session, now: datetime) -> list[AwaitingSummary]:
    """Adjourned meetings whose summary is missing, a draft, or scheduled for later, each with
    how late it is against its body's due period."""
    rows = db.execute(
        select(Meeting, OfficialSummary.status)
        .outerjoin(OfficialSummary, OfficialSummary.meeting_id == Meeting.id)
        .options(joinedload(Meeting.body))
        .where(
            Meeting.status == MeetingStatus.ADJOURNED,
            or_(
                OfficialSummary.id.is_(None),
                OfficialSummary.status == SummaryStatus.DRAFT,
                Meeting.summary_release_at.is_(None),
                Meeting.summary_release_at > now,
            ),
        )
        .order_by(Meeting.starts_at)
    )
    awaiting = []
    for meeting, status in rows:
        # A draft summary releases nothing, whatever instant it carries.
        scheduled = status is not None and status != SummaryStatus.DRAFT
        release = meeting.summary_release_at if scheduled else None
        due_days = meeting.body.summary_due_days
        awaiting.append(
            AwaitingSummary(
                meeting,
                summary_due_at(meeting.starts_at, due_days),
                days_overdue(meeting.starts_at, due_days, release, now),
            )
        )
    return awaiting


def vote_of(db: Session, motion_id: int, person_id: int) -> Vote | None:
    """One member's vote with who cast and who corrected it, for the correction page."""
    return db.scalar(
        select(Vote)
        .options(
            joinedload(Vote.person),
            joinedload(Vote.recorded_by),
            joinedload(Vote.corrected_by),
            joinedload(Vote.motion).joinedload(Motion.meeting),
        )
        .where(Vote.motion_id == motion_id, Vote.person_id == person_id)
    )


def agenda_items(db: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        db.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position)
        )
    )


def bodies_by_name(db: Session) -> list[Body]:
    return list(db.scalars(select(Body).order_by(Body.name)))


def people_by_name(db: Session) -> list[Person]:
    return list(db.scalars(select(Person).order_by(Person.name)))


def minutes_of(db: Session, meeting_id: int) -> Minutes | None:
    return db.scalar(select(Minutes).where(Minutes.meeting_id == meeting_id))


def summary_of(db: Session, meeting_id: int) -> OfficialSummary | None:
    return db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting_id))


def commentary_by(db: Session, meeting_id: int, person_id: int) -> Commentary | None:
    return db.scalar(
        select(Commentary).where(
            Commentary.meeting_id == meeting_id, Commentary.author_id == person_id
        )
    )

"""What the public pages read, loaded the way the policy allows.

Lists are filtered in SQL by `visibility.Policy`; withheld text is masked in SQL (it never leaves
the database for a viewer who may not see it). Each loader runs a fixed number of queries however
many rows there are: relationships raise on lazy load, so everything a page shows is loaded here.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import Session, contains_eager, joinedload, selectinload

from ..fulltext import matches, matches_any
from ..models import (
    ActionItem,
    AgendaItem,
    Attendance,
    AuditEvent,
    BetweenAction,
    Body,
    Commentary,
    Meeting,
    Membership,
    Minutes,
    Motion,
    MotionEffect,
    OfficialSummary,
    Person,
    Vote,
)
from ..rules import disclosure as rules
from ..rules.closing import ClosedResult
from ..rules.disclosure import Part
from ..rules.quorum import Stint
from ..rules.rollcall import RollCallLine, roll_call
from ..rules.seating import seated_on, voting_seated_on
from ..rules.vocab import Capacity, Disclosure, ItemKind
from ..services.access import body_terms
from ..services.audit_verify import Head, head
from ..visibility import Policy, mask


@dataclass(frozen=True)
class AgendaEntry:
    """One agenda line as this viewer may see it: withheld parts are None."""

    id: int
    meeting_id: int
    position: int
    kind: ItemKind
    disclosure: Disclosure
    disclosed_at: datetime | None
    public_topic: str | None
    title: str | None
    presenters: str | None
    notes: str | None
    outcome: object | None
    withheld_until: datetime | None  # an embargo's public instant, for its placeholder

    @property
    def withheld(self) -> bool:
        return self.title is None

    @classmethod
    def of(cls, item: AgendaItem) -> "AgendaEntry":
        """The whole line, as the staff who just wrote it see it."""
        return cls(
            item.id,
            item.meeting_id,
            item.position,
            item.kind,
            item.disclosure,
            item.disclosed_at,
            item.public_topic,
            item.title,
            item.presenters,
            item.notes,
            item.outcome,
            None,
        )

    @property
    def confidential(self) -> bool:
        return self.disclosure == Disclosure.CONFIDENTIAL


def agenda(db: Session, policy: Policy, meetings: list[Meeting]) -> dict[int, list[AgendaEntry]]:
    """The agendas of `meetings` (already known to the viewer), one query for them all."""
    by_id = {m.id: m for m in meetings}
    if not by_id:
        return {}
    title_ok = policy.sql_item_title()
    content_ok = policy.sql_item_content()
    rows = db.execute(
        select(
            AgendaItem.id,
            AgendaItem.meeting_id,
            AgendaItem.position,
            AgendaItem.kind,
            AgendaItem.disclosure,
            AgendaItem.disclosed_at,
            AgendaItem.public_topic,
            mask(title_ok, AgendaItem.title).label("title"),
            mask(title_ok, AgendaItem.presenters).label("presenters"),
            mask(content_ok, AgendaItem.notes).label("notes"),
            mask(content_ok, AgendaItem.outcome).label("outcome"),
        )
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(AgendaItem.meeting_id.in_(list(by_id)))
        .order_by(AgendaItem.meeting_id, AgendaItem.position)
    ).all()
    result: dict[int, list[AgendaEntry]] = defaultdict(list)
    for r in rows:
        release = by_id[r.meeting_id].release
        until = rules.public_from(r.disclosure, release, Part.CONTENT, r.disclosed_at)
        result[r.meeting_id].append(
            AgendaEntry(
                r.id,
                r.meeting_id,
                r.position,
                r.kind,
                r.disclosure,
                r.disclosed_at,
                r.public_topic,
                r.title,
                r.presenters,
                r.notes,
                r.outcome,
                until if r.disclosure == Disclosure.EMBARGOED else None,
            )
        )
    return result


def known_meeting(db: Session, policy: Policy, meeting_id: int) -> Meeting | None:
    """The meeting, if the viewer may know of it; None for hidden and missing alike."""
    meeting = db.scalar(
        select(Meeting)
        .where(Meeting.id == meeting_id, policy.sql_meeting())
        .options(joinedload(Meeting.body), joinedload(Meeting.chair))
    )
    if meeting is None or not policy.meeting(meeting):
        return None
    return meeting


def _motion_options(votes: bool = True):
    people = (
        joinedload(Motion.mover),
        joinedload(Motion.seconder),
        joinedload(Motion.approves_minutes_of),
        joinedload(Motion.effect).joinedload(MotionEffect.person),
        joinedload(Motion.effect).joinedload(MotionEffect.body),
    )
    return (*people, selectinload(Motion.votes).joinedload(Vote.person)) if votes else people


@dataclass
class MeetingRecord:
    meeting: Meeting
    board: bool
    content: bool
    agenda: list[AgendaEntry]
    attendance: list[Attendance] = field(default_factory=list)
    motions: list[Motion] = field(default_factory=list)
    withheld_motions: list[datetime | None] = field(default_factory=list)
    summary: OfficialSummary | None = None
    minutes: Minutes | None = None
    commentary: list[Commentary] = field(default_factory=list)
    # Members on the roll call whose seat carries no vote (ex officio), shown as such.
    non_voting: frozenset[int] = frozenset()

    @property
    def item_titles(self) -> dict[int, AgendaEntry]:
        return {e.id: e for e in self.agenda}


def meeting_record(
    db: Session, policy: Policy, meeting: Meeting, votes: bool = False
) -> MeetingRecord:
    """The meeting as the page shows it; each motion's votes (names and reasons) only when asked
    for (the board's PDF prints them; the page links each roll call instead)."""
    record = MeetingRecord(
        meeting=meeting,
        board=policy.board(meeting),
        content=policy.content(meeting),
        agenda=agenda(db, policy, [meeting]).get(meeting.id, []),
    )
    if not record.content:
        return record
    of_meeting = Meeting.id == meeting.id
    record.attendance = list(
        db.scalars(
            select(Attendance)
            .where(Attendance.meeting_id == meeting.id)
            .options(joinedload(Attendance.person))
            .order_by(Attendance.capacity, Attendance.id)
        )
    )
    terms, on = body_terms(db, meeting.body_id), meeting.starts_at.date()
    record.non_voting = seated_on(terms, on) - voting_seated_on(terms, on)
    record.motions = list(
        db.scalars(
            select(Motion)
            .join(Meeting, Motion.meeting_id == Meeting.id)
            .where(of_meeting, policy.sql_motion())
            .options(*_motion_options(votes))
            .order_by(Motion.position)
        ).unique()
    )
    if not record.board:
        # Embargoed motions still held: a placeholder each, with the instant they come out.
        record.withheld_motions = [
            rules.public_from(Disclosure.EMBARGOED, meeting.release, Part.CONTENT, instant)
            for instant in db.scalars(
                select(Motion.disclosed_at)
                .join(Meeting, Motion.meeting_id == Meeting.id)
                .where(of_meeting, Motion.disclosure == Disclosure.EMBARGOED, ~policy.sql_motion())
                .order_by(Motion.position)
            )
        ]
    record.summary = db.scalar(
        select(OfficialSummary)
        .join(Meeting, OfficialSummary.meeting_id == Meeting.id)
        .where(of_meeting, policy.sql_summary())
    )
    record.minutes = db.scalar(
        select(Minutes)
        .join(Meeting, Minutes.meeting_id == Meeting.id)
        .where(of_meeting, policy.sql_minutes())
    )
    record.commentary = list(
        db.scalars(
            select(Commentary)
            .join(Meeting, Commentary.meeting_id == Meeting.id)
            .where(of_meeting, policy.sql_commentary())
            .options(joinedload(Commentary.author))
            .order_by(Commentary.publish_at, Commentary.id)
        )
    )
    return record


@dataclass
class MotionRecord:
    motion: Motion
    meeting: Meeting
    item: AgendaEntry | None
    roll_call: list[tuple[RollCallLine, Person, Vote | None]]


def motion_record(db: Session, policy: Policy, motion_id: int) -> MotionRecord | None:
    """The motion with its full roll call, or None if hidden or missing."""
    motion = db.scalar(
        select(Motion)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(Motion.id == motion_id, policy.sql_motion())
        .options(contains_eager(Motion.meeting).joinedload(Meeting.body), *_motion_options())
    )
    if motion is None or not policy.motion(motion.meeting, motion):
        return None
    meeting = motion.meeting
    entries = agenda(db, policy, [meeting]).get(meeting.id, [])
    item = next((e for e in entries if e.id == motion.agenda_item_id), None)
    votes = {v.person_id: v for v in motion.votes}
    lines = _roll_call_lines(db, motion, meeting, votes)
    people = {
        p.id: p
        for p in db.scalars(
            select(Person).where(Person.id.in_(sorted({line.person_id for line in lines})))
        )
    }
    rows = [(line, people[line.person_id], votes.get(line.person_id)) for line in lines]
    rows.sort(key=lambda row: row[1].name)
    return MotionRecord(motion, meeting, item, rows)


def motion_effect(db: Session, motion_id: int) -> MotionEffect | None:
    """A motion's effect with the names it is described by; the caller has checked that the
    viewer may see the motion."""
    return db.scalar(
        select(MotionEffect)
        .where(MotionEffect.motion_id == motion_id)
        .options(joinedload(MotionEffect.person), joinedload(MotionEffect.body))
    )


def _roll_call_lines(db: Session, motion: Motion, meeting: Meeting, votes) -> list[RollCallLine]:
    """A closed vote's roll call as announced (frozen with its tally); an open one as it stands."""
    if motion.tally is not None:
        return list(ClosedResult.from_json(motion.tally).lines)
    seated = voting_seated_on(body_terms(db, meeting.body_id), meeting.starts_at.date())
    stints = [
        Stint(a.person_id, a.presence, a.arrived_at, a.departed_at)
        for a in db.scalars(
            select(Attendance).where(
                Attendance.meeting_id == meeting.id, Attendance.capacity == Capacity.MEMBER
            )
        )
    ]
    instant = motion.closed_at or motion.opened_at or meeting.starts_at
    return roll_call(seated | set(votes), stints, {k: v.choice for k, v in votes.items()}, instant)


# Past meetings per index page: the record grows by hundreds of meetings a year.
INDEX_PAGE_SIZE = 25


@dataclass
class IndexPage:
    upcoming: list[Meeting]
    awaiting: list[Meeting]  # started, record not yet released (the newest few)
    past: list[tuple[Meeting, bool]]  # record released, with whether a summary is out
    more: bool  # an older page exists


def meetings_from(db: Session, policy: Policy, since: datetime) -> list[Meeting]:
    """Meetings the viewer may know of that start at `since` or later, soonest first."""
    return list(
        db.scalars(
            select(Meeting)
            .where(policy.sql_meeting(), Meeting.starts_at >= since)
            .options(joinedload(Meeting.body))
            .order_by(Meeting.starts_at)
        )
    )


def index_page(db: Session, policy: Policy, page: int) -> IndexPage:
    started = policy.sql_meeting() & (Meeting.starts_at < policy.now)
    awaiting = db.scalars(
        select(Meeting)
        .where(started, ~policy.sql_content())
        .options(joinedload(Meeting.body))
        .order_by(Meeting.starts_at.desc())
        .limit(INDEX_PAGE_SIZE)
    )
    has_summary = exists().where(OfficialSummary.meeting_id == Meeting.id, policy.sql_summary())
    past = db.execute(
        select(Meeting, has_summary.label("has_summary"))
        .where(started, policy.sql_content())
        .options(joinedload(Meeting.body))
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .offset((page - 1) * INDEX_PAGE_SIZE)
        .limit(INDEX_PAGE_SIZE + 1)
    ).all()
    return IndexPage(
        upcoming=meetings_from(db, policy, policy.now) if page == 1 else [],
        awaiting=list(awaiting) if page == 1 else [],
        past=[(m, bool(s)) for m, s in past[:INDEX_PAGE_SIZE]],
        more=len(past) > INDEX_PAGE_SIZE,
    )


@dataclass
class PersonRecord:
    person: Person
    memberships: list[Membership]
    attendance: list[Attendance]
    votes: list[Vote]
    more: bool  # an older page of attendance or votes exists
    # Terms made or cut short by a motion this viewer may see, by membership id.
    by_motion: dict[int, MotionEffect] = field(default_factory=dict)


# Attendance lines and votes per page of a director's record: a tenure runs to hundreds.
PERSON_PAGE_SIZE = 100


def person_record(db: Session, policy: Policy, slug: str, page: int = 1) -> PersonRecord | None:
    """A director's page: only people who hold or held a seat have one."""
    person = db.scalar(
        select(Person).where(Person.slug == slug).options(joinedload(Person.organization))
    )
    if person is None:
        return None
    memberships = list(
        db.scalars(
            select(Membership)
            .where(Membership.person_id == person.id)
            .options(joinedload(Membership.body))
            .order_by(Membership.term_start)
        )
    )
    if not memberships:
        return None
    attendance = list(
        db.scalars(
            select(Attendance)
            .join(Meeting, Attendance.meeting_id == Meeting.id)
            .where(Attendance.person_id == person.id, policy.sql_content())
            .options(contains_eager(Attendance.meeting).joinedload(Meeting.body))
            .order_by(Meeting.starts_at.desc(), Attendance.id)
            .offset((page - 1) * PERSON_PAGE_SIZE)
            .limit(PERSON_PAGE_SIZE + 1)
        )
    )
    votes = list(
        db.scalars(
            select(Vote)
            .join(Motion, Vote.motion_id == Motion.id)
            .join(Meeting, Motion.meeting_id == Meeting.id)
            .where(Vote.person_id == person.id, policy.sql_motion())
            .options(contains_eager(Vote.motion).contains_eager(Motion.meeting))
            .order_by(Meeting.starts_at.desc(), Motion.position, Vote.id)
            .offset((page - 1) * PERSON_PAGE_SIZE)
            .limit(PERSON_PAGE_SIZE + 1)
        )
    )
    more = len(attendance) > PERSON_PAGE_SIZE or len(votes) > PERSON_PAGE_SIZE
    by_motion = db.scalars(
        select(MotionEffect)
        .join(Motion, MotionEffect.motion_id == Motion.id)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(
            MotionEffect.membership_id.in_([m.id for m in memberships]),
            MotionEffect.applied_at.is_not(None),
            policy.sql_meeting(),
            policy.sql_motion(),
        )
    )
    return PersonRecord(
        person,
        memberships,
        attendance[:PERSON_PAGE_SIZE],
        votes[:PERSON_PAGE_SIZE],
        more,
        {e.membership_id: e for e in by_motion},
    )


@dataclass
class BodyRecord:
    body: Body
    memberships: list[Membership]
    meetings: list[Meeting]
    more: bool  # an older page of meetings exists


def body_record(db: Session, policy: Policy, slug: str, page: int = 1) -> BodyRecord | None:
    body = db.scalar(select(Body).where(Body.slug == slug))
    if body is None:
        return None
    memberships = list(
        db.scalars(
            select(Membership)
            .where(Membership.body_id == body.id)
            .options(joinedload(Membership.person).joinedload(Person.organization))
            .order_by(Membership.term_start.desc(), Membership.id)
        )
    )
    meetings = list(
        db.scalars(
            select(Meeting)
            .where(Meeting.body_id == body.id, policy.sql_meeting())
            .options(joinedload(Meeting.body))
            .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
            .offset((page - 1) * INDEX_PAGE_SIZE)
            .limit(INDEX_PAGE_SIZE + 1)
        )
    )
    more = len(meetings) > INDEX_PAGE_SIZE
    return BodyRecord(body, memberships, meetings[:INDEX_PAGE_SIZE], more)


SEARCH_LIMIT = 50
ITEM_SEARCHED = (AgendaItem.title, AgendaItem.presenters, AgendaItem.notes, AgendaItem.public_topic)


@dataclass
class SearchResults:
    meetings: list[Meeting]
    items: list[tuple[AgendaEntry, Meeting]]
    motions: list[Motion]
    documents: list[tuple[str, Meeting, str]]  # (kind, meeting, text)
    decisions: list[BetweenAction]  # decisions between meetings

    @property
    def count(self) -> int:
        return (
            len(self.meetings)
            + len(self.items)
            + len(self.motions)
            + len(self.documents)
            + len(self.decisions)
        )


def search(db: Session, policy: Policy, q: str) -> SearchResults:
    """Matches only in what the viewer may see: the match and the policy are one WHERE clause.
    Matching is the database's full-text search (every word of `q`, whole words)."""

    def hit(column):
        return matches(column, q)

    meetings = list(
        db.scalars(
            select(Meeting)
            .where(policy.sql_meeting(), hit(Meeting.title))
            .options(joinedload(Meeting.body))
            .order_by(Meeting.starts_at.desc())
            .limit(SEARCH_LIMIT)
        )
    )
    item_rows = db.execute(
        select(AgendaItem.id, Meeting)
        .join(Meeting, AgendaItem.meeting_id == Meeting.id)
        .where(
            policy.sql_meeting(),
            matches_any(ITEM_SEARCHED, q),
            or_(
                (policy.sql_item_title() & (hit(AgendaItem.title) | hit(AgendaItem.presenters))),
                (policy.sql_item_content() & hit(AgendaItem.notes)),
                hit(AgendaItem.public_topic),
            ),
        )
        .order_by(Meeting.starts_at.desc(), AgendaItem.position)
        .limit(SEARCH_LIMIT)
    ).all()
    found = {item_id for item_id, _ in item_rows}
    entries = agenda(db, policy, list({m.id: m for _, m in item_rows}.values()))
    items = [(e, m) for _, m in item_rows for e in entries.get(m.id, []) if e.id in found]
    items = list({e.id: (e, m) for e, m in items}.values())
    motions = list(
        db.scalars(
            select(Motion)
            .join(Meeting, Motion.meeting_id == Meeting.id)
            .where(policy.sql_motion(), hit(Motion.text))
            .options(contains_eager(Motion.meeting))
            .order_by(Meeting.starts_at.desc(), Motion.position)
            .limit(SEARCH_LIMIT)
        )
    )
    documents = []
    for kind, model, visible in (
        ("Official summary", OfficialSummary, policy.sql_summary()),
        ("Minutes", Minutes, policy.sql_minutes()),
        ("Commentary", Commentary, policy.sql_commentary()),
    ):
        rows = db.execute(
            select(model.body, Meeting)
            .join(Meeting, model.meeting_id == Meeting.id)
            .where(visible, hit(model.body))
            .order_by(Meeting.starts_at.desc())
            .limit(SEARCH_LIMIT)
        ).all()
        documents += [(kind, m, text) for text, m in rows]
    decisions = list(
        db.scalars(
            select(BetweenAction)
            .where(policy.sql_between_action(), hit(BetweenAction.text))
            .options(joinedload(BetweenAction.body))
            .order_by(BetweenAction.closes_at.desc(), BetweenAction.id.desc())
            .limit(SEARCH_LIMIT)
        )
    )
    return SearchResults(meetings, items, motions, documents, decisions)


def snippet(text: str, q: str, width: int = 160) -> str:
    """A stretch of plain text around the first match (autoescaped where it is shown)."""
    at = text.lower().find(q.lower())
    start = max(0, at - width // 2) if at >= 0 else 0
    piece = " ".join(text[start : start + width].split())
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


# Feed readers poll for what is new; the whole record stays on the site and in the export.
FEED_ENTRIES = 50


def feed_summaries(db: Session, policy: Policy) -> list[tuple[OfficialSummary, Meeting]]:
    """The newest released official summaries, newest release first."""
    rows = db.execute(
        select(OfficialSummary, Meeting)
        .join(Meeting, OfficialSummary.meeting_id == Meeting.id)
        .where(policy.sql_summary())
        .options(joinedload(Meeting.body))
        .order_by(Meeting.summary_release_at.desc(), Meeting.id.desc())
        .limit(FEED_ENTRIES)
    ).all()
    return [(s, m) for s, m in rows]


def feed_withdrawals(db: Session, policy: Policy) -> list[Meeting]:
    """Meetings whose released summary was taken back and is not public again: a feed reader
    that kept the summary gets an updated entry saying so."""
    public_summary = exists().where(OfficialSummary.meeting_id == Meeting.id, policy.sql_summary())
    return list(
        db.scalars(
            select(Meeting)
            .where(
                policy.sql_meeting(),
                Meeting.summary_withdrawn_at.is_not(None),
                Meeting.summary_withdrawn_at <= policy.now,
                ~public_summary,
            )
            .options(joinedload(Meeting.body))
            .order_by(Meeting.summary_withdrawn_at.desc(), Meeting.id.desc())
            .limit(FEED_ENTRIES)
        )
    )


def published_audit_head(db: Session, policy: Policy) -> Head | None:
    """The audit chain's head as of the newest official summary release the public has seen:
    at its release instant, or at the summary's last change if that came later (a summary
    written after its date, as a record of past meetings is).

    Published with the export and the feed so that a copy of it lives outside the database
    (`flask audit verify FILE` checks the trail against it). Taken at a release rather than now:
    a head that moved with every change would tell the public when confidential records were
    being worked on."""
    newest = db.execute(
        select(OfficialSummary.id, Meeting.id, Meeting.summary_release_at)
        .join(Meeting, OfficialSummary.meeting_id == Meeting.id)
        .where(policy.sql_summary())
        .order_by(Meeting.summary_release_at.desc(), Meeting.id.desc())
        .limit(1)
    ).first()
    if newest is None:
        return None
    summary_id, meeting_id, released_at = newest
    written = db.scalar(
        select(func.max(AuditEvent.occurred_at)).where(
            or_(
                (AuditEvent.entity_type == "official_summary")
                & (AuditEvent.entity_id == summary_id),
                (AuditEvent.entity_type == "meeting") & (AuditEvent.entity_id == meeting_id),
            )
        )
    )
    return head(db, as_of=max(released_at, written or released_at))


def sitemap_entries(db: Session, policy: Policy) -> tuple[list, list, list, list]:
    """(meeting ids, motion ids, person slugs, body slugs) the public may read."""
    meeting_ids = db.scalars(select(Meeting.id).where(policy.sql_meeting()).order_by(Meeting.id))
    motion_ids = db.scalars(
        select(Motion.id)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(policy.sql_motion())
        .order_by(Motion.id)
    )
    people = db.scalars(
        select(Person.slug)
        .where(exists().where(Membership.person_id == Person.id))
        .order_by(Person.slug)
    )
    bodies = db.scalars(select(Body.slug).order_by(Body.slug))
    return list(meeting_ids), list(motion_ids), list(people), list(bodies)


# --- The same rows for the API: queries it pages by id, and single records. -----------------
# Each is filtered by the policy in SQL like everything above, so a hidden record is never
# loaded: hidden and missing cost the same statement, and a response's timing tells nothing.


def meetings_query(policy: Policy) -> Select:
    return select(Meeting).where(policy.sql_meeting())


def meeting_with_content(db: Session, policy: Policy, meeting_id: int) -> Meeting | None:
    """A meeting whose record (roll call, action items) the viewer may read."""
    meeting = known_meeting(db, policy, meeting_id)
    return meeting if meeting is not None and policy.content(meeting) else None


def known_motion(db: Session, policy: Policy, motion_id: int) -> Motion | None:
    row = db.execute(
        select(Motion, Meeting)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(Motion.id == motion_id, policy.sql_meeting(), policy.sql_motion())
    ).first()
    if row is None or not policy.meeting(row.Meeting) or not policy.motion(row.Meeting, row.Motion):
        return None
    return row.Motion


def attendance_query(meeting: Meeting) -> Select:
    """The roll call of a meeting already found readable (`meeting_with_content`)."""
    return select(Attendance).where(Attendance.meeting_id == meeting.id)


def motions_query(policy: Policy, meeting: Meeting) -> Select:
    return (
        select(Motion)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(Motion.meeting_id == meeting.id, policy.sql_motion())
    )


def votes_query(motion: Motion) -> Select:
    """The votes of a motion already found readable (`known_motion`)."""
    return select(Vote).where(Vote.motion_id == motion.id)


def minutes_of(db: Session, policy: Policy, meeting: Meeting) -> Minutes | None:
    minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    return minutes if policy.minutes(meeting, minutes) else None


def summary_of(db: Session, policy: Policy, meeting: Meeting) -> OfficialSummary | None:
    summary = db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id))
    return summary if policy.summary(meeting, summary) else None


def commentary_query(policy: Policy, meeting: Meeting) -> Select:
    return (
        select(Commentary)
        .join(Meeting, Commentary.meeting_id == Meeting.id)
        .where(Commentary.meeting_id == meeting.id, policy.sql_commentary())
    )


def action_items_query(policy: Policy, meeting: Meeting) -> Select:
    return (
        select(ActionItem)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(ActionItem.meeting_id == meeting.id, policy.sql_action_item())
    )


def bodies_query() -> Select:
    return select(Body)


def body_by_id(db: Session, body_id: int) -> Body | None:
    return db.get(Body, body_id)


def people_query() -> Select:
    return select(Person).options(joinedload(Person.organization))


def person_by_id(db: Session, person_id: int) -> Person | None:
    return db.scalars(people_query().where(Person.id == person_id)).one_or_none()


def memberships_query() -> Select:
    return select(Membership)


@dataclass
class Release:
    """Every released record at one instant: the open-data export."""

    meetings: list[Meeting]
    agendas: dict[int, list[AgendaEntry]]
    attendance: list[Attendance]
    motions: list[Motion]
    votes: list[Vote]
    minutes: list[Minutes]
    summaries: list[tuple[OfficialSummary, Meeting]]
    commentary: list[Commentary]
    audit_head: Head | None


def release(db: Session, policy: Policy) -> Release:
    def rows(model, condition, *joins):
        query = select(model)
        for target, on in joins:
            query = query.join(target, on)
        return list(db.scalars(query.where(condition).order_by(model.id)))

    meetings = rows(Meeting, policy.sql_meeting())
    by_id = {m.id: m for m in meetings}
    at = {
        model: (Meeting, Meeting.id == model.meeting_id)
        for model in (Attendance, Motion, Minutes, OfficialSummary, Commentary)
    }
    return Release(
        meetings=meetings,
        agendas=agenda(db, policy, meetings),
        attendance=rows(Attendance, policy.sql_content(), at[Attendance]),
        motions=rows(Motion, policy.sql_motion(), at[Motion]),
        votes=rows(Vote, policy.sql_motion(), (Motion, Motion.id == Vote.motion_id), at[Motion]),
        minutes=rows(Minutes, policy.sql_minutes(), at[Minutes]),
        summaries=[
            (s, by_id[s.meeting_id])
            for s in rows(OfficialSummary, policy.sql_summary(), at[OfficialSummary])
        ],
        commentary=rows(Commentary, policy.sql_commentary(), at[Commentary]),
        audit_head=published_audit_head(db, policy),
    )

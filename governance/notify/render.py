"""What each kind of message says, decided when it is sent, for the one who receives it.

A renderer gets the message, the recipient's policy (its viewer, at the instant of sending) and
returns the mail — or `Wait` until the instant the policy names, or `Withhold` when the recipient
may never see the record. It reads only through `Policy`, so a public list's message holds the
public edition and a director's the board edition of their own body.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import parseaddr

from flask import current_app
from markupsafe import Markup
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import (
    ActionItem,
    AgendaItem,
    Body,
    Meeting,
    Minutes,
    Motion,
    OfficialSummary,
    OutboxMessage,
    User,
    Vote,
)
from ..render.markdown import render as markdown
from ..rules import disclosure as rules
from ..rules.clock import format_local
from ..rules.disclosure import Part
from ..rules.vocab import ActionStatus, Disclosure, MeetingStatus, MotionStatus, SummaryStatus
from ..services.outbox import Kind, invitation_sequence
from ..visibility import Policy
from . import invite
from .links import Link, absolute, host


@dataclass(frozen=True)
class Section:
    """A heading with its text: plain for the text part, sanitized Markdown for the HTML part."""

    heading: str
    text: str = ""
    markdown: bool = False

    @property
    def html(self) -> Markup:
        return markdown(self.text) if self.markdown else Markup("<p>%s</p>") % self.text


@dataclass(frozen=True)
class Mail:
    subject: str
    intro: str
    sections: list[Section] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # An iCalendar invitation sent as an alternative part: (method, text).
    calendar: tuple[str, str] | None = None


@dataclass(frozen=True)
class Wait:
    until: datetime


@dataclass(frozen=True)
class Withhold:
    reason: str


Outcome = Mail | Wait | Withhold
Renderer = Callable[[Session, OutboxMessage, Policy], Outcome]
RENDERERS: dict[str, Renderer] = {}


def register(kind: str):
    """Add the renderer of a kind (the administration services add invitations and resets)."""

    def add(fn: Renderer) -> Renderer:
        RENDERERS[kind] = fn
        return fn

    return add


def later(start: datetime | None, now: datetime, what: str) -> Wait | Withhold:
    """Not visible to this recipient now: wait for the instant the policy names, if any."""
    if start is not None and start > now:
        return Wait(start)
    return Withhold(f"the recipient may not see {what}")


def _when(meeting: Meeting) -> str:
    return format_local(meeting.starts_at, meeting.timezone)


def _meeting_link(policy: Policy, meeting: Meeting) -> Link:
    if policy.board(meeting):
        return Link("The meeting (board edition)", "board.meeting", {"meeting_id": meeting.id})
    return Link("The meeting", "public.meeting", {"meeting_id": meeting.id})


@register(Kind.AGENDA_PUBLISHED)
def agenda_published(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    meeting = db.get(Meeting, msg.object_id)
    if meeting is None or meeting.status == MeetingStatus.CANCELLED:
        return Withhold("the meeting is gone or cancelled")
    if not policy.meeting(meeting):
        return later(rules.meeting_public_from(meeting.release), policy.now, "the meeting")
    items = db.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id).order_by(AgendaItem.position)
    )
    lines = []
    for item in items:
        if policy.item_title(meeting, item):
            lines.append(f"{len(lines) + 1}. {item.title}")
        elif item.disclosure == Disclosure.CONFIDENTIAL:
            topic = f": {item.public_topic}" if item.public_topic else ""
            lines.append(f"{len(lines) + 1}. Executive session{topic}")
    return Mail(
        f"Agenda published: {meeting.title}",
        f"{meeting.title} — {_when(meeting)}.",
        [Section("Agenda", "\n".join(lines) or "(no items yet)")],
        [_meeting_link(policy, meeting)],
    )


def _motion(db: Session, msg: OutboxMessage, policy: Policy):
    motion = db.get(Motion, msg.object_id)
    if motion is None:
        return None, None, Withhold("the motion is gone")
    meeting = db.get(Meeting, motion.meeting_id)
    if not policy.motion(meeting, motion):
        start = rules.public_from(
            motion.disclosure, meeting.release, Part.CONTENT, motion.disclosed_at
        )
        return motion, meeting, later(start, policy.now, "the motion")
    return motion, meeting, None


def _ballot(db: Session, msg: OutboxMessage, policy: Policy, reminder: bool) -> Outcome:
    """A vote to cast: only while the motion is open, and a reminder only while the director
    still has not voted (checked again when it is sent)."""
    motion, meeting, refused = _motion(db, msg, policy)
    if refused is not None:
        return refused
    if motion.status != MotionStatus.OPEN:
        return Withhold("the vote is no longer open")
    if reminder:
        person_id = db.get(User, msg.user_id).person_id
        voted = db.scalar(
            select(Vote.id).where(Vote.motion_id == motion.id, Vote.person_id == person_id)
        )
        if voted is not None:
            return Withhold("the director has voted")
        subject, intro = "Reminder, your vote", "is still open and you have not voted"
    else:
        subject, intro = "Vote open", "is open for your vote"
    return Mail(
        f"{subject}: {meeting.title}",
        f"A motion of {meeting.title} ({_when(meeting)}) {intro}.",
        [Section("Motion", motion.text)],
        [Link("Your ballot", "board.ballot")],
    )


@register(Kind.MOTION_OPENED)
def motion_opened(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _ballot(db, msg, policy, reminder=False)


@register(Kind.MOTION_REMINDER)
def motion_reminder(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _ballot(db, msg, policy, reminder=True)


@register(Kind.MOTION_CLOSED)
def motion_closed(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    motion, meeting, refused = _motion(db, msg, policy)
    if refused is not None:
        return refused
    return Mail(
        f"Vote closed: {meeting.title}",
        f"A motion of {meeting.title} was decided.",
        [Section("Motion", motion.text), Section("Result", motion.result or motion.status.value)],
        [_meeting_link(policy, meeting)],
    )


def _minutes(db: Session, msg: OutboxMessage, policy: Policy, what: str) -> Outcome:
    minutes = db.get(Minutes, msg.object_id)
    meeting = db.get(Meeting, minutes.meeting_id) if minutes else None
    if minutes is None or not policy.minutes(meeting, minutes):
        return Withhold("the recipient may not see these minutes")
    return Mail(
        f"Minutes {what}: {meeting.title}",
        f"The minutes of {meeting.title} ({_when(meeting)}) were {what}.",
        [Section("Minutes", minutes.body, markdown=True)],
        [_meeting_link(policy, meeting)],
    )


@register(Kind.MINUTES_CIRCULATED)
def minutes_circulated(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _minutes(db, msg, policy, "circulated")


@register(Kind.MINUTES_APPROVED)
def minutes_approved(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _minutes(db, msg, policy, "approved")


def _action(db: Session, msg: OutboxMessage, policy: Policy, subject: str) -> Outcome:
    action = db.get(ActionItem, msg.object_id)
    if action is None or action.status != ActionStatus.OPEN:
        return Withhold("the action item is gone or no longer open")
    meeting = db.get(Meeting, action.meeting_id)
    if not policy.action_item(meeting, action):
        return Withhold("the recipient may not see this action item")
    due = f"Due {action.due_on.isoformat()}." if action.due_on else "No due date."
    return Mail(
        f"{subject}: {action.title}",
        f"From {meeting.title} ({_when(meeting)}). {due}",
        [Section("Action item", action.title)],
        [Link("Your action items", "board.actions")],
    )


@register(Kind.ACTION_ASSIGNED)
def action_assigned(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _action(db, msg, policy, "Action item assigned")


@register(Kind.ACTION_DUE)
def action_due(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    return _action(db, msg, policy, "Action item due")


def _record_links(meeting: Meeting) -> list[Link]:
    return [
        Link("The meeting", "public.meeting", {"meeting_id": meeting.id}),
        Link(
            "Official summary (PDF)",
            "public.document_pdf",
            {"meeting_id": meeting.id, "document": "summary"},
        ),
    ]


@register(Kind.SUMMARY_RELEASED)
def summary_released(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    meeting = db.get(Meeting, msg.object_id)
    if meeting is None:
        return Withhold("the meeting is gone")
    summary = db.scalar(select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id))
    scheduled = summary is not None and summary.status == SummaryStatus.SCHEDULED
    if meeting.summary_withdrawn_at is not None:
        return Withhold("the summary was withdrawn")
    if not policy.summary(meeting, summary):
        start = rules.summary_public_from(meeting.release, scheduled)
        return later(start, policy.now, "the summary")
    motions = db.scalars(
        select(Motion).where(Motion.meeting_id == meeting.id).order_by(Motion.position, Motion.id)
    )
    decided = [f"- {m.text}: {m.result}" for m in motions if m.result and policy.motion(meeting, m)]
    sections = [Section("", summary.body, markdown=True)]
    if decided:
        sections.append(Section("Motions", "\n".join(decided), markdown=True))
    return Mail(
        f"Official summary: {meeting.title}",
        f"The official summary of {meeting.title} ({_when(meeting)}).",
        sections,
        _record_links(meeting),
    )


@register(Kind.EMBARGO_LIFTED)
def embargo_lifted(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    """What of the meeting becomes public at this message's instant, as the policy shows it."""
    meeting = db.get(Meeting, msg.object_id)
    if meeting is None or meeting.summary_withdrawn_at is not None:
        return Withhold("the meeting is gone or its record withdrawn")
    instant = msg.due_at

    def lifted(rows):
        return [
            r
            for r in rows
            if r.disclosure == Disclosure.EMBARGOED
            and rules.public_from(r.disclosure, meeting.release, Part.CONTENT, r.disclosed_at)
            == instant
        ]

    def of(model):
        return lifted(db.scalars(select(model).where(model.meeting_id == meeting.id)))

    sections = [
        Section(i.title, i.notes, markdown=True)
        for i in of(AgendaItem)
        if policy.item_content(meeting, i)
    ]
    sections += [
        Section("Motion", f"{m.text}\n\n{m.result or ''}".strip(), markdown=True)
        for m in of(Motion)
        if policy.motion(meeting, m)
    ]
    sections += [
        Section("Action item", a.title) for a in of(ActionItem) if policy.action_item(meeting, a)
    ]
    if not sections:
        return later(instant, policy.now, "anything of this embargo")
    return Mail(
        f"Now public: more of {meeting.title}",
        f"Embargoed records of {meeting.title} ({_when(meeting)}) are public from today.",
        sections,
        _record_links(meeting)[:1],
    )


@register(Kind.MEETING_INVITATION)
def meeting_invitation(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    """The meeting as it is now: a REQUEST (SEQUENCE raised by every change) or a CANCEL."""
    meeting = db.get(Meeting, msg.object_id)
    if meeting is None:
        return Withhold("the meeting is gone")
    if not policy.meeting(meeting):
        return later(rules.meeting_public_from(meeting.release), policy.now, "the meeting")
    cancel = meeting.status == MeetingStatus.CANCELLED
    body = db.get(Body, meeting.body_id)
    link = _meeting_link(policy, meeting)
    summary = f"{body.name}: {meeting.title}"
    calendar = invite.invitation(
        meeting,
        uid=f"meeting-{meeting.id}@{host(current_app.config['BASE_URL'])}",
        seq=invitation_sequence(db, meeting.id),
        stamp=policy.now,
        summary=summary,
        description=f"{meeting.title} — {_when(meeting)}",
        url=absolute(current_app, link),
        organizer=parseaddr(current_app.config["MAIL_FROM"])[1],
        attendee=db.get(User, msg.user_id).email,
        cancel=cancel,
    )
    what = "Cancelled" if cancel else "Invitation"
    intro = f"{meeting.title} — {_when(meeting)}" + (
        f". Cancelled: {meeting.cancellation_reason}" if cancel else ""
    )
    return Mail(f"{what}: {summary}", intro, [], [link], calendar)

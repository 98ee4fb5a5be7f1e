"""Meetings and everything in them, for everyone, under the one disclosure policy: lists filter
hidden rows in SQL; a hidden record answers 404 exactly like a missing one."""

from flask import abort
from sqlalchemy import select

from ..http.session import get_db
from ..http.viewer import request_policy
from ..models import (
    ActionItem,
    Attendance,
    Commentary,
    Meeting,
    Minutes,
    Motion,
    OfficialSummary,
    Vote,
)
from ..reads import public as reads
from ..reads.between import records as between_records
from ..visibility import Policy
from . import serialize as out
from .between import action as between_action
from .reads import PAGE_PARAMS, R, bp, page, page_of
from .registry import endpoint


# A hidden record is never loaded: the policy filters it in SQL first, so hidden and missing
# cost the same statement and the same time, and a response's timing tells nothing either.
def _meeting(policy: Policy, meeting_id: int) -> Meeting:
    meeting = get_db().scalar(select(Meeting).where(Meeting.id == meeting_id, policy.sql_meeting()))
    if meeting is None or not policy.meeting(meeting):
        abort(404)
    return meeting


def _content(policy: Policy, meeting_id: int) -> Meeting:
    meeting = _meeting(policy, meeting_id)
    if not policy.content(meeting):
        abort(404)
    return meeting


def _motion(policy: Policy, motion_id: int) -> tuple[Motion, Meeting]:
    row = (
        get_db()
        .execute(
            select(Motion, Meeting)
            .join(Meeting, Motion.meeting_id == Meeting.id)
            .where(Motion.id == motion_id, policy.sql_meeting(), policy.sql_motion())
        )
        .first()
    )
    if row is None or not policy.meeting(row.Meeting) or not policy.motion(row.Meeting, row.Motion):
        abort(404)
    return row.Motion, row.Meeting


@endpoint(
    bp,
    "GET",
    "/meetings",
    "Meetings the caller may know of",
    "meetings",
    "Meeting",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_meetings():
    query = select(Meeting).where(request_policy().sql_meeting())
    return page(query, Meeting, out.meeting, "api_reads.get_list_meetings")


@endpoint(bp, "GET", "/meetings/{meeting_id}", "One meeting", "meetings", "Meeting")
def get_meeting(meeting_id):
    return out.meeting(_meeting(request_policy(), meeting_id))


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/agenda-items",
    "A meeting's agenda",
    "agenda",
    "AgendaItem",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_agenda_items(meeting_id):
    """Every line of the agenda, as the meeting page lists it: a line the caller may not read yet
    is there with `withheld` true, its text null, and `withheld_until` when an embargo ends."""
    policy = request_policy()
    meeting = _meeting(policy, meeting_id)
    entries = reads.agenda(get_db(), policy, [meeting]).get(meeting.id, [])
    return page_of(
        entries, out.agenda_item, "api_reads.get_list_agenda_items", meeting_id=meeting.id
    )


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/attendance",
    "A meeting's roll call",
    "attendance",
    "Attendance",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_attendance(meeting_id):
    meeting = _content(request_policy(), meeting_id)
    query = select(Attendance).where(Attendance.meeting_id == meeting.id)
    return page(
        query, Attendance, out.attendance, "api_reads.get_list_attendance", meeting_id=meeting.id
    )


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/motions",
    "A meeting's motions",
    "motions",
    "Motion",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_motions(meeting_id):
    policy = request_policy()
    meeting = _meeting(policy, meeting_id)
    query = (
        select(Motion)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(Motion.meeting_id == meeting.id, policy.sql_motion())
    )
    return page(query, Motion, out.motion, "api_reads.get_list_motions", meeting_id=meeting.id)


@endpoint(bp, "GET", "/motions/{motion_id}", "One motion, with its result", "motions", "Motion")
def get_motion(motion_id):
    return out.motion(_motion(request_policy(), motion_id)[0])


@endpoint(
    bp,
    "GET",
    "/motions/{motion_id}/votes",
    "The roll call of a motion",
    "votes",
    "Vote",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_votes(motion_id):
    motion, _ = _motion(request_policy(), motion_id)
    query = select(Vote).where(Vote.motion_id == motion.id)
    return page(query, Vote, out.vote, "api_reads.get_list_votes", motion_id=motion.id)


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/minutes",
    "Approved (or, for the board, draft) minutes",
    "minutes",
    "Minutes",
)
def get_minutes(meeting_id):
    policy = request_policy()
    meeting = _meeting(policy, meeting_id)
    minutes = get_db().scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    if not policy.minutes(meeting, minutes):
        abort(404)
    return out.minutes(minutes)


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/summary",
    "The official summary, once released",
    "summaries",
    "Summary",
)
def get_summary(meeting_id):
    policy = request_policy()
    meeting = _meeting(policy, meeting_id)
    summary = get_db().scalar(
        select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id)
    )
    if not policy.summary(meeting, summary):
        abort(404)
    return out.summary(summary, meeting)


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/commentary",
    "Directors' released commentary",
    "commentary",
    "Commentary",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_commentary(meeting_id):
    policy = request_policy()
    meeting = _meeting(policy, meeting_id)
    query = (
        select(Commentary)
        .join(Meeting, Commentary.meeting_id == Meeting.id)
        .where(Commentary.meeting_id == meeting.id, policy.sql_commentary())
    )
    return page(
        query, Commentary, out.commentary, "api_reads.get_list_commentary", meeting_id=meeting.id
    )


@endpoint(
    bp,
    "GET",
    "/meetings/{meeting_id}/action-items",
    "A meeting's action items",
    "actions",
    "ActionItem",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_action_items(meeting_id):
    policy = request_policy()
    meeting = _content(policy, meeting_id)
    query = (
        select(ActionItem)
        .join(Meeting, ActionItem.meeting_id == Meeting.id)
        .where(ActionItem.meeting_id == meeting.id, policy.sql_action_item())
    )
    return page(
        query, ActionItem, out.action_item, "api_reads.get_list_action_items", meeting_id=meeting.id
    )


@endpoint(
    bp, "GET", "/export", "Every released record, as one open-data document", "export", "Export"
)
def export_released():
    """Always the public's view, whoever asks: this is the open-data release."""
    policy = Policy.public()
    db = get_db()

    def rows(model, condition, *joins):
        query = select(model)
        for target, on in joins:
            query = query.join(target, on)
        return db.scalars(query.where(condition).order_by(model.id)).all()

    meetings = {m.id: m for m in rows(Meeting, policy.sql_meeting())}
    agendas = reads.agenda(db, policy, list(meetings.values()))
    motions = rows(Motion, policy.sql_motion(), (Meeting, Meeting.id == Motion.meeting_id))
    votes = rows(
        Vote,
        policy.sql_motion(),
        (Motion, Motion.id == Vote.motion_id),
        (Meeting, Meeting.id == Motion.meeting_id),
    )
    audit_head = reads.published_audit_head(db, policy)
    return {
        "generated_at": out.instant(policy.now),
        "audit_head": audit_head.public() if audit_head else None,
        "meetings": [out.meeting(m) for m in meetings.values()],
        "agenda_items": [out.agenda_item(e) for m in meetings for e in agendas.get(m, [])],
        "attendance": [
            out.attendance(a)
            for a in rows(
                Attendance, policy.sql_content(), (Meeting, Meeting.id == Attendance.meeting_id)
            )
        ],
        "motions": [out.motion(m) for m in motions],
        "votes": [out.vote(v) for v in votes],
        "minutes": [
            out.minutes(m)
            for m in rows(
                Minutes, policy.sql_minutes(), (Meeting, Meeting.id == Minutes.meeting_id)
            )
        ],
        "summaries": [
            out.summary(s, meetings[s.meeting_id])
            for s in rows(
                OfficialSummary,
                policy.sql_summary(),
                (Meeting, Meeting.id == OfficialSummary.meeting_id),
            )
        ],
        "commentary": [
            out.commentary(c)
            for c in rows(
                Commentary, policy.sql_commentary(), (Meeting, Meeting.id == Commentary.meeting_id)
            )
        ],
        "between_actions": [between_action(r) for r in between_records(db, policy)],
    }

"""Meetings and everything in them, for everyone, under the one disclosure policy. The rows come
from `reads.public`, as the pages' do; here they are only paged and serialized. A hidden record
answers 404 exactly like a missing one."""

from flask import abort

from ..http.session import get_db
from ..http.viewer import request_policy
from ..models import ActionItem, Attendance, Commentary, Meeting, Motion, Vote
from ..reads import public as reads
from ..reads.between import records as between_records
from ..visibility import Policy
from . import serialize as out
from .between import action as between_action
from .reads import PAGE_PARAMS, R, bp, page, page_of
from .registry import endpoint


def _meeting(policy: Policy, meeting_id: int) -> Meeting:
    return reads.known_meeting(get_db(), policy, meeting_id) or abort(404)


def _content(policy: Policy, meeting_id: int) -> Meeting:
    return reads.meeting_with_content(get_db(), policy, meeting_id) or abort(404)


def _motion(policy: Policy, motion_id: int) -> Motion:
    return reads.known_motion(get_db(), policy, motion_id) or abort(404)


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
    return page(
        reads.meetings_query(request_policy()), Meeting, out.meeting, "api_reads.get_list_meetings"
    )


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
    return page(
        reads.attendance_query(meeting),
        Attendance,
        out.attendance,
        "api_reads.get_list_attendance",
        meeting_id=meeting.id,
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
    return page(
        reads.motions_query(policy, meeting),
        Motion,
        out.motion,
        "api_reads.get_list_motions",
        meeting_id=meeting.id,
    )


@endpoint(bp, "GET", "/motions/{motion_id}", "One motion, with its result", "motions", "Motion")
def get_motion(motion_id):
    return out.motion(_motion(request_policy(), motion_id))


@endpoint(
    bp,
    "GET",
    "/motions/{motion_id}/effect",
    "What a motion does to the seats if it carries, and whether it did",
    "motions",
    "MotionEffect",
    **R,
)
def get_motion_effect(motion_id):
    motion = _motion(request_policy(), motion_id)
    effect = reads.motion_effect(get_db(), motion.id)
    if effect is None:
        abort(404)
    return out.motion_effect(effect)


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
    motion = _motion(request_policy(), motion_id)
    return page(
        reads.votes_query(motion), Vote, out.vote, "api_reads.get_list_votes", motion_id=motion.id
    )


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
    return out.minutes(reads.minutes_of(get_db(), policy, meeting) or abort(404))


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
    return out.summary(reads.summary_of(get_db(), policy, meeting) or abort(404), meeting)


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
    return page(
        reads.commentary_query(policy, meeting),
        Commentary,
        out.commentary,
        "api_reads.get_list_commentary",
        meeting_id=meeting.id,
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
    return page(
        reads.action_items_query(policy, meeting),
        ActionItem,
        out.action_item,
        "api_reads.get_list_action_items",
        meeting_id=meeting.id,
    )


@endpoint(
    bp, "GET", "/export", "Every released record, as one open-data document", "export", "Export"
)
def export_released():
    """Always the public's view, whoever asks: this is the open-data release."""
    policy = Policy.public()
    released = reads.release(get_db(), policy)
    return {
        "generated_at": out.instant(policy.now),
        "audit_head": released.audit_head.public() if released.audit_head else None,
        "meetings": [out.meeting(m) for m in released.meetings],
        "agenda_items": [
            out.agenda_item(e) for m in released.meetings for e in released.agendas.get(m.id, [])
        ],
        "attendance": [out.attendance(a) for a in released.attendance],
        "motions": [out.motion(m) for m in released.motions],
        "votes": [out.vote(v) for v in released.votes],
        "minutes": [out.minutes(m) for m in released.minutes],
        "summaries": [out.summary(s, m) for s, m in released.summaries],
        "commentary": [out.commentary(c) for c in released.commentary],
        "between_actions": [between_action(r) for r in between_records(get_db(), policy)],
    }

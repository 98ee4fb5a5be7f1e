"""Create, update and transition: the same services, under the same permissions, as the pages."""

from flask import Blueprint

from ..http.lookups import action_item_or_404, agenda_item_or_404, meeting_or_404, motion_or_404
from ..http.session import get_db
from ..http.viewer import as_signed_in
from ..models import AgendaItem, Meeting, Motion
from ..reads import public
from ..reads.public import AgendaEntry
from ..services import agenda, attendance, meetings, motion_effects, motions, records, tokens
from . import serialize as out
from .auth import require_user
from .inputs import json_body
from .registry import endpoint

bp = Blueprint("api_writes", __name__, url_prefix="/api/v1")
W = {"write": True, "problems": (400, 401, 403, 404, 409, 413, 422)}


def run(service, *args, **kwargs):
    require_user()
    return as_signed_in(service, *args, **kwargs)


def _meeting(meeting_id: int) -> Meeting:
    require_user()
    return meeting_or_404(meeting_id)


def _item(item_id: int) -> AgendaItem:
    require_user()
    return agenda_item_or_404(item_id)


@endpoint(
    bp,
    "POST",
    "/meetings",
    "Schedule a meeting",
    "meetings",
    "Meeting",
    request="NewMeeting",
    status=201,
    **W,
)
def create_meeting():
    data = json_body("NewMeeting")
    meeting = run(
        meetings.create_meeting,
        data["body_id"],
        data["title"],
        data["starts_at"],
        data["timezone"],
        data.get("kind", "call"),
        data.get("location"),
        data.get("chair_id"),
    )
    return out.meeting(meeting), 201


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/publish-agenda",
    "Publish the agenda now",
    "meetings",
    "Meeting",
    **W,
)
def publish_agenda(meeting_id):
    return out.meeting(run(meetings.publish_agenda, _meeting(meeting_id).id))


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/status",
    "Open, adjourn or cancel a meeting",
    "meetings",
    "Meeting",
    request="MeetingStatusChange",
    **W,
)
def meeting_status(meeting_id):
    meeting = _meeting(meeting_id)
    data = json_body("MeetingStatusChange")
    return out.meeting(run(meetings.set_status, meeting.id, data["status"], data.get("reason")))


@endpoint(
    bp,
    "PATCH",
    "/meetings/{meeting_id}",
    "Correct a meeting's title, time, zone, place, kind or chair (until adjourned)",
    "meetings",
    "Meeting",
    request="MeetingEdit",
    **W,
)
def edit_meeting(meeting_id):
    meeting = _meeting(meeting_id)
    current = {
        "title": meeting.title,
        "starts_at": meeting.starts_at,
        "timezone": meeting.timezone,
        "kind": meeting.kind,
        "location": meeting.location,
        "chair_id": meeting.chair_id,
    }
    return out.meeting(
        run(meetings.update_meeting, meeting.id, **(current | json_body("MeetingEdit")))
    )


@endpoint(
    bp,
    "PUT",
    "/meetings/{meeting_id}/agenda-order",
    "Put the whole agenda in a new order",
    "agenda",
    "AgendaItem",
    request="AgendaOrder",
    list_of=True,
    **W,
)
def reorder_agenda(meeting_id):
    meeting = _meeting(meeting_id)
    items = run(agenda.reorder_items, meeting.id, json_body("AgendaOrder")["order"])
    return {"items": [out.agenda_item(AgendaEntry.of(i)) for i in items], "next": None}


@endpoint(
    bp,
    "DELETE",
    "/agenda-items/{item_id}",
    "Delete an item from a draft agenda (after publication: withdraw it)",
    "agenda",
    "Meeting",
    **W,
)
def delete_item(item_id):
    item = _item(item_id)
    meeting_id = run(agenda.delete_item, item.id)
    return out.meeting(get_db().get(Meeting, meeting_id))


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/agenda-items",
    "Add an agenda item",
    "agenda",
    "AgendaItem",
    request="AgendaItemFields",
    status=201,
    **W,
)
def add_item(meeting_id):
    meeting = _meeting(meeting_id)
    return out.agenda_item(
        AgendaEntry.of(run(agenda.add_item, meeting.id, **json_body("AgendaItemFields")))
    ), 201


@endpoint(
    bp,
    "PUT",
    "/agenda-items/{item_id}",
    "Replace an agenda item's fields",
    "agenda",
    "AgendaItem",
    request="AgendaItemChange",
    **W,
)
def update_item(item_id):
    item = _item(item_id)
    data = {"kind": item.kind, **json_body("AgendaItemChange")}
    return out.agenda_item(AgendaEntry.of(run(agenda.update_item, item.id, **data)))


@endpoint(
    bp,
    "POST",
    "/agenda-items/{item_id}/move",
    "Move an item up or down",
    "agenda",
    "AgendaItem",
    request="Move",
    **W,
)
def move_item(item_id):
    item = _item(item_id)
    return out.agenda_item(
        AgendaEntry.of(run(agenda.move_item, item.id, json_body("Move")["direction"]))
    )


@endpoint(
    bp,
    "POST",
    "/agenda-items/{item_id}/outcome",
    "Record an item's outcome",
    "agenda",
    "AgendaItem",
    request="Outcome",
    **W,
)
def item_outcome(item_id):
    item = _item(item_id)
    return out.agenda_item(
        AgendaEntry.of(run(agenda.set_outcome, item.id, json_body("Outcome")["outcome"]))
    )


@endpoint(
    bp,
    "PUT",
    "/meetings/{meeting_id}/attendance",
    "Record the roll call",
    "attendance",
    "Attendance",
    request="RollCall",
    list_of=True,
    **W,
)
def roll_call(meeting_id):
    meeting = _meeting(meeting_id)
    lines = run(attendance.take_roll_call, meeting.id, json_body("RollCall")["entries"])
    return {"items": [out.attendance(a) for a in lines], "next": None}


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/guests",
    "Add a guest or observer",
    "attendance",
    "Attendance",
    request="Guest",
    status=201,
    **W,
)
def add_guest(meeting_id):
    meeting = _meeting(meeting_id)
    data = json_body("Guest")
    line = run(
        attendance.add_guest,
        meeting.id,
        data["name"],
        data.get("capacity", "guest"),
        data.get("note"),
    )
    return out.attendance(line), 201


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/motions",
    "Record a motion",
    "motions",
    "Motion",
    request="NewMotion",
    status=201,
    **W,
)
def propose_motion(meeting_id):
    meeting = _meeting(meeting_id)
    return out.motion(run(motions.propose_motion, meeting.id, **json_body("NewMotion"))), 201


@endpoint(
    bp,
    "PATCH",
    "/motions/{motion_id}",
    "Edit a motion (wording until it opens; disclosure until released)",
    "motions",
    "Motion",
    request="MotionEdit",
    **W,
)
def edit_motion(motion_id):
    require_user()
    motion = motion_or_404(motion_id)
    data = json_body("MotionEdit")
    current = {
        "text": motion.text,
        "mover_id": motion.mover_id,
        "seconder_id": motion.seconder_id,
        "threshold": motion.threshold,
        "disclosure": motion.disclosure,
        "disclosed_at": motion.disclosed_at,
    }
    if "disclosure" in data and "disclosed_at" not in data:
        current["disclosed_at"] = None
    return out.motion(run(motions.update_motion, motion.id, **(current | data)))


@endpoint(
    bp,
    "PUT",
    "/motions/{motion_id}/effect",
    "Set what a proposed motion does to the seats if it carries (replaces any effect set)",
    "motions",
    "MotionEffect",
    request="MotionEffectInput",
    **W,
)
def set_motion_effect(motion_id):
    require_user()
    motion = motion_or_404(motion_id)
    run(motion_effects.set_effect, motion.id, **json_body("MotionEffectInput"))
    return out.motion_effect(public.motion_effect(get_db(), motion.id))


@endpoint(
    bp,
    "DELETE",
    "/motions/{motion_id}/effect",
    "Remove a proposed motion's effect: it will change no seats",
    "motions",
    "Motion",
    **W,
)
def remove_motion_effect(motion_id):
    require_user()
    motion = motion_or_404(motion_id)
    run(motion_effects.clear_effect, motion.id)
    return out.motion(get_db().get(Motion, motion.id))


def _transition(service):
    def view(motion_id):
        require_user()
        return out.motion(run(service, motion_or_404(motion_id).id))

    view.__name__ = f"motion_{service.__name__}"
    return view


for _verb, _service in (
    ("open", motions.open_motion),
    ("close", motions.close_motion),
    ("withdraw", motions.withdraw_motion),
    ("postpone", motions.postpone_motion),
):
    endpoint(
        bp,
        "POST",
        f"/motions/{{motion_id}}/{_verb}",
        f"{_verb.capitalize()} a motion",
        "motions",
        "Motion",
        **W,
    )(_transition(_service))


@endpoint(
    bp,
    "POST",
    "/motions/{motion_id}/vote",
    "Cast your own vote",
    "votes",
    "Vote",
    request="Ballot",
    **W,
)
def cast_vote(motion_id):
    require_user()
    motion = motion_or_404(motion_id)
    data = json_body("Ballot")
    return out.vote(run(motions.cast_vote, motion.id, data["choice"], data.get("reason")))


@endpoint(
    bp,
    "PUT",
    "/motions/{motion_id}/votes",
    "Record a roll-call vote (secretary)",
    "votes",
    "Vote",
    request="RollCallVote",
    list_of=True,
    **W,
)
def record_votes(motion_id):
    require_user()
    motion = motion_or_404(motion_id)
    votes = run(motions.record_roll_call, motion.id, json_body("RollCallVote")["entries"])
    return {"items": [out.vote(v) for v in votes], "next": None}


@endpoint(
    bp,
    "POST",
    "/motions/{motion_id}/votes/{person_id}/correction",
    "Correct a vote a member cast (secretary; a reason is required)",
    "votes",
    "Vote",
    request="VoteCorrection",
    **W,
)
def correct_vote(motion_id, person_id):
    require_user()
    motion = motion_or_404(motion_id)
    data = json_body("VoteCorrection")
    return out.vote(
        run(
            motions.correct_vote,
            motion.id,
            person_id,
            data["choice"],
            data.get("reason"),
            data["correction_reason"],
            data["version"],
        )
    )


@endpoint(
    bp,
    "PUT",
    "/meetings/{meeting_id}/minutes",
    "Write the minutes",
    "minutes",
    "Minutes",
    request="MinutesText",
    **W,
)
def save_minutes(meeting_id):
    meeting = _meeting(meeting_id)
    return out.minutes(run(records.save_minutes, meeting.id, json_body("MinutesText")["body"]))


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/minutes/circulate",
    "Circulate the minutes",
    "minutes",
    "Minutes",
    **W,
)
def circulate_minutes(meeting_id):
    return out.minutes(run(records.circulate_minutes, _meeting(meeting_id).id))


@endpoint(
    bp,
    "PUT",
    "/meetings/{meeting_id}/summary",
    "Write the official summary and set its release instant",
    "summaries",
    "Summary",
    request="SummaryText",
    **W,
)
def save_summary(meeting_id):
    meeting = _meeting(meeting_id)
    data = json_body("SummaryText")
    saved = run(
        records.save_summary,
        meeting.id,
        data["body"],
        data.get("schedule", False),
        data.get("release_at"),
        data.get("release_now", False),
        data.get("retraction_reason"),
    )
    return out.summary(saved, get_db().get(Meeting, meeting.id))


@endpoint(
    bp,
    "PUT",
    "/meetings/{meeting_id}/commentary",
    "Write your own commentary",
    "commentary",
    "Commentary",
    request="CommentaryText",
    **W,
)
def save_commentary(meeting_id):
    meeting = _meeting(meeting_id)
    data = json_body("CommentaryText")
    return out.commentary(
        run(
            records.save_commentary,
            meeting.id,
            data["body"],
            data.get("publish", False),
            data.get("publish_at"),
        )
    )


@endpoint(
    bp,
    "POST",
    "/meetings/{meeting_id}/action-items",
    "Add an action item",
    "actions",
    "ActionItem",
    request="NewActionItem",
    status=201,
    **W,
)
def add_action_item(meeting_id):
    meeting = _meeting(meeting_id)
    data = json_body("NewActionItem")
    item = run(
        records.add_action_item,
        meeting.id,
        data["title"],
        data.get("owner_person_id"),
        data.get("owner_body_id"),
        data.get("due_on"),
        data.get("agenda_item_id"),
        data.get("disclosure"),
        data.get("disclosed_at"),
        data.get("more_public_than_item", False),
    )
    return out.action_item(item), 201


@endpoint(
    bp,
    "POST",
    "/action-items/{action_item_id}/status",
    "Update an action item",
    "actions",
    "ActionItem",
    request="ActionStatusChange",
    **W,
)
def action_status(action_item_id):
    require_user()
    item = action_item_or_404(action_item_id)
    data = json_body("ActionStatusChange")
    return out.action_item(run(records.set_action_status, item.id, data["status"]))


@endpoint(
    bp,
    "POST",
    "/tokens",
    "Create an API token for yourself",
    "tokens",
    "Token",
    request="NewToken",
    status=201,
    **W,
)
def create_token():
    token, raw = run(tokens.create_token, json_body("NewToken")["name"])
    return {"id": token.id, "name": token.name, "prefix": token.prefix, "token": raw}, 201

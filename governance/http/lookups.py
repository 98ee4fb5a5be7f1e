"""One lookup per record kind for the private side: the record, or 404 when it is missing or
the signed-in user may not see it — the two answers are the same, so a hidden record's existence
never shows."""

from flask import abort
from flask_login import current_user

from ..models import ActionItem, AgendaItem, Meeting, Motion
from ..services.access import is_staff
from .security_log import log_refusal
from .session import get_db
from .viewer import actor, viewer


def record_or_404(model, ident: int):
    """A record with no visibility of its own (an admin's organizations, people, bodies, seats,
    accounts): the route's role check has already decided who may ask."""
    record = get_db().get(model, ident)
    if record is None:
        abort(404)
    return record


def meeting_or_404(meeting_id: int) -> Meeting:
    """A meeting the signed-in user may see the private side of."""
    meeting = get_db().get(Meeting, meeting_id)
    if meeting is None:
        abort(404)
    if not viewer().is_board_side(meeting.body_id):
        log_refusal(f"meeting {meeting_id} is not of the user's bodies")
        abort(404)
    return meeting


def _in_meeting_or_404(model, ident: int):
    """A record inside a meeting: found only where that meeting's private side may be seen."""
    record = record_or_404(model, ident)
    meeting_or_404(record.meeting_id)
    return record


def agenda_item_or_404(item_id: int) -> AgendaItem:
    return _in_meeting_or_404(AgendaItem, item_id)


def motion_or_404(motion_id: int) -> Motion:
    return _in_meeting_or_404(Motion, motion_id)


def action_item_or_404(item_id: int) -> ActionItem:
    """An action item its owner or staff may update; to anyone else it does not exist."""
    item = record_or_404(ActionItem, item_id)
    if not is_staff(actor()) and item.owner_person_id != current_user.person_id:
        log_refusal(f"action item {item_id} belongs to someone else")
        abort(404)
    return item

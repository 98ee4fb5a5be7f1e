"""What every private view does the same way: find the record or 404, run one service and turn
its refusal into a form error or a status."""

from flask import abort
from flask_login import current_user

from ..models import ActionItem, Meeting, Motion
from ..rules.vocab import UserRole
from ..services.access import is_staff, member_bodies
from ..services.errors import Conflict, Invalid, ServiceError, Throttled
from .access import abort_for, log_refusal
from .session import get_db


def actor():
    return current_user._get_current_object()


def my_bodies() -> frozenset[int]:
    return member_bodies(get_db(), current_user.person_id)


def may_see_board_side(body_id: int) -> bool:
    user = actor()
    if is_staff(user):
        return True
    return user.role == UserRole.DIRECTOR and body_id in my_bodies()


def meeting_or_404(meeting_id: int) -> Meeting:
    """A meeting the signed-in user may see the private side of; otherwise 404, as if missing."""
    meeting = get_db().get(Meeting, meeting_id)
    if meeting is None:
        abort(404)
    if not may_see_board_side(meeting.body_id):
        log_refusal(f"meeting {meeting_id} is not of the user's bodies")
        abort(404)
    return meeting


def motion_or_404(motion_id: int) -> Motion:
    motion = get_db().get(Motion, motion_id)
    if motion is None:
        abort(404)
    meeting_or_404(motion.meeting_id)
    return motion


def action_item_or_404(item_id: int) -> ActionItem:
    """An action item its owner or staff may update; to anyone else it does not exist."""
    item = get_db().get(ActionItem, item_id)
    if item is None:
        abort(404)
    if not is_staff(actor()) and item.owner_person_id != current_user.person_id:
        log_refusal(f"action item {item_id} belongs to someone else")
        abort(404)
    return item


def put_error(form, exc: ServiceError) -> None:
    """The message beside the field it names (a form may call a service's field by another
    name: `aliases`), or at the top of the form."""
    name = getattr(form, "aliases", {}).get(exc.field, exc.field)
    field = getattr(form, name, None) if name else None
    if field is not None and hasattr(field, "errors"):
        field.errors = [*field.errors, exc.message]
    else:
        form.form_errors.append(f"{exc.field}: {exc.message}" if exc.field else exc.message)


def attempt(form, service, *args, **kwargs):
    """Run one service as the signed-in user. Bad input and conflicts become form errors (and
    None); a refusal becomes its status."""
    try:
        return service(get_db(), actor(), *args, **kwargs)
    except (Invalid, Conflict) as exc:
        put_error(form, exc)
        return None
    except Throttled:
        raise  # the caller answers it with `throttled`
    except ServiceError as exc:
        abort_for(exc)


def throttled(form, exc: Throttled, render):
    """The form again, the wait named beside its password field: 429 with Retry-After."""
    put_error(form, exc)
    return render(), 429, {"Retry-After": str(exc.retry_after)}

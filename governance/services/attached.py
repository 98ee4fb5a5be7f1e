"""The disclosure of what is attached to an agenda item (a motion, an action item): its item's,
unless staff choose otherwise, and more public than the item only when they say so."""

from ..models import AgendaItem, Meeting
from ..rules.disclosure import check_disclosure
from ..rules.releases import Disclosed, check_against_item, inherit
from ..rules.vocab import Disclosure
from . import validate
from .errors import Invalid
from .meetings import local_instant


def of_item(item: AgendaItem | None) -> Disclosed | None:
    return None if item is None else Disclosed(item.disclosure, item.disclosed_at)


def attached_disclosure(
    meeting: Meeting, item: AgendaItem | None, disclosure, disclosed_at, more_public_than_item
) -> Disclosed:
    if disclosure in (None, ""):
        if disclosed_at is not None:
            raise Invalid("disclosed_at", "give the disclosure too, or leave both to the item")
        return inherit(of_item(item))
    chosen = Disclosed(
        validate.choice(Disclosure, disclosure, "disclosure"),
        local_instant(disclosed_at, meeting.timezone, "disclosed_at", required=False),
    )
    check_disclosure(chosen.disclosure, chosen.disclosed_at, meeting.starts_at)
    check_against_item(chosen, of_item(item), bool(more_public_than_item))
    return chosen


def item_of_meeting(db, meeting: Meeting, agenda_item_id) -> AgendaItem | None:
    item = validate.record(db, AgendaItem, agenda_item_id, "agenda_item_id", required=False)
    if item is not None and item.meeting_id != meeting.id:
        raise Invalid("agenda_item_id", "the agenda item belongs to another meeting")
    return item

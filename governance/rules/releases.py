"""Moving a release instant, and what a thing attached to an agenda item inherits from it.

A release is never silently moved: setting an instant that has already passed publishes at once,
so it needs an explicit "release now"; moving an instant that has passed to later (or clearing it)
takes back what the public has seen, so it is a retraction with a public reason.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .clock import format_local
from .errors import InvalidDisclosure
from .vocab import Disclosure


class ReleaseMove(StrEnum):
    UNCHANGED = "unchanged"  # the public's view does not change now
    RELEASE_NOW = "release_now"  # something hidden becomes public at once
    RETRACT = "retract"  # something public becomes hidden again


def classify_move(old: datetime | None, new: datetime | None, now: datetime) -> ReleaseMove:
    was_public = old is not None and old <= now
    is_public = new is not None and new <= now
    if was_public and not is_public:
        return ReleaseMove.RETRACT
    if is_public and not was_public:
        return ReleaseMove.RELEASE_NOW
    return ReleaseMove.UNCHANGED


def check_move(
    old: datetime | None,
    new: datetime | None,
    now: datetime,
    zone: str,
    field: str,
    release_now: bool = False,
    retraction_reason: str | None = None,
) -> ReleaseMove:
    """Refuse a move the caller did not state explicitly; return what the move does."""
    move = classify_move(old, new, now)
    if move == ReleaseMove.RELEASE_NOW and not release_now:
        raise InvalidDisclosure(
            field,
            f"{format_local(new, zone)} has already passed: confirm “release now” to publish "
            "at once, or choose a later time",
        )
    if move == ReleaseMove.RETRACT and not (retraction_reason and retraction_reason.strip()):
        raise InvalidDisclosure(
            "retraction_reason",
            f"public since {format_local(old, zone)}: moving it later withdraws it from the "
            "public, which needs a public reason",
        )
    return move


@dataclass(frozen=True)
class Disclosed:
    disclosure: Disclosure
    disclosed_at: datetime | None = None


# Higher is more public; an embargo's rank also depends on its instant (earlier = more public).
_RANK = {Disclosure.CONFIDENTIAL: 0, Disclosure.EMBARGOED: 1, Disclosure.PUBLIC: 2}


def inherit(item: Disclosed | None) -> Disclosed:
    """What something attached to an agenda item starts with: the item's own disclosure."""
    return item if item is not None else Disclosed(Disclosure.PUBLIC)


def more_public(child: Disclosed, item: Disclosed) -> bool:
    """Would `child` be shown to the public earlier (or at all) where its item is not?"""
    c, i = _RANK[Disclosure(child.disclosure)], _RANK[Disclosure(item.disclosure)]
    if c != i:
        return c > i
    if child.disclosure == Disclosure.EMBARGOED:
        return child.disclosed_at < item.disclosed_at
    return False


def check_against_item(child: Disclosed, item: Disclosed | None, confirmed: bool) -> None:
    """Making something more public than its item must be an explicit choice."""
    if item is not None and more_public(child, item) and not confirmed:
        raise InvalidDisclosure(
            "disclosure",
            f"more public than its agenda item ({Disclosure(item.disclosure).value}): "
            "confirm that this vote may be published although the item is not",
        )

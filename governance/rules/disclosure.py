"""Who may see what, and from which instant on.

One policy for every surface. The public sees public content from the meeting's official summary
release (agenda titles from the agenda release), embargoed content from its own disclosure instant
but never before the summary, and confidential content never. Board members of the body and staff
see everything. "Released" means `now >= instant`: nothing has to run on a timer.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from .errors import InvalidDisclosure
from .vocab import Disclosure


class Part(StrEnum):
    """Agenda titles are released with the agenda; everything else with the summary."""

    TITLE = "title"
    CONTENT = "content"


@dataclass(frozen=True)
class MeetingRelease:
    agenda_released_at: datetime | None
    summary_release_at: datetime | None
    # When a released record was taken back: the meeting stays known, to say so.
    withdrawn_at: datetime | None = None


@dataclass(frozen=True)
class Viewer:
    """What the policy needs to know of whoever is asking."""

    staff: bool = False
    bodies: frozenset[int] = frozenset()

    def is_board_side(self, body_id: int) -> bool:
        return self.staff or body_id in self.bodies


PUBLIC = Viewer()


def public_from(
    disclosure: Disclosure,
    release: MeetingRelease,
    part: Part = Part.CONTENT,
    disclosed_at: datetime | None = None,
) -> datetime | None:
    """The instant from which the public may see this, or None for never (or not yet scheduled)."""
    disclosure = Disclosure(disclosure)
    if disclosure == Disclosure.CONFIDENTIAL:
        return None
    summary = release.summary_release_at
    if disclosure == Disclosure.EMBARGOED:
        if disclosed_at is None or summary is None:
            return None
        return max(disclosed_at, summary)
    if part == Part.TITLE and release.agenda_released_at is not None:
        if summary is None:
            return release.agenda_released_at
        return min(release.agenda_released_at, summary)
    return summary


def may_see(
    viewer: Viewer,
    body_id: int,
    disclosure: Disclosure,
    release: MeetingRelease,
    now: datetime,
    part: Part = Part.CONTENT,
    disclosed_at: datetime | None = None,
) -> bool:
    if viewer.is_board_side(body_id):
        return True
    start = public_from(disclosure, release, part, disclosed_at)
    return start is not None and now >= start


def released(start: datetime | None, now: datetime) -> bool:
    """Released means `now >= start`; nothing without a start is ever released."""
    return start is not None and now >= start


def meeting_public_from(release: MeetingRelease) -> datetime | None:
    """A meeting is known to the public from its agenda release (or its summary, if sooner). One
    whose record was withdrawn stays known, so that its page can say what happened instead of
    vanishing."""
    known = (public_from(Disclosure.PUBLIC, release, Part.TITLE), release.withdrawn_at)
    return min((i for i in known if i is not None), default=None)


def summary_public_from(release: MeetingRelease, scheduled: bool) -> datetime | None:
    """The official summary text: public at the meeting's release instant once it is scheduled;
    a draft is never public, whatever the date."""
    return release.summary_release_at if scheduled else None


def minutes_public_from(release: MeetingRelease, approved: bool) -> datetime | None:
    """Minutes follow the public content rule, and only once a motion has approved them."""
    return public_from(Disclosure.PUBLIC, release) if approved else None


def next_change(instants: Iterable[datetime | None], now: datetime) -> datetime | None:
    """The earliest release still ahead of `now`: a public response may be cached until then."""
    ahead = [i for i in instants if i is not None and i > now]
    return min(ahead, default=None)


def check_disclosure(
    disclosure: Disclosure, disclosed_at: datetime | None, meeting_starts_at: datetime
) -> None:
    """Refuse a disclosure that cannot be honoured as given."""
    disclosure = Disclosure(disclosure)
    if disclosure == Disclosure.EMBARGOED:
        if disclosed_at is None:
            raise InvalidDisclosure("disclosed_at", "an embargo needs a disclosure date")
        if disclosed_at < meeting_starts_at:
            raise InvalidDisclosure(
                "disclosed_at", "the disclosure date cannot be before the meeting starts"
            )
    elif disclosed_at is not None:
        raise InvalidDisclosure("disclosed_at", "only an embargo takes a disclosure date")


def commentary_public_from(
    release: MeetingRelease, summary_scheduled: bool, publish_at: datetime | None
) -> datetime | None:
    """Commentary waits for the official summary itself: public from the summary's own public
    instant (so a draft summary releases none, whatever its date), or from the commentary's own
    instant if that is later."""
    summary = summary_public_from(release, summary_scheduled)
    if summary is None:
        return None
    if publish_at is None:
        return summary
    return max(publish_at, summary)


def check_commentary_schedule(
    publish_at: datetime | None, release: MeetingRelease, summary_scheduled: bool
) -> None:
    """The commentary gate: a director schedules commentary only against a scheduled official
    summary, and never for before its release."""
    summary_at = release.summary_release_at
    if summary_at is None:
        raise InvalidDisclosure(
            "publish_at",
            "the meeting has no official summary release date yet; commentary waits for it",
        )
    if not summary_scheduled:
        raise InvalidDisclosure(
            "publish_at",
            "the official summary is still a draft, and commentary waits for the summary itself: "
            "save yours as a draft until the secretary schedules the summary",
        )
    if publish_at is not None and publish_at < summary_at:
        raise InvalidDisclosure(
            "publish_at",
            "commentary cannot be published before the official summary release "
            f"({summary_at.isoformat()})",
        )

"""Lifecycles: which status may follow which."""

from .errors import InvalidTransition
from .vocab import MeetingStatus, MinutesStatus, MotionStatus

_MEETING_NEXT: dict[MeetingStatus, frozenset[MeetingStatus]] = {
    MeetingStatus.SCHEDULED: frozenset({MeetingStatus.IN_SESSION, MeetingStatus.CANCELLED}),
    MeetingStatus.IN_SESSION: frozenset({MeetingStatus.ADJOURNED}),
    MeetingStatus.ADJOURNED: frozenset(),
    # A cancellation can be undone: the meeting is scheduled again (reinstated).
    MeetingStatus.CANCELLED: frozenset({MeetingStatus.SCHEDULED}),
}

# What a meeting's status allows besides its transitions.
MEETING_EDITABLE = frozenset({MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION})
NEEDS_REASON = frozenset({MeetingStatus.CANCELLED})


def check_meeting_transition(current: MeetingStatus, target: MeetingStatus) -> None:
    current, target = MeetingStatus(current), MeetingStatus(target)
    if target not in _MEETING_NEXT[current]:
        raise InvalidTransition(
            "status",
            f"a {current.value.replace('_', ' ')} meeting cannot become "
            f"{target.value.replace('_', ' ')}",
        )


def check_meeting_editable(status: MeetingStatus) -> None:
    status = MeetingStatus(status)
    if status not in MEETING_EDITABLE:
        raise InvalidTransition(
            "meeting", f"the meeting is {status.value}: its details are part of the record"
        )


_MOTION_NEXT: dict[MotionStatus, frozenset[MotionStatus]] = {
    MotionStatus.PROPOSED: frozenset(
        {MotionStatus.OPEN, MotionStatus.WITHDRAWN, MotionStatus.POSTPONED}
    ),
    MotionStatus.OPEN: frozenset(
        {MotionStatus.CARRIED, MotionStatus.FAILED, MotionStatus.WITHDRAWN, MotionStatus.POSTPONED}
    ),
    MotionStatus.CARRIED: frozenset(),
    MotionStatus.FAILED: frozenset(),
    MotionStatus.WITHDRAWN: frozenset(),
    MotionStatus.POSTPONED: frozenset(),
}

CLOSED_MOTION = frozenset(s for s, nxt in _MOTION_NEXT.items() if not nxt)


def check_motion_transition(current: MotionStatus, target: MotionStatus) -> None:
    current, target = MotionStatus(current), MotionStatus(target)
    if target not in _MOTION_NEXT[current]:
        raise InvalidTransition("status", f"a {current.value} motion cannot become {target.value}")


def check_accepts_votes(status: MotionStatus) -> None:
    if MotionStatus(status) != MotionStatus.OPEN:
        raise InvalidTransition(
            "motion", f"the motion is {MotionStatus(status).value}, not open for voting"
        )


_MINUTES_NEXT: dict[MinutesStatus, frozenset[MinutesStatus]] = {
    MinutesStatus.DRAFT: frozenset({MinutesStatus.CIRCULATED, MinutesStatus.APPROVED}),
    MinutesStatus.CIRCULATED: frozenset({MinutesStatus.DRAFT, MinutesStatus.APPROVED}),
    MinutesStatus.APPROVED: frozenset(),
}


def check_minutes_transition(current: MinutesStatus, target: MinutesStatus) -> None:
    current, target = MinutesStatus(current), MinutesStatus(target)
    if target not in _MINUTES_NEXT[current]:
        raise InvalidTransition("minutes", f"{current.value} minutes cannot become {target.value}")

"""Lifecycles: which status may follow which."""

from .errors import InvalidTransition
from .vocab import MinutesStatus, MotionStatus

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

"""Quorum: more than half of the body's seated voting members present, in person or remotely."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from .vocab import Presence


@dataclass(frozen=True)
class Quorum:
    present: int
    seated: int

    @property
    def needed(self) -> int:
        return self.seated // 2 + 1

    @property
    def met(self) -> bool:
        return self.seated > 0 and self.present >= self.needed

    def describe(self) -> str:
        return f"quorum {self.present} of {self.seated} present"

    def status_line(self) -> str:
        state = "" if self.met else " — quorum lost"
        return (
            f"quorum: {self.present} of {self.seated} seated present; {self.needed} needed{state}"
        )


@dataclass(frozen=True)
class Stint:
    """One seated member's presence: how they attended and, when they came late or left early,
    when. An absent member has no stint that counts."""

    person_id: int
    presence: Presence
    arrived_at: datetime | None = None
    departed_at: datetime | None = None

    def present_at(self, instant: datetime) -> bool:
        if self.presence == Presence.ABSENT:
            return False
        if self.arrived_at is not None and instant < self.arrived_at:
            return False
        return not (self.departed_at is not None and instant >= self.departed_at)


def present_at(
    stints: Iterable[Stint], seated: frozenset[int], instant: datetime
) -> frozenset[int]:
    """Seated members in the room (or on the call) at `instant`; guests never count."""
    return frozenset(s.person_id for s in stints if s.person_id in seated and s.present_at(instant))


def quorum_at(
    stints: Iterable[Stint],
    seated: frozenset[int],
    instant: datetime,
    recused: frozenset[int] = frozenset(),
    recused_count: bool = True,
) -> Quorum:
    present = present_at(stints, seated, instant)
    if not recused_count:
        present = present - recused
    return Quorum(present=len(present), seated=len(seated))

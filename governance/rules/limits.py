"""Seat limits: a body's member limit and its limit of members per affiliated organization.

Limits hold day by day: two seats held one after the other by one organization count once.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .errors import RuleViolation


@dataclass(frozen=True)
class Seat:
    organization: int | None
    start: date
    end: date | None  # inclusive; None is open-ended

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def _crowded_days(new: Seat, others: list[Seat]) -> list[date]:
    """The days on which the seated set can grow within the new term: its start and every later
    start of another seat inside it."""
    days = {new.start}
    days.update(s.start for s in others if new.covers(s.start))
    return sorted(days)


def check_seat_limits(
    seats: Iterable[Seat], new: Seat, member_limit: int | None, per_org_limit: int | None
) -> None:
    others = list(seats)
    for day in _crowded_days(new, others):
        seated = [s for s in others if s.covers(day)]
        if member_limit is not None and len(seated) + 1 > member_limit:
            raise RuleViolation(
                "person", f"the body is limited to {member_limit} members (full on {day})"
            )
        same_org = new.organization is not None and per_org_limit is not None
        if same_org and sum(s.organization == new.organization for s in seated) >= per_org_limit:
            raise RuleViolation(
                "person",
                f"the body is limited to {per_org_limit} members from one organization "
                f"(reached on {day})",
            )

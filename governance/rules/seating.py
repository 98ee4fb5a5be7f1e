"""Who holds a seat on a given day follows from membership terms alone."""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from .vocab import MemberRole


def carries_vote(role: MemberRole) -> bool:
    return role != MemberRole.NON_VOTING


@dataclass(frozen=True)
class Term:
    person_id: int
    role: MemberRole
    start: date
    end: date | None = None  # inclusive; None means the term is open-ended

    @property
    def votes(self) -> bool:
        return carries_vote(self.role)

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def seated_on(terms: Iterable[Term], day: date) -> frozenset[int]:
    """Persons with a seat (voting or not) on `day`."""
    return frozenset(t.person_id for t in terms if t.covers(day))


def voting_seated_on(terms: Iterable[Term], day: date) -> frozenset[int]:
    """Persons whose seat on `day` carries a vote; quorum and thresholds count these."""
    return frozenset(t.person_id for t in terms if t.covers(day) and t.votes)

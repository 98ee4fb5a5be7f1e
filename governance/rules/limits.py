"""Seat limits: a body's member limit and its limit of members per affiliated organization.

Limits hold day by day: two seats held one after the other by one organization count once, and a
member who changes employer counts for the new organization from the day of the change.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date

from .errors import RuleViolation


@dataclass(frozen=True)
class Span:
    start: date | None  # None: since ever
    end: date | None  # inclusive; None is open-ended

    def covers(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Holding(Span):
    """A seat held by one person for a period. A non-voting seat (ex officio) is not counted
    against the member limit, which limits the votes at the table."""

    person_id: int = 0
    votes: bool = True


@dataclass(frozen=True)
class Affiliation(Span):
    """A person's organization for a period; no affiliation covering a day means none."""

    person_id: int = 0
    organization: int | None = None


@dataclass(frozen=True)
class Breach:
    rule: str  # "member_limit" or "per_org_limit"
    day: date
    limit: int
    people: tuple[int, ...]
    organization: int | None = None


def organization_on(affiliations: Iterable[Affiliation], person_id: int, day: date) -> int | None:
    for a in affiliations:
        if a.person_id == person_id and a.covers(day) and a.organization is not None:
            return a.organization
    return None


def breach_on(
    holdings: Iterable[Holding],
    affiliations: Iterable[Affiliation],
    day: date,
    member_limit: int | None,
    per_org_limit: int | None,
) -> Breach | None:
    """The limit the seats break on `day`, if any."""
    holdings = [h for h in holdings if h.covers(day)]
    seated = sorted({h.person_id for h in holdings})
    voting = sorted({h.person_id for h in holdings if h.votes})
    if member_limit is not None and len(voting) > member_limit:
        return Breach("member_limit", day, member_limit, tuple(voting))
    if per_org_limit is not None:
        affiliations = list(affiliations)
        by_org: dict[int, list[int]] = {}
        for person in seated:
            org = organization_on(affiliations, person, day)
            if org is not None:
                by_org.setdefault(org, []).append(person)
        for org, people in sorted(by_org.items()):
            if len(people) > per_org_limit:
                return Breach("per_org_limit", day, per_org_limit, tuple(people), org)
    return None


def first_breach(
    holdings: Iterable[Holding],
    affiliations: Iterable[Affiliation],
    window: Span,
    member_limit: int | None,
    per_org_limit: int | None,
) -> Breach | None:
    """The first day within `window` on which a limit is broken. Counts only grow on a day some
    seat or affiliation begins, so those days (and the window's first) are the ones to check."""
    holdings, affiliations = list(holdings), list(affiliations)
    days = {d for d in (window.start,) if d is not None}
    days.update(s.start for s in (*holdings, *affiliations) if s.start is not None)
    for day in sorted(d for d in days if window.covers(d)):
        breach = breach_on(holdings, affiliations, day, member_limit, per_org_limit)
        if breach is not None:
            return breach
    return None


def describe(breach: Breach, names: Mapping[int, str], org_names: Mapping[int, str]) -> str:
    people = ", ".join(names.get(p, f"#{p}") for p in breach.people)
    if breach.rule == "member_limit":
        return (
            f"member limit: the body is limited to {breach.limit} members; on {breach.day} "
            f"{len(breach.people)} would be seated ({people})"
        )
    org = org_names.get(breach.organization, f"#{breach.organization}")
    return (
        f"limit per organization: the body is limited to {breach.limit} members from one "
        f"organization; on {breach.day} {org} would have {len(breach.people)} ({people})"
    )


@dataclass(frozen=True)
class Seat:
    organization: int | None
    start: date
    end: date | None  # inclusive; None is open-ended


def check_seat_limits(
    seats: Iterable[Seat], new: Seat, member_limit: int | None, per_org_limit: int | None
) -> None:
    """A new seat beside others whose organizations never change (the simple case)."""
    all_seats = [*seats, new]
    holdings = [Holding(s.start, s.end, person_id=i) for i, s in enumerate(all_seats)]
    affiliations = [
        Affiliation(None, None, person_id=i, organization=s.organization)
        for i, s in enumerate(all_seats)
    ]
    breach = first_breach(
        holdings, affiliations, Span(new.start, new.end), member_limit, per_org_limit
    )
    if breach is not None:
        if breach.rule == "member_limit":
            text = f"{breach.limit} members (full on {breach.day})"
        else:
            text = f"{breach.limit} members from one organization (reached on {breach.day})"
        raise RuleViolation("person", f"the body is limited to {text}")

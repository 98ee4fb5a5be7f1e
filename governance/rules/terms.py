"""Terms of office: their dates, renewal for a new period, early end and a replacement for the
rest of a term. Plain values in, plain values out; the services store what these return."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta

from .errors import RuleViolation
from .seating import Term


def check_dates(start: date, end: date | None, field: str = "term_end") -> None:
    if end is not None and end < start:
        raise RuleViolation(field, f"the term cannot end ({end}) before it starts ({start})")


def overlaps(term: Term, start: date, end: date | None) -> bool:
    return (end is None or term.start <= end) and (term.end is None or start <= term.end)


def check_no_overlap(
    own_terms: Iterable[Term], start: date, end: date | None, field: str = "term_start"
) -> None:
    """One person holds at most one seat on a body on any day."""
    for term in own_terms:
        if overlaps(term, start, end):
            until = term.end.isoformat() if term.end else "open-ended"
            raise RuleViolation(field, f"overlaps the person's term from {term.start} to {until}")


def renewal(terms: Iterable[Term], start: date, end: date | None) -> list[Term]:
    """The new terms that renew a body for the period [start, end]: one for everyone seated on
    the day before `start`, same role, unless they already hold a term within the new period."""
    check_dates(start, end)
    last_day = start - timedelta(days=1)
    terms = list(terms)
    continuing = {t.person_id for t in terms if overlaps(t, start, end)}
    renewed = {}
    for t in terms:
        if t.covers(last_day) and t.person_id not in continuing:
            renewed.setdefault(t.person_id, replace(t, start=start, end=end))
    return sorted(renewed.values(), key=lambda t: t.person_id)


def ended_early(term: Term, last_day: date) -> Term:
    """The term cut short after `last_day` (a resignation): it must still be running then."""
    if last_day < term.start:
        raise RuleViolation("last_day", f"is before the term starts ({term.start})")
    if term.end is not None and last_day >= term.end:
        raise RuleViolation("last_day", f"must be before the term's end ({term.end})")
    return replace(term, end=last_day)


def rest_of_term(original: Term, last_day: date, person_id: int) -> Term:
    """A replacement's term: from the day after the predecessor's last day to the end the
    predecessor's term had."""
    ended_early(original, last_day)
    if person_id == original.person_id:
        raise RuleViolation("person_id", "a member cannot replace themselves")
    return replace(original, person_id=person_id, start=last_day + timedelta(days=1))

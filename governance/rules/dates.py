"""The supported range of dates: 1900-01-01 to 2200-12-31.

No board meets outside it, and every instant inside it converts between any two time zones
without leaving what Python's datetime, PostgreSQL and SQLite can hold (year 1 in Los Angeles
is year 0 in UTC, which none of them has). A date outside is a typing error; it is refused
naming the field before any conversion is tried.
"""

from datetime import date, datetime

from .errors import RuleViolation

FIRST = date(1900, 1, 1)
LAST = date(2200, 12, 31)


def check_supported(value: date, field: str) -> None:
    """`value` is a date, or a date and time (naive or aware: its own calendar date counts)."""
    day = value.date() if isinstance(value, datetime) else value
    if not FIRST <= day <= LAST:
        raise RuleViolation(field, f"must be between {FIRST.year} and {LAST.year} (got {day})")

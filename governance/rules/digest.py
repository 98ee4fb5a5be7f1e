"""When a user's daily digest is due: the next time their own clock shows their chosen hour.

The digest's day is the user's local date at that instant, so the dedup key (user, local day)
gives one digest a day whatever the clocks do. An hour the clocks skip that day is due when it
would have been (02:00 on a spring-forward night is 03:00 summer time, the same instant); an
hour they pass twice is due the first time.
"""

from datetime import UTC, date, datetime, time, timedelta

from .clock import zone
from .errors import RuleViolation


def check_hour(hour) -> int:
    if isinstance(hour, bool) or not isinstance(hour, int) or not 0 <= hour <= 23:
        raise RuleViolation("digest_hour", "must be a whole hour from 0 to 23")
    return hour


def _at(day: date, hour: int, tz) -> datetime:
    # fold=0: a repeated hour is the first; a skipped one takes the offset before the change,
    # which is the instant the hour would have been.
    return datetime.combine(day, time(hour), tzinfo=tz).astimezone(UTC)


def next_digest(now: datetime, zone_name: str, hour: int) -> tuple[date, datetime]:
    """(the digest's local day, its instant): the first instant at or after `now` at which it
    is `hour` o'clock in `zone_name`."""
    tz = zone(zone_name, "digest_timezone")
    today = now.astimezone(tz).date()
    for day in (today - timedelta(days=1), today, today + timedelta(days=1)):
        due = _at(day, check_hour(hour), tz)
        if due >= now:
            return due.astimezone(tz).date(), due
    raise AssertionError("a local hour comes round within a day")

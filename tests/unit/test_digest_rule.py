"""When a daily digest is due: the next time the user's own clock shows their hour, whatever the
clocks did that day."""

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.digest import check_hour, next_digest
from governance.rules.errors import RuleViolation

BERLIN = "Europe/Berlin"
LA = "America/Los_Angeles"


@pytest.mark.parametrize(
    ("now", "zone", "hour", "day", "due"),
    [
        # Before the hour: today's; at it: today's (due now); after it: tomorrow's.
        (datetime(2026, 1, 10, 6, 59, tzinfo=UTC), BERLIN, 8, date(2026, 1, 10), (2026, 1, 10, 7)),
        (datetime(2026, 1, 10, 7, 0, tzinfo=UTC), BERLIN, 8, date(2026, 1, 10), (2026, 1, 10, 7)),
        (datetime(2026, 1, 10, 7, 1, tzinfo=UTC), BERLIN, 8, date(2026, 1, 11), (2026, 1, 11, 7)),
        # Spring forward (29 March 2026 in Berlin): 08:00 is an hour earlier in UTC.
        (datetime(2026, 3, 28, 9, 0, tzinfo=UTC), BERLIN, 8, date(2026, 3, 29), (2026, 3, 29, 6)),
        # The hour the clocks skip (02:00 that day) is due when it would have been: 03:00 CEST.
        (datetime(2026, 3, 28, 9, 0, tzinfo=UTC), BERLIN, 2, date(2026, 3, 29), (2026, 3, 29, 1)),
        # Fall back (25 October 2026): 02:00 happens twice; the first one.
        (datetime(2026, 10, 24, 9, tzinfo=UTC), BERLIN, 2, date(2026, 10, 25), (2026, 10, 25, 0)),
        # The local day, not the UTC day, is the digest's day.
        (datetime(2026, 1, 11, 2, 30, tzinfo=UTC), LA, 18, date(2026, 1, 11), (2026, 1, 12, 2)),
        (datetime(2026, 1, 11, 1, 30, tzinfo=UTC), LA, 18, date(2026, 1, 10), (2026, 1, 11, 2)),
    ],
)
def test_the_next_digest(now, zone, hour, day, due):
    assert next_digest(now, zone, hour) == (day, datetime(*due, tzinfo=UTC))


@pytest.mark.parametrize("hour", [-1, 24, "8", None, 8.5, True])
def test_an_hour_outside_the_day_is_refused(hour):
    with pytest.raises(RuleViolation) as err:
        check_hour(hour)
    assert err.value.field == "digest_hour"


@given(
    now=st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2099, 1, 1)),
    zone=st.sampled_from([BERLIN, LA, "UTC", "Australia/Lord_Howe", "Asia/Kolkata"]),
    hour=st.integers(0, 23),
)
def test_the_digest_is_never_early_never_more_than_a_day_away_and_at_the_hour(now, zone, hour):
    now = now.replace(tzinfo=UTC)
    day, due = next_digest(now, zone, hour)
    assert now <= due < now + timedelta(hours=25, minutes=1)
    local = due.astimezone(ZoneInfo(zone))
    assert local.date() == day
    # At the hour, or (the day the clocks skip it) within the hour after.
    assert local.hour == hour or (local.hour - hour) % 24 <= 1

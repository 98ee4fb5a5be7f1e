from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.summary_due import days_overdue, summary_due_at, summary_overdue

MEETING = datetime(2013, 10, 3, 16, 0, tzinfo=UTC)
DUE = MEETING + timedelta(days=7)


@pytest.mark.parametrize(
    ("due_days", "release_at", "now", "overdue"),
    [
        (None, None, MEETING + timedelta(days=400), False),  # no due period: never overdue
        (7, None, DUE, False),  # due at this instant, not yet late
        (7, None, DUE + timedelta(seconds=1), True),
        (7, DUE, DUE + timedelta(days=1), False),  # released on time
        (7, DUE + timedelta(days=2), DUE + timedelta(days=1), True),  # scheduled too late
        (7, DUE + timedelta(days=2), DUE + timedelta(days=3), True),  # released late
    ],
)
def test_a_summary_is_overdue_only_past_its_due_instant_without_a_release(
    due_days, release_at, now, overdue
):
    assert summary_overdue(MEETING, due_days, release_at, now) is overdue


@given(st.integers(1, 60), st.integers(-100, 100))
def test_a_summary_released_by_its_due_instant_is_never_overdue(days, offset_hours):
    due = summary_due_at(MEETING, days)
    release = min(due, MEETING + timedelta(hours=abs(offset_hours)))
    assert not summary_overdue(MEETING, days, release, due + timedelta(hours=abs(offset_hours)))


@pytest.mark.parametrize(
    ("release_at", "now", "days"),
    [
        (None, DUE, None),
        (None, DUE + timedelta(seconds=1), 0),  # late, by less than a day
        (None, DUE + timedelta(days=3, hours=5), 3),
        (DUE + timedelta(days=9), DUE + timedelta(days=3, hours=5), 3),  # scheduled too late
        (DUE + timedelta(days=2), DUE + timedelta(days=30), 2),  # released late: counted to it
        (DUE, DUE + timedelta(days=30), None),
    ],
)
def test_days_overdue_count_to_the_release_or_to_now(release_at, now, days):
    assert days_overdue(MEETING, 7, release_at, now) == days


instants = st.integers(-20 * 24, 60 * 24).map(lambda h: DUE + timedelta(hours=h))


@given(st.one_of(st.none(), instants), instants, instants)
def test_days_overdue_agree_with_overdue_and_never_shrink_as_time_passes(release, now, later):
    now, later = min(now, later), max(now, later)
    days = days_overdue(MEETING, 7, release, now)
    assert (days is not None) == summary_overdue(MEETING, 7, release, now)
    if days is not None:
        assert 0 <= days <= days_overdue(MEETING, 7, release, later)

"""The sign-in back-off: free failures, then a wait that doubles up to a cap, forgotten after a
quiet day."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.throttle import (
    ACCOUNT,
    ADDRESS,
    Backoff,
    counted,
    retry_after,
    wait_after,
    wait_message,
)

NOW = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
POLICY = Backoff(free=5, first_wait=60, max_wait=3600, forget_after=86_400)


@pytest.mark.parametrize(
    ("failures", "wait"),
    [
        (0, 0),
        (1, 0),
        (4, 0),
        (5, 60),
        (6, 120),
        (7, 240),
        (8, 480),
        (10, 1920),
        (11, 3600),
        (12, 3600),
        (10_000, 3600),
    ],
)
def test_the_wait_doubles_after_the_free_failures_up_to_the_cap(failures, wait):
    assert wait_after(failures, POLICY) == wait


@pytest.mark.parametrize(
    ("failures", "ago", "retry"),
    [
        (4, 0, 0),  # still free
        (5, 0, 60),  # the fifth failure just now: a minute
        (5, 59.5, 1),  # part of a second still counts as a second
        (5, 60, 0),
        (6, 60, 60),
        (11, 3599, 1),
        (11, 3600, 0),
        (11, 86_399, 0),
        (50, 86_400, 0),  # a quiet day: forgotten
    ],
)
def test_retry_after_counts_down_from_the_latest_failure(failures, ago, retry):
    assert retry_after(failures, NOW - timedelta(seconds=ago), NOW, POLICY) == retry


def test_a_key_with_no_failure_never_waits():
    assert retry_after(0, None, NOW, POLICY) == 0
    assert counted(7, None, NOW, POLICY) == 0


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(1, "1 minute"), (60, "1 minute"), (61, "2 minutes"), (3600, "60 minutes")],
)
def test_the_message_names_the_wait_in_whole_minutes_rounded_up(seconds, text):
    assert wait_message(seconds) == f"Too many failed sign-ins; try again in {text}."


@pytest.mark.parametrize(
    "bad",
    [
        dict(free=0, first_wait=60, max_wait=60, forget_after=61),
        dict(free=1, first_wait=0, max_wait=60, forget_after=61),
        dict(free=1, first_wait=61, max_wait=60, forget_after=120),
        dict(free=1, first_wait=60, max_wait=60, forget_after=60),
    ],
)
def test_a_policy_that_could_never_lock_or_never_forget_is_refused(bad):
    with pytest.raises(ValueError):
        Backoff(**bad)


def test_an_address_gets_more_room_than_one_account():
    assert ADDRESS.free > ACCOUNT.free


policies = st.builds(
    lambda free, first, extra, quiet: Backoff(free, first, first + extra, first + extra + quiet),
    st.integers(1, 50),
    st.integers(1, 600),
    st.integers(0, 86_400),
    st.integers(1, 86_400),
)


@given(policies, st.integers(0, 10_000))
def test_the_wait_never_shrinks_with_more_failures_and_never_passes_the_cap(policy, n):
    assert wait_after(n, policy) <= wait_after(n + 1, policy) <= policy.max_wait


def test_a_failure_stamped_by_a_clock_that_runs_ahead_waits_no_longer_than_its_wait():
    ahead = NOW + timedelta(seconds=5)
    assert retry_after(POLICY.free - 1, ahead, NOW, POLICY) == 0
    assert retry_after(POLICY.free, ahead, NOW, POLICY) == POLICY.first_wait


@given(policies, st.integers(0, 10_000), st.floats(-600, 200_000))
def test_retry_after_never_passes_the_cap_and_only_falls_as_time_passes(policy, n, ago):
    last = NOW - timedelta(seconds=ago)
    now_wait = retry_after(n, last, NOW, policy)
    assert 0 <= now_wait <= policy.max_wait
    assert retry_after(n, last, NOW + timedelta(seconds=1), policy) <= now_wait

"""Sign-in throttling: how long a key (an account name, a client address) waits after failures.

A key may fail `free` times; from then on each failure makes it wait `first_wait` seconds, doubled
for every further failure, up to `max_wait`. A key quiet for `forget_after` starts again from
nothing. Pure: counts and instants in, seconds out.
"""

import math
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class ThrottleScope(StrEnum):
    ACCOUNT = "account"
    ADDRESS = "address"


@dataclass(frozen=True)
class Backoff:
    free: int
    first_wait: int
    max_wait: int
    forget_after: int

    def __post_init__(self):
        if not (0 < self.first_wait <= self.max_wait < self.forget_after) or self.free < 1:
            raise ValueError("need 0 < first_wait <= max_wait < forget_after and free >= 1")


# Five guesses at one account, then 1, 2, 4 … 60 minutes: a forgetful director is never locked out
# for long, and a guesser gets about thirty tries a day. An address is shared by everyone in an
# office or at a meeting's Wi-Fi, so it gets more room before the same back-off.
ACCOUNT = Backoff(free=5, first_wait=60, max_wait=3600, forget_after=86_400)
ADDRESS = Backoff(free=20, first_wait=60, max_wait=3600, forget_after=86_400)
POLICIES = {ThrottleScope.ACCOUNT: ACCOUNT, ThrottleScope.ADDRESS: ADDRESS}


def counted(failures: int, last_failure_at: datetime | None, now: datetime, policy: Backoff) -> int:
    """The failures that still count at `now`: none once the key has been quiet long enough."""
    if last_failure_at is None or (now - last_failure_at).total_seconds() >= policy.forget_after:
        return 0
    return max(failures, 0)


def wait_after(failures: int, policy: Backoff) -> int:
    """Seconds a key must wait after its latest failure, given how many failures count."""
    if failures < policy.free:
        return 0
    doublings = min(failures - policy.free, 32)  # past 32 the cap has long been reached
    return min(policy.first_wait << doublings, policy.max_wait)


def retry_after(
    failures: int, last_failure_at: datetime | None, now: datetime, policy: Backoff
) -> int:
    """Whole seconds until the key may try again; 0 when it may try now."""
    wait = wait_after(counted(failures, last_failure_at, now, policy), policy)
    if wait == 0:
        return 0
    # A failure stamped after `now` (another app server's clock runs ahead) has just happened.
    elapsed = max((now - last_failure_at).total_seconds(), 0.0)
    return max(0, math.ceil(wait - elapsed))


def wait_message(seconds: int) -> str:
    minutes = max(1, math.ceil(seconds / 60))
    unit = "minute" if minutes == 1 else "minutes"
    return f"Too many failed sign-ins; try again in {minutes} {unit}."

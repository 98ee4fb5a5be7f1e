"""Sign-in throttling kept in the database, so that every worker and app server shares one count.

Each try is counted as a failure *before* its password is checked, in a transaction of its own
that locks the two counters (account first, then address: one order, so two tries never wait on
each other crosswise). Parallel tries therefore cannot all slip in before any is counted, and a
slow password check holds no lock. A success then takes its count back. The counters are working
state, not the board's record: they are not audited (an attacker's guesses would otherwise fill the
audit trail and empty the page cache with every try).
"""

import hashlib
import ipaddress
from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from ..models import SignInThrottle
from ..models.base import utcnow
from ..rules.throttle import POLICIES, ThrottleScope, counted, retry_after
from .errors import Throttled

_FORGET = timedelta(seconds=max(p.forget_after for p in POLICIES.values()))


def account_key(name: str) -> str:
    return name.strip().lower()


def address_key(address: str | None) -> str:
    """One key per client: an IPv6 client usually holds a whole /64, so it is one key."""
    try:
        ip = ipaddress.ip_address(address or "")
    except ValueError:
        return "unknown"
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped is not None:
            return str(ip.ipv4_mapped)
        return str(ipaddress.IPv6Network((ip, 64), strict=False))
    return str(ip)


def _keys(account: str, address: str | None) -> list[tuple[ThrottleScope, str]]:
    return [
        (ThrottleScope.ACCOUNT, account_key(account)),
        (ThrottleScope.ADDRESS, address_key(address)),
    ]


def _hash(scope: ThrottleScope, key: str) -> str:
    return hashlib.sha256(f"{scope.value}:{key}".encode()).hexdigest()


def _locked_counter(db: Session, scope: ThrottleScope, key: str) -> SignInThrottle:
    """The counter for this key, created if new, locked until the transaction ends."""
    insert = pg_insert if db.get_bind().dialect.name == "postgresql" else sqlite_insert
    key_hash = _hash(scope, key)
    db.execute(
        insert(SignInThrottle)
        .values(scope=scope, key_hash=key_hash, failures=0)
        .on_conflict_do_nothing(index_elements=["scope", "key_hash"])
    )
    return db.scalars(
        select(SignInThrottle)
        .where(SignInThrottle.scope == scope, SignInThrottle.key_hash == key_hash)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def _own_transaction(db: Session) -> None:
    # The count must be committed whatever the password check says, so it cannot share a
    # transaction with anything else. Callers count before they change anything: what may be
    # open here is a read, and ending it loses nothing.
    if db.in_transaction():
        db.commit()


def count_try(db: Session, account: str, address: str | None, now: datetime | None = None):
    """Count a try at `account` from `address` as a failure, or raise Throttled (counting
    nothing) while either must still wait."""
    _own_transaction(db)
    try:
        counters = [
            (POLICIES[scope], _locked_counter(db, scope, key))
            for scope, key in _keys(account, address)
        ]
        now = now or utcnow()  # read once the counters are ours: no later failure is before it
        wait = max(retry_after(c.failures, c.last_failure_at, now, p) for p, c in counters)
        if wait:
            db.rollback()
            raise Throttled(wait)
        for policy, counter in counters:
            counter.failures = counted(counter.failures, counter.last_failure_at, now, policy) + 1
            counter.last_failure_at = now
        db.execute(delete(SignInThrottle).where(SignInThrottle.last_failure_at < now - _FORGET))
        db.commit()
    except BaseException:
        db.rollback()
        raise


def succeeded(db: Session, account: str, address: str | None) -> None:
    """The try was right: the account starts again from nothing, and the address gets its try
    back (but not the failures before it, so one good account does not launder guesses)."""
    _own_transaction(db)
    try:
        (_, account_k), (_, address_k) = _keys(account, address)
        account_row = _locked_counter(db, ThrottleScope.ACCOUNT, account_k)
        address_row = _locked_counter(db, ThrottleScope.ADDRESS, address_k)
        db.delete(account_row)
        address_row.failures = max(address_row.failures - 1, 0)
        db.commit()
    except BaseException:
        db.rollback()
        raise

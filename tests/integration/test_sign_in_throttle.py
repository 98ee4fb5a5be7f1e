"""The throttle in the database: parallel tries are counted before any password is checked, the
wait doubles with each failure, and a quiet day forgets them."""

import threading
from datetime import timedelta

import pytest

from governance.models.base import utcnow
from governance.rules.throttle import ACCOUNT
from governance.services import accounts
from governance.services.errors import Throttled

from ..conftest import PASSWORD

EMAIL = "mark@example.org"


@pytest.fixture
def director(make):
    return make.user(email=EMAIL)


def test_parallel_wrong_passwords_get_no_more_checks_than_the_free_tries(database, director):
    tries = 3 * ACCOUNT.free
    start = threading.Barrier(tries)
    outcomes = []

    def guess(n):
        session = database.session(write=True)
        try:
            start.wait()
            accounts.sign_in(session, EMAIL, "not the password", f"198.51.100.{n}")
            outcomes.append("checked")
        except Throttled:
            outcomes.append("throttled")
        finally:
            session.close()

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(tries)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("checked") == ACCOUNT.free
    assert outcomes.count("throttled") == tries - ACCOUNT.free


def test_each_further_failure_doubles_the_wait(db, director):
    now = utcnow()
    for _ in range(ACCOUNT.free):
        assert accounts.sign_in(db, EMAIL, "wrong", "198.51.100.7", now=now) is None
    waits = []
    for _ in range(4):
        with pytest.raises(Throttled) as refused:
            accounts.sign_in(db, EMAIL, PASSWORD, "198.51.100.7", now=now)
        waits.append(refused.value.retry_after)
        now += timedelta(seconds=refused.value.retry_after)
        assert accounts.sign_in(db, EMAIL, "wrong", "198.51.100.7", now=now) is None
    assert waits == [60, 120, 240, 480]


def test_tries_during_a_wait_do_not_lengthen_it(db, director):
    now = utcnow()
    for _ in range(ACCOUNT.free):
        accounts.sign_in(db, EMAIL, "wrong", "198.51.100.7", now=now)
    for seconds in (10, 20, 59):
        with pytest.raises(Throttled) as refused:
            accounts.sign_in(
                db, EMAIL, "wrong", "198.51.100.7", now=now + timedelta(seconds=seconds)
            )
        assert refused.value.retry_after == 60 - seconds
    later = now + timedelta(seconds=60)
    assert accounts.sign_in(db, EMAIL, PASSWORD, "198.51.100.7", now=later).id == director.id


def test_a_quiet_day_forgets_the_failures(db, director):
    now = utcnow() - timedelta(days=2)
    for _ in range(ACCOUNT.free + 3):
        try:
            accounts.sign_in(db, EMAIL, "wrong", "198.51.100.7", now=now)
        except Throttled:
            now += timedelta(hours=1)
    day_later = now + timedelta(seconds=ACCOUNT.forget_after)
    for _ in range(ACCOUNT.free - 1):
        assert accounts.sign_in(db, EMAIL, "wrong", "198.51.100.7", now=day_later) is None
    assert accounts.sign_in(db, EMAIL, PASSWORD, "198.51.100.7", now=day_later).id == director.id


def test_a_disabled_account_with_its_right_password_counts_as_a_failure(db, director):
    from governance.services.actors import SYSTEM

    accounts.set_active(db, SYSTEM, director.id, False)
    for _ in range(ACCOUNT.free):
        assert accounts.sign_in(db, EMAIL, PASSWORD, "198.51.100.7") is None
    with pytest.raises(Throttled):
        accounts.sign_in(db, EMAIL, PASSWORD, "198.51.100.7")

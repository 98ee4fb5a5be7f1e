"""Sign-ins are throttled in the database, per account name and per client address, with a wait
that doubles after each failure; an unknown account name is throttled and answered exactly like a
known one."""

import re
from datetime import timedelta

import pytest
from sqlalchemy import select

from governance import create_app
from governance.models import SignInThrottle
from governance.rules.throttle import ACCOUNT, ADDRESS
from governance.rules.vocab import UserRole

from ..conftest import PASSWORD, fresh
from .conftest import Auth

LOCKED = "Too many failed sign-ins; try again in"


@pytest.fixture
def director(web_make):
    return web_make.user(UserRole.DIRECTOR, email="mark@example.org")


def from_address(app, address: str) -> Auth:
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    return Auth(client)


def signed_in(auth: Auth) -> bool:
    return "Sign out" in auth.client.get("/").get_data(as_text=True)


def fail(auth: Auth, email: str, times: int):
    return [auth.login(email, "not the password") for _ in range(times)]


def test_after_a_run_of_wrong_passwords_even_the_right_one_waits(app, director):
    auth = from_address(app, "198.51.100.7")
    fail(auth, "mark@example.org", 200)
    response = auth.login("mark@example.org")
    page = response.get_data(as_text=True)
    assert response.status_code == 429
    assert LOCKED in page
    assert not signed_in(auth)


def test_the_account_locks_after_its_free_failures_and_the_message_names_the_wait(app, director):
    auth = from_address(app, "198.51.100.7")
    answers = fail(auth, "mark@example.org", ACCOUNT.free + 1)
    assert all(r.status_code == 200 for r in answers[: ACCOUNT.free])
    assert all(LOCKED not in r.get_data(as_text=True) for r in answers[: ACCOUNT.free])
    assert answers[-1].status_code == 429
    assert f"{LOCKED} 1 minute." in answers[-1].get_data(as_text=True)
    assert answers[-1].headers["Retry-After"] == "60"


def test_the_lock_follows_the_account_to_another_address(app, director):
    fail(from_address(app, "198.51.100.7"), "mark@example.org", ACCOUNT.free)
    elsewhere = from_address(app, "203.0.113.9")
    assert elsewhere.login("mark@example.org").status_code == 429
    assert not signed_in(elsewhere)


def test_the_lock_lifts_when_its_wait_is_over_and_a_success_clears_the_count(app, director, app_db):
    auth = from_address(app, "198.51.100.7")
    fail(auth, "mark@example.org", ACCOUNT.free)
    assert auth.login("mark@example.org").status_code == 429
    # The wait passes: move every recorded failure back past it.
    for counter in fresh(app_db).scalars(select(SignInThrottle)):
        counter.last_failure_at -= timedelta(minutes=2)
    app_db.commit()
    assert auth.login("mark@example.org").status_code == 302
    auth.logout()
    # Counting starts again from nothing after a success.
    answers = fail(auth, "mark@example.org", ACCOUNT.free)
    assert all(r.status_code == 200 for r in answers)


def test_an_unknown_account_is_throttled_and_answered_exactly_like_a_known_one(app, director):
    def answers(email, address):
        return [
            (r.status_code, r.headers.get("Retry-After"), same_page(r, email))
            for r in fail(from_address(app, address), email, ACCOUNT.free + 2)
        ]

    assert answers("mark@example.org", "198.51.100.7") == answers(
        "nobody@example.org", "198.51.100.8"
    )


def same_page(response, email: str) -> str:
    """The page less what differs for any two visitors: the e-mail typed and the CSRF token."""
    page = response.get_data(as_text=True).replace(email, "E")
    return re.sub(r'name="csrf_token" type="hidden" value="[^"]+"', "CSRF", page)


def test_one_address_trying_many_accounts_is_throttled_and_other_addresses_are_not(app, director):
    attacker = from_address(app, "198.51.100.7")
    for n in range(ADDRESS.free):
        assert attacker.login(f"guess{n}@example.org", "x" * 12).status_code == 200
    assert attacker.login("mark@example.org").status_code == 429
    assert not signed_in(attacker)
    colleague = from_address(app, "203.0.113.9")
    assert colleague.login("mark@example.org").status_code == 302


def test_ipv6_addresses_are_throttled_by_their_64_bit_network(app, director):
    for n in range(ADDRESS.free):
        from_address(app, f"2001:db8:1:2::{n + 1:x}").login(f"g{n}@example.org", "x" * 12)
    assert from_address(app, "2001:db8:1:2::ffff").login("mark@example.org").status_code == 429
    assert from_address(app, "2001:db8:1:3::1").login("mark@example.org").status_code == 302


def test_x_forwarded_for_is_ignored_unless_a_proxy_is_configured(app, director):
    client = app.test_client()
    auth = Auth(client)
    for n in range(ADDRESS.free):
        client.environ_base["HTTP_X_FORWARDED_FOR"] = f"192.0.2.{n}"
        auth.login(f"guess{n}@example.org", "x" * 12)
    client.environ_base["HTTP_X_FORWARDED_FOR"] = "192.0.2.200"
    assert auth.login("mark@example.org").status_code == 429


def test_behind_a_configured_proxy_the_forwarded_client_address_is_throttled(
    database_url, database, director
):
    proxied = create_app({"DATABASE_URL": database_url, "TESTING": True, "TRUSTED_PROXIES": 1})
    try:
        client = proxied.test_client()
        client.environ_base["REMOTE_ADDR"] = "10.0.0.1"  # the proxy itself
        auth = Auth(client)
        client.environ_base["HTTP_X_FORWARDED_FOR"] = "192.0.2.1"
        for n in range(ADDRESS.free):
            auth.login(f"guess{n}@example.org", "x" * 12)
        assert auth.login("mark@example.org").status_code == 429
        # The proxy appends the address it saw: what the client wrote before it is not trusted.
        client.environ_base["HTTP_X_FORWARDED_FOR"] = "192.0.2.99, 192.0.2.1"
        assert auth.login("mark@example.org").status_code == 429
        client.environ_base["HTTP_X_FORWARDED_FOR"] = "192.0.2.1, 192.0.2.2"
        assert auth.login("mark@example.org").status_code == 302
    finally:
        proxied.extensions["governance.db"].dispose()


def test_the_count_is_shared_by_every_app_server_on_the_database(app, database_url, director):
    """Two app instances (two gunicorn workers, or two servers) see one count."""
    other = create_app({"DATABASE_URL": database_url, "TESTING": True})
    try:
        first, second = from_address(app, "198.51.100.7"), from_address(other, "198.51.100.7")
        for n in range(ACCOUNT.free):
            (first if n % 2 else second).login("mark@example.org", "not the password")
        assert second.login("mark@example.org").status_code == 429
        assert first.login("mark@example.org").status_code == 429
    finally:
        other.extensions["governance.db"].dispose()


def test_the_current_password_check_of_a_password_change_is_throttled(app, director, client):
    auth = Auth(client)
    assert auth.login("mark@example.org").status_code == 302
    for _ in range(ACCOUNT.free):
        page = _change_password(client, "not the password").get_data(as_text=True)
        assert "is not your current password" in page
    response = _change_password(client, PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.get_data(as_text=True)


def _change_password(client, current):
    from .conftest import csrf_token

    return client.post(
        "/account/password",
        data={
            "current_password": current,
            "new_password": "a brand new passphrase",
            "csrf_token": csrf_token(client, "/account/"),
        },
    )


@pytest.mark.parametrize("value", ["-1", "one", "11"])
def test_a_trusted_proxy_count_that_is_not_a_small_whole_number_stops_the_start(value, monkeypatch):
    monkeypatch.setenv("TRUSTED_PROXIES", value)
    with pytest.raises(RuntimeError, match="TRUSTED_PROXIES"):
        create_app({"DATABASE_URL": "sqlite://"})

"""Signing in and out, sessions that end when they should, and the headers every page carries."""

import pytest

from governance.rules.vocab import UserRole
from governance.services import accounts
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD


@pytest.fixture
def director(web_make):
    return web_make.user(UserRole.DIRECTOR, email="mark@example.org")


def test_a_director_signs_in_and_sees_who_they_are(client, auth, director):
    response = auth.login("mark@example.org")
    assert response.status_code == 302
    assert response.headers["Location"] == "/board/"
    page = client.get("/").get_data(as_text=True)
    assert "mark@example.org (director)" in page


def test_a_wrong_password_is_refused_beside_the_field_keeping_the_email(client, auth, director):
    response = auth.login("mark@example.org", "not the password")
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "E-mail or password is wrong" in page
    assert 'value="mark@example.org"' in page
    assert "Sign out" not in client.get("/").get_data(as_text=True)


def test_login_without_a_csrf_token_is_refused(client, director):
    response = client.post("/login", data={"email": "mark@example.org", "password": PASSWORD})
    assert response.status_code == 400
    assert "Sign out" not in client.get("/").get_data(as_text=True)


@pytest.mark.parametrize(
    ("next_url", "lands"),
    [
        ("/?page=2", "/?page=2"),
        ("https://evil.example/", "/board/"),
        ("//evil.example/", "/board/"),
        ("/\\evil.example", "/board/"),
        ("javascript:alert(1)", "/board/"),
    ],
)
def test_login_follows_next_only_within_this_site(auth, director, next_url, lands):
    response = auth.login("mark@example.org", next_url=next_url)
    assert response.headers["Location"] == lands


def test_logout_is_post_only(client, auth, director):
    auth.login("mark@example.org")
    assert client.get("/logout").status_code == 405


def test_a_cookie_replayed_after_logout_gets_nothing(app, client, auth, director):
    auth.login("mark@example.org")
    stolen = client.get_cookie("session").value
    auth.logout()
    replay = app.test_client()
    replay.set_cookie("session", stolen)
    assert "Sign out" not in replay.get("/").get_data(as_text=True)


def test_disabling_an_account_ends_its_sessions(app, client, auth, director, app_db):
    auth.login("mark@example.org")
    accounts.set_active(app_db, SYSTEM, director.id, False)
    assert "Sign out" not in client.get("/").get_data(as_text=True)
    assert "E-mail or password is wrong" in auth.login("mark@example.org").get_data(as_text=True)


def test_a_password_change_ends_other_sessions(app, client, auth, director, app_db):
    auth.login("mark@example.org")
    accounts.change_password(app_db, director, director.id, PASSWORD, "a brand new passphrase")
    assert "Sign out" not in client.get("/").get_data(as_text=True)


def test_login_starts_a_new_session(app, client, auth, director):
    with client.session_transaction() as session:
        session["planted"] = "by an attacker"
    auth.login("mark@example.org")
    with client.session_transaction() as session:
        assert "planted" not in session


def test_every_page_carries_the_security_headers(client):
    response = client.get("/")
    csp = response.headers["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "Cookie" in response.headers["Vary"]
    assert "Strict-Transport-Security" not in response.headers


def test_session_cookie_is_httponly_and_samesite_lax(client, auth, director):
    auth.login("mark@example.org")
    cookie = client.get_cookie("session")
    assert cookie.http_only and cookie.same_site == "Lax"


def test_https_base_url_turns_on_hsts_and_secure_cookies(app, monkeypatch, database_url):
    from governance import create_app

    assert not app.config["SESSION_COOKIE_SECURE"]
    monkeypatch.setenv("BASE_URL", "https://board.example.org")
    secure = create_app({"DATABASE_URL": database_url})
    try:
        assert secure.config["SESSION_COOKIE_SECURE"]
        assert "Strict-Transport-Security" in secure.test_client().get("/").headers
    finally:
        secure.extensions["governance.db"].dispose()


def test_production_refuses_the_development_secret_key(monkeypatch, database_url):
    from governance import create_app

    monkeypatch.setenv("GOVERNANCE_ENV", "production")
    monkeypatch.delenv("SECRET_KEY", raising=False)
    with pytest.raises(RuntimeError, match="SECRET_KEY"):
        create_app({"DATABASE_URL": database_url})


def test_the_role_guard_sends_anonymous_to_login_and_refuses_other_roles(
    app, client, auth, web_make
):
    from governance.web.access import role_required

    @app.get("/_secretary_only")
    @role_required(UserRole.SECRETARY)
    def secretary_only():
        return "ok"

    assert client.get("/_secretary_only").status_code == 302
    web_make.user(UserRole.DIRECTOR, email="d@example.org")
    web_make.user(UserRole.SECRETARY, email="s@example.org")
    auth.login("d@example.org")
    assert client.get("/_secretary_only").status_code == 403
    auth.logout()
    auth.login("s@example.org")
    assert client.get("/_secretary_only").get_data(as_text=True) == "ok"

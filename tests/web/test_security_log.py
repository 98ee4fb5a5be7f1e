"""The security log (ASVS 16.3): failed sign-ins, 401s and every 403, each with the actor, the
route and the reason, on the "governance.security" logger."""

import logging

import pytest

from governance.rules.vocab import UserRole
from governance.services import tokens

from ..conftest import PASSWORD

LOGGER = "governance.security"


@pytest.fixture
def security_log(caplog):
    caplog.set_level(logging.INFO, logger=LOGGER)

    def lines():
        return [r.getMessage() for r in caplog.records if r.name == LOGGER]

    return lines


@pytest.fixture
def director(web_make):
    return web_make.user(UserRole.DIRECTOR, email="mark@example.org")


def test_a_failed_sign_in_is_logged_with_the_account_and_address_but_not_the_password(
    client, auth, director, security_log
):
    client.environ_base["REMOTE_ADDR"] = "198.51.100.7"
    auth.login("mark@example.org", "hunter2-is-wrong")
    auth.login("nobody@example.org", "hunter2-is-wrong")
    lines = security_log()
    assert any("sign-in failed for 'mark@example.org' from 198.51.100.7" in line for line in lines)
    assert any("sign-in failed for 'nobody@example.org'" in line for line in lines)
    assert not any("hunter2" in line for line in lines)


def test_a_throttled_sign_in_is_logged(auth, director, security_log):
    for _ in range(6):
        auth.login("mark@example.org", "not the password")
    assert any("sign-in refused for 'mark@example.org'" in line for line in security_log())


def test_a_successful_sign_in_logs_no_failure(auth, director, security_log):
    auth.login("mark@example.org", PASSWORD)
    assert not any("failed" in line for line in security_log())


def test_an_account_name_cannot_forge_a_log_line(auth, director, security_log):
    auth.login("x@example.org\nrefused admin@example.org", "not the password")
    assert all("\n" not in line for line in security_log())


def test_a_403_on_a_page_is_logged_with_actor_route_and_reason(
    client, auth, director, security_log
):
    auth.login("mark@example.org")
    assert client.get("/secretariat/meetings/new").status_code == 403
    line = next(line for line in security_log() if "-> 403" in line)
    assert "refused mark@example.org" in line
    assert "GET /secretariat/meetings/new" in line
    assert "role director not in" in line


def test_a_403_from_the_api_is_logged_with_its_reason(
    api_as_user, web_make, director, security_log
):
    board = web_make.body()
    meeting = {
        "body_id": board.id,
        "title": "x",
        "starts_at": "2013-10-03T09:00",
        "timezone": "UTC",
    }
    response = api_as_user(director).post("/api/v1/meetings", meeting)
    assert response.status_code == 403
    line = next(line for line in security_log() if "-> 403" in line)
    assert "refused mark@example.org" in line and "POST /api/v1/meetings" in line
    assert response.get_json()["detail"] in line


def test_a_401_from_the_api_is_logged(client, security_log):
    response = client.get("/api/v1/meetings", headers={"Authorization": "Bearer gov_forged"})
    assert response.status_code == 401
    line = next(line for line in security_log() if "-> 401" in line)
    assert "refused anonymous" in line and "GET /api/v1/meetings" in line
    assert "token is missing, malformed or revoked" in line


def test_an_anonymous_visit_to_a_board_page_is_logged(client, security_log):
    assert client.get("/board/").status_code == 302
    assert any("refused anonymous" in line and "not signed in" in line for line in security_log())


@pytest.fixture
def api_as_user(app, web_make):
    def make(user):
        _, raw = tokens.create_token(web_make.db, user, "tests")
        client = app.test_client()

        class Caller:
            def post(self, path, body):
                return client.post(path, json=body, headers={"Authorization": f"Bearer {raw}"})

        return Caller()

    return make

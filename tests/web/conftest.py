import re

import pytest

from ..conftest import PASSWORD, Factory


def csrf_token(client, path="/login") -> str:
    page = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page)
    assert match, f"no CSRF token on {path}"
    return match.group(1)


class Auth:
    def __init__(self, client):
        self.client = client

    def login(self, email, password=PASSWORD, next_url=""):
        return self.client.post(
            "/login",
            data={
                "email": email,
                "password": password,
                "next": next_url,
                "csrf_token": csrf_token(self.client),
            },
        )

    def logout(self):
        return self.client.post("/logout", data={"csrf_token": csrf_token(self.client, "/")})


def signed_in(app, role, email=None):
    """A client of `app` signed in as a new account of `role`."""
    email = email or f"{role.value}@example.org"
    db = app.extensions["governance.db"].session(write=False)
    Factory(db).user(role, email=email)
    db.close()
    client = app.test_client()
    Auth(client).login(email)
    return client


@pytest.fixture
def auth(client):
    return Auth(client)


@pytest.fixture
def web_make(app_db):
    return Factory(app_db)

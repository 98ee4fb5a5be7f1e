import pytest

from governance.rules.vocab import UserRole
from governance.services import tokens

from ..conftest import Factory


class Api:
    """A test client that speaks JSON with a Bearer token."""

    def __init__(self, client, token=None):
        self.client = client
        self.headers = {"Authorization": f"Bearer {token}"} if token else {}

    def get(self, path, **kw):
        return self.client.get("/api/v1" + path, headers=self.headers, **kw)

    def post(self, path, body=None, method="post"):
        return getattr(self.client, method)(
            "/api/v1" + path, json=body if body is not None else {}, headers=self.headers
        )

    def put(self, path, body):
        return self.post(path, body, method="put")


@pytest.fixture
def api_make(app_db):
    return Factory(app_db)


@pytest.fixture
def api_as(app, api_make):
    """api_as(user) → a client holding a fresh token of that user."""

    def make_client(user=None):
        if user is None:
            return Api(app.test_client())
        _, raw = tokens.create_token(api_make.db, user, "tests")
        return Api(app.test_client(), raw)

    return make_client


@pytest.fixture
def staff(api_make):
    return api_make.user(UserRole.SECRETARY, email="secretary@example.org")

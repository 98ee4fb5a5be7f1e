"""With a mail server configured, an invitation or a password reset goes by mail and the admin
is told so, without the link; without one, the admin still sees the link to hand over."""

import pytest
from sqlalchemy import select

from governance.models import OutboxMessage, User
from governance.rules.vocab import UserRole
from governance.services.outbox import Kind

from ..conftest import app_with, fresh
from .conftest import csrf_token, signed_in


@pytest.fixture
def mail_app(database_url, database, tmp_path):
    yield from app_with(database_url, database, tmp_path, MAIL_CONFIGURED=True)


def _admin(app):
    client = signed_in(app, UserRole.ADMIN, "admin@example.org")
    return client, app.extensions["governance.db"].session(write=False)


def _invite(client):
    data = {"email": "new@example.org", "role": "secretary", "person_id": "0"}
    data["csrf_token"] = csrf_token(client, "/admin/accounts")
    return client.post("/admin/accounts", data=data)


def test_with_mail_configured_the_invitation_is_mailed_and_its_link_not_shown(mail_app):
    client, db = _admin(mail_app)
    page = _invite(client).get_data(as_text=True)
    assert 'id="one-time-link"' not in page and "/link/" not in page
    assert "mailed to new@example.org" in page
    user = fresh(db).scalar(select(User).where(User.email == "new@example.org"))
    [row] = db.scalars(select(OutboxMessage).where(OutboxMessage.kind == Kind.INVITATION)).all()
    assert row.user_id == user.id
    token = csrf_token(client, "/admin/accounts")
    reset = client.post(f"/admin/accounts/{user.id}/reset", data={"csrf_token": token})
    text = reset.get_data(as_text=True)
    assert "/link/" not in text and "password reset link was mailed to new@example.org" in text
    db.close()


def test_with_mail_configured_the_api_answers_without_the_link(mail_app):
    client, db = _admin(mail_app)
    token = csrf_token(client, "/admin/accounts")
    invited = client.post(
        "/api/v1/admin/accounts",
        json={"email": "api@example.org", "role": "secretary"},
        headers={"X-CSRFToken": token},
    )
    assert invited.status_code == 201 and "link" not in invited.get_json()
    assert invited.get_json()["mailed"] is True
    db.close()


def test_without_mail_the_admin_still_sees_the_link_and_the_mail_is_owed(
    client, auth, web_make, app_db
):
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    auth.login("admin@example.org")
    page = _invite(client).get_data(as_text=True)
    assert 'id="one-time-link"' in page
    assert fresh(app_db).scalar(select(OutboxMessage.kind)) == Kind.INVITATION

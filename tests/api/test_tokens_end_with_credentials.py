"""A password change or a disabled account revokes the user's API tokens for good, as it ends
their sessions."""

import pytest
from sqlalchemy import select

from governance.models import ApiToken, AuditEvent, User
from governance.rules.vocab import UserRole
from governance.services import accounts, tokens
from governance.services.actors import SYSTEM
from governance.services.errors import Invalid

from ..conftest import PASSWORD, fresh


def test_a_password_change_revokes_every_api_token_of_the_user(api_as, api_make, app_db):
    director = api_make.user(UserRole.DIRECTOR)
    api, other = api_as(director), api_as(director)
    assert api.get("/meetings").status_code == 200
    accounts.change_password(api_make.db, director, director.id, PASSWORD, "a brand new passphrase")
    assert api.get("/meetings").status_code == 401
    assert other.get("/meetings").status_code == 401
    rows = fresh(app_db).scalars(select(ApiToken).where(ApiToken.user_id == director.id)).all()
    assert len(rows) == 2 and all(t.revoked_at is not None for t in rows)
    actions = fresh(app_db).scalars(select(AuditEvent.action).order_by(AuditEvent.id)).all()
    assert actions[-3:] == ["api_token.revoke", "api_token.revoke", "user.change_password"]


def test_disabling_an_account_revokes_its_tokens_and_re_enabling_revives_none(api_as, api_make):
    director = api_make.user(UserRole.DIRECTOR)
    api = api_as(director)
    assert api.get("/meetings").status_code == 200
    accounts.set_active(api_make.db, SYSTEM, director.id, False)
    assert api.get("/meetings").status_code == 401
    accounts.set_active(api_make.db, SYSTEM, director.id, True)
    assert api.get("/meetings").status_code == 401
    assert api_as(director).get("/meetings").status_code == 200  # a new token works


def test_a_token_of_an_account_disabled_behind_the_services_back_is_refused(
    api_as, api_make, app_db
):
    director = api_make.user(UserRole.DIRECTOR)
    api = api_as(director)
    fresh(app_db).get(User, director.id).active = False
    app_db.commit()
    assert api.get("/meetings").status_code == 401


def test_a_failed_password_change_revokes_nothing(api_as, api_make):
    director = api_make.user(UserRole.DIRECTOR)
    api = api_as(director)
    with pytest.raises(Invalid):
        accounts.change_password(api_make.db, director, director.id, "wrong password!", "n" * 12)
    assert api.get("/meetings").status_code == 200
    assert all(t.revoked_at is None for t in tokens.tokens_of(api_make.db, director.id))

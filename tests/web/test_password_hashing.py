"""Passwords are hashed with Argon2id; a hash of an older scheme (werkzeug's scrypt) or of weaker
parameters still signs in, and is replaced at that sign-in."""

from argon2 import PasswordHasher, extract_parameters
from sqlalchemy import select
from werkzeug.security import generate_password_hash

from governance.models import AuditEvent, User
from governance.rules.vocab import UserRole
from governance.services import passwords

from ..conftest import PASSWORD, fresh


def stored_hash(app_db, user) -> str:
    return fresh(app_db).scalar(select(User.password_hash).where(User.id == user.id))


def set_stored_hash(app_db, user, value: str) -> None:
    fresh(app_db).get(User, user.id).password_hash = value
    app_db.commit()


def test_a_new_account_is_hashed_with_argon2id(web_make, app_db):
    user = web_make.user(UserRole.SECRETARY, email="staff@example.org")
    assert stored_hash(app_db, user).startswith("$argon2id$")


def test_an_old_scrypt_hash_signs_in_and_is_replaced_by_argon2id(auth, web_make, app_db):
    user = web_make.user(UserRole.SECRETARY, email="staff@example.org")
    set_stored_hash(app_db, user, generate_password_hash(PASSWORD, method="scrypt:1024:8:1"))
    assert auth.login("staff@example.org", "not the password").status_code == 200
    assert stored_hash(app_db, user).startswith("scrypt:")  # a failure changes nothing
    assert auth.login("staff@example.org").status_code == 302
    upgraded = stored_hash(app_db, user)
    assert upgraded.startswith("$argon2id$")
    assert passwords.verify(upgraded, PASSWORD)
    event = app_db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc())).first()
    assert event.action == "user.upgrade_password_hash" and PASSWORD not in (event.after or "")
    auth.logout()
    assert auth.login("staff@example.org").status_code == 302  # and signs in with it


def test_an_argon2_hash_of_weaker_parameters_is_rehashed_at_sign_in(auth, web_make, app_db):
    user = web_make.user(UserRole.SECRETARY, email="staff@example.org")
    weak = PasswordHasher(time_cost=1, memory_cost=16, parallelism=2).hash(PASSWORD)
    set_stored_hash(app_db, user, weak)
    assert auth.login("staff@example.org").status_code == 302
    now = stored_hash(app_db, user)
    assert now != weak and extract_parameters(now).parallelism == 1


def test_a_current_hash_is_left_alone_at_sign_in(auth, web_make, app_db):
    user = web_make.user(UserRole.SECRETARY, email="staff@example.org")
    before = stored_hash(app_db, user)
    assert auth.login("staff@example.org").status_code == 302
    assert stored_hash(app_db, user) == before


def test_production_parameters_are_at_least_owasps_minimum():
    production = passwords.PRODUCTION
    assert production.type.name == "ID"
    assert production.memory_cost >= 19 * 1024 and production.time_cost >= 2


def test_a_garbled_stored_hash_or_an_overlong_password_is_a_wrong_password():
    good = passwords.hash_password(PASSWORD)
    assert not passwords.verify("$argon2id$garbage", PASSWORD)
    assert not passwords.verify(good, PASSWORD + "x" * 2000)
    assert not passwords.verify(None, PASSWORD)
    assert not passwords.verify(good, None)

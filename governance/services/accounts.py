"""Accounts: creation, passwords, and ending sessions."""

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..models import Person, User
from ..rules.vocab import UserRole
from . import audit, validate
from .access import require, require_admin
from .actors import Actor
from .errors import Invalid
from .transaction import state_change

MIN_PASSWORD_LENGTH = 12
# scrypt: a memory-hard KDF, and werkzeug's default, so no extra dependency is needed.
PASSWORD_METHOD = "scrypt"  # noqa: S105 - a KDF name, not a password
# Checked against when the e-mail is unknown, so a failed login takes as long either way.
_DUMMY_HASH = generate_password_hash("timing-equaliser", method=PASSWORD_METHOD)


def _password(value, field: str = "password") -> str:
    if not isinstance(value, str) or len(value) < MIN_PASSWORD_LENGTH:
        raise Invalid(field, f"must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(value) > 1024:
        raise Invalid(field, "must be at most 1024 characters")
    return value


def _email(value) -> str:
    email = validate.text(value, "email", 254)
    if "@" not in email or email.startswith("@") or email.endswith("@") or " " in email:
        raise Invalid("email", "must be an e-mail address")
    return email.lower()


def _public(user: User) -> dict:
    data = audit.snapshot(user)
    data.pop("password_hash")
    return data


@state_change
def create_user(db: Session, actor: Actor, email, role, password, person_id=None) -> User:
    require_admin(actor)
    email = _email(email)
    role = validate.choice(UserRole, role, "role")
    password = _password(password)
    person = validate.record(db, Person, person_id, "person_id", required=False)
    if role == UserRole.DIRECTOR and person is None:
        raise Invalid("person_id", "a director's account must be linked to a person")
    if db.scalar(select(User.id).where(User.email == email)) is not None:
        raise Invalid("email", f"an account for {email} already exists")
    if person is not None and db.scalar(select(User.id).where(User.person_id == person.id)):
        raise Invalid("person_id", f"{person.name} already has an account")
    user = User(
        email=email,
        role=role,
        person_id=person.id if person else None,
        password_hash=generate_password_hash(password, method=PASSWORD_METHOD),
    )
    db.add(user)
    audit.record(db, actor, "user.create", user, after=_public(user))
    return user


def authenticate(db: Session, email, password) -> User | None:
    """The active user with this e-mail and password, or None (without saying which was wrong)."""
    user = None
    if isinstance(email, str) and isinstance(password, str):
        user = db.scalar(select(User).where(User.email == email.strip().lower()))
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    if not check_password_hash(user.password_hash, password) or not user.active:
        return None
    return user


@state_change
def change_password(db: Session, actor: Actor, user_id, current_password, new_password) -> User:
    user = validate.record(db, User, user_id, "user_id")
    require(getattr(actor, "id", None) == user.id, "you may only change your own password")
    if not check_password_hash(user.password_hash, current_password or ""):
        raise Invalid("current_password", "is not your current password")
    before = _public(user)
    user.password_hash = generate_password_hash(
        _password(new_password, "new_password"), method=PASSWORD_METHOD
    )
    user.session_generation += 1
    audit.record(db, actor, "user.change_password", user, before=before, after=_public(user))
    return user


@state_change
def set_active(db: Session, actor: Actor, user_id, active: bool) -> User:
    require_admin(actor)
    user = validate.record(db, User, user_id, "user_id")
    if not isinstance(active, bool):
        raise Invalid("active", "must be true or false")
    before = _public(user)
    user.active = active
    user.session_generation += 1
    audit.record(db, actor, "user.set_active", user, before=before, after=_public(user))
    return user


@state_change
def end_sessions(db: Session, actor: Actor) -> User:
    """Logout: every cookie this user holds, on every device, stops working."""
    user = validate.record(db, User, getattr(actor, "id", None), "user_id")
    user.session_generation += 1
    audit.record(
        db, actor, "user.logout", user, after={"session_generation": user.session_generation}
    )
    return user

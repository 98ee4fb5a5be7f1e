"""Accounts: creation, signing in, passwords, and ending sessions and tokens."""

import logging
import secrets
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import AccountLink, Person, User
from ..models.base import utcnow
from ..rules.vocab import LinkPurpose, UserRole
from . import audit, outbox, passwords, throttle, tokens, validate
from .access import require, require_admin
from .actors import Actor
from .errors import Conflict, Invalid, Throttled
from .outbox import Kind
from .tokens import digest
from .transaction import state_change

MIN_PASSWORD_LENGTH = 12
security_log = logging.getLogger("governance.security")


def _password(value, field: str = "password") -> str:
    if not isinstance(value, str) or len(value) < MIN_PASSWORD_LENGTH:
        raise Invalid(field, f"must be at least {MIN_PASSWORD_LENGTH} characters")
    if len(value) > passwords.MAX_LENGTH:
        raise Invalid(field, f"must be at most {passwords.MAX_LENGTH} characters")
    return value


def _email(value) -> str:
    return validate.email(value, "email")


def _public(user: User) -> dict:
    data = audit.snapshot(user)
    data.pop("password_hash")
    return data


@state_change
def create_user(
    db: Session, actor: Actor, email, role, password, person_id=None, action="user.create"
) -> User:
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
        password_hash=passwords.hash_password(password),
    )
    db.add(user)
    audit.record(db, actor, action, user, after=_public(user))
    return user


def sign_in(db: Session, email, password, address: str | None = None, now=None) -> User | None:
    """The active user with this e-mail and password, or None (without saying which was wrong).

    Raises Throttled, before any password is checked, while the account name or the client
    address waits out earlier failures; an unknown name is counted and answered as a known one.
    A hash of an older scheme or weaker parameters is replaced now that the password is at hand.
    """
    name = email if isinstance(email, str) else ""
    user = _password_checked(db, name, address, password, "password", now)
    if user is not None and passwords.needs_upgrade(user.password_hash):
        _upgrade_password_hash(db, user.id, user.password_hash, passwords.hash_password(password))
    return user


def _password_checked(db, name: str, address, password, field: str, now=None) -> User | None:
    """The active user of this name if the password is theirs, every try counted by the
    throttle. The caller must have nothing of its own to commit: the count commits at once."""
    shown = name[:254]
    try:
        throttle.count_try(db, name, address, now)
    except Throttled as exc:
        security_log.warning(
            "sign-in refused for %r from %s: waiting %d s after failures",
            shown,
            address,
            exc.retry_after,
        )
        raise Throttled(exc.retry_after, field) from None
    key = throttle.account_key(name)
    user = db.scalar(select(User).where(User.email == key)) if key else None
    db.commit()  # no lock is held while the password is hashed
    if not passwords.verify(user.password_hash if user else None, password) or not user.active:
        security_log.warning(
            "sign-in failed for %r from %s: wrong password, or no such active account",
            shown,
            address,
        )
        return None
    throttle.succeeded(db, name, address)
    return user


@state_change
def _upgrade_password_hash(db: Session, user_id: int, verified_hash: str, new_hash: str) -> User:
    user = validate.record(db, User, user_id, "user_id")
    if user.password_hash != verified_hash:
        return user  # changed meanwhile by the user: theirs wins
    user.password_hash = new_hash
    audit.record(db, user, "user.upgrade_password_hash", user, after={"scheme": "argon2id"})
    return user


def change_password(
    db: Session, actor: Actor, user_id, current_password, new_password, address=None
) -> User:
    """The user's own password, after the current one (throttled as a sign-in is). Every session
    and API token of the user ends with it."""
    user = validate.record(db, User, user_id, "user_id")
    require(getattr(actor, "id", None) == user.id, "you may only change your own password")
    new_password = _password(new_password, "new_password")
    if _password_checked(db, user.email, address, current_password, "current_password") is None:
        raise Invalid("current_password", "is not your current password")
    return _store_password(db, actor, user.id, passwords.hash_password(new_password))


@state_change
def _store_password(db: Session, actor: Actor, user_id: int, password_hash: str) -> User:
    user = validate.record(db, User, user_id, "user_id")
    before = _public(user)
    user.password_hash = password_hash
    _cut_off(db, actor, user)
    audit.record(db, actor, "user.change_password", user, before=before, after=_public(user))
    return user


@state_change
def set_active(db: Session, actor: Actor, user_id, active: bool) -> User:
    """Disable (every session and API token ends) or enable an account again."""
    require_admin(actor)
    user = validate.record(db, User, user_id, "user_id")
    if not isinstance(active, bool):
        raise Invalid("active", "must be true or false")
    if not active:
        _keep_an_admin(db, user, "active")
    before = _public(user)
    user.active = active
    _cut_off(db, actor, user)
    audit.record(db, actor, "user.set_active", user, before=before, after=_public(user))
    return user


def _cut_off(db: Session, actor: Actor, user: User) -> None:
    """Every session cookie and API token the user holds stops working, for good: re-enabling an
    account or remembering an old password revives none of them."""
    user.session_generation += 1
    tokens.revoke_all_of(db, actor, user.id)


@state_change
def end_sessions(db: Session, actor: Actor) -> User:
    """Logout: every cookie this user holds, on every device, stops working."""
    user = validate.record(db, User, getattr(actor, "id", None), "user_id")
    user.session_generation += 1
    audit.record(
        db, actor, "user.logout", user, after={"session_generation": user.session_generation}
    )
    return user


# --- administration: invitations, roles, disabling, password resets -------------------------

INVITATION_LIFETIME = timedelta(days=7)
RESET_LIFETIME = timedelta(hours=24)
_LIFETIME = {
    LinkPurpose.INVITATION: INVITATION_LIFETIME,
    LinkPurpose.PASSWORD_RESET: RESET_LIFETIME,
}


def _active_admins(db: Session) -> int:
    return db.scalar(
        select(func.count(User.id)).where(User.role == UserRole.ADMIN, User.active.is_(True))
    )


def _keep_an_admin(db: Session, user: User, field: str) -> None:
    """Refuse the change that would leave no active admin: nobody could then manage accounts."""
    if user.role == UserRole.ADMIN and user.active and _active_admins(db) <= 1:
        raise Conflict(field, f"{user.email} is the last active admin; make another admin first")


def link_token(db: Session, link: AccountLink) -> str:
    """The secret part of a one-time link. It is derived (keyed with the instance's audit key,
    which is not in the database) rather than stored, so the worker can put it in the mail when
    it sends, while the database holds only its SHA-256."""
    message = f"one-time-link\0{link.id}\0{link.user_id}\0{link.purpose.value}\0"
    return audit.keyed(audit.session_key(db), message + link.created_at.isoformat())


_MAIL = {LinkPurpose.INVITATION: Kind.INVITATION, LinkPurpose.PASSWORD_RESET: Kind.PASSWORD_RESET}


def _link(db: Session, user: User, purpose: LinkPurpose) -> str:
    """A new one-time link for `user`, owed to them by mail; earlier unused links of the same
    purpose stop working (and their mail, if not yet sent, is not sent)."""
    now = utcnow()
    for old in db.scalars(
        select(AccountLink).where(
            AccountLink.user_id == user.id,
            AccountLink.purpose == purpose,
            AccountLink.used_at.is_(None),
        )
    ):
        old.used_at = now
    link = AccountLink(
        user_id=user.id,
        purpose=purpose,
        token_hash=secrets.token_hex(32),  # a placeholder until the id the token is keyed by
        created_at=now,
        expires_at=now + _LIFETIME[purpose],
    )
    db.add(link)
    db.flush()
    raw = link_token(db, link)
    link.token_hash = digest(raw)
    outbox.to_user(db, _MAIL[purpose], user.id, object_id=link.id)
    return raw


@state_change
def invite_user(db: Session, actor: Actor, email, role, person_id=None) -> tuple[User, str]:
    """An account that its holder opens by choosing a password through a one-time link; the
    link is returned here (for the admin to hand over until mail is configured) and never again."""
    user = create_user.__wrapped__(
        db, actor, email, role, secrets.token_urlsafe(32), person_id, action="user.invite"
    )
    return user, _link(db, user, LinkPurpose.INVITATION)


@state_change
def issue_password_reset(db: Session, actor: Actor, user_id) -> tuple[User, str]:
    require_admin(actor)
    user = validate.record(db, User, user_id, "user_id")
    if not user.active:
        raise Conflict("user_id", f"{user.email} is disabled; enable the account first")
    raw = _link(db, user, LinkPurpose.PASSWORD_RESET)
    audit.record(db, actor, "user.password_reset_link", user, after=_public(user))
    return user, raw


def link_user(db: Session, raw) -> User | None:
    """The account a live one-time link opens, or None (unknown, used or expired)."""
    if not isinstance(raw, str) or not 20 <= len(raw) <= 100:
        return None
    link = db.scalar(select(AccountLink).where(AccountLink.token_hash == digest(raw)))
    if link is None or link.used_at is not None or link.expires_at <= utcnow():
        return None
    user = db.get(User, link.user_id)
    return user if user is not None and user.active else None


@state_change
def redeem_link(db: Session, raw, password) -> User:
    """Set the password through a one-time link: it works once, before it expires, and every
    earlier session of the account ends."""
    user = link_user(db, raw)
    if user is None:
        raise Invalid("token", "this link is unknown, already used or expired")
    link = db.scalar(select(AccountLink).where(AccountLink.token_hash == digest(raw)))
    before = _public(user)
    user.password_hash = passwords.hash_password(_password(password))
    user.session_generation += 1
    link.used_at = utcnow()
    audit.record(
        db, user, f"user.{link.purpose.value}_redeemed", user, before=before, after=_public(user)
    )
    return user


@state_change
def set_role(db: Session, actor: Actor, user_id, role, person_id=None) -> User:
    require_admin(actor)
    user = validate.record(db, User, user_id, "user_id")
    role = validate.choice(UserRole, role, "role")
    person = validate.record(db, Person, person_id, "person_id", required=False)
    if person is None and person_id is None:
        person = user.person_id and db.get(Person, user.person_id)
    if role == UserRole.DIRECTOR and not person:
        raise Invalid("person_id", "a director's account must be linked to a person")
    if person and person.id != user.person_id:
        other = db.scalar(select(User.id).where(User.person_id == person.id))
        if other is not None:
            raise Invalid("person_id", f"{person.name} already has an account")
    if role != UserRole.ADMIN:
        _keep_an_admin(db, user, "role")
    before = _public(user)
    user.role = role
    user.person_id = person.id if person else None
    # A new role is a new set of permissions: sessions opened under the old one end.
    user.session_generation += 1
    audit.record(db, actor, "user.set_role", user, before=before, after=_public(user))
    return user

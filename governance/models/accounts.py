"""Sign-in accounts. A director's account is linked to the person who holds the seat."""

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.throttle import ThrottleScope
from ..rules.vocab import LinkPurpose, UserRole
from .base import OPERATIONAL, Base, enum_column, intpk, utcnow
from .people import Person, rel


class User(Base):
    __tablename__ = "user_account"

    id: Mapped[intpk]
    email: Mapped[str] = mapped_column(String(254), unique=True)
    password_hash: Mapped[str] = mapped_column(String(256))
    role: Mapped[UserRole] = mapped_column(enum_column(UserRole, "user_role"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # Bumped on logout, password change and disabling: every older session cookie stops working.
    session_generation: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    person: Mapped[Person | None] = rel()

    # Flask-Login's protocol, kept here so that the model stays the single source of the user.
    @property
    def is_authenticated(self) -> bool:
        return True

    @property
    def is_active(self) -> bool:
        return self.active

    @property
    def is_anonymous(self) -> bool:
        return False

    def get_id(self) -> str:
        return f"{self.id}:{self.session_generation}"


class ApiToken(Base):
    """A per-user token for the JSON API. Only its SHA-256 is stored: the token itself is shown
    once, when it is created."""

    __tablename__ = "api_token"

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(100))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    prefix: Mapped[str] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = rel()


class CalendarFeed(Base):
    """A user's private calendar link (`/calendar/<token>.ics`): only its SHA-256 is stored; the
    token is shown once. What the feed holds is decided at each request for its user."""

    __tablename__ = "calendar_feed"

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    revoked_at: Mapped[datetime | None]

    user: Mapped[User] = rel()


class SignInThrottle(Base):
    """Recent failed sign-ins of one account name or one client address, shared by every worker
    and app server. The key is stored only as a hash: what someone typed as an e-mail (perhaps a
    password) is not kept in the database."""

    __tablename__ = "sign_in_throttle"
    __table_args__ = (UniqueConstraint("scope", "key_hash"), {"info": OPERATIONAL})

    id: Mapped[intpk]
    scope: Mapped[ThrottleScope] = mapped_column(enum_column(ThrottleScope, "throttle_scope"))
    key_hash: Mapped[str] = mapped_column(String(64))
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failure_at: Mapped[datetime | None] = mapped_column(index=True)


class AccountLink(Base):
    """A one-time link (an invitation, a password reset): only its SHA-256 is stored; it works
    once, and not after it expires."""

    __tablename__ = "account_link"

    id: Mapped[intpk]
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    purpose: Mapped[LinkPurpose] = mapped_column(enum_column(LinkPurpose, "link_purpose"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]

    user: Mapped[User] = rel()

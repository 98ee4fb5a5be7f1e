"""API tokens: created and revoked by their owner, stored only as a hash."""

import hashlib
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..models import ApiToken, User
from ..models.base import utcnow
from . import audit, validate
from .access import require
from .actors import Actor, is_system
from .errors import Conflict
from .transaction import state_change

TOKEN_PREFIX = "gov_"  # noqa: S105 - a recognisable prefix, not a secret


def digest(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


def _public(token: ApiToken) -> dict:
    data = audit.snapshot(token)
    data.pop("token_hash")
    return data


@state_change
def create_token(db: Session, actor: Actor, name) -> tuple[ApiToken, str]:
    """A new token for the actor; the plain token is returned here and never again."""
    require(not is_system(actor) and actor.is_active, "only a signed-in user owns tokens")
    raw = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=actor.id,
        name=validate.text(name, "name", 100),
        token_hash=digest(raw),
        prefix=raw[:12],
    )
    db.add(token)
    audit.record(db, actor, "api_token.create", token, after=_public(token))
    return token, raw


@state_change
def revoke_token(db: Session, actor: Actor, token_id) -> ApiToken:
    token = validate.record(db, ApiToken, token_id, "token_id")
    require(token.user_id == getattr(actor, "id", None), "you may only revoke your own tokens")
    if token.revoked_at is not None:
        raise Conflict("token_id", "the token is already revoked")
    _revoke(db, actor, token)
    return token


def revoke_all_of(db: Session, actor: Actor, user_id: int) -> int:
    """Revoke every live token of a user whose password changed or whose account was disabled:
    part of the caller's state change, not one of its own."""
    live = db.scalars(
        select(ApiToken)
        .where(ApiToken.user_id == user_id, ApiToken.revoked_at.is_(None))
        .order_by(ApiToken.id)
        .with_for_update()
    ).all()
    for token in live:
        _revoke(db, actor, token)
    return len(live)


def _revoke(db: Session, actor: Actor, token: ApiToken) -> None:
    before = _public(token)
    token.revoked_at = utcnow()
    audit.record(db, actor, "api_token.revoke", token, before=before, after=_public(token))


def user_for_token(db: Session, raw: str | None) -> User | None:
    """The active owner of a live token, or None."""
    if not raw or not raw.startswith(TOKEN_PREFIX) or len(raw) > 200:
        return None
    token = db.scalar(
        select(ApiToken)
        .options(joinedload(ApiToken.user))
        .where(ApiToken.token_hash == digest(raw), ApiToken.revoked_at.is_(None))
    )
    if token is None or not token.user.is_active:
        return None
    return token.user


def tokens_of(db: Session, user_id: int) -> list[ApiToken]:
    return list(
        db.scalars(select(ApiToken).where(ApiToken.user_id == user_id).order_by(ApiToken.id))
    )

"""Turning raw input into typed values, or an error that names the field."""

from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Person
from ..rules.dates import check_supported
from ..rules.errors import RuleViolation
from ..rules.text import clean_text
from .errors import Invalid

E = TypeVar("E", bound=StrEnum)
# Ids are 32-bit integers in PostgreSQL; anything larger cannot name a row.
MAX_ID = 2**31 - 1


def ruled(rule, *args):
    """A pure rule's verdict as a service error, for callers outside a state change."""
    try:
        return rule(*args)
    except RuleViolation as exc:
        raise Invalid(exc.field, exc.message) from exc


def text(value, field: str, max_len: int, required: bool = True) -> str | None:
    """Every text a person types, whichever surface it came through, obeys rules.text."""
    if value is not None and not isinstance(value, str):
        raise Invalid(field, "must be text")
    value = ruled(clean_text, value, field).strip() if value else ""
    if not value:
        if required:
            raise Invalid(field, "is required")
        return None
    if len(value) > max_len:
        raise Invalid(field, f"must be at most {max_len} characters")
    return value


def email(value, field: str, required: bool = True) -> str | None:
    """An e-mail address as people write one (the mail server has the last word)."""
    address = text(value, field, 254, required)
    if address is None:
        return None
    local, at, domain = address.rpartition("@")
    if not at or not local or not domain or " " in address:
        raise Invalid(field, "must be an e-mail address")
    return address.lower()


def choice(enum_cls: type[E], value, field: str) -> E:
    try:
        return enum_cls(value)
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise Invalid(field, f"must be one of: {allowed}") from None


def optional_choice(enum_cls: type[E], value, field: str) -> E | None:
    return None if value in (None, "") else choice(enum_cls, value, field)


def instant(value, field: str, required: bool = True) -> datetime | None:
    if value is None:
        if required:
            raise Invalid(field, "is required")
        return None
    if not isinstance(value, datetime) or value.tzinfo is None:
        raise Invalid(field, "must be a date and time with its time zone")
    ruled(check_supported, value, field)
    return value


def day(value, field: str, required: bool = True) -> date | None:
    if value is None:
        if required:
            raise Invalid(field, "is required")
        return None
    if isinstance(value, datetime) or not isinstance(value, date):
        raise Invalid(field, "must be a date")
    ruled(check_supported, value, field)
    return value


def positive_int(value, field: str, required: bool = False) -> int | None:
    if value is None:
        if required:
            raise Invalid(field, "is required")
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise Invalid(field, "must be a whole number of at least 1")
    return value


def record(db: Session, model, ident, field: str, required: bool = True):
    """The row an input id names; an unknown id is bad input, not a missing page."""
    if ident is None:
        if required:
            raise Invalid(field, "is required")
        return None
    if isinstance(ident, bool) or not isinstance(ident, int) or not 0 < ident <= MAX_ID:
        raise Invalid(field, "must be an id")
    row = db.get(model, ident)
    if row is None:
        raise Invalid(field, f"no {model.__tablename__.replace('_', ' ')} has id {ident}")
    return row


def locked(db: Session, model, ident, field: str):
    """The row an input id names, locked for the rest of the transaction and read afresh: what
    is judged under the lock (a vote against a close, a signature against a deadline) is what
    the other writer will see."""
    record(db, model, ident, field)
    return db.scalars(
        select(model)
        .where(model.id == ident)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()


def mover_and_seconder(
    db: Session, seated: frozenset[int], mover: tuple, seconder: tuple, not_seated: str, same: str
) -> None:
    """Who moved (or proposed) and who seconded, each a (field, id) pair: each named one a
    seated voting member, and not one person twice."""
    for field, ident in (mover, seconder):
        if ident is not None:
            record(db, Person, ident, field)
            if ident not in seated:
                raise Invalid(field, not_seated)
    if mover[1] is not None and mover[1] == seconder[1]:
        raise Invalid(seconder[0], same)

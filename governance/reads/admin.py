"""What the admin pages and the admin API read: people with their affiliation history, bodies
with their terms, accounts, and the audit trail under filters."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from ..models import (
    Affiliation,
    AuditEvent,
    Body,
    Membership,
    Organization,
    Person,
    User,
)
from ..rules.seating import seated_on

AUDIT_PAGE = 100


def organizations(db: Session) -> list[Organization]:
    return list(db.scalars(select(Organization).order_by(Organization.name)))


def people(db: Session) -> list[Person]:
    return list(
        db.scalars(select(Person).options(joinedload(Person.organization)).order_by(Person.name))
    )


def affiliations(db: Session, person_id: int) -> list[Affiliation]:
    return list(
        db.scalars(
            select(Affiliation)
            .options(joinedload(Affiliation.organization))
            .where(Affiliation.person_id == person_id)
            .order_by(Affiliation.start_on.is_not(None), Affiliation.start_on)
        )
    )


def bodies(db: Session) -> list[Body]:
    return list(db.scalars(select(Body).order_by(Body.kind, Body.name)))


def terms(db: Session, body_id: int | None = None, person_id: int | None = None):
    """Terms, newest first, with their person and body loaded."""
    query = select(Membership).options(
        joinedload(Membership.person).joinedload(Person.organization),
        joinedload(Membership.body),
    )
    if body_id is not None:
        query = query.where(Membership.body_id == body_id)
    if person_id is not None:
        query = query.where(Membership.person_id == person_id)
    return list(db.scalars(query.order_by(Membership.term_start.desc(), Membership.id)).unique())


@dataclass(frozen=True)
class Seating:
    body: Body
    on: date
    seated: list[Membership]
    history: list[Membership]


def seating(db: Session, body: Body, on: date) -> Seating:
    history = terms(db, body_id=body.id)
    now = seated_on([m.as_term() for m in history], on)
    current = [m for m in history if m.person_id in now and m.as_term().covers(on)]
    return Seating(body, on, sorted(current, key=lambda m: m.person.name), history)


def accounts(db: Session) -> list[User]:
    return list(db.scalars(select(User).options(joinedload(User.person)).order_by(User.email)))


@dataclass(frozen=True)
class AuditFilter:
    entity_type: str | None = None
    entity_id: int | None = None
    actor: str | None = None
    since: date | None = None
    until: date | None = None
    before_id: int | None = None


def audit_events(db: Session, f: AuditFilter) -> list[AuditEvent]:
    """Newest first, a page at a time (`before_id` continues a page)."""
    query = select(AuditEvent)
    if f.entity_type:
        query = query.where(AuditEvent.entity_type == f.entity_type)
    if f.entity_id is not None:
        query = query.where(AuditEvent.entity_id == f.entity_id)
    if f.actor:
        query = query.where(AuditEvent.actor_label == f.actor.strip().lower())
    if f.since is not None:
        query = query.where(AuditEvent.occurred_at >= datetime.combine(f.since, time(), UTC))
    if f.until is not None:
        end = datetime.combine(f.until + timedelta(days=1), time(), UTC)
        query = query.where(AuditEvent.occurred_at < end)
    if f.before_id is not None:
        query = query.where(AuditEvent.id < f.before_id)
    return list(db.scalars(query.order_by(AuditEvent.id.desc()).limit(AUDIT_PAGE)))

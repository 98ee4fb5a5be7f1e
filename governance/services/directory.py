"""Organizations, people, bodies and seats (admin work)."""

import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Body, Membership, Organization, Person
from ..models.base import utcnow
from ..rules import terms as term_rules
from ..rules.clock import zone
from ..rules.limits import Holding, Span
from ..rules.seating import carries_vote
from ..rules.vocab import BodyKind, MemberRole, QuorumRule, SeatClass, Threshold
from . import audit, outbox, seats, validate
from .access import require_admin
from .actors import Actor
from .errors import Invalid
from .transaction import state_change


def slugify(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def _unique_slug(db: Session, model, name: str, field: str) -> str:
    slug = slugify(name)
    if db.scalar(select(model.id).where(model.slug == slug)) is not None:
        raise Invalid(field, f"{name!r} is already taken")
    return slug


def _email(value) -> str | None:
    email = validate.text(value, "email", 254, required=False)
    if email is not None and "@" not in email:
        raise Invalid("email", "must be an e-mail address")
    return email


@state_change
def create_organization(db: Session, actor: Actor, name) -> Organization:
    require_admin(actor)
    name = validate.text(name, "name", 200)
    if db.scalar(select(Organization.id).where(Organization.name == name)) is not None:
        raise Invalid("name", f"organization {name!r} already exists")
    org = Organization(name=name)
    db.add(org)
    audit.record(db, actor, "organization.create", org)
    return org


@state_change
def create_person(
    db: Session, actor: Actor, name, email=None, organization_id=None, slug=None
) -> Person:
    require_admin(actor)
    name = validate.text(name, "name", 200)
    email = _email(email)
    validate.record(db, Organization, organization_id, "organization_id", required=False)
    slug = _unique_slug(db, Person, slug or name, "name")
    person = Person(name=name, email=email, organization_id=organization_id, slug=slug)
    db.add(person)
    audit.record(db, actor, "person.create", person)
    return person


SETTINGS = (
    "default_threshold",
    "quorum_rule",
    "member_limit",
    "per_org_limit",
    "recused_count_for_quorum",
    "summary_due_days",
    "timezone",
    "description",
    "charter_url",
    "list_address",
)


def _flag(value, field: str) -> bool:
    if not isinstance(value, bool):
        raise Invalid(field, "must be true or false")
    return value


def _url(value, field: str) -> str | None:
    url = validate.text(value, field, 500, required=False)
    if url is not None and not url.lower().startswith(("https://", "http://")):
        raise Invalid(field, "must be an http:// or https:// address")
    return url


def _settings(values: dict) -> dict:
    """A body's settings, each checked and naming its field when wrong."""
    unknown = set(values) - set(SETTINGS)
    if unknown:
        raise Invalid(sorted(unknown)[0], "is not a setting of a body")
    checks = {
        "default_threshold": lambda v: validate.choice(Threshold, v, "default_threshold"),
        "quorum_rule": lambda v: validate.choice(QuorumRule, v, "quorum_rule"),
        "member_limit": lambda v: validate.positive_int(v, "member_limit"),
        "per_org_limit": lambda v: validate.positive_int(v, "per_org_limit"),
        "recused_count_for_quorum": lambda v: _flag(v, "recused_count_for_quorum"),
        "summary_due_days": lambda v: validate.positive_int(v, "summary_due_days"),
        "timezone": lambda v: None if v in (None, "") else zone(v, "timezone").key,
        "description": lambda v: validate.text(v, "description", 5000, required=False),
        "charter_url": lambda v: _url(v, "charter_url"),
        "list_address": lambda v: validate.email(v, "list_address", required=False),
    }
    return {name: checks[name](value) for name, value in values.items()}


@state_change
def create_body(
    db: Session,
    actor: Actor,
    name,
    kind=BodyKind.COMMITTEE,
    default_threshold=Threshold.MAJORITY_OF_VOTES_CAST,
    member_limit=None,
    per_org_limit=None,
    recused_count_for_quorum=True,
    slug=None,
    **settings,
) -> Body:
    require_admin(actor)
    name = validate.text(name, "name", 200)
    values = _settings(
        {
            "quorum_rule": QuorumRule.MAJORITY_OF_SEATED,
            "default_threshold": default_threshold,
            "member_limit": member_limit,
            "per_org_limit": per_org_limit,
            "recused_count_for_quorum": recused_count_for_quorum,
            **settings,
        }
    )
    body = Body(
        name=name,
        slug=_unique_slug(db, Body, slug or name, "name"),
        kind=validate.choice(BodyKind, kind, "kind"),
        **values,
    )
    db.add(body)
    audit.record(db, actor, "body.create", body)
    return body


@state_change
def update_body(db: Session, actor: Actor, body_id, name=None, **settings) -> Body:
    """Change a body's name and settings; lowered limits must still hold from today on."""
    require_admin(actor)
    body = validate.record(db, Body, body_id, "body_id")
    values = _settings(settings)
    before = audit.snapshot(body)
    list_before = body.list_address
    if name is not None:
        name = validate.text(name, "name", 200)
        clash = db.scalar(select(Body.id).where(Body.name == name, Body.id != body.id))
        if clash is not None:
            raise Invalid("name", f"{name!r} is already taken")
        body.name = name
    for field, value in values.items():
        setattr(body, field, value)
    if "member_limit" in values or "per_org_limit" in values:
        held = [seats.holding(m) for m in seats.locked_memberships(db, body.id)]
        field = "member_limit" if "member_limit" in values else "per_org_limit"
        seats.check_limits(db, body, held, Span(utcnow().date(), None), field)
    audit.record(db, actor, "body.update", body, before=before)
    if body.list_address is not None and body.list_address != list_before:
        outbox.list_address_set(db, body)
    return body


@state_change
def update_organization(db: Session, actor: Actor, organization_id, name) -> Organization:
    require_admin(actor)
    org = validate.record(db, Organization, organization_id, "organization_id")
    name = validate.text(name, "name", 200)
    clash = db.scalar(
        select(Organization.id).where(Organization.name == name, Organization.id != org.id)
    )
    if clash is not None:
        raise Invalid("name", f"organization {name!r} already exists")
    before = audit.snapshot(org)
    org.name = name
    audit.record(db, actor, "organization.update", org, before=before)
    return org


@state_change
def update_person(db: Session, actor: Actor, person_id, name, email=None) -> Person:
    """A person's name and e-mail; their organization changes through `change_affiliation`, so
    that the history the limits are checked against stays whole."""
    require_admin(actor)
    person = validate.record(db, Person, person_id, "person_id")
    before = audit.snapshot(person)
    person.name = validate.text(name, "name", 200)
    person.email = _email(email)
    audit.record(db, actor, "person.update", person, before=before)
    return person


@state_change
def add_membership(
    db: Session, actor: Actor, person_id, body_id, seat_class, role, term_start, term_end=None
) -> Membership:
    require_admin(actor)
    person = validate.record(db, Person, person_id, "person_id")
    body = validate.record(db, Body, body_id, "body_id")
    seat_class = validate.choice(SeatClass, seat_class, "seat_class")
    role = validate.choice(MemberRole, role, "role")
    term_start = validate.day(term_start, "term_start")
    term_end = validate.day(term_end, "term_end", required=False)
    term_rules.check_dates(term_start, term_end)
    existing = seats.locked_memberships(db, body.id)
    if any(
        m.person_id == person.id and term_rules.overlaps(m.as_term(), term_start, term_end)
        for m in existing
    ):
        raise Invalid("person_id", f"{person.name} already holds a seat on {body.name} then")
    seats.check_limits(
        db,
        body,
        [
            *map(seats.holding, existing),
            Holding(term_start, term_end, person_id=person.id, votes=carries_vote(role)),
        ],
        Span(term_start, term_end),
    )
    membership = Membership(
        person_id=person.id,
        body_id=body.id,
        seat_class=seat_class,
        role=role,
        term_start=term_start,
        term_end=term_end,
    )
    db.add(membership)
    audit.record(db, actor, "membership.create", membership)
    return membership

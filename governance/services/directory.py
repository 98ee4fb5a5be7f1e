"""Organizations, people, bodies and seats (admin work)."""

import re
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Body, Membership, Organization, Person
from ..rules.limits import Seat, check_seat_limits
from ..rules.vocab import BodyKind, MemberRole, QuorumRule, SeatClass, Threshold
from . import audit, validate
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
    email = validate.text(email, "email", 254, required=False)
    if email is not None and "@" not in email:
        raise Invalid("email", "must be an e-mail address")
    validate.record(db, Organization, organization_id, "organization_id", required=False)
    slug = _unique_slug(db, Person, slug or name, "name")
    person = Person(name=name, email=email, organization_id=organization_id, slug=slug)
    db.add(person)
    audit.record(db, actor, "person.create", person)
    return person


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
) -> Body:
    require_admin(actor)
    name = validate.text(name, "name", 200)
    body = Body(
        name=name,
        slug=_unique_slug(db, Body, slug or name, "name"),
        kind=validate.choice(BodyKind, kind, "kind"),
        quorum_rule=QuorumRule.MAJORITY_OF_SEATED,
        default_threshold=validate.choice(Threshold, default_threshold, "default_threshold"),
        member_limit=validate.positive_int(member_limit, "member_limit"),
        per_org_limit=validate.positive_int(per_org_limit, "per_org_limit"),
        recused_count_for_quorum=bool(recused_count_for_quorum),
    )
    db.add(body)
    audit.record(db, actor, "body.create", body)
    return body


def _overlaps(m: Membership, start: date, end: date | None) -> bool:
    return (end is None or m.term_start <= end) and (m.term_end is None or start <= m.term_end)


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
    if term_end is not None and term_end < term_start:
        raise Invalid("term_end", "the term cannot end before it starts")
    # Locked so that two admins seating members at once cannot both pass the limit check.
    overlapping = [
        m
        for m in db.scalars(
            select(Membership).where(Membership.body_id == body.id).with_for_update()
        )
        if _overlaps(m, term_start, term_end)
    ]
    if any(m.person_id == person.id for m in overlapping):
        raise Invalid("person_id", f"{person.name} already holds a seat on {body.name} then")
    org_of = dict(
        db.execute(
            select(Person.id, Person.organization_id).where(
                Person.id.in_([m.person_id for m in overlapping])
            )
        ).all()
    )
    check_seat_limits(
        [Seat(org_of[m.person_id], m.term_start, m.term_end) for m in overlapping],
        Seat(person.organization_id, term_start, term_end),
        body.member_limit,
        body.per_org_limit,
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

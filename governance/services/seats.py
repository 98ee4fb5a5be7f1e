"""Seats and terms over time: renewing a body for a new period, ending a term early, seating a
replacement for the rest of a term; and the member and per-organization limits every change of
seats or affiliations is checked against, day by day."""

from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Affiliation as AffiliationRow
from ..models import Body, Membership, Organization, Person
from ..rules import terms as term_rules
from ..rules.limits import Affiliation, Holding, Span, describe, first_breach
from ..rules.seating import carries_vote
from ..rules.vocab import MemberRole, SeatClass
from . import audit, validate
from .access import require_admin
from .actors import Actor
from .errors import Invalid
from .transaction import state_change

REASON_MAX = 200


def locked_memberships(db: Session, body_id: int) -> list[Membership]:
    """Every term of a body, locked so that two admins changing seats at once cannot both pass
    the limit check."""
    return list(
        db.scalars(
            select(Membership)
            .where(Membership.body_id == body_id)
            .order_by(Membership.id)
            .with_for_update()
        )
    )


def affiliations_of(db: Session, person_ids) -> list[Affiliation]:
    """Dated affiliations; a person without history counts for their organization throughout."""
    person_ids = set(person_ids)
    rows = db.scalars(select(AffiliationRow).where(AffiliationRow.person_id.in_(person_ids)))
    result = [
        Affiliation(r.start_on, r.end_on, person_id=r.person_id, organization=r.organization_id)
        for r in rows
    ]
    undated = person_ids - {a.person_id for a in result}
    for person_id, org in db.execute(
        select(Person.id, Person.organization_id).where(Person.id.in_(undated))
    ):
        result.append(Affiliation(None, None, person_id=person_id, organization=org))
    return result


def holding(m: Membership) -> Holding:
    return Holding(m.term_start, m.term_end, person_id=m.person_id, votes=m.as_term().votes)


def check_limits(
    db: Session,
    body: Body,
    holdings: list[Holding],
    window: Span,
    field: str = "person_id",
    affiliations: list[Affiliation] | None = None,
) -> None:
    """Refuse, naming the rule and the people, if the seats would break a limit in `window`."""
    if body.member_limit is None and body.per_org_limit is None:
        return
    people = {h.person_id for h in holdings}
    if affiliations is None:
        affiliations = affiliations_of(db, people)
    breach = first_breach(holdings, affiliations, window, body.member_limit, body.per_org_limit)
    if breach is None:
        return
    names = dict(
        db.execute(select(Person.id, Person.name).where(Person.id.in_(breach.people))).all()
    )
    orgs = dict(db.execute(select(Organization.id, Organization.name)).all())
    raise Invalid(field, describe(breach, names, orgs))


def _reason(value) -> str | None:
    return validate.text(value, "reason", REASON_MAX, required=False)


@state_change
def renew_body(db: Session, actor: Actor, body_id, term_start, term_end=None) -> list[Membership]:
    """Everyone seated the day before `term_start` gets a new term for the new period, with the
    same seat class and role, in one step."""
    require_admin(actor)
    body = validate.record(db, Body, body_id, "body_id")
    start = validate.day(term_start, "term_start")
    end = validate.day(term_end, "term_end", required=False)
    term_rules.check_dates(start, end)
    existing = locked_memberships(db, body.id)
    new_terms = term_rules.renewal([m.as_term() for m in existing], start, end)
    if not new_terms:
        raise Invalid(
            "term_start",
            f"nobody on {body.name} seated on {start - timedelta(1)} is without a term then",
        )
    check_limits(
        db,
        body,
        [
            *map(holding, existing),
            *(Holding(start, end, person_id=t.person_id, votes=t.votes) for t in new_terms),
        ],
        Span(start, end),
    )
    last_day = start - timedelta(days=1)
    source = {
        m.person_id: m
        for m in existing
        if m.term_start <= last_day and (m.term_end is None or last_day <= m.term_end)
    }
    created = []
    for t in new_terms:
        m = Membership(
            person_id=t.person_id,
            body_id=body.id,
            seat_class=source[t.person_id].seat_class,
            role=t.role,
            term_start=start,
            term_end=end,
        )
        db.add(m)
        audit.record(db, actor, "membership.renew", m)
        created.append(m)
    return created


def _running(db: Session, membership_id) -> tuple[Membership, list[Membership]]:
    membership = validate.record(db, Membership, membership_id, "membership_id")
    existing = locked_memberships(db, membership.body_id)
    return next(m for m in existing if m.id == membership.id), existing


@state_change
def end_term(db: Session, actor: Actor, membership_id, last_day, reason=None) -> Membership:
    """A term cut short (a resignation): the member is seated up to and including `last_day`."""
    require_admin(actor)
    membership, _ = _running(db, membership_id)
    last_day = validate.day(last_day, "last_day")
    reason = _reason(reason)
    before = audit.snapshot(membership)
    ended = term_rules.ended_early(membership.as_term(), last_day)
    membership.term_end = ended.end
    membership.end_reason = reason
    audit.record(db, actor, "membership.end", membership, before=before)
    return membership


@state_change
def replace_member(
    db: Session,
    actor: Actor,
    membership_id,
    last_day,
    person_id,
    reason=None,
    seat_class=None,
    role=None,
) -> Membership:
    """End a term after `last_day` and seat `person_id` for the rest of it, in the same seat
    (seat class and role unless given), with the predecessor's term as its source."""
    require_admin(actor)
    original, existing = _running(db, membership_id)
    last_day = validate.day(last_day, "last_day")
    person = validate.record(db, Person, person_id, "person_id")
    reason = _reason(reason) or f"replaced by {person.name}"
    seat_class = validate.choice(SeatClass, seat_class or original.seat_class, "seat_class")
    role = validate.choice(MemberRole, role or original.role, "role")
    ended = term_rules.ended_early(original.as_term(), last_day)
    successor = term_rules.rest_of_term(original.as_term(), last_day, person.id)
    term_rules.check_no_overlap(
        [m.as_term() for m in existing if m.person_id == person.id],
        successor.start,
        successor.end,
        "person_id",
    )
    others = [holding(m) for m in existing if m.id != original.id]
    check_limits(
        db,
        db.get(Body, original.body_id),
        [
            *others,
            Holding(ended.start, ended.end, person_id=ended.person_id, votes=ended.votes),
            Holding(
                successor.start,
                successor.end,
                person_id=person.id,
                votes=carries_vote(role),
            ),
        ],
        Span(successor.start, successor.end),
    )
    before = audit.snapshot(original)
    original.term_end = ended.end
    original.end_reason = reason
    audit.record(db, actor, "membership.end", original, before=before)
    new = Membership(
        person_id=person.id,
        body_id=original.body_id,
        seat_class=seat_class,
        role=role,
        term_start=successor.start,
        term_end=successor.end,
        replaces_id=original.id,
    )
    db.add(new)
    audit.record(db, actor, "membership.replace", new)
    return new

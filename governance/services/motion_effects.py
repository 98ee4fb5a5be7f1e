"""A motion's effect on the seats: set by staff while the motion is proposed, applied in the
transaction that closes the motion as carried, with the motion as the source of the term.

When the motion carries but the effect can no longer apply - the seats changed since it was set
and the appointment would now break the body's member limit or its limit per organization, or
the person already holds a seat then - the vote is not refused: the board has voted and the
result is part of the record. The motion closes as carried and the effect is recorded as not
applied, with the reason naming the rule and the people, on the motion's pages and in the audit
trail, for an admin to act on.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Body, Membership, Motion, MotionEffect, Person
from ..models.base import utcnow
from ..rules import effects as effect_rules
from ..rules.effects import Effect
from ..rules.errors import RuleViolation
from ..rules.limits import Holding, Span
from ..rules.vocab import EffectKind, MemberRole, MotionStatus, SeatClass
from . import audit, seats, validate
from .access import require_staff
from .actors import Actor
from .errors import Conflict, Invalid
from .transaction import state_change


def _locked_proposed(db: Session, motion_id) -> Motion:
    validate.record(db, Motion, motion_id, "motion_id")
    motion = db.scalars(
        select(Motion)
        .where(Motion.id == motion_id)
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one()
    if motion.status != MotionStatus.PROPOSED:
        raise Conflict(
            "motion_id",
            f"the motion is {motion.status.value}: what it does was fixed when the vote opened",
        )
    return motion


def effect_of(db: Session, motion_id: int) -> MotionEffect | None:
    return db.scalar(select(MotionEffect).where(MotionEffect.motion_id == motion_id))


def _check_applies(db: Session, body: Body, effect: Effect, terms: list[Membership]) -> None:
    """Refuse, naming the field (and for a limit, the rule and the people), an effect that
    cannot apply to the body's seats as they stand."""
    change = effect_rules.change(effect, [m.as_term() for m in terms])
    if change.before is None:
        new = change.after
        held = [*map(seats.holding, terms), Holding(new.start, new.end, new.person_id, new.votes)]
        seats.check_limits(db, body, held, Span(change.after.start, change.after.end), "person_id")


@state_change
def set_effect(
    db: Session,
    actor: Actor,
    motion_id,
    kind,
    person_id,
    body_id,
    effective_on,
    seat_class=None,
    role=None,
    term_end=None,
) -> MotionEffect:
    """What the motion will do if it carries ("appoint Van Lindberg to the Legal Affairs
    Committee from 1 September 2013"); replaces an effect set before. Refused now if it could
    not apply to the seats as they stand."""
    require_staff(actor)
    motion = _locked_proposed(db, motion_id)
    kind = validate.choice(EffectKind, kind, "kind")
    person = validate.record(db, Person, person_id, "person_id")
    body = validate.record(db, Body, body_id, "body_id")
    on = validate.day(effective_on, "effective_on")
    appoint = kind == EffectKind.APPOINT
    if appoint:
        seat_class = validate.choice(SeatClass, seat_class, "seat_class")
        role = validate.choice(MemberRole, role or MemberRole.MEMBER, "role")
        end = validate.day(term_end, "term_end", required=False)
    else:
        for field, value in (("seat_class", seat_class), ("role", role), ("term_end", term_end)):
            if value not in (None, ""):
                raise Invalid(field, "only an appointment has one")
        seat_class = role = end = None
    effect = Effect(kind, person.id, on, role or MemberRole.MEMBER, end)
    _check_applies(db, body, effect, seats.locked_memberships(db, body.id))
    row = effect_of(db, motion.id)
    before = audit.snapshot(row) if row else None
    if row is None:
        row = MotionEffect(motion_id=motion.id)
        db.add(row)
    row.kind, row.person_id, row.body_id = kind, person.id, body.id
    row.seat_class, row.role, row.effective_on, row.term_end = seat_class, role, on, end
    if before is not None and audit.snapshot(row) == before:
        return row
    audit.record(db, actor, "motion_effect.set", row, before=before)
    return row


@state_change
def clear_effect(db: Session, actor: Actor, motion_id) -> None:
    """The motion will change no seats after all."""
    require_staff(actor)
    motion = _locked_proposed(db, motion_id)
    row = effect_of(db, motion.id)
    if row is None:
        raise Invalid("motion_id", "the motion has no effect to remove")
    audit.record(db, actor, "motion_effect.clear", row, before=audit.snapshot(row), after=None)
    db.delete(row)


def apply_on_close(db: Session, actor: Actor, motion: Motion) -> None:
    """Called by the close, in its transaction: a carried motion's effect takes place, with the
    motion as its source; any other outcome leaves the seats alone."""
    row = effect_of(db, motion.id)
    if row is None or not effect_rules.takes_effect(motion.status):
        return
    before = audit.snapshot(row)
    body = db.get(Body, row.body_id)
    terms = seats.locked_memberships(db, row.body_id)
    try:
        _check_applies(db, body, row.as_effect(), terms)
    except (Invalid, RuleViolation) as refused:
        # Raised before anything was written: the close goes on, the reason is kept.
        row.not_applied_reason = refused.message
        audit.record(db, actor, "motion_effect.not_applied", row, before=before)
        return
    row.membership_id = _apply(db, actor, motion, row, terms).id
    row.applied_at = utcnow()
    audit.record(db, actor, "motion_effect.apply", row, before=before)


def _apply(
    db: Session, actor: Actor, motion: Motion, row: MotionEffect, terms: list[Membership]
) -> Membership:
    change = effect_rules.change(row.as_effect(), [m.as_term() for m in terms])
    if change.before is None:
        membership = Membership(
            person_id=row.person_id,
            body_id=row.body_id,
            seat_class=row.seat_class,
            role=row.role,
            term_start=change.after.start,
            term_end=change.after.end,
            source_motion_id=motion.id,
        )
        db.add(membership)
        audit.record(db, actor, "membership.appoint", membership)
        return membership
    membership = next(m for m in terms if m.as_term() == change.before)
    snapshot = audit.snapshot(membership)
    # No reason text: the effect links the term to its motion, shown only where the motion is.
    membership.term_end = change.after.end
    audit.record(db, actor, "membership.end", membership, before=snapshot)
    return membership

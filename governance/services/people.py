"""A person's affiliation history and the merging of duplicate people."""

from datetime import timedelta

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ..models import (
    ActionItem,
    Affiliation,
    Attendance,
    BetweenAction,
    BetweenSignature,
    Body,
    Commentary,
    Meeting,
    Membership,
    Motion,
    MotionEffect,
    Organization,
    Person,
    User,
    Vote,
)
from ..rules.closing import ClosedResult
from ..rules.limits import Span
from ..rules.terms import overlaps
from . import audit, seats, validate
from .access import require_admin
from .actors import Actor
from .audit_replay import REPLAYED
from .errors import Invalid
from .transaction import state_change


def history(db: Session, person_id: int) -> list[Affiliation]:
    return list(
        db.scalars(
            select(Affiliation)
            .where(Affiliation.person_id == person_id)
            .order_by(Affiliation.start_on.is_not(None), Affiliation.start_on)
        )
    )


@state_change
def change_affiliation(
    db: Session, actor: Actor, person_id, organization_id, start_on
) -> Affiliation:
    """From `start_on`, the person represents `organization_id` (or no organization). The limit
    per organization is checked, for every body the person sits on, from that day on."""
    require_admin(actor)
    person = validate.record(db, Person, person_id, "person_id")
    org = validate.record(db, Organization, organization_id, "organization_id", required=False)
    start = validate.day(start_on, "start_on")
    rows = history(db, person.id)
    current = next((r for r in rows if r.end_on is None), None)
    if current is None and not rows:
        # The affiliation held so far becomes the first entry of the history.
        current = Affiliation(person_id=person.id, organization_id=person.organization_id)
        db.add(current)
    if current is not None:
        if current.start_on is not None and start <= current.start_on:
            raise Invalid(
                "start_on", f"must be after the current affiliation began ({current.start_on})"
            )
        current.end_on = start - timedelta(days=1)
    elif any(r.end_on is not None and r.end_on >= start for r in rows):
        raise Invalid("start_on", "overlaps the person's affiliation history")
    new = Affiliation(person_id=person.id, organization_id=org.id if org else None, start_on=start)
    db.add(new)
    before = audit.snapshot(person)
    person.organization_id = new.organization_id
    db.flush()
    window = Span(start, None)
    body_ids = {
        m.body_id
        for m in db.scalars(select(Membership).where(Membership.person_id == person.id))
        if overlaps(m.as_term(), start, None)
    }
    for body in db.scalars(select(Body).where(Body.id.in_(body_ids)).order_by(Body.id)):
        held = [seats.holding(m) for m in seats.locked_memberships(db, body.id)]
        seats.check_limits(db, body, held, window, "organization_id")
    audit.record(db, actor, "person.affiliation", person, before=before)
    audit.record(db, actor, "affiliation.create", new)
    return new


# Every column naming a person, moved to the person kept; the pairs that must stay unique.
_PERSON_COLUMNS = [
    (Membership, Membership.person_id),
    (Attendance, Attendance.person_id),
    (Vote, Vote.person_id),
    (Motion, Motion.mover_id),
    (Motion, Motion.seconder_id),
    (Meeting, Meeting.chair_id),
    (ActionItem, ActionItem.owner_person_id),
    (Commentary, Commentary.author_id),
    (Affiliation, Affiliation.person_id),
    (User, User.person_id),
    (BetweenAction, BetweenAction.proposer_id),
    (BetweenAction, BetweenAction.seconder_id),
    (BetweenSignature, BetweenSignature.person_id),
    (MotionEffect, MotionEffect.person_id),
]
_ONCE_PER = [
    (Attendance.person_id, Attendance.meeting_id, "attended the same meeting"),
    (Vote.person_id, Vote.motion_id, "voted on the same motion"),
    (Commentary.author_id, Commentary.meeting_id, "wrote commentary on the same meeting"),
    (User.person_id, User.id, None),
]


def _clashes(db: Session, keep: Person, duplicate: Person) -> None:
    for person_col, scope_col, what in _ONCE_PER:
        if what is None:
            both = db.scalars(select(person_col).where(person_col.in_([keep.id, duplicate.id])))
            if len(list(both)) > 1:
                raise Invalid("duplicate_id", "both people have an account; disable one first")
            continue
        mine = set(db.scalars(select(scope_col).where(person_col == keep.id)))
        theirs = set(db.scalars(select(scope_col).where(person_col == duplicate.id)))
        if mine & theirs:
            raise Invalid("duplicate_id", f"{keep.name} and {duplicate.name} {what}")
    terms = db.scalars(
        select(Membership).where(Membership.person_id.in_([keep.id, duplicate.id]))
    ).all()
    for a in terms:
        for b in terms:
            same_body = a.body_id == b.body_id and a.person_id != b.person_id
            if same_body and overlaps(a.as_term(), b.term_start, b.term_end):
                raise Invalid("duplicate_id", "both people hold a seat on one body at once")


def _move_audited(db: Session, actor: Actor, model, column, old: int, new: int) -> None:
    """Rows whose state `audit verify` compares with their last event get an event of their
    own, or a merge would read as tampering."""
    for row in db.scalars(select(model).where(column == old).order_by(model.id)):
        before = audit.snapshot(row)
        setattr(row, column.key, new)
        audit.record(db, actor, f"{model.__tablename__}.merge_person", row, before=before)


def _rename_in_tallies(db: Session, actor: Actor, old: int, new: int) -> None:
    """A closed motion's frozen tally names people inside its JSON, where no foreign key
    reaches. Only motions of bodies the merged-away person sat on can name them."""
    bodies = select(Membership.body_id).where(Membership.person_id.in_([old, new]))
    closed = db.scalars(
        select(Motion)
        .join(Meeting, Meeting.id == Motion.meeting_id)
        .where(Motion.tally.is_not(None), Meeting.body_id.in_(bodies))
        .order_by(Motion.id)
    )
    for motion in closed:
        tally = ClosedResult.from_json(motion.tally).with_person_renamed(old, new).to_json()
        if tally == motion.tally:
            continue
        before = audit.snapshot(motion)
        motion.tally = tally
        audit.record(db, actor, "motion.merge_person", motion, before=before)


@state_change
def merge_people(db: Session, actor: Actor, keep_id, duplicate_id) -> Person:
    """Fold a duplicate into the person kept: every record naming the duplicate names the kept
    person instead, and the duplicate is removed (its last state stays in the audit trail)."""
    require_admin(actor)
    keep = validate.record(db, Person, keep_id, "keep_id")
    duplicate = validate.record(db, Person, duplicate_id, "duplicate_id")
    if keep.id == duplicate.id:
        raise Invalid("duplicate_id", "a person cannot be merged with themselves")
    _clashes(db, keep, duplicate)
    before = audit.snapshot(keep)
    for model, column in _PERSON_COLUMNS:
        if model in REPLAYED:
            _move_audited(db, actor, model, column, duplicate.id, keep.id)
        else:
            db.execute(
                update(model)
                .where(column == duplicate.id)
                .values({column.key: keep.id})
                .execution_options(synchronize_session=False)
            )
    _rename_in_tallies(db, actor, duplicate.id, keep.id)
    keep.email = keep.email or duplicate.email
    keep.organization_id = keep.organization_id or duplicate.organization_id
    audit.record(db, actor, "person.merged_away", duplicate, after={"merged_into": keep.id})
    db.delete(duplicate)
    audit.record(
        db,
        actor,
        "person.merge",
        keep,
        before=before,
        after={**audit.snapshot(keep), "merged": duplicate.id},
    )
    db.expire_all()
    return db.get(Person, keep.id)

"""Permission predicates, named once and asked by every service and view."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Membership
from ..rules.disclosure import PUBLIC, Viewer
from ..rules.seating import Term, voting_seated_on
from ..rules.vocab import UserRole
from .actors import Actor, has_role, is_system
from .errors import Forbidden


def is_admin(actor: Actor) -> bool:
    return has_role(actor, UserRole.ADMIN)


def is_staff(actor: Actor) -> bool:
    """Staff run meetings: the secretary, and admins, who can do whatever staff can."""
    return has_role(actor, UserRole.ADMIN, UserRole.SECRETARY)


def require(allowed: bool, message: str = "you may not do this") -> None:
    if not allowed:
        raise Forbidden(message)


def require_staff(actor: Actor) -> None:
    require(is_staff(actor), "only the secretary or an admin may do this")


def require_admin(actor: Actor) -> None:
    require(is_admin(actor), "only an admin may do this")


# A Term's fields, read as plain columns: a body's whole seat history is hundreds of rows, and
# building a Membership object for each cost more than the rest of a meeting page's queries.
TERM_COLUMNS = (Membership.person_id, Membership.role, Membership.term_start, Membership.term_end)


def body_terms(db: Session, body_id: int) -> list[Term]:
    rows = db.execute(select(*TERM_COLUMNS).where(Membership.body_id == body_id))
    return [Term(*row) for row in rows]


def voting_members(db: Session, body_id: int, on: date) -> frozenset[int]:
    return voting_seated_on(body_terms(db, body_id), on)


def member_bodies(db: Session, person_id: int | None) -> frozenset[int]:
    if person_id is None:
        return frozenset()
    return frozenset(
        db.scalars(select(Membership.body_id).where(Membership.person_id == person_id).distinct())
    )


def viewer_for(db: Session, user) -> Viewer:
    """What the disclosure policy needs to know of a signed-in user (or nobody)."""
    if user is None or not getattr(user, "is_authenticated", False) or not user.is_active:
        return PUBLIC
    if is_system(user) or is_staff(user):
        return Viewer(staff=True)
    if user.role == UserRole.DIRECTOR:
        return Viewer(bodies=member_bodies(db, user.person_id))
    return PUBLIC

"""Who is acting: a signed-in user, or the operator at the command line."""

from dataclasses import dataclass

from ..models import User
from ..rules.vocab import UserRole


@dataclass(frozen=True)
class SystemActor:
    """Someone with shell access to the deployment: they could edit the database directly, so the
    CLI may do anything, and the audit trail names it."""

    label: str = "cli"
    id: None = None
    person_id: None = None
    role: None = None


SYSTEM = SystemActor()

Actor = User | SystemActor


def actor_label(actor: Actor) -> str:
    return actor.label if isinstance(actor, SystemActor) else actor.email


def is_system(actor: Actor) -> bool:
    return isinstance(actor, SystemActor)


def has_role(actor: Actor, *roles: UserRole) -> bool:
    return is_system(actor) or (actor.is_active and actor.role in roles)

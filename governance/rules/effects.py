"""What a motion's effect does to a body's terms when the motion carries: an appointment seats a
person from a date, an early end cuts a running term after a last day. Plain terms in, the term
to store out; the service writes it, with the motion as its source, in the closing transaction.
Nothing happens unless the motion carried: a failed, withdrawn or postponed motion does nothing.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from . import terms as term_rules
from .errors import RuleViolation
from .seating import Term
from .vocab import EffectKind, MemberRole, MotionStatus


@dataclass(frozen=True)
class Effect:
    kind: EffectKind
    person_id: int
    on: date  # appointment: the first day seated; early end: the last day seated
    role: MemberRole = MemberRole.MEMBER  # of an appointment
    term_end: date | None = None  # of an appointment; None is open-ended


@dataclass(frozen=True)
class Change:
    """The term the effect ends (None for an appointment) and the term it leaves in place."""

    before: Term | None
    after: Term


def takes_effect(status: MotionStatus) -> bool:
    return status == MotionStatus.CARRIED


def check(effect: Effect) -> None:
    """What can be refused from the effect alone, when it is set on the motion."""
    if effect.kind == EffectKind.APPOINT:
        term_rules.check_dates(effect.on, effect.term_end)
    elif effect.term_end is not None:
        raise RuleViolation("term_end", "only an appointment has a term end")


def change(effect: Effect, body_terms: Iterable[Term]) -> Change:
    """The effect applied to the body's terms as they stand; refused (RuleViolation naming the
    field) when it cannot apply: an appointment over a seat the person already holds then, an
    early end of a term that is not running on that day or that ends by itself by then."""
    check(effect)
    own = [t for t in body_terms if t.person_id == effect.person_id]
    if effect.kind == EffectKind.APPOINT:
        term_rules.check_no_overlap(own, effect.on, effect.term_end, "person_id")
        return Change(None, Term(effect.person_id, effect.role, effect.on, effect.term_end))
    running = next((t for t in own if t.covers(effect.on)), None)
    if running is None:
        raise RuleViolation("person_id", f"holds no seat on the body on {effect.on}")
    return Change(running, term_rules.ended_early(running, effect.on))


def describe(effect: Effect, person: str, body: str, seat_class: str | None = None) -> str:
    """The effect in words, as the motion's pages show it."""
    if effect.kind == EffectKind.END_TERM:
        return f"end {person}'s term on {body} after {effect.on:%-d %B %Y}"
    details = [f"{seat_class.replace('_', ' ')} seat"] if seat_class else []
    if effect.role != MemberRole.MEMBER:
        details.append(effect.role.value.replace("_", " "))
    what = f" ({', '.join(details)})" if details else ""
    until = f" to {effect.term_end:%-d %B %Y}" if effect.term_end else ""
    return f"appoint {person} to {body}{what} from {effect.on:%-d %B %Y}{until}"

"""The daily digest: one message gathering what a user takes as a digest, each part rendered
again when the digest is sent, through the policy for them at that instant — so a part that
may no longer be told (a vote cast since, a record retracted) is left out."""

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import OutboxMessage
from ..rules.clock import format_local
from ..services.outbox import Kind
from ..visibility import Policy
from .render import RENDERERS, Mail, Outcome, Section, Withhold, register


@register(Kind.DIGEST)
def digest(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    parts = []
    for item in db.scalars(
        select(OutboxMessage).where(OutboxMessage.digest_id == msg.id).order_by(OutboxMessage.id)
    ):
        outcome = RENDERERS[item.kind](db, item, policy)
        if isinstance(outcome, Mail):
            parts.append(outcome)
    if not parts:
        return Withhold("nothing gathered for the digest may be told now")
    sections, links = [], []
    for part in parts:
        sections += [Section(part.subject, part.intro), *part.sections]
        links += [link for link in part.links if link not in links]
    count = f"{len(parts)} update{'s' if len(parts) != 1 else ''}"
    return Mail(
        f"Your daily digest: {count}",
        f"What the board tracker had for you, as of {format_local(policy.now, 'UTC')}.",
        sections,
        links,
    )

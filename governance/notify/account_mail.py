"""Account mail: an invitation or a password reset carrying its one-time link.

The link is derived again when the message is sent (`accounts.link_token`); a link that was
used, replaced by a newer one or has expired is not sent at all."""

from sqlalchemy.orm import Session

from ..models import AccountLink, OutboxMessage, User
from ..models.base import utcnow
from ..services.accounts import link_token
from ..services.outbox import Kind
from ..services.tokens import digest
from ..visibility import Policy
from .links import Link
from .render import Mail, Outcome, Section, Withhold, register

WHAT = {
    Kind.INVITATION: (
        "Your account",
        "You are invited to the board tracker as {email}. Choose your password through the link "
        "below; it works once and expires {expires}.",
    ),
    Kind.PASSWORD_RESET: (
        "Password reset",
        "A password reset was asked for {email}. Choose a new password through the link below; "
        "it works once and expires {expires}. If you did not expect this, tell an administrator.",
    ),
}


def _account_mail(db: Session, msg: OutboxMessage, policy: Policy) -> Outcome:
    link = db.get(AccountLink, msg.object_id)
    if link is None or link.used_at is not None:
        return Withhold("the link was used or replaced by a newer one")
    if link.expires_at <= utcnow():
        return Withhold("the link has expired")
    raw = link_token(db, link)
    if digest(raw) != link.token_hash:
        return Withhold("the link was made under another audit key")
    subject, intro = WHAT[msg.kind]
    user = db.get(User, link.user_id)
    expires = link.expires_at.strftime("%d %B %Y %H:%M UTC")
    return Mail(
        subject,
        intro.format(email=user.email, expires=expires),
        [Section("", "Nobody else can use this link: do not forward this message.")],
        [Link("Choose your password", "links.open_link", {"token": raw})],
    )


register(Kind.INVITATION)(_account_mail)
register(Kind.PASSWORD_RESET)(_account_mail)

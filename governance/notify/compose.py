"""A rendered `Mail` as an RFC 5322 message: plain text and HTML, and the headers lists need."""

import hashlib
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import format_datetime

from flask import Flask
from itsdangerous import BadSignature, URLSafeSerializer

from ..models import Body, OutboxMessage
from ..services.outbox import USER_KINDS
from .links import Link, absolute, host
from .render import Mail

UNSUBSCRIBE_SALT = "governance.notify.unsubscribe"


@dataclass(frozen=True)
class Recipient:
    address: str
    body: Body | None = None  # set for a body's public list


def unsubscribe_token(secret: str, user_id: int, kind: str) -> str:
    return URLSafeSerializer(secret, salt=UNSUBSCRIBE_SALT).dumps([user_id, kind])


def read_unsubscribe_token(secret: str, token: str) -> tuple[int, str] | None:
    try:
        user_id, kind = URLSafeSerializer(secret, salt=UNSUBSCRIBE_SALT).loads(token)
    except (BadSignature, ValueError, TypeError):
        return None
    if not isinstance(user_id, int) or not isinstance(kind, str):
        return None
    return user_id, kind


def message_id(msg: OutboxMessage, base_url: str) -> str:
    """The same for every attempt of one outbox row, so a receiver can drop a repeat."""
    digest = hashlib.sha256(msg.dedup_key.encode()).hexdigest()[:16]
    return f"<{msg.id}.{digest}@{host(base_url)}>"


def compose(app: Flask, msg: OutboxMessage, mail: Mail, to: Recipient, now) -> EmailMessage:
    config = app.config
    base = config["BASE_URL"]
    links = [{"label": link.label, "url": absolute(app, link)} for link in mail.links]
    unsubscribe = None
    if msg.user_id is not None and msg.kind in USER_KINDS:
        token = unsubscribe_token(config["SECRET_KEY"], msg.user_id, msg.kind)
        unsubscribe = absolute(app, Link("", "notifications.unsubscribe", {"token": token}))
    context = {
        "mail": mail,
        "links": links,
        "unsubscribe": unsubscribe,
        "foundation": config["FOUNDATION_NAME"],
    }
    email = EmailMessage()
    email["From"] = config["MAIL_FROM"]
    email["To"] = to.address
    email["Subject"] = mail.subject
    email["Date"] = format_datetime(now)
    email["Message-ID"] = message_id(msg, base)
    email["Auto-Submitted"] = "auto-generated"
    if to.body is not None:
        email["List-Id"] = f"{to.body.name} <{to.body.slug}.{host(base)}>"
        archive = absolute(app, Link("", "public.body", {"slug": to.body.slug}))
        email["List-Archive"] = f"<{archive}>"
    else:
        email["List-Id"] = f"{config['FOUNDATION_NAME']} notifications <notify.{host(base)}>"
    if unsubscribe:
        # RFC 8058: a POST to this URL unsubscribes in one click; a GET only asks.
        email["List-Unsubscribe"] = f"<{unsubscribe}>"
        email["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click"
    env = app.jinja_env
    email.set_content(env.get_template("mail/message.txt").render(context))
    email.add_alternative(env.get_template("mail/message.html").render(context), subtype="html")
    if mail.calendar is not None:
        method, text = mail.calendar
        email.add_alternative(text, subtype="calendar", params={"method": method})
    return email

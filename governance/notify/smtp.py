"""Sending one message over SMTP with the standard library, settings from the environment."""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage

SECURITY = ("none", "starttls", "ssl")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 1025
    security: str = "none"  # none | starttls | ssl
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0

    @classmethod
    def from_config(cls, config) -> "SmtpSettings":
        security = config.get("MAIL_SECURITY", "none")
        if security not in SECURITY:
            raise ValueError(f"MAIL_SECURITY must be one of {', '.join(SECURITY)}")
        return cls(
            host=config.get("MAIL_HOST", "127.0.0.1"),
            port=int(config.get("MAIL_PORT", 1025)),
            security=security,
            user=config.get("MAIL_USER") or None,
            password=config.get("MAIL_PASSWORD") or None,
        )


def send(settings: SmtpSettings, message: EmailMessage) -> None:
    """Hand the message to the server; any refusal raises (smtplib.SMTPException or OSError)."""
    context = ssl.create_default_context()
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host, settings.port, timeout=settings.timeout, context=context
        )
    else:
        client = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
    with client:
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password or "")
        client.send_message(message)

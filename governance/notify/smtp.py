"""Sending one message over SMTP with the standard library, settings from the environment."""

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from urllib.parse import urlsplit

SECURITY = ("none", "starttls", "ssl")


@dataclass(frozen=True)
class SmtpSettings:
    host: str = "127.0.0.1"
    port: int = 1025
    security: str = "none"  # none | starttls | ssl
    user: str | None = None
    password: str | None = None
    timeout: float = 30.0
    # The name we greet with; left unset, smtplib asks the resolver (socket.getfqdn) per
    # connection, which can take seconds.
    helo: str = "localhost"

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
            helo=urlsplit(config.get("BASE_URL", "")).hostname or "localhost",
        )


def connect(settings: SmtpSettings) -> smtplib.SMTP:
    context = ssl.create_default_context()
    if settings.security == "ssl":
        client = smtplib.SMTP_SSL(
            settings.host,
            settings.port,
            local_hostname=settings.helo,
            timeout=settings.timeout,
            context=context,
        )
    else:
        client = smtplib.SMTP(
            settings.host, settings.port, local_hostname=settings.helo, timeout=settings.timeout
        )
    try:
        if settings.security == "starttls":
            client.starttls(context=context)
        if settings.user:
            client.login(settings.user, settings.password or "")
    except BaseException:
        client.close()
        raise
    return client


class Connection:
    """One SMTP session reused for a batch of messages, opened on first use and opened again
    once if the server dropped it; any other refusal raises for the caller to retry later."""

    def __init__(self, settings: SmtpSettings):
        self.settings = settings
        self.client: smtplib.SMTP | None = None

    def send(self, message: EmailMessage) -> None:
        if self.client is not None:
            try:
                self.client.send_message(message)
                return
            except smtplib.SMTPServerDisconnected:
                self.client = None
        self.client = connect(self.settings)
        try:
            self.client.send_message(message)
        except (smtplib.SMTPServerDisconnected, OSError):
            self.close()
            raise

    def close(self) -> None:
        if self.client is not None:
            try:
                self.client.quit()
            except (smtplib.SMTPException, OSError):
                self.client.close()
            self.client = None

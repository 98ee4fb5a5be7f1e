"""A real SMTP server on loopback (aiosmtpd), keeping each message it accepts, parsed."""

import email
import email.policy
import socket
import threading
from email.message import EmailMessage

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    """Accepts every message, or refuses the first `refuse` DATA commands with a 451."""

    def __init__(self, refuse: int = 0):
        self.refuse = refuse
        self.refused = 0
        self.messages: list[EmailMessage] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.refused < self.refuse:
                self.refused += 1
                return "451 4.3.0 try again later"
            message = email.message_from_bytes(envelope.content, policy=email.policy.default)
            self.messages.append(message)
        return "250 OK"


class Mailbox:
    def __init__(self, refuse: int = 0):
        self.handler = Handler(refuse)
        self.port = free_port()
        self.controller = Controller(
            self.handler, hostname="127.0.0.1", server_hostname="localhost", port=self.port
        )

    def __enter__(self) -> "Mailbox":
        self.controller.start()
        return self

    def __exit__(self, *exc) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[EmailMessage]:
        with self.handler.lock:
            return list(self.handler.messages)

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if m["To"] == address]


def text_of(message: EmailMessage) -> str:
    """Everything a reader could see: subject, the plain and the HTML parts, any attachment."""
    parts = [str(message["Subject"])]
    for part in message.walk():
        if part.get_content_maintype() == "text" or part.get_content_type() == "text/calendar":
            parts.append(part.get_content())
    return "\n".join(parts)

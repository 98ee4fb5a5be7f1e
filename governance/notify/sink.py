"""A development SMTP sink on loopback: every message it accepts is kept as a file under
instance/mail/, so a newcomer can read the mail the demo sends. Never for production."""

import time
from email import message_from_bytes, policy
from pathlib import Path


class KeepToFiles:
    def __init__(self, folder: Path):
        self.folder = folder
        self.folder.mkdir(parents=True, exist_ok=True)
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        message = message_from_bytes(envelope.content, policy=policy.default)
        name = f"{time.strftime('%Y%m%dT%H%M%S')}-{self.count:05d}.eml"
        (self.folder / name).write_bytes(envelope.content)
        print(f"kept {name}: {message['To']}: {message['Subject']}", flush=True)
        return "250 OK"


def serve(folder: Path, port: int) -> None:
    """Until interrupted. aiosmtpd is a development dependency (the `dev` and `test` extras)."""
    from aiosmtpd.controller import Controller

    controller = Controller(
        KeepToFiles(folder), hostname="127.0.0.1", server_hostname="localhost", port=port
    )
    controller.start()
    print(f"SMTP sink on 127.0.0.1:{port}, keeping mail in {folder}", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()

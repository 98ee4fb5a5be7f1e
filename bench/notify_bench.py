"""Mail throughput and release delay through a real SMTP sink on loopback.

    .venv/bin/python bench/notify_bench.py [--directors 200] [--meetings 3]

On a fresh SQLite database (or DATABASE_URL): a board of N directors with accounts and a public
list; each meeting owes every director an invitation and an agenda. Prints messages per second
for one worker draining the outbox, and the delay between an official summary's release instant
and the list message arriving with the worker's default poll (the goal: under 5 s).
"""

import argparse
import os
import sys
import tempfile
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from governance import create_app  # noqa: E402
from governance.migrate import upgrade  # noqa: E402
from governance.notify.worker import Worker  # noqa: E402
from governance.rules.vocab import BodyKind, UserRole  # noqa: E402
from governance.services import accounts, directory, meetings, records  # noqa: E402
from governance.services.actors import SYSTEM  # noqa: E402
from tests.mailbox import Mailbox  # noqa: E402

LIST = "board-announce@lists.example.org"


def build(db, directors: int, count: int):
    body = directory.create_body(db, SYSTEM, "Bench Board", kind=BodyKind.BOARD)
    body.list_address = LIST
    db.commit()
    for i in range(directors):
        person = directory.create_person(db, SYSTEM, f"Director {i}")
        directory.add_membership(
            db, SYSTEM, person.id, body.id, "individual", "member", date(2020, 1, 1)
        )
        accounts.create_user(
            db, SYSTEM, f"d{i}@example.org", UserRole.DIRECTOR, "bench password 1", person.id
        )
    for i in range(count):
        m = meetings.create_meeting(
            db, SYSTEM, body.id, f"Call {i}", datetime(2031, 1, 1 + i, 9), "UTC"
        )
        meetings.publish_agenda(db, SYSTEM, m.id)
    return body


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--directors", type=int, default=200)
    parser.add_argument("--meetings", type=int, default=3)
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL") or (
        "sqlite:///" + str(Path(tempfile.mkdtemp()) / "bench.sqlite3")
    )
    upgrade(url, "head")
    with Mailbox() as box:
        app = create_app({"DATABASE_URL": url, "MAIL_PORT": box.port, "NOTIFY_BATCH": 50})
        database = app.extensions["governance.db"]
        with database.session(write=True) as db:
            body = build(db, args.directors, args.meetings)
        worker = Worker(app)
        started = time.perf_counter()
        tally = worker.run_once()
        elapsed = time.perf_counter() - started
        print(f"{tally.sent} messages in {elapsed:.2f} s: {tally.sent / elapsed:.0f} messages/s")

        with database.session(write=True) as db:
            m = meetings.create_meeting(db, SYSTEM, body.id, "Release", datetime(2026, 1, 1), "UTC")
            release = datetime.now(UTC) + timedelta(seconds=3)
            records.save_summary(db, SYSTEM, m.id, "Summary.", True, release)
        worker.run_once()  # the invitations owed by that meeting
        before = len(box.to(LIST))
        poll = app.config["NOTIFY_POLL_SECONDS"]
        threading.Thread(target=worker.run_forever, args=(poll,), daemon=True).start()
        while len(box.to(LIST)) == before:
            time.sleep(0.01)
        delay = datetime.now(UTC) - release
        print(f"release to list arrival: {delay.total_seconds():.2f} s (poll {poll:g} s)")


if __name__ == "__main__":
    main()

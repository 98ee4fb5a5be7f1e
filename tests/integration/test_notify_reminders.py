"""Reminders derived when the worker runs: owed once per window, never for what is done."""

from datetime import UTC, datetime, timedelta

from governance.notify.worker import Worker
from governance.services import records
from governance.services.actors import SYSTEM
from tests.integration.test_notify import mailbox, notify_app  # noqa: F401 - fixtures


def due_reminders(box, address):
    return [m for m in box.to(address) if m["Subject"].startswith("Action item due")]


def test_an_action_due_within_a_day_is_reminded_once_and_a_done_one_not_at_all(
    make,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    board, members = make.board(seats=2)
    owner, other = (make.user(person=p) for p in members)
    m = make.meeting(board)
    now = datetime.now(UTC)
    tomorrow = (now + timedelta(hours=12)).date()
    records.add_action_item(make.db, SYSTEM, m.id, "Send the budget", members[0].id, None, tomorrow)
    done = records.add_action_item(
        make.db, SYSTEM, m.id, "File the forms", members[1].id, None, tomorrow
    )
    later = records.add_action_item(
        make.db, SYSTEM, m.id, "Plan the retreat", members[0].id, None, tomorrow + timedelta(days=7)
    )
    records.set_action_status(make.db, SYSTEM, done.id, "done")
    worker = Worker(notify_app)
    worker.run_once(now)
    worker.run_once(now + timedelta(minutes=1))
    [reminder] = due_reminders(mailbox, owner.email)
    assert "Send the budget" in reminder["Subject"]
    assert due_reminders(mailbox, other.email) == []
    assert all(later.title not in m["Subject"] for m in due_reminders(mailbox, owner.email))

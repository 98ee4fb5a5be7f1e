"""Decisions between meetings by mail: each voting member is told when one opens, reminded when
it closes within a day and they have not signed (never once they have), and told the result when
it closes — a consent that carries early, at once. Running counts never travel while hidden."""

from datetime import UTC, datetime, timedelta

from governance import visibility
from governance.notify.worker import Worker
from governance.services import between
from governance.services.actors import SYSTEM
from governance.services.outbox import Kind
from tests.integration.test_notify import mailbox, notify_app, outbox_rows  # noqa: F401
from tests.mailbox import text_of

TEXT = "RESOLVED, that the Board adopts the mkbetweentext budget"


def _open(make, board, kind="e_ballot", closes_in=timedelta(days=2), **kw):
    now = datetime.now(UTC).replace(microsecond=0)
    action = between.open_action(
        make.db,
        SYSTEM,
        board.id,
        kind,
        TEXT,
        now - timedelta(minutes=1),
        now + closes_in,
        "Europe/Berlin",
        kw.pop("disclosure", "confidential"),
        **kw,
    )
    return action, now


def _subjects(box, address, start):
    return [m["Subject"] for m in box.to(address) if m["Subject"].startswith(start)]


def test_an_e_ballot_is_announced_reminded_to_those_who_have_not_voted_and_its_result_sent(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
    monkeypatch,
):
    board, members = make.board(seats=3)
    users = [make.user(person=p) for p in members]
    committee = make.body("Election Committee")
    outsider = make.user(person=make.seat(committee))
    action, now = _open(make, board, show_running=True)
    worker = Worker(notify_app)
    worker.run_once(now)
    for user in users:
        [opened] = [m for m in mailbox.to(user.email) if "open" in m["Subject"]]
        assert "mkbetweentext" in text_of(opened)
    assert mailbox.to(outsider.email) == []
    between.sign_action(make.db, users[0], action.id, "for")

    day_before = action.closes_at - timedelta(hours=23)
    worker.run_once(day_before)
    worker.run_once(day_before + timedelta(minutes=5))
    reminded = [m for m in mailbox.messages if m["Subject"].startswith("Reminder")]
    assert sorted(m["To"] for m in reminded) == sorted(u.email for u in users[1:])
    assert len(outbox_rows(database, kind=Kind.BETWEEN_REMINDER)) == 2
    # The running count is shown to members on the page, never in mail.
    for message in mailbox.messages:
        assert "1 for" not in text_of(message) and "1–0–0" not in text_of(message)
    assert all("decided" not in m["Subject"].lower() for m in mailbox.messages)

    # The result comes once the ballot has closed, at its instant, with no process at the close.
    monkeypatch.setattr(visibility, "now", lambda: action.closes_at + timedelta(seconds=1))
    worker.run_once(action.closes_at + timedelta(seconds=1))
    for user in users:
        [result] = [m for m in mailbox.to(user.email) if "decided" in m["Subject"].lower()]
        assert "1 for" in text_of(result) or "1–0–0" in text_of(result)


def test_a_reminder_owed_before_a_signature_is_not_sent_after_it(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    from governance.notify import reminders

    board, members = make.board(seats=2)
    users = [make.user(person=p) for p in members]
    action, now = _open(make, board, closes_in=timedelta(hours=10))
    with notify_app.extensions["governance.db"].session(write=True) as s:
        reminders.derive(s, now)
        s.commit()
    between.sign_action(make.db, users[0], action.id, "for")
    Worker(notify_app).run_once(datetime.now(UTC))
    reminded = [m["To"] for m in mailbox.messages if m["Subject"].startswith("Reminder")]
    assert reminded == [users[1].email]


def test_a_written_consent_that_carries_early_sends_its_result_at_once(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    board, members = make.board(seats=2)
    users = [make.user(person=p) for p in members]
    action, now = _open(make, board, kind="written_consent", disclosure="public")
    for user in users:
        between.sign_action(make.db, user, action.id, "for")
    Worker(notify_app).run_once(datetime.now(UTC))
    for user in users:
        [result] = [m for m in mailbox.to(user.email) if "carried" in m["Subject"].lower()]
        assert "unanimous written consent" in text_of(result)

"""Mail through a real SMTP server on loopback: owed in the same transaction as the change,
sent once by any number of workers, at the instant the policy allows and not a second before."""

import threading
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from governance import create_app
from governance.models import NotificationPreference, OutboxMessage
from governance.notify.worker import Worker
from governance.rules.vocab import Disclosure, ItemKind, OutboxStatus, VoteChoice
from governance.services import directory, meetings, motions, records
from governance.services.actors import SYSTEM
from governance.services.errors import Forbidden
from governance.services.outbox import Kind
from tests.mailbox import Mailbox, text_of

BASE = "https://board.example.org"
LIST = "board-announce@lists.example.org"


def make_app(database_url, port, **overrides):
    config = {
        "DATABASE_URL": database_url,
        "TESTING": True,
        "BASE_URL": BASE,
        "MAIL_HOST": "127.0.0.1",
        "MAIL_PORT": port,
    }
    return create_app(config | overrides)


@pytest.fixture
def mailbox():
    with Mailbox() as box:
        yield box


@pytest.fixture
def notify_app(database_url, database, mailbox):
    app = make_app(database_url, mailbox.port)
    yield app
    app.extensions["governance.db"].dispose()


def outbox_rows(database, **where):
    with database.session() as s:
        query = select(OutboxMessage).order_by(OutboxMessage.id)
        for name, value in where.items():
            query = query.where(getattr(OutboxMessage, name) == value)
        return s.scalars(query).all()


def with_list(make, board, address=LIST):
    board.list_address = address
    make.db.commit()
    return board


def summary_meeting(make, board, release=datetime(2013, 8, 10, 10, 0), **item):
    m = make.meeting(board, title="August call")
    make.item(m, title=item.pop("title", "Budget"), **item)
    records.save_summary(
        make.db, SYSTEM, m.id, "The board **met**.", True, release, release_now=True
    )
    return m


def release_instant(m):
    return m.summary_release_at


def test_a_change_and_the_mail_it_owes_commit_together(make, database):
    board, members = make.board(seats=3)
    users = [make.user(person=p) for p in members[:2]]  # the third director has no account
    m = make.meeting(board)
    with pytest.raises(Forbidden):
        meetings.publish_agenda(make.db, users[0], m.id)
    assert outbox_rows(database, kind=Kind.AGENDA_PUBLISHED) == []
    meetings.publish_agenda(make.db, SYSTEM, m.id)
    rows = outbox_rows(database, kind=Kind.AGENDA_PUBLISHED)
    assert [(r.kind, r.user_id) for r in rows] == [(Kind.AGENDA_PUBLISHED, u.id) for u in users]
    assert all(r.due_at == m.agenda_released_at and r.object_id == m.id for r in rows)
    assert all(r.status == OutboxStatus.PENDING for r in rows)


def test_the_list_gets_the_summary_at_its_release_instant_not_a_second_before(
    make, database, notify_app, mailbox
):
    board = with_list(make, make.body("Board of Directors"))
    m = summary_meeting(make, board)
    worker = Worker(notify_app)
    release = release_instant(m)
    [owed] = outbox_rows(database, kind=Kind.SUMMARY_RELEASED)
    assert owed.due_at == release and owed.list_body_id == board.id

    worker.run_once(release - timedelta(seconds=1))
    assert mailbox.messages == []
    tally = worker.run_once(release)
    assert tally.sent == 1
    [message] = mailbox.to(LIST)
    assert message["Subject"] == "Official summary: August call"
    assert message["Auto-Submitted"] == "auto-generated"
    assert message["List-Id"] == f"Board of Directors <{board.slug}.board.example.org>"
    assert message["Message-ID"].endswith("@board.example.org>")
    plain = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    assert "The board **met**." in plain and "<strong>met</strong>" in html
    for text in (plain, html):
        assert f"{BASE}/meetings/{m.id}" in text
        assert f"{BASE}/meetings/{m.id}/summary.pdf" in text
    worker.run_once(release + timedelta(hours=1))
    assert len(mailbox.messages) == 1
    [sent] = outbox_rows(database, kind=Kind.SUMMARY_RELEASED)
    assert sent.status == OutboxStatus.SENT and sent.attempts == 1 and sent.sent_at == release


def test_a_moved_release_moves_the_list_message_and_a_draft_sends_nothing(
    make, database, notify_app, mailbox
):
    board = with_list(make, make.body())
    m = summary_meeting(make, board, release=datetime(2030, 8, 10, 10, 0))
    first = release_instant(m)
    meetings.set_summary_release(make.db, SYSTEM, m.id, datetime(2030, 8, 20, 10, 0))
    [owed] = outbox_rows(database, kind=Kind.SUMMARY_RELEASED)
    assert owed.due_at > first
    Worker(notify_app).run_once(owed.due_at - timedelta(seconds=1))
    assert mailbox.messages == []
    records.save_summary(make.db, SYSTEM, m.id, "Back to draft.", False)
    Worker(notify_app).run_once(owed.due_at + timedelta(days=1))
    assert mailbox.messages == []
    assert outbox_rows(database, kind=Kind.SUMMARY_RELEASED)[0].status == OutboxStatus.WITHHELD


def test_an_embargo_reaches_the_list_at_its_own_instant_and_confidential_text_never(
    make, database, notify_app, mailbox
):
    board = with_list(make, make.body())
    m = make.meeting(board, title="August call")
    make.item(m, title="Budget", notes="open words")
    make.item(
        m,
        title="Acquisition",
        notes="secret until later",
        disclosure=Disclosure.EMBARGOED,
        disclosed_at=datetime(2013, 9, 1, 9, 0),
    )
    make.item(
        m,
        title="Applicants",
        notes="never public",
        kind=ItemKind.EXECUTIVE_SESSION,
        disclosure=Disclosure.CONFIDENTIAL,
    )
    records.save_summary(
        make.db, SYSTEM, m.id, "Summary text.", True, datetime(2013, 8, 10, 10, 0), True
    )
    [embargo] = outbox_rows(database, kind=Kind.EMBARGO_LIFTED)
    worker = Worker(notify_app)
    worker.run_once(embargo.due_at - timedelta(seconds=1))
    assert [m["Subject"] for m in mailbox.messages] == ["Official summary: August call"]
    worker.run_once(embargo.due_at)
    summary, lifted = mailbox.messages
    assert "secret until later" not in text_of(summary)
    assert "secret until later" in text_of(lifted) and "Acquisition" in text_of(lifted)
    for message in mailbox.messages:
        assert "never public" not in text_of(message)
        assert "Applicants" not in text_of(message)


def test_two_workers_at_once_deliver_each_message_exactly_once(
    make, database, database_url, mailbox
):
    board, members = make.board(seats=30)
    for person in members:
        make.user(person=person)
    m = make.meeting(board)
    meetings.publish_agenda(make.db, SYSTEM, m.id)
    apps = [make_app(database_url, mailbox.port, NOTIFY_BATCH=3) for _ in range(2)]
    tallies = []
    now = datetime.now(UTC)

    def run(app):
        tallies.append(Worker(app).run_once(now))

    threads = [threading.Thread(target=run, args=(app,)) for app in apps]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for app in apps:
        app.extensions["governance.db"].dispose()
    ids = [message["Message-ID"] for message in mailbox.messages]
    assert len(ids) == 60 and len(set(ids)) == 60  # an invitation and an agenda each
    assert sum(t.sent for t in tallies) == 60
    rows = outbox_rows(database)
    assert all(r.status == OutboxStatus.SENT and r.attempts == 1 for r in rows)


def test_a_server_that_refuses_then_accepts_gets_retries_without_duplicates(
    make, database, database_url
):
    board = with_list(make, make.body())
    m = summary_meeting(make, board)
    release = release_instant(m)
    with Mailbox(refuse=2) as box:
        app = make_app(database_url, box.port, NOTIFY_RETRY_SECONDS=60)
        worker = Worker(app)
        assert worker.run_once(release).retried == 1
        [row] = outbox_rows(database)
        assert row.status == OutboxStatus.PENDING and row.attempts == 1
        assert "451" in row.last_error and row.next_attempt_at == release + timedelta(seconds=60)
        assert worker.run_once(release + timedelta(seconds=59)).retried == 0  # not yet
        assert worker.run_once(release + timedelta(minutes=2)).retried == 1
        assert worker.run_once(release + timedelta(minutes=10)).sent == 1
        worker.run_once(release + timedelta(hours=1))
        app.extensions["governance.db"].dispose()
        assert len(box.messages) == 1
    [row] = outbox_rows(database)
    assert row.status == OutboxStatus.SENT and row.attempts == 3


def test_a_server_that_never_accepts_ends_in_a_recorded_failure(make, database, database_url):
    board = with_list(make, make.body())
    release = release_instant(summary_meeting(make, board))
    with Mailbox(refuse=100) as box:
        app = make_app(database_url, box.port, NOTIFY_MAX_ATTEMPTS=2, NOTIFY_RETRY_SECONDS=1)
        worker = Worker(app)
        worker.run_once(release)
        assert worker.run_once(release + timedelta(minutes=1)).failed == 1
        assert worker.run_once(release + timedelta(days=1)).retried == 0
        app.extensions["governance.db"].dispose()
    [row] = outbox_rows(database)
    assert row.status == OutboxStatus.FAILED and row.attempts == 2 and "451" in row.last_error


def test_a_director_who_already_voted_gets_no_reminder_and_nobody_gets_two(
    make, database, notify_app, mailbox
):
    board, members = make.board(seats=3)
    users = [make.user(person=p) for p in members]
    m = make.meeting(board)
    make.present(m, members)
    motion = make.open_motion(m)
    motions.cast_vote(make.db, users[0], motion.id, VoteChoice.FOR)
    worker = Worker(notify_app)
    now = datetime.now(UTC)
    worker.run_once(now)
    worker.run_once(now + timedelta(minutes=5))
    reminded = [m["To"] for m in mailbox.messages if m["Subject"].startswith("Reminder")]
    assert sorted(reminded) == sorted(u.email for u in users[1:])
    # Owed, then the director voted before it went out: the reminder is withheld at send time.
    motions.cast_vote(make.db, users[1], motion.id, VoteChoice.AGAINST)
    assert len(outbox_rows(database, kind=Kind.MOTION_REMINDER)) == 2


def test_the_reminder_checks_the_vote_again_when_it_sends(make, database, notify_app, mailbox):
    from governance.notify import reminders

    board, members = make.board(seats=2)
    users = [make.user(person=p) for p in members]
    m = make.meeting(board)
    make.present(m, members)
    motion = make.open_motion(m)
    now = datetime.now(UTC)
    with notify_app.extensions["governance.db"].session(write=True) as s:
        reminders.derive(s, now)
        s.commit()
    motions.cast_vote(make.db, users[0], motion.id, VoteChoice.FOR)
    Worker(notify_app).run_once(now)
    reminded = [m["To"] for m in mailbox.messages if m["Subject"].startswith("Reminder")]
    assert reminded == [users[1].email]
    [withheld] = outbox_rows(database, kind=Kind.MOTION_REMINDER, user_id=users[0].id)
    assert withheld.status == OutboxStatus.WITHHELD


def test_one_click_unsubscribe_is_a_post_without_cookie_and_a_get_changes_nothing(
    make, database, notify_app, mailbox
):
    board, members = make.board(seats=1)
    user = make.user(person=members[0])
    m = make.meeting(board)
    meetings.publish_agenda(make.db, SYSTEM, m.id)
    Worker(notify_app).run_once(datetime.now(UTC))

    def agendas():
        return [m for m in mailbox.to(user.email) if m["Subject"].startswith("Agenda")]

    [message] = agendas()
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    url = urlsplit(message["List-Unsubscribe"].strip("<>"))
    assert f"{url.scheme}://{url.netloc}" == BASE
    client = notify_app.test_client()

    def preference():
        with database.session() as s:
            return s.get(NotificationPreference, (user.id, Kind.AGENDA_PUBLISHED))

    assert client.get(url.path).status_code == 200
    assert preference() is None
    response = client.post(url.path, data={"List-Unsubscribe": "One-Click"})
    assert response.status_code == 200
    assert preference().enabled is False
    assert client.post(url.path[:-3] + "xyz", data={}).status_code == 404
    # The next agenda of this kind is withheld for this director.
    m2 = make.meeting(board)
    meetings.publish_agenda(make.db, SYSTEM, m2.id)
    Worker(notify_app).run_once(datetime.now(UTC))
    assert len(agendas()) == 1


def calendar_of(message) -> dict[str, str]:
    """The invitation's properties, unfolded (RFC 5545 3.1), by name without parameters."""
    [part] = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    text = part.get_content().replace("\r\n ", "")
    props = {}
    for line in text.split("\r\n"):
        if ":" in line:
            name, value = line.split(":", 1)
            props.setdefault(name.split(";")[0], value)
    props["content-type method"] = part.get_param("method")
    return props


def test_invitations_rise_in_sequence_when_rescheduled_and_a_cancellation_parses(
    make, database, notify_app, mailbox
):
    board, members = make.board(seats=1)
    user = make.user(person=members[0])
    m = make.meeting(board, starts_at=datetime(2030, 3, 10, 9, 0), title="March call")
    worker = Worker(notify_app)
    worker.run_once(datetime.now(UTC))
    meetings.update_meeting(
        make.db, SYSTEM, m.id, "March call", datetime(2030, 3, 11, 9, 0), "America/Los_Angeles"
    )
    worker.run_once(datetime.now(UTC))
    # Two changes before the worker runs: only the newest version goes out.
    meetings.update_meeting(
        make.db, SYSTEM, m.id, "March call", datetime(2030, 3, 12, 9, 0), "America/Los_Angeles"
    )
    meetings.set_status(make.db, SYSTEM, m.id, "cancelled", reason="No quorum expected")
    worker.run_once(datetime.now(UTC))
    invites = [calendar_of(message) for message in mailbox.to(user.email)]
    assert [(i["METHOD"], i["SEQUENCE"], i["content-type method"]) for i in invites] == [
        ("REQUEST", "0", "REQUEST"),
        ("REQUEST", "1", "REQUEST"),
        ("CANCEL", "3", "CANCEL"),
    ]
    assert len({i["UID"] for i in invites}) == 1
    assert (
        invites[0]["DTSTART"] == "20300310T160000Z" and invites[1]["DTSTART"] == "20300311T160000Z"
    )
    assert invites[2]["STATUS"] == "CANCELLED"
    assert "No quorum expected" in mailbox.to(user.email)[2].get_body(("plain",)).get_content()


def test_a_list_address_set_later_is_owed_the_summaries_still_ahead_and_no_past_ones(
    make, database
):
    board, _ = make.board(seats=3)
    past = summary_meeting(make, board)  # released in 2013: long public
    ahead = make.meeting(board, starts_at=datetime(2099, 8, 6, 9, 0), title="Next call")
    records.save_summary(make.db, SYSTEM, ahead.id, "To come.", True, datetime(2099, 8, 10, 10, 0))
    assert outbox_rows(database, kind=Kind.SUMMARY_RELEASED) == []
    directory.update_body(make.db, SYSTEM, board.id, list_address=LIST)
    rows = outbox_rows(database, kind=Kind.SUMMARY_RELEASED)
    assert [(r.object_id, r.list_body_id) for r in rows] == [(ahead.id, board.id)]
    assert rows[0].due_at == ahead.summary_release_at
    assert past.id not in [r.object_id for r in rows]

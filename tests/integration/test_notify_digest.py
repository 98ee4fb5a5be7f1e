"""The daily digest over a real SMTP server: a user who takes a kind as a digest gets one
message at their hour in their own zone (the DST day included), gathering what would have gone
at once, each part rendered at the digest's instant; a rerun never sends a second one."""

from datetime import UTC, datetime, timedelta

from governance.notify.worker import Worker
from governance.rules.vocab import OutboxStatus
from governance.services import meetings, motions, preferences, records
from governance.services.actors import SYSTEM
from governance.services.outbox import Kind
from tests.integration.test_notify import mailbox, notify_app, outbox_rows  # noqa: F401
from tests.mailbox import text_of

BERLIN = "Europe/Berlin"
# 28 March 2027: Berlin springs forward; 08:00 is 06:00 UTC that day, 07:00 UTC the day before.
EVE = datetime(2027, 3, 27, 10, 0, tzinfo=UTC)
DIGEST_AT = datetime(2027, 3, 28, 6, 0, tzinfo=UTC)


def _not_invitations(box, address):
    """Calendar invitations are never gathered into a digest: a calendar program acts on them."""
    return [m for m in box.to(address) if not m["Subject"].startswith("Invitation")]


def _digests(box, address):
    return [m for m in box.to(address) if m["Subject"].startswith("Your daily digest")]


def _board_with_digest(make, kinds, hour=8):
    board, members = make.board(seats=2)
    director = make.user(person=members[0], email="digest@example.org")
    other = make.user(person=members[1], email="atonce@example.org")
    preferences.set_preferences(
        make.db, director, director.id, {}, {k: True for k in kinds}, BERLIN, hour
    )
    return board, members, director, other


def test_one_digest_at_the_local_hour_on_the_day_the_clocks_change_and_never_twice(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    board, members, director, other = _board_with_digest(
        make, [Kind.AGENDA_PUBLISHED, Kind.MOTION_OPENED, Kind.MOTION_REMINDER]
    )
    m = make.meeting(board, title="Spring mkdigestmeeting call")
    make.item(m, title="Budget mkdigestitem")
    meetings.publish_agenda(make.db, SYSTEM, m.id)
    make.present(m, members)
    make.open_motion(m, text="That the board adopts the mkdigestmotion plan.")
    records.save_minutes(make.db, SYSTEM, m.id, "Draft.")
    worker = Worker(notify_app)

    tally = worker.run_once(EVE)
    assert tally.digested == 3  # the agenda, the open vote, and the derived reminder
    # Those who take mail at once have it; the digest taker has nothing yet.
    assert len(_not_invitations(mailbox, other.email)) >= 3
    assert [m["Subject"] for m in _not_invitations(mailbox, director.email)] == []
    worker.run_once(DIGEST_AT - timedelta(seconds=1))
    assert _digests(mailbox, director.email) == []
    worker.run_once(DIGEST_AT)
    worker.run_once(DIGEST_AT + timedelta(minutes=5))
    worker.run_once(DIGEST_AT + timedelta(hours=3))
    [digest] = _digests(mailbox, director.email)
    text = text_of(digest)
    assert "mkdigestitem" in text and "mkdigestmotion" in text
    assert digest["Subject"] == "Your daily digest: 3 updates"
    assert _not_invitations(mailbox, director.email) == [digest]
    [row] = outbox_rows(database, kind=Kind.DIGEST)
    assert row.dedup_key.endswith(":2027-03-28") and row.status == OutboxStatus.SENT


def test_after_the_day_s_digest_went_the_next_part_waits_for_tomorrow_s(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    board, members, director, _ = _board_with_digest(make, [Kind.AGENDA_PUBLISHED])
    first = make.meeting(board, title="First call")
    meetings.publish_agenda(make.db, SYSTEM, first.id)
    worker = Worker(notify_app)
    worker.run_once(EVE)
    worker.run_once(DIGEST_AT)
    second = make.meeting(board, title="Second mkseconddigest call")
    meetings.publish_agenda(make.db, SYSTEM, second.id)
    worker.run_once(DIGEST_AT + timedelta(hours=1))
    tomorrow = datetime(2027, 3, 29, 6, 0, tzinfo=UTC)
    worker.run_once(tomorrow - timedelta(seconds=1))
    assert len(_digests(mailbox, director.email)) == 1
    worker.run_once(tomorrow)
    digests = _digests(mailbox, director.email)
    assert len(digests) == 2 and "mkseconddigest" in text_of(digests[1])
    assert sorted(r.dedup_key[-10:] for r in outbox_rows(database, kind=Kind.DIGEST)) == [
        "2027-03-28",
        "2027-03-29",
    ]


def test_a_part_no_longer_true_at_the_digest_s_instant_is_left_out(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    board, members, director, _ = _board_with_digest(make, [Kind.MOTION_OPENED])
    m = make.meeting(board)
    make.present(m, members)
    motion = make.open_motion(m, text="That the board adopts the mkclosedbefore plan.")
    worker = Worker(notify_app)
    worker.run_once(EVE)
    motions.close_motion(make.db, SYSTEM, motion.id)
    worker.run_once(DIGEST_AT)
    assert _digests(mailbox, director.email) == []
    [row] = outbox_rows(database, kind=Kind.DIGEST)
    assert row.status == OutboxStatus.WITHHELD

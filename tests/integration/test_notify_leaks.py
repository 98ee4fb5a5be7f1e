"""The leak crawl, extended to the mailbox: the worker runs at each instant of a meeting's life and
every message it sends is read for every marker of the scene. Nothing reaches the public list or a
director of another body before the policy's instant, confidential text never does, and what is
due at an instant arrives at that instant."""

from datetime import UTC, datetime

from governance.notify.worker import Worker
from governance.services import outbox
from tests.integration.public_scene import (
    EMBARGO,
    INSTANTS,
    SUMMARY,
    VISIBLE_FROM,
    build_public_scene,
    expected_visible,
)
from tests.integration.test_notify import LIST, mailbox, notify_app  # noqa: F401 - fixtures
from tests.mailbox import text_of


def markers_in(message) -> set[str]:
    text = text_of(message)
    return {marker for marker in VISIBLE_FROM if marker in text}


def test_no_message_carries_a_marker_before_its_instant(make, notify_app, mailbox):  # noqa: F811
    scene = build_public_scene(make)
    scene.board.list_address = LIST
    make.db.commit()
    # The list address was set after the record: the body setting's change owes what is due.
    for meeting in (scene.meeting, scene.later, scene.third):
        outbox.release_changed(make.db, meeting)
    make.db.commit()
    outsider = scene.outsider.email
    worker = Worker(notify_app)
    seen = 0
    arrived: dict[str, datetime] = {}
    for label, instant in sorted(INSTANTS.items(), key=lambda kv: kv[1]):
        worker.run_once(instant)
        for message in mailbox.messages[seen:]:
            assert message["To"] in (LIST, outsider) or "@example.org" in message["To"]
            if message["To"] not in (LIST, outsider):
                continue  # a director of the board: the board edition, everything of their body
            for marker in markers_in(message):
                assert expected_visible(marker, instant), (label, marker, message["Subject"])
                arrived.setdefault(marker, instant)
        seen = len(mailbox.messages)
    # The summary arrived at its instant, the embargo at its own.
    assert arrived["mksummary"] == SUMMARY
    for marker in ("mkembtitle", "mkembnotes", "mkembmotion", "mkembdefault"):
        assert arrived[marker] == EMBARGO, marker
    # Now everything else due goes out (the directors' own mail, due when the changes were made).
    worker.run_once(datetime.now(UTC))
    for message in mailbox.messages:
        if message["To"] in (LIST, outsider):
            never = {m for m in markers_in(message) if VISIBLE_FROM[m] is None}
            assert never == set(), (message["To"], message["Subject"])
    assert not mailbox.to(outsider)  # nothing of another body at all
    director = [m for m in mailbox.to(scene.director.email)]
    assert any("mkconfmotion" in text_of(m) for m in director)  # the board edition

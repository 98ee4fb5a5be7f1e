"""The audit trail proves the whole record. Each test plays an attacker who can write the database
(and so can lift its append-only triggers) but has neither the audit key nor the checkpoint files,
and shows that verification names what they did."""

import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text
from sqlalchemy.exc import DBAPIError

from governance.models import AuditEvent, Minutes, OfficialSummary, Vote
from governance.services import motions, records
from governance.services.actors import SYSTEM
from governance.services.audit import event_hash
from governance.services.audit_replay import compare_live
from governance.services.audit_verify import (
    read_checkpoint,
    verify_chain,
    write_checkpoint,
)

from ..audit_guard import guard_lifted
from .scene import build_scene


def tamper(db, statement, **params):
    with guard_lifted(db):
        db.execute(text(statement), params)
    db.commit()


def event_ids(db):
    return db.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()


def closed_and_released(make):
    """The scene with its motion closed, the June minutes approved and the summary released."""
    scene = build_scene(make)
    db = make.db
    for person in scene.members:
        motions.record_vote(db, SYSTEM, scene.motion.id, person.id, "for")
    approval = make.open_motion(scene.meeting, approves_minutes_of_id=scene.earlier.id)
    for person in scene.members:
        motions.record_vote(db, SYSTEM, approval.id, person.id, "for")
    motions.close_motion(db, SYSTEM, scene.motion.id)
    motions.close_motion(db, SYSTEM, approval.id)
    records.save_summary(
        db, SYSTEM, scene.meeting.id, "The board met.", schedule=True, release_now=True
    )
    return scene


@pytest.fixture
def checkpoint(db, tmp_path):
    """A checkpoint file of the trail as it is now, read back as verify would."""

    def take():
        path, _ = write_checkpoint(db, tmp_path)
        return read_checkpoint(path)

    return take


def test_an_untouched_trail_and_record_verify(make, db, checkpoint):
    closed_and_released(make)
    head = checkpoint()
    report = verify_chain(db, checkpoints=[head])
    assert report.ok, report.problems
    assert report.total == head.count > 20 and report.notes == []
    assert compare_live(db) == []


def test_the_database_refuses_to_change_or_delete_an_audit_event(make, db):
    build_scene(make)
    first = event_ids(db)[0]
    for statement in (
        "UPDATE audit_event SET actor_label = 'someone else' WHERE id = :i",
        "DELETE FROM audit_event WHERE id = :i",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            db.execute(text(statement), {"i": first})
        db.rollback()
    if db.get_bind().dialect.name == "postgresql":
        with pytest.raises(DBAPIError, match="append-only"):
            db.execute(text("TRUNCATE audit_event"))
        db.rollback()
    assert event_ids(db)[0] == first


def test_an_altered_event_is_named(make, db):
    build_scene(make)
    victim = event_ids(db)[10]
    tamper(db, "UPDATE audit_event SET after = '{}' WHERE id = :i", i=victim)
    report = verify_chain(db)
    assert report.first_bad_id == victim and "altered" in report.problem


def test_a_removed_event_is_found_at_the_one_after_it(make, db):
    build_scene(make)
    ids = event_ids(db)
    tamper(db, "DELETE FROM audit_event WHERE id = :i", i=ids[5])
    report = verify_chain(db, batch=3)
    assert report.first_bad_id == ids[6] and "removed" in report.problem


def test_a_rehashed_forgery_still_breaks_the_link_to_the_next_event(make, db):
    build_scene(make)
    ids = event_ids(db)
    tamper(db, "UPDATE audit_event SET hash = :h WHERE id = :i", h="f" * 64, i=ids[3])
    assert verify_chain(db).first_bad_id == ids[3]


@pytest.mark.parametrize("removed", [1, 100])
def test_events_removed_from_the_end_are_found_by_a_checkpoint(make, db, checkpoint, removed):
    build_scene(make)
    while len(event_ids(db)) <= removed + 1:
        make.person()
    head = checkpoint()
    assert verify_chain(db, checkpoints=[head]).ok
    tamper(db, f"DELETE FROM audit_event WHERE id > {head.id - removed}")  # noqa: S608
    report = verify_chain(db, checkpoints=[head])
    assert report.first_bad_id is None  # what is left is a perfect chain…
    assert "truncated" in report.problems[0]  # …that is shorter than the checkpoint says
    assert f"recorded {head.count} events up to event {head.id}" in report.problems[0]


def test_erasing_every_event_is_found_by_a_checkpoint(make, db, checkpoint):
    build_scene(make)
    head = checkpoint()
    tamper(db, "DELETE FROM audit_event")
    report = verify_chain(db, checkpoints=[head])
    assert report.total == 0
    assert report.problems == [
        f"the audit trail is empty but checkpoint {head.source} recorded {head.count} events "
        "(erased)"
    ]


def _forge_after(db, last):
    """An event made by the public recipe, chained to `last`, as an attacker without the key can."""
    forged = AuditEvent(
        id=last.id + 1,
        occurred_at=last.occurred_at,
        actor_id=None,
        actor_label="system",
        action="vote.change",
        entity_type="vote",
        entity_id=1,
        before=None,
        after='{"choice": "against"}',
        prev_hash=last.hash,
    )
    forged.hash = event_hash(forged)
    return forged


@pytest.mark.parametrize("mac", [None, "0" * 64])
def test_a_forged_event_appended_by_the_public_recipe_is_named(make, db, mac):
    build_scene(make)
    last = db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    forged = _forge_after(db, last)
    forged.mac = mac
    db.add(forged)
    db.commit()
    report = verify_chain(db)
    assert report.first_bad_id == forged.id
    assert ("has no MAC" if mac is None else "MAC does not match") in report.problem


def test_an_event_edited_and_every_later_one_rehashed_is_named(make, db):
    build_scene(make)
    ids = event_ids(db)
    victim = ids[len(ids) // 2]
    with guard_lifted(db):
        db.execute(
            text("UPDATE audit_event SET actor_label = 'nobody' WHERE id = :i"), {"i": victim}
        )
        prev = db.scalar(
            select(AuditEvent.hash)
            .where(AuditEvent.id < victim)
            .order_by(AuditEvent.id.desc())
            .limit(1)
        )
        for event in db.scalars(
            select(AuditEvent).where(AuditEvent.id >= victim).order_by(AuditEvent.id)
        ).all():
            event.prev_hash = prev
            event.hash = prev = event_hash(event)
        db.flush()
    db.commit()
    report = verify_chain(db)
    assert report.first_bad_id == victim
    assert "MAC does not match" in report.problem


def test_a_checkpoint_signed_with_another_key_is_refused(make, db, checkpoint, tmp_path):
    build_scene(make)
    head = checkpoint()
    path = tmp_path / "forged.json"
    body = json.loads(Path(head.source).read_text())
    body["count"] -= 1
    path.write_text(json.dumps(body))
    report = verify_chain(db, checkpoints=[read_checkpoint(path)])
    assert "forged.json: its MAC does not match" in report.problems[0]


def test_a_head_copied_from_a_public_page_needs_no_mac(make, db, tmp_path):
    build_scene(make)
    head = verify_chain(db).total
    last = db.scalars(select(AuditEvent).order_by(AuditEvent.id.desc()).limit(1)).one()
    path = tmp_path / "from-the-feed.json"
    path.write_text(json.dumps({"audit_head": {"id": last.id, "hash": last.hash, "count": head}}))
    assert verify_chain(db, checkpoints=[read_checkpoint(path)]).ok


def test_events_written_before_the_key_are_vouched_for_by_the_first_keyed_event(make, db):
    board = make.body()
    tamper(db, "UPDATE audit_event SET mac = NULL")  # a trail from before this version
    report = verify_chain(db)
    assert report.ok and "written before the audit key existed" in report.notes[0]
    make.person()
    report = verify_chain(db)
    assert report.ok and report.notes == []
    first = event_ids(db)[0]
    tamper(db, "UPDATE audit_event SET after = '{}' WHERE id = :i", i=first)
    assert verify_chain(db).first_bad_id == first
    assert board.id


def test_a_vote_changed_on_a_closed_motion_is_named_by_table_and_id(make, db):
    scene = closed_and_released(make)
    vote = db.scalars(select(Vote).where(Vote.motion_id == scene.motion.id)).first()
    tamper(db, "UPDATE vote SET choice = 'against' WHERE id = :i", i=vote.id)
    problems = compare_live(db)
    assert len(problems) == 1
    assert problems[0].startswith(f"vote {vote.id} differs from its last audit event")
    assert "choice: 'against' in the table, 'for' in the event" in problems[0]


def test_a_released_summary_edited_in_place_is_named(make, db):
    scene = closed_and_released(make)
    summary = db.scalar(
        select(OfficialSummary).where(OfficialSummary.meeting_id == scene.meeting.id)
    )
    tamper(db, "UPDATE official_summary SET body = 'Nothing happened.' WHERE id = :i", i=summary.id)
    problems = compare_live(db)
    assert len(problems) == 1
    assert problems[0].startswith(
        f"official_summary {summary.id} differs from its last audit event"
    )
    assert "body: 'Nothing happened.' in the table, 'The board met.' in the event" in problems[0]


@pytest.mark.parametrize(
    ("table", "statement", "expected"),
    [
        (
            "motion",
            "UPDATE motion SET result = 'Carried unanimously.', status = 'carried'",
            "differs",
        ),
        ("minutes", "UPDATE minutes SET status = 'draft', approved_by_motion_id = NULL", "differs"),
        ("meeting", "UPDATE meeting SET summary_release_at = NULL", "differs"),
        ("attendance", "DELETE FROM attendance", "missing though its last audit event"),
        ("vote", "DELETE FROM vote", "missing though its last audit event"),
    ],
)
def test_each_record_that_matters_is_compared_with_its_history(
    make, db, table, statement, expected
):
    closed_and_released(make)
    tamper(db, statement)
    problems = compare_live(db)
    assert problems and all(p.startswith(f"{table} ") for p in problems)
    assert all(expected in p for p in problems)


def test_a_row_written_outside_the_services_is_named(make, db):
    scene = closed_and_released(make)
    minutes_id = db.scalar(select(Minutes.id).where(Minutes.meeting_id == scene.earlier.id))
    other = make.meeting(scene.board, title="Later")
    db.execute(insert(Minutes.__table__).values(meeting_id=other.id, body="Invented."))
    db.commit()
    problems = compare_live(db)
    assert len(problems) == 1 and "has no audit event (written directly)" in problems[0]
    assert f"minutes {minutes_id} " not in problems[0]

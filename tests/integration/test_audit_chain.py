"""The audit trail is a hash chain: altering or removing an event is found and named."""

from sqlalchemy import text

from governance.services.audit import verify_chain

from .scene import build_scene


def test_an_untouched_trail_verifies(make, db):
    build_scene(make)
    report = verify_chain(db)
    assert report.ok and report.checked > 20


def test_an_altered_event_is_named(make, db):
    build_scene(make)
    victim = db.execute(text("SELECT id FROM audit_event ORDER BY id LIMIT 1 OFFSET 10")).scalar()
    db.execute(text("UPDATE audit_event SET after = '{}' WHERE id = :i"), {"i": victim})
    db.commit()
    report = verify_chain(db)
    assert report.first_bad_id == victim and "altered" in report.problem


def test_a_removed_event_is_found_at_the_one_after_it(make, db):
    build_scene(make)
    ids = db.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()
    db.execute(text("DELETE FROM audit_event WHERE id = :i"), {"i": ids[5]})
    db.commit()
    report = verify_chain(db, batch=3)
    assert report.first_bad_id == ids[6] and "removed" in report.problem


def test_a_rehashed_forgery_still_breaks_the_link_to_the_next_event(make, db):
    build_scene(make)
    ids = db.execute(text("SELECT id FROM audit_event ORDER BY id")).scalars().all()
    db.execute(text("UPDATE audit_event SET hash = :h WHERE id = :i"), {"h": "f" * 64, "i": ids[3]})
    db.commit()
    assert verify_chain(db).first_bad_id == ids[3]

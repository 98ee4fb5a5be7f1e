"""Two services that touch the same rows, run against each other many times in separate sessions:
neither ever fails with a deadlock (or any error but a refusal the rules give), on either database.

Each pair is one that once took its locks in opposite orders on PostgreSQL."""

from datetime import datetime

from governance.services import motions, records
from governance.services.actors import SYSTEM
from governance.services.audit_verify import verify_chain
from governance.services.errors import ServiceError

from .test_concurrency import _run_together

ROUNDS = 12


def _unexpected(errors):
    """Errors that are not a service's refusal (e.g. "approved minutes cannot be edited")."""
    return [e for e in errors if not isinstance(e, ServiceError)]


def test_closing_a_minutes_approval_while_the_minutes_are_saved_never_deadlocks(make, db, database):
    board, members = make.board(seats=3)
    failures = []
    for n in range(ROUNDS):
        earlier = make.meeting(board, starts_at=datetime(2013, 6, 27, 9, 0), title=f"Earlier {n}")
        records.save_minutes(db, SYSTEM, earlier.id, "Draft.")
        meeting = make.meeting(board, title=f"Meeting {n}")
        make.present(meeting, members)
        motion = make.open_motion(meeting, approves_minutes_of_id=earlier.id)
        for p in members:
            motions.record_vote(db, SYSTEM, motion.id, p.id, "for", at=meeting.starts_at)
        motion_id, earlier_id = motion.id, earlier.id

        def close(session, motion_id=motion_id):
            motions.close_motion(session, SYSTEM, motion_id)

        def save(session, earlier_id=earlier_id):
            records.save_minutes(session, SYSTEM, earlier_id, "Edited while the vote closes.")

        failures += _unexpected(_run_together(database, [close, save, save]))
    assert failures == []
    assert verify_chain(db).ok


def test_saving_a_summary_with_its_release_while_another_save_runs_never_deadlocks(
    make, db, database
):
    board, _ = make.board(seats=3)
    failures = []
    for n in range(ROUNDS):
        meeting = make.meeting(board, title=f"Meeting {n}")
        records.save_summary(db, SYSTEM, meeting.id, "First draft.")
        meeting_id = meeting.id

        def with_release(session, meeting_id=meeting_id):
            records.save_summary(
                session, SYSTEM, meeting_id, "Scheduled.", True, datetime(2013, 8, 13, 9, 0), True
            )

        def plain(session, meeting_id=meeting_id):
            records.save_summary(session, SYSTEM, meeting_id, "Still a draft.")

        failures += _unexpected(_run_together(database, [with_release, plain, plain]))
    assert failures == []
    assert verify_chain(db).ok


def test_closing_a_motion_while_votes_and_the_roll_call_land_never_deadlocks(make, db, database):
    board, members = make.board(seats=4)
    failures = []
    for n in range(ROUNDS):
        meeting = make.meeting(board, title=f"Meeting {n}")
        make.present(meeting, members)
        motion_id = make.open_motion(meeting).id

        def close(session, motion_id=motion_id):
            motions.close_motion(session, SYSTEM, motion_id)

        def vote(person_id, motion_id=motion_id):
            def job(session):
                motions.record_vote(session, SYSTEM, motion_id, person_id, "for")

            return job

        def attend(session, meeting_id=meeting.id, person_id=members[0].id, motion_id=motion_id):
            records.save_minutes(session, SYSTEM, meeting_id, "Roll call taken.")
            motions.record_vote(session, SYSTEM, motion_id, person_id, "against")

        jobs = [close, attend] + [vote(p.id) for p in members[1:]]
        failures += _unexpected(_run_together(database, jobs))
    assert failures == []
    assert verify_chain(db).ok

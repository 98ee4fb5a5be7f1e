"""Votes at the same instant: all of them count, and one director's twin clicks count once."""

import threading

from sqlalchemy import func, select

from governance.models import Motion, User, Vote
from governance.rules.vocab import UserRole
from governance.services import motions
from governance.services.actors import SYSTEM
from governance.services.audit_verify import verify_chain


def _run_together(database, jobs):
    """Start every job at one barrier, each in its own session (as separate requests would)."""
    barrier = threading.Barrier(len(jobs))
    errors = []

    def run(job):
        session = database.session(write=True)
        try:
            barrier.wait()
            job(session)
        except Exception as exc:  # noqa: BLE001 - collected and asserted on below
            errors.append(exc)
        finally:
            session.close()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return errors


def _cast(user_id, motion_id, choice):
    def job(session):
        motions.cast_vote(session, session.get(User, user_id), motion_id, choice)

    return job


def _open_motion_with_directors(make, seats):
    """A board in session, every member present and signed up, one motion open."""
    board, members = make.board(seats=seats)
    meeting = make.meeting(board)
    make.present(meeting, members)
    users = [make.user(UserRole.DIRECTOR, person=p) for p in members]
    return users, make.open_motion(meeting)


def test_directors_voting_at_the_same_instant_lose_no_vote(make, db, database):
    users, motion = _open_motion_with_directors(make, 12)
    errors = _run_together(database, [_cast(u.id, motion.id, "for") for u in users])
    assert errors == []
    count = db.scalar(select(func.count(Vote.id)).where(Vote.motion_id == motion.id))
    assert count == 12
    assert verify_chain(db).ok


def test_one_director_voting_twice_at_the_same_instant_counts_once(make, db, database):
    users, motion = _open_motion_with_directors(make, 3)
    errors = _run_together(database, [_cast(users[0].id, motion.id, "for") for _ in range(6)])
    assert errors == []
    votes = db.scalars(select(Vote).where(Vote.motion_id == motion.id)).all()
    assert [(v.person_id, v.choice.value) for v in votes] == [(users[0].person_id, "for")]


def test_no_vote_lands_after_the_motion_closes(make, db, database):
    users, motion = _open_motion_with_directors(make, 8)

    def close(session):
        motions.close_motion(session, SYSTEM, motion.id)

    errors = _run_together(database, [close] + [_cast(u.id, motion.id, "for") for u in users])
    db.expire_all()
    counted = db.scalar(select(func.count(Vote.id)).where(Vote.motion_id == motion.id))
    refused = [e for e in errors if "not open for voting" in str(e)]
    assert len(refused) + counted == 8 and len(errors) == len(refused)
    result = db.get(Motion, motion.id).result
    assert f"{counted} for" in result

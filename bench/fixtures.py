"""Bench fixtures inside the app: an assembly of 50 directors with tokens and open motions, and
the ids of representative records to request. Prints JSON for bench/run.py."""

import argparse
import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from app import app
from governance.models import Meeting, Motion, Person, Vote
from governance.rules.vocab import MotionStatus, UserRole
from governance.services import directory, meetings, motions, tokens
from governance.services.accounts import create_user
from governance.services.actors import SYSTEM

DIRECTORS = 50


def build(db) -> dict:
    body = directory.create_body(db, SYSTEM, "Bench Assembly", "committee")
    people = [directory.create_person(db, SYSTEM, f"Bench Director {n}") for n in range(DIRECTORS)]
    for person in people:
        directory.add_membership(
            db, SYSTEM, person.id, body.id, "individual", "member", date(2000, 1, 1)
        )
    now = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
    meeting = meetings.create_meeting(db, SYSTEM, body.id, "Bench session", now, "UTC")
    meetings.set_status(db, SYSTEM, meeting.id, "in_session")
    for person in people:
        from governance.services import attendance

        attendance.record_attendance(db, SYSTEM, meeting.id, person.id, "remote")
    raw_tokens = []
    for n, person in enumerate(people):
        user = create_user(
            db, SYSTEM, f"bench{n}@example.org", UserRole.DIRECTOR, "bench-password-long", person.id
        )
        raw_tokens.append(tokens.create_token(db, user, "bench")[1])
    opened = []
    for text in ("Motion voted on concurrently", "Motion voted on by wrk"):
        motion = motions.propose_motion(db, SYSTEM, meeting.id, text)
        opened.append(motions.open_motion(db, SYSTEM, motion.id).id)
    released = db.scalars(
        select(Meeting)
        .where(Meeting.summary_release_at < datetime.now(UTC))
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    ).one()
    motion = db.scalars(
        select(Motion)
        .where(Motion.meeting_id == released.id, Motion.status == MotionStatus.CARRIED)
        .limit(1)
    ).one()
    director = db.scalars(
        select(Person)
        .join(Vote, Vote.person_id == Person.id)
        .where(Vote.motion_id == motion.id)
        .limit(1)
    ).one()
    routes = [
        ("public index", "/"),
        ("meeting page", f"/meetings/{released.id}"),
        ("director page", f"/people/{director.slug}"),
        ("search", "/search?q=budget"),
        ("Atom feed", "/feed.atom"),
        ("iCalendar", "/calendar.ics"),
        ("motion read (API)", f"/api/v1/motions/{motion.id}"),
        ("summary PDF", f"/meetings/{released.id}/summary.pdf"),
    ]
    return {
        "vote_motion": opened[0],
        "vote_tokens": raw_tokens,
        "wrk_motion": opened[1],
        "wrk_token": raw_tokens[0],
        "routes": routes,
    }


def count_votes(db, motion_id: int) -> dict:
    counted = db.scalar(select(func.count(Vote.id)).where(Vote.motion_id == motion_id))
    distinct = db.scalar(
        select(func.count(func.distinct(Vote.person_id))).where(Vote.motion_id == motion_id)
    )
    return {"counted": counted, "distinct": distinct}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count-votes", type=int)
    args = parser.parse_args()
    with app.app_context():
        db = app.extensions["governance.db"].session(write=True)
        try:
            result = count_votes(db, args.count_votes) if args.count_votes else build(db)
        finally:
            db.close()
    print(json.dumps(result))


if __name__ == "__main__":
    main()

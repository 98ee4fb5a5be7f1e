"""Bench fixtures inside the app: an assembly of 50 directors with tokens and open motions, and
the ids of representative records to request. Prints JSON for bench/run.py."""

import argparse
import json
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import func, select

from app import app
from governance.models import Body, Meeting, Motion, Person, Vote
from governance.rules.vocab import MotionStatus, UserRole
from governance.services import directory, meetings, motions, tokens
from governance.services.accounts import create_user
from governance.services.actors import SYSTEM

DIRECTORS = 50
PASSWORD = "bench-password-long"  # noqa: S105 - throwaway accounts on a throwaway database
STAFF_EMAIL = "bench-secretary@example.org"


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
    # The public may follow the live meeting: its page is what a vote changes while people read.
    meetings.publish_agenda(db, SYSTEM, meeting.id)
    for person in people:
        from governance.services import attendance

        attendance.record_attendance(db, SYSTEM, meeting.id, person.id, "remote")
    staff = create_user(db, SYSTEM, STAFF_EMAIL, UserRole.SECRETARY, PASSWORD)
    raw_tokens = []
    for n, person in enumerate(people):
        user = create_user(
            db, SYSTEM, f"bench{n}@example.org", UserRole.DIRECTOR, PASSWORD, person.id
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
    body_slug = db.scalar(select(Body.slug).where(Body.id == released.body_id))
    # Pages rendered on every request (bench/run.py sends what the page cache never answers).
    rendered = [
        ("public index", "/"),
        ("meeting page", f"/meetings/{released.id}"),
        ("motion page", f"/motions/{motion.id}"),
        ("director page", f"/people/{director.slug}"),
        ("body page", f"/bodies/{body_slug}"),
        ("search", "/search?q=budget"),
    ]
    signed_in = [
        ("director's meeting page (signed in)", "director", f"/board/meetings/{meeting.id}"),
        ("staff meeting page (signed in)", "staff", f"/board/meetings/{released.id}"),
        ("director's ballot (signed in)", "director", "/board/ballot"),
    ]
    return {
        "rendered": rendered,
        "signed_in": signed_in,
        "director_email": "bench0@example.org",
        "staff_email": staff.email,
        "live_meeting": meeting.id,
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

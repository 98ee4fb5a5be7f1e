"""A small board mid-meeting, built through the services, for service and web tests."""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, text

from governance.models import Base
from governance.models.base import record_tables
from governance.rules.vocab import Disclosure, ItemKind, UserRole
from governance.services import meetings, motions, records
from governance.services.actors import SYSTEM


@dataclass
class Scene:
    board: object
    members: list
    other_body: object
    outsider: object
    secretary: object
    admin: object
    director: object
    director2: object
    outsider_user: object
    earlier: object
    meeting: object
    item: object
    secret_item: object
    motion: object


def build_scene(make) -> Scene:
    db = make.db
    board, members = make.board(seats=5, per_org_limit=2)
    other = make.body("Legal Affairs Committee")
    outsider = make.seat(other)
    earlier = make.meeting(board, starts_at=datetime(2013, 6, 27, 9, 0), title="June 27th")
    make.present(earlier, members[:3])
    records.save_minutes(db, SYSTEM, earlier.id, "Minutes of June 27th.")
    meeting = make.meeting(board, title="August 6th")
    item = make.item(meeting, title="Approve the minutes", kind=ItemKind.DECISION)
    secret = make.item(
        meeting,
        title="Gold member applications",
        kind=ItemKind.EXECUTIVE_SESSION,
        disclosure=Disclosure.CONFIDENTIAL,
        public_topic="Membership applications",
    )
    make.present(meeting, members)
    motion = make.open_motion(
        meeting, agenda_item_id=item.id, mover_id=members[0].id, seconder_id=members[1].id
    )
    meetings.set_summary_release(
        db, SYSTEM, meeting.id, datetime(2013, 8, 13, 9, 0), release_now=True
    )
    return Scene(
        board=board,
        members=members,
        other_body=other,
        outsider=outsider,
        secretary=make.user(UserRole.SECRETARY),
        admin=make.user(UserRole.ADMIN),
        director=make.user(person=members[0]),
        director2=make.user(person=members[1]),
        outsider_user=make.user(person=outsider),
        earlier=earlier,
        meeting=meeting,
        item=item,
        secret_item=secret,
        motion=motion,
    )


def database_state(db) -> dict:
    """Every row of every table: a state that any half-written change would alter."""
    db.expire_all()
    state = {}
    for table in record_tables(Base.metadata):
        rows = db.execute(select(table).order_by(*table.primary_key.columns)).all()
        state[table.name] = [tuple(r) for r in rows]
    db.rollback()
    return state


def audit_count(db) -> int:
    return db.execute(text("SELECT count(*) FROM audit_event")).scalar_one()


def vote_as(db, user, motion, choice, reason=None):
    return motions.cast_vote(db, user, motion.id, choice, reason)

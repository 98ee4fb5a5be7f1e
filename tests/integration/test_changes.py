"""Which records a write touched, read from the audit events it wrote (reads/changes.py): the
keys the page cache evicts by."""

from datetime import date

from sqlalchemy import func, select

from governance.models import AuditEvent
from governance.reads import changes
from governance.reads.changes import EVERYTHING, PUBLIC, body, meeting, person
from governance.rules.vocab import UserRole, VoteChoice
from governance.services import accounts, agenda, directory, motion_effects, motions
from governance.services.actors import SYSTEM


def touched_by(db, write) -> set[str]:
    before = db.scalar(select(func.max(AuditEvent.id))) or 0
    write()
    ids = list(db.scalars(select(AuditEvent.id).where(AuditEvent.id > before)))
    assert ids, "the write wrote no audit event"
    keys = changes.touched(db.connection(), ids)
    db.rollback()
    return keys


def test_a_vote_touches_its_meeting_and_the_voter(make):
    board, members = make.board(seats=3)
    m = make.meeting(board)
    make.present(m, members)
    motion = make.open_motion(m)
    vote = lambda: motions.record_vote(make.db, SYSTEM, motion.id, members[1].id, VoteChoice.FOR)  # noqa: E731
    assert touched_by(make.db, vote) == {meeting(m.id), person(members[1].id), PUBLIC}


def test_attendance_touches_its_meeting_and_the_person(make):
    board, members = make.board(seats=2)
    m = make.meeting(board)
    present = lambda: make.present(m, members[:1])  # noqa: E731
    assert touched_by(make.db, present) == {meeting(m.id), person(members[0].id), PUBLIC}


def test_a_new_meeting_touches_its_body_whose_page_lists_it(make):
    board, _ = make.board(seats=1)
    created = []
    keys = touched_by(make.db, lambda: created.append(make.meeting(board)))
    assert keys == {meeting(created[0].id), body(board.id), PUBLIC}


def test_a_seat_touches_the_body_and_the_person(make):
    board, _ = make.board(seats=1)
    newcomer = make.person()
    seat = lambda: directory.add_membership(  # noqa: E731
        make.db, SYSTEM, newcomer.id, board.id, "individual", "member", date(2014, 1, 1), None
    )
    assert touched_by(make.db, seat) == {body(board.id), person(newcomer.id), PUBLIC}


def test_a_deleted_agenda_item_still_names_its_meeting(make):
    board, _ = make.board(seats=1)
    m = make.meeting(board)
    item = make.item(m)
    delete = lambda: agenda.delete_item(make.db, SYSTEM, item.id)  # noqa: E731
    assert touched_by(make.db, delete) == {meeting(m.id), PUBLIC}


def test_a_person_is_named_on_every_page_that_shows_them(make):
    someone = make.person()
    rename = lambda: directory.update_person(make.db, SYSTEM, someone.id, "A new name")  # noqa: E731
    assert touched_by(make.db, rename) == {EVERYTHING}


def test_an_account_change_touches_no_public_page(make):
    user = make.user(UserRole.SECRETARY)
    assert touched_by(make.db, lambda: accounts.end_sessions(make.db, user)) == set()


def test_an_appointing_motion_s_meeting_is_one_the_appointee_s_page_shows(make):
    """The person's page links the motion that appointed them once it is released: a change of
    that motion (its disclosure, a retraction) must reach the page, though they never sat in
    that meeting."""
    board, members = make.board(seats=2)
    legal = make.body("Legal Affairs Committee")
    van = make.person("Van Lindberg")
    m = make.meeting(board)
    motion = motions.propose_motion(make.db, SYSTEM, m.id, "That Van be appointed.")
    motion_effects.set_effect(
        make.db, SYSTEM, motion.id, "appoint", van.id, legal.id, date(2013, 9, 1), "individual"
    )
    assert meeting(m.id) in changes.meetings_of_person(make.db, van.id)
    assert meeting(m.id) not in changes.meetings_of_person(make.db, members[0].id)

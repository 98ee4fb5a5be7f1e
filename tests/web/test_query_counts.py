"""Pages run a small, fixed number of SQL statements however much they show."""

import contextlib
import re

import pytest
from sqlalchemy import event

from governance.rules.vocab import ItemKind, UserRole
from governance.services import motions, records
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD

# route → the most statements it may run (signed-in user included); the same at any size.
BOUNDS = {
    "/board/": 12,
    "/board/meetings": 5,
    "/board/meetings/{meeting}": 14,
    "/board/ballot": 7,  # with the live count of each open motion (seats, roll call, votes)
    "/secretariat/motions/{motion}": 15,
    "/secretariat/meetings/{meeting}/roll-call": 14,
    "/api/v1/bodies": 2,
    "/api/v1/people": 2,
    "/api/v1/memberships": 2,
}


@contextlib.contextmanager
def counting(engine):
    statements = []

    def count(conn, cursor, statement, *args):
        if not statement.startswith(("BEGIN", "PRAGMA", "SAVEPOINT", "RELEASE")):
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def build(make, members_n, items_n, motions_n):
    board, members = make.board(seats=members_n)
    make.user(UserRole.SECRETARY, email="secretary@example.org")
    director = make.user(UserRole.DIRECTOR, person=members[0], email="director@example.org")
    meeting = make.meeting(board)
    for n in range(items_n):
        make.item(meeting, title=f"Item {n}", kind=ItemKind.DISCUSSION)
    make.present(meeting, members)
    opened = []
    for _ in range(motions_n):
        motion = make.open_motion(meeting)
        motions.record_roll_call(
            make.db, SYSTEM, motion.id, [{"person_id": p.id, "choice": "for"} for p in members]
        )
        opened.append(motion)
    records.add_action_item(make.db, SYSTEM, meeting.id, "Report", members[0].id)
    return {"meeting": meeting.id, "motion": opened[-1].id, "director": director}


def signed_in(app, email, password=PASSWORD):
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    client.post(
        "/login", data={"email": email, "password": password, "next": "", "csrf_token": token}
    )
    return client


def statements_for(app, path, email):
    client = signed_in(app, email)
    engine = app.extensions["governance.db"].engine
    with counting(engine) as statements:
        response = client.get(path)
    assert response.status_code == 200, (path, response.status_code)
    return len(statements)


@pytest.mark.parametrize("route", sorted(BOUNDS))
def test_statement_count_is_small_and_does_not_grow_with_the_record(app, web_make, route):
    email = "director@example.org" if route == "/board/ballot" else "secretary@example.org"
    small = build(web_make, members_n=3, items_n=1, motions_n=1)
    small_count = statements_for(app, route.format(**small), email)
    from ..conftest import empty_all_tables

    web_make.db.rollback()
    empty_all_tables(app.extensions["governance.db"])
    web_make.db.expunge_all()  # the emptied rows' ids will be reused
    large = build(web_make, members_n=12, items_n=15, motions_n=10)
    large_count = statements_for(app, route.format(**large), email)
    assert large_count == small_count, f"{route}: {small_count} statements grew to {large_count}"
    assert large_count <= BOUNDS[route]

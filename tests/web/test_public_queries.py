"""Queries per public page do not grow with the rows on it (relationships never lazy-load)."""

from contextlib import contextmanager
from datetime import timedelta

from sqlalchemy import event

from governance import visibility
from governance.rules.vocab import VoteChoice
from governance.services import meetings, motions, records
from governance.services.actors import SYSTEM

from ..integration.public_scene import FAR, TZ, la, local


@contextmanager
def counting(app):
    statements = []
    engine = app.extensions["governance.db"].engine

    def count(*_args):
        statements.append(1)

    event.listen(engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", count)


def meeting_with(make, n: int):
    """A released meeting with n agenda items, n motions of five votes, up to five commentaries."""
    board, members = make.board(seats=5)
    start = la(2014, 3, 10, 9, 0)
    voted = local(start)
    m = make.meeting(board, starts_at=voted, tz=TZ)
    make.present(m, members)
    for i in range(n):
        make.item(m, title=f"Item {i}", notes=f"Notes {i}")
        motion = make.open_motion(m, text=f"Motion {i}", mover_id=members[0].id)
        for p in members:
            motions.record_vote(make.db, SYSTEM, motion.id, p.id, VoteChoice.FOR, None, voted)
        motions.close_motion(make.db, SYSTEM, motion.id, at=voted + timedelta(hours=1))
    meetings.set_summary_release(make.db, SYSTEM, m.id, voted + timedelta(days=1), release_now=True)
    records.save_summary(make.db, SYSTEM, m.id, "Summary", schedule=True, release_now=True)
    for p in members[: min(n, 5)]:
        records.save_commentary(make.db, make.user(person=p), m.id, "My view", publish=True)
    return m, members, motion.id


def queries_for(app, client, path) -> int:
    with counting(app) as statements:
        assert client.get(path).status_code == 200
    return len(statements)


def test_page_queries_do_not_grow_with_rows(app, client, web_make, monkeypatch):
    monkeypatch.setattr(visibility, "now", lambda: FAR)
    small, few_members, small_motion = meeting_with(web_make, 1)
    big, many_members, big_motion = meeting_with(web_make, 8)
    for small_path, big_path in [
        (f"/meetings/{small.id}", f"/meetings/{big.id}"),
        (f"/people/{few_members[0].slug}", f"/people/{many_members[0].slug}"),
        (f"/motions/{small_motion}", f"/motions/{big_motion}"),
    ]:
        assert queries_for(app, client, small_path) == queries_for(app, client, big_path)

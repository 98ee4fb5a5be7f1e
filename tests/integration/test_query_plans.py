"""Every filter and sort the pages use is backed by an index: no page reads a whole table of the
record to answer.

SQLite without statistics plans as if every table were large, so its plans show which queries
have an index to use whatever the size of this small database (PostgreSQL, planning from real
row counts, would rightly scan tables this small). The plans are taken for the exact statements
each page runs on the demo board, public and signed-in, SQLite whichever database the suite uses.
"""

import contextlib

import pytest
from sqlalchemy import event, select

from governance import create_app
from governance.demo.load import DEMO_PASSWORD, load
from governance.migrate import upgrade
from governance.models import Meeting, Motion, Person

from ..web.test_query_counts import signed_in

# Tables that grow with the record; a full scan of one of these is what this test refuses.
GROWING = {
    "meeting",
    "agenda_item",
    "attendance",
    "motion",
    "vote",
    "action_item",
    "minutes",
    "official_summary",
    "commentary",
    "audit_event",
    "membership",
}
# Listings of everything the viewer may read: reading the whole table is their job.
EVERYTHING = {"/api/v1/export", "/sitemap.xml"}


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    url = "sqlite:///" + str(tmp_path_factory.mktemp("plans") / "demo.sqlite3")
    upgrade(url, "head")
    app = create_app({"DATABASE_URL": url, "TESTING": True, "PAGE_CACHE": False})
    database = app.extensions["governance.db"]
    db = database.session(write=True)
    load(db)
    ids = {
        "meeting": db.scalar(select(Meeting.id).order_by(Meeting.starts_at.desc())),
        "motion": db.scalar(select(Motion.id).order_by(Motion.id.desc())),
        "person": db.scalar(select(Person.slug).order_by(Person.id)),
    }
    db.close()
    yield app, ids
    database.dispose()


@contextlib.contextmanager
def captured(engine):
    statements = []

    def keep(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith(("SELECT", "WITH")):
            statements.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", keep)
    try:
        yield statements
    finally:
        event.remove(engine, "before_cursor_execute", keep)


def full_scans(engine, statements) -> set[str]:
    scans = set()
    with engine.connect() as conn:
        for statement, parameters in statements:
            for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, parameters):
                detail = row[-1]  # e.g. "SCAN motion", "SEARCH vote USING INDEX ..."
                words = detail.split()
                # A bare "SEARCH motion" (a MIN over a range, say) reads the table row by row too.
                whole = words[0] == "SCAN" or (words[0] == "SEARCH" and "USING" not in detail)
                if whole and words[1] in GROWING and "INDEX" not in detail:
                    scans.add(detail)
    return scans


def api_lists(app) -> list[str]:
    paths = app.test_client().get("/api/openapi.json").get_json()["paths"]
    return sorted(p for p, ops in paths.items() if "get" in ops and "{" not in p)


PUBLIC = [
    "/",
    "/meetings/{meeting}",
    "/motions/{motion}",
    "/people/{person}",
    "/search?q=budget",
    "/search?q=election+system",
    "/feed.atom",
    "/calendar.ics",
]
SIGNED_IN = [
    "/",
    "/board/",
    "/board/meetings",
    "/board/meetings/{meeting}",
    "/meetings/{meeting}",
    "/search?q=budget",
]
BY_ROLE = {
    "secretary@example.org": SIGNED_IN
    + ["/secretariat/motions/{motion}", "/secretariat/meetings/{meeting}/roll-call"],
    "alan-clark@example.org": SIGNED_IN + ["/board/ballot"],
}


def check(app, client, paths, ids):
    engine = app.extensions["governance.db"].engine
    scanned = {}
    for path in paths:
        url = path.format(**ids)
        with captured(engine) as statements:
            assert client.get(url).status_code == 200, url
        assert statements, url
        if url not in EVERYTHING and (scans := full_scans(engine, statements)):
            scanned[url] = sorted(scans)
    assert scanned == {}


def test_public_pages_and_api_lists_use_indexes(demo):
    app, ids = demo
    check(app, app.test_client(), PUBLIC + api_lists(app), ids)


@pytest.mark.parametrize("email", sorted(BY_ROLE))
def test_board_pages_use_indexes(demo, email):
    app, ids = demo
    check(app, signed_in(app, email, DEMO_PASSWORD), BY_ROLE[email], ids)

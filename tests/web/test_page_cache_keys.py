"""The page cache forgets only the pages that show what changed: a vote in one meeting leaves
every other meeting's cached page served, while what it changes shows at once — whichever
process wrote it — and no cached page outlives the next release instant."""

import os
import subprocess
import sys
from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest

from governance import visibility
from governance.reads import public as q
from governance.rules.vocab import VoteChoice
from governance.services import directory, meetings, motions, records
from governance.services.actors import SYSTEM

from ..integration.public_scene import FAR, NOT_YET, TZ, la, local

ROOT = Path(__file__).resolve().parents[2]
LOADERS = ("meeting_record", "motion_record", "person_record", "body_record", "index_page")


@pytest.fixture
def renders(monkeypatch):
    """How many times each public page loaded its record: a page served from the cache loads
    nothing."""
    counts = Counter()

    def spy(name, load):
        def counted(*args, **kwargs):
            counts[name] += 1
            return load(*args, **kwargs)

        return counted

    for name in LOADERS:
        monkeypatch.setattr(q, name, spy(name, getattr(q, name)))
    return counts


@pytest.fixture
def clock(monkeypatch):
    state = {"now": FAR}
    monkeypatch.setattr(visibility, "now", lambda: state["now"])
    return state


def released(make, board, members, title, start, summary_at=None):
    """A meeting of `board` whose record is out (or comes out at `summary_at`), every member
    present, with an open motion one member has voted for."""
    meeting = make.meeting(board, starts_at=local(start), tz=TZ, title=title)
    agenda_at = local(start - timedelta(days=3))
    meetings.publish_agenda(make.db, SYSTEM, meeting.id, at=agenda_at, release_now=True)
    make.present(meeting, members)
    motion = make.open_motion(meeting, text=f"That {title} resolves.")
    motions.record_vote(
        make.db, SYSTEM, motion.id, members[0].id, VoteChoice.FOR, None, local(start)
    )
    release = summary_at or start + timedelta(days=1)
    meetings.set_summary_release(make.db, SYSTEM, meeting.id, local(release), release_now=True)
    records.save_summary(
        make.db, SYSTEM, meeting.id, f"{title} summary", schedule=True, release_now=True
    )
    return meeting, motion


@pytest.fixture
def two_meetings(web_make, clock):
    board, members = web_make.board(seats=3, name="Board of Directors")
    a = released(web_make, board, members, "Alphameeting", la(2014, 3, 10, 9, 0))
    b = released(web_make, board, members, "Betameeting", la(2014, 4, 10, 9, 0))
    return a, b, members


def pages(meeting, motion):
    return f"/meetings/{meeting.id}", f"/motions/{motion.id}"


def test_a_vote_in_one_meeting_leaves_the_other_meetings_pages_served(
    client, two_meetings, web_make, renders
):
    (a, a_motion), (b, b_motion), members = two_meetings
    for path in pages(a, a_motion) + pages(b, b_motion):
        assert client.get(path).status_code == 200
    assert renders == {"meeting_record": 2, "motion_record": 2}
    motions.record_vote(
        web_make.db, SYSTEM, a_motion.id, members[1].id, VoteChoice.AGAINST, "mkdissent"
    )
    renders.clear()
    b_pages = [client.get(path).get_data() for path in pages(b, b_motion)]
    assert renders == {}  # meeting B's pages: served as they were
    roll_call = client.get(f"/motions/{a_motion.id}").get_data(as_text=True)
    assert "mkdissent" in roll_call  # meeting A's: rendered again, with the vote
    client.get(f"/meetings/{a.id}")
    assert renders == {"meeting_record": 1, "motion_record": 1}
    renders.clear()
    assert [client.get(path).get_data() for path in pages(b, b_motion)] == b_pages
    assert renders == {}


def test_a_vote_shows_on_the_voters_page_at_once_and_leaves_others_pages_served(
    client, web_make, clock, renders
):
    board, members = web_make.board(seats=3, name="Board of Directors")
    _, motion = released(web_make, board, members, "Alphameeting", la(2014, 3, 10, 9, 0))
    other_board, others = web_make.board(seats=3, name="Election Committee")
    released(web_make, other_board, others, "Betameeting", la(2014, 4, 10, 9, 0))
    voter, bystander = (f"/people/{p.slug}" for p in (members[1], others[0]))
    assert "mkdissent" not in client.get(voter).get_data(as_text=True)
    client.get(bystander)
    motions.record_vote(
        web_make.db, SYSTEM, motion.id, members[1].id, VoteChoice.AGAINST, "mkdissent"
    )
    renders.clear()
    assert "mkdissent" in client.get(voter).get_data(as_text=True)
    client.get(bystander)
    assert renders == {"person_record": 1}


def test_an_edit_to_a_person_shows_on_every_page_that_names_them_at_once(
    client, two_meetings, web_make
):
    (a, a_motion), _, members = two_meetings
    paths = [f"/people/{members[0].slug}", f"/meetings/{a.id}", f"/motions/{a_motion.id}"]
    paths += ["/bodies/board-of-directors"]
    for path in paths:
        assert members[0].name in client.get(path).get_data(as_text=True), path
    directory.update_person(web_make.db, SYSTEM, members[0].id, "Mkrenamed Director")
    for path in paths:
        assert "Mkrenamed Director" in client.get(path).get_data(as_text=True), path


def test_a_release_instant_still_bounds_every_cached_page(client, web_make, clock, renders):
    board, members = web_make.board(seats=3, name="Board of Directors")
    _, a_motion = released(web_make, board, members, "Alphameeting", la(2014, 3, 10, 9, 0))
    release = la(2014, 4, 12, 9, 0)
    b, _ = released(web_make, board, members, "Betameeting", la(2014, 4, 10, 9, 0), release)
    clock["now"] = release - timedelta(seconds=60)
    paths = ["/", f"/meetings/{b.id}", f"/people/{members[0].slug}"]
    paths += ["/bodies/board-of-directors", "/search?q=Betameeting", "/feed.atom"]
    for path in paths:
        page = client.get(path)
        assert page.status_code == 200, path
        assert "Betameeting summary" not in page.get_data(as_text=True), path
    entries = client.application.extensions["governance.page_cache"].entries.items()
    assert len(entries) == len(paths)
    assert all(entry.expires_at <= release for _, entry in entries)
    motions.record_vote(web_make.db, SYSTEM, a_motion.id, members[1].id, VoteChoice.AGAINST)
    clock["now"] = release - timedelta(seconds=30)
    renders.clear()
    client.get(f"/meetings/{b.id}")
    assert renders == {}  # still before the release, untouched by the vote: served
    clock["now"] = release
    assert "Betameeting summary" in client.get(f"/meetings/{b.id}").get_data(as_text=True)
    assert "Betameeting summary" in client.get("/feed.atom").get_data(as_text=True)


VOTE_FROM_ANOTHER_PROCESS = """
import sys
from datetime import datetime
from governance.db import Database
from governance.services import motions
from governance.services.actors import SYSTEM

url, motion_id, person_id, at = sys.argv[1:]
database = Database(url)
session = database.session(write=True)
motions.record_vote(
    session, SYSTEM, int(motion_id), int(person_id), "against", "mkelsewhere",
    datetime.fromisoformat(at),
)
session.close()
database.dispose()
"""


def test_a_change_made_by_another_process_is_seen(app, client, two_meetings, database_url, renders):
    (a, a_motion), (b, _), members = two_meetings
    for path in (f"/motions/{a_motion.id}", f"/meetings/{b.id}"):
        client.get(path)
    when = local(la(2014, 3, 10, 9, 30)).isoformat()
    env = os.environ | {"PYTHONPATH": str(ROOT)}
    subprocess.run(  # noqa: S603 - this interpreter running a fixed script
        [sys.executable, "-c", VOTE_FROM_ANOTHER_PROCESS, database_url]
        + [str(a_motion.id), str(members[2].id), when],
        check=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    renders.clear()
    assert "mkelsewhere" in client.get(f"/motions/{a_motion.id}").get_data(as_text=True)
    client.get(f"/meetings/{b.id}")
    assert renders == {"motion_record": 1}


def test_a_meeting_released_now_shows_on_its_attendees_pages_at_once(
    client, web_make, clock, renders
):
    """A person's page lists only released meetings: it hangs on every meeting they attended
    or voted in, not only on those it shows."""
    board, members = web_make.board(seats=3, name="Board of Directors")
    start = la(2014, 3, 10, 9, 0)
    meeting, _ = released(web_make, board, members, "Alphameeting", start, NOT_YET)
    page = f"/people/{members[0].slug}"
    assert "Alphameeting" not in client.get(page).get_data(as_text=True)
    meetings.set_summary_release(
        web_make.db, SYSTEM, meeting.id, local(start + timedelta(days=1)), release_now=True
    )
    assert "Alphameeting" in client.get(page).get_data(as_text=True)


def test_a_made_up_query_string_is_served_the_cached_page(client, two_meetings, renders):
    (a, _), _, _ = two_meetings
    first = client.get("/").get_data()
    assert client.get("/?page=1").get_data() == first
    assert client.get(f"/meetings/{a.id}").status_code == 200
    renders.clear()
    for junk in ("?utm_source=x", "?page=1&x=2", "?page=01", "?page=nonsense&page=2"):
        assert client.get("/" + junk).get_data() == first, junk
    assert client.get(f"/meetings/{a.id}?v=123").status_code == 200
    assert renders == {}


def test_the_parameters_a_view_reads_still_choose_its_page(client, two_meetings, renders):
    client.get("/search?q=Alphameeting")
    renders.clear()
    again = client.get("/search?q=Alphameeting&junk=1").get_data(as_text=True)
    assert "Alphameeting" in again
    other = client.get("/search?q=Betameeting").get_data(as_text=True)
    assert "Betameeting" in other and "That Alphameeting resolves" not in other
    assert client.get("/?page=2").status_code == 404  # not page 1 from the cache


def test_every_cached_view_names_the_parameters_it_reads(app):
    undeclared = [
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("public.")
        and not hasattr(app.view_functions[rule.endpoint], "page_cache_params")
    ]
    assert undeclared == []

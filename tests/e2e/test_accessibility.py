"""Every page a role can open — every GET route of the permission matrix and the public record —
checked in Debian's Chromium by axe-core (bundled with axe-playwright-python, no network) at
WCAG 2.2 AA, and at a phone's width (390 px) for sideways scrolling. Any violation fails."""

from datetime import datetime

import pytest
from axe_playwright_python.sync_playwright import Axe
from sqlalchemy import select

from governance.models import Membership
from governance.rules.vocab import ItemKind, UserRole
from governance.services import attendance, meetings, motions, records, tokens
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD
from ..web.test_permission_matrix import OK, ROUTES
from .conftest import sign_in

WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
PHONE = {"width": 390, "height": 844}
EMAILS = {
    "director": "director@example.org",
    "secretary": "secretary@example.org",
    "admin": "admin@example.org",
}


@pytest.fixture
def world(seed):
    make = seed
    board, members = make.board(seats=3, name="Board of Directors")
    director = make.user(UserRole.DIRECTOR, person=members[0], email=EMAILS["director"])
    make.user(UserRole.SECRETARY, email=EMAILS["secretary"])
    make.user(UserRole.ADMIN, email=EMAILS["admin"])
    held = make.meeting(board, starts_at=datetime(2013, 10, 3, 9, 0), title="October board call")
    make.item(held, title="Election system", kind=ItemKind.DECISION, notes="The **report**.")
    make.item(held, title="Applicants", kind=ItemKind.EXECUTIVE_SESSION, disclosure="confidential")
    meetings.publish_agenda(make.db, SYSTEM, held.id, datetime(2013, 9, 30, 9, 0), release_now=True)
    attendance.everyone_present(make.db, SYSTEM, held.id, "in_person")
    closed = make.open_motion(held, text="That the election system not change.")
    motions.record_all_present(make.db, SYSTEM, closed.id, "for")
    motions.close_motion(make.db, SYSTEM, closed.id)
    records.save_minutes(make.db, SYSTEM, held.id, "# Minutes\n\nThe board met.")
    records.save_summary(
        make.db, SYSTEM, held.id, "The board met.", True, datetime(2013, 10, 10, 9, 0), True
    )
    live = make.meeting(board, starts_at=datetime(2099, 10, 3, 9, 0), title="Next call")
    item = make.item(live, title="Budget", kind=ItemKind.DECISION)
    make.present(live, members)
    motion = make.open_motion(live, text="Adopt the budget.", agenda_item_id=item.id)
    motions.cast_vote(make.db, director, motion.id, "for")
    records.save_minutes(make.db, SYSTEM, live.id, "Draft minutes.")
    action = records.add_action_item(make.db, SYSTEM, live.id, "Report back", members[0].id)
    token, _ = tokens.create_token(make.db, director, "director's bot")
    ids = {
        "meeting": live.id,
        "item": item.id,
        "motion": motion.id,
        "action": action.id,
        "token": token.id,
        "member0": members[0].id,
        "member1": members[1].id,
        "body": board.id,
        "membership": make.db.scalar(
            select(Membership.id).where(Membership.person_id == members[0].id)
        ),
        "user": director.id,
        "org": make.org("Nebula").id,
    }
    public = [
        "/",
        f"/meetings/{held.id}",
        f"/motions/{closed.id}",
        f"/people/{members[0].slug}",
        f"/bodies/{board.slug}",
        "/search?q=election",
        "/login",
    ]
    return ids, public


def _pages_of(role, ids, public):
    private = [
        url.format(**ids)
        for method, url, _data, expected in ROUTES
        if method == "GET" and expected[role] == OK
    ]
    return [*public, *private]


def _problems(page, axe) -> list[str]:
    found = []
    results = axe.run(page, options={"runOnly": {"type": "tag", "values": WCAG_22_AA}})
    for violation in results.response["violations"]:
        targets = [", ".join(node["target"]) for node in violation["nodes"]][:3]
        found.append(f"{violation['id']}: {violation['help']} at {targets}")
    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    if overflow > 0:
        found.append(f"scrolls sideways by {overflow}px at 390px wide")
    return found


@pytest.mark.parametrize("role", ["anonymous", "director", "secretary", "admin"])
def test_every_page_meets_wcag_22_aa_and_fits_a_phone(browser, live_url, world, role):
    ids, public = world
    context = browser.new_context(viewport=PHONE)
    page = context.new_page()
    if role != "anonymous":
        sign_in(page, live_url, EMAILS[role], PASSWORD)
    axe = Axe()
    report = {}
    for path in _pages_of(role, ids, public):
        response = page.goto(live_url + path)
        assert response.status == 200, (path, response.status)
        problems = _problems(page, axe)
        if problems:
            report[path] = problems
    context.close()
    assert report == {}

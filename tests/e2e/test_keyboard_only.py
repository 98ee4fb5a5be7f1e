"""A live meeting run with the keyboard alone, in Debian's Chromium: no click, no mouse. The
secretary fills the roll call and records everyone's vote, a director casts a ballot, the
secretary closes the vote — each control reached with Tab (arrow keys inside a radio group) and
worked with Space or Enter. Every control that takes the focus on the way shows that it has it
(WCAG 2.4.7), the skip link leads into the page, and no page traps the focus (2.1.2)."""

from datetime import datetime

from playwright.sync_api import expect

from governance.rules.vocab import ItemKind, UserRole
from governance.services import meetings
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD

FOCUSED = """() => {
  const e = document.activeElement;
  const style = getComputedStyle(e);
  const label = e.labels && e.labels.length ? e.labels[0].innerText : '';
  return {
    tag: e.tagName.toLowerCase(), type: e.type || '', name: e.getAttribute('name') || '',
    value: e.value || '', text: (e.innerText || '').trim(), label: label.trim(),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
    shadow: style.boxShadow !== 'none',
  };
}"""


def focused(page) -> dict:
    return page.evaluate(FOCUSED)


def tab_to(page, wanted, limit=150) -> dict:
    """Tab forward until `wanted(focused element)`; every stop must show its focus."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        now = focused(page)
        if now["tag"] != "body":
            assert now["outline"] or now["shadow"], f"focus not visible on {now}"
        if wanted(now):
            return now
    raise AssertionError(f"not reachable with Tab in {limit} presses on {page.url}")


def sign_in_by_keyboard(page, live_url, email):
    page.goto(f"{live_url}/login")
    tab_to(page, lambda f: f["name"] == "email")
    page.keyboard.type(email)
    tab_to(page, lambda f: f["name"] == "password")
    page.keyboard.type(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()


def follow(page, text):
    tab_to(page, lambda f: f["tag"] == "a" and text in f["text"])
    with page.expect_navigation():
        page.keyboard.press("Enter")


def press_button(page, text):
    tab_to(page, lambda f: f["tag"] == "button" and text in f["text"])
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_no_trap(page, limit=400):
    """Tabbing through the whole page comes back round to where it started."""
    page.keyboard.press("Tab")
    first = focused(page)
    for _ in range(limit):
        page.keyboard.press("Tab")
        if focused(page) == first:
            return
    raise AssertionError(f"the focus never came back round on {page.url}")


def test_a_vote_is_run_with_the_keyboard_alone(browser, live_url, seed):
    board, members = seed.board(seats=3, name="Board of Directors")
    seed.user(UserRole.SECRETARY, email="secretary@example.org")
    seed.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    meeting = seed.meeting(board, starts_at=datetime(2099, 10, 3, 9, 0), title="October call")
    seed.item(meeting, title="Budget", kind=ItemKind.DECISION)
    meetings.publish_agenda(seed.db, SYSTEM, meeting.id)
    meetings.set_status(seed.db, SYSTEM, meeting.id, "in_session")

    secretary = browser.new_context().new_page()
    secretary.goto(live_url)
    secretary.keyboard.press("Tab")
    assert focused(secretary)["text"] == "Skip to content"
    secretary.keyboard.press("Enter")
    assert secretary.evaluate("location.hash") == "#main"
    assert_no_trap(secretary)

    sign_in_by_keyboard(secretary, live_url, "secretary@example.org")
    secretary.goto(f"{live_url}/secretariat/meetings/{meeting.id}/roll-call")
    press_button(secretary, "Everyone present")
    expect(secretary.get_by_text("quorum: 3 of 3 seated present")).to_be_visible()

    secretary.goto(f"{live_url}/board/meetings/{meeting.id}")
    follow(secretary, "Record a motion")
    tab_to(secretary, lambda f: f["tag"] == "textarea")
    secretary.keyboard.type("That the budget be adopted.")
    tab_to(secretary, lambda f: f["name"] == "mover_id")
    secretary.keyboard.press("ArrowDown")
    press_button(secretary, "Record motion")
    press_button(secretary, "Open for voting")
    motion_url = secretary.url
    assert_no_trap(secretary)

    alan = browser.new_context().new_page()
    sign_in_by_keyboard(alan, live_url, "alan@example.org")
    follow(alan, "Ballot")
    choice = tab_to(alan, lambda f: f["type"] == "radio")
    assert choice["value"] == "for"
    alan.keyboard.press("Space")
    press_button(alan, "Cast my vote")
    expect(alan.get_by_text("Your vote “for” is recorded")).to_be_visible()
    assert_no_trap(alan)

    secretary.goto(motion_url)
    press_button(secretary, "everyone else present votes")
    press_button(secretary, "Close the vote")
    result = secretary.locator(".result").first
    expect(result).to_contain_text("Carried unanimously — 3 for, 0 against")

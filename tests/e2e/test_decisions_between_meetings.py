"""Issue 16's "done when", in real browsers: the secretary opens a written consent and an
e-ballot; three directors sign in their own browser contexts; the consent carries at the last
signature, the e-ballot closes at its instant with nothing running, a vote one second late is
refused; the next meeting's draft minutes list both; the public sees them at their release instant
and not a second before. The server runs in this process, so pinning the one clock moves it too."""

import re
from datetime import UTC, datetime, timedelta

from playwright.sync_api import expect

from governance import visibility
from governance.rules.vocab import UserRole

from ..conftest import PASSWORD
from .conftest import sign_in

SIGNING = datetime(2014, 3, 14, 16, 2, tzinfo=UTC)
CLOSES = datetime(2014, 3, 17, 9, 0, tzinfo=UTC)
RELEASE = datetime(2014, 3, 20, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
CONSENT = "RESOLVED, that the Board adopts the 2014 budget."
BALLOT = "RESOLVED, that the Board joins the Open Source Initiative."


def _open(page, live_url, kind_label, text):
    page.goto(f"{live_url}/board/decisions/new")
    page.get_by_label(kind_label).check()
    page.get_by_label("Text (fixed once open)").fill(text)
    page.get_by_label("Opens (local time)").fill("2014-03-10T09:00")
    page.get_by_label("Closes (local time; a signature at this instant is refused)").fill(
        "2014-03-17T09:00"
    )
    page.get_by_label("Time zone").select_option("UTC")
    page.get_by_label("Disclosure", exact=True).select_option("public")
    page.get_by_label("Public release (local time; empty: not scheduled)").fill("2014-03-20T09:00")
    page.get_by_role("button", name="Open", exact=True).click()
    expect(page.get_by_text(text)).to_be_visible()
    return int(re.search(r"/decisions/(\d+)", page.url).group(1))


def _sign(page, live_url, action_id, label, reason=None):
    page.goto(f"{live_url}/board/decisions")
    section = page.locator(f"#decision-ballot-{action_id}")
    section.get_by_label(label, exact=True).check()
    if reason:
        section.get_by_label("Reason", exact=True).fill(reason)
    section.get_by_role("button", name="Sign").click()


def test_decisions_between_meetings_end_to_end(browser, live_url, seed, monkeypatch):
    clock = {"now": datetime(2014, 3, 10, 8, 0, tzinfo=UTC)}
    monkeypatch.setattr(visibility, "now", lambda: clock["now"])
    body, members = seed.board(seats=3, name="Board of Directors")
    seed.user(UserRole.SECRETARY, email="secretary@example.org")
    emails = [f"director{i}@example.org" for i in range(3)]
    for person, email in zip(members, emails, strict=True):
        seed.user(UserRole.DIRECTOR, person=person, email=email)
    april = seed.meeting(body, starts_at=datetime(2014, 4, 1, 9, 0), title="April board call")

    secretary = browser.new_context().new_page()
    sign_in(secretary, live_url, "secretary@example.org", PASSWORD)
    consent = _open(secretary, live_url, re.compile("unanimous written consent"), CONSENT)
    ballot = _open(secretary, live_url, re.compile("e-ballot with a deadline"), BALLOT)

    clock["now"] = SIGNING
    directors = []
    for email in emails:
        page = browser.new_context().new_page()
        sign_in(page, live_url, email, PASSWORD)
        directors.append(page)
    for i, page in enumerate(directors):
        clock["now"] = SIGNING + i * SECOND
        _sign(page, live_url, consent, "I consent")
        expect(page.get_by_text("Your signature “for” is recorded.")).to_be_visible()
    for page in directors[:2]:
        _sign(page, live_url, ballot, "for")
    # carried at the last signature: it has left the ballot page
    expect(directors[2].locator(f"#decision-ballot-{consent}")).to_have_count(0)

    clock["now"] = CLOSES - SECOND
    _sign(directors[2], live_url, ballot, "abstain (reason required)", "my employer is a member")
    expect(directors[2].get_by_text("Your signature “abstain” is recorded.")).to_be_visible()
    late = directors[0]
    late.goto(f"{live_url}/board/decisions")
    late.locator(f"#decision-ballot-{ballot}").get_by_label("against", exact=True).check()
    clock["now"] = CLOSES  # the form was loaded a second before the close; it is sent at it
    late.locator(f"#decision-ballot-{ballot}").get_by_role("button", name="Sign").click()
    expect(late.get_by_text(re.compile("Your signature was not recorded"))).to_be_visible()

    clock["now"] = RELEASE - timedelta(days=1)
    secretary.goto(f"{live_url}/board/decisions")
    secretary.get_by_label("Meeting whose draft minutes list them").select_option(str(april.id))
    secretary.get_by_role("button", name=re.compile("Actions taken since the last meeting")).click()
    expect(secretary.get_by_text(re.compile("The draft minutes now list"))).to_be_visible()
    secretary.goto(f"{live_url}/secretariat/meetings/{april.id}/minutes")
    minutes = secretary.locator("textarea").first.input_value()
    assert "## Actions taken since the last meeting" in minutes
    assert (
        "RESOLVED, that the Board adopts the 2014 budget. Approved by unanimous written consent, "
        "14 March 2014 (effective 16:02 UTC)." in minutes
    )
    assert "Carried by e-ballot 2–0–1." in minutes

    public = browser.new_context().new_page()
    clock["now"] = RELEASE - SECOND
    public.goto(f"{live_url}/decisions")
    expect(public.get_by_text(CONSENT)).to_have_count(0)
    assert public.goto(f"{live_url}/decisions/{ballot}").status == 404
    clock["now"] = RELEASE
    # A new visitor: the page above may be kept for its max-age of 1 s of real time.
    public = browser.new_context().new_page()
    public.goto(f"{live_url}/decisions")
    expect(public.get_by_text(CONSENT)).to_be_visible()
    expect(public.get_by_text(BALLOT)).to_be_visible()
    public.goto(f"{live_url}/decisions/{ballot}")
    expect(public.locator(".decision-result")).to_have_text(
        re.compile(r"^Carried by e-ballot 2–0–1 — 2 for, 0 against, 1 abstention")
    )

"""A meeting run end to end in real browsers: the secretary and two directors, each in their own
session."""

import re

from playwright.sync_api import expect

from governance.rules.vocab import UserRole

from ..conftest import PASSWORD
from .conftest import sign_in


def test_secretary_runs_a_meeting_and_two_directors_vote(browser, live_url, seed):
    body, members = seed.board(seats=3, name="Board of Directors")
    seed.user(UserRole.SECRETARY, email="secretary@example.org")
    seed.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    seed.user(UserRole.DIRECTOR, person=members[1], email="mark@example.org")

    secretary = browser.new_context().new_page()
    sign_in(secretary, live_url, "secretary@example.org", PASSWORD)
    secretary.get_by_role("link", name="Schedule a meeting").click()
    secretary.get_by_label("Title").fill("October 3rd board call")
    secretary.get_by_label("Starts (local time where it is held)").fill("2013-10-03T09:00")
    secretary.get_by_label("Time zone").select_option("America/Los_Angeles")
    secretary.get_by_role("button", name="Create meeting").click()
    expect(secretary.get_by_role("heading", name="October 3rd board call")).to_be_visible()
    expect(secretary.get_by_text("3 October 2013 09:00 PDT")).to_be_visible()

    secretary.get_by_role("link", name="Add an agenda item").click()
    secretary.get_by_label("Title").fill("Individual director election system")
    secretary.get_by_label("Kind").select_option("decision")
    secretary.get_by_role("button", name="Add item").click()
    secretary.get_by_label(re.compile("Publish now: from this moment the public sees")).check()
    secretary.get_by_role("button", name="Publish agenda").click()
    expect(secretary.get_by_text(re.compile("Agenda published"))).to_be_visible()
    secretary.get_by_role("button", name="Open the meeting").click()

    secretary.get_by_role("link", name="Roll call").click()
    for person in members[:2]:
        secretary.locator(f"input[name=presence_{person.id}][value=in_person]").check()
    secretary.locator(f"input[name=presence_{members[2].id}][value=remote]").check()
    secretary.get_by_role("button", name="Record roll call").click()
    expect(secretary.get_by_text("quorum: 3 of 3 seated present; 2 needed")).to_be_visible()

    secretary.get_by_role("link", name="Record a motion").click()
    secretary.get_by_label("Motion", exact=True).fill(
        "That the election system not change this cycle."
    )
    secretary.get_by_label("Moved by").select_option(str(members[0].id))
    secretary.get_by_label("Seconded by").select_option(str(members[1].id))
    secretary.get_by_role("button", name="Record motion").click()
    secretary.get_by_role("button", name="Open for voting").click()
    motion_url = secretary.url

    alan = browser.new_context().new_page()
    sign_in(alan, live_url, "alan@example.org", PASSWORD)
    alan.get_by_role("link", name="Ballot", exact=True).click()
    alan.get_by_label("for", exact=True).check()
    alan.get_by_role("button", name="Cast my vote").click()
    expect(alan.get_by_text(re.compile("Your vote “for” is recorded"))).to_be_visible()

    mark = browser.new_context().new_page()
    sign_in(mark, live_url, "mark@example.org", PASSWORD)
    mark.get_by_role("link", name="Ballot", exact=True).click()
    mark.get_by_label("abstain").check()
    mark.get_by_label("Reason (required when recused)").fill("joined the board last week")
    mark.get_by_role("button", name="Cast my vote").click()
    expect(mark.get_by_text(re.compile("Your vote “abstain” is recorded"))).to_be_visible()

    secretary.goto(motion_url)
    secretary.get_by_role("button", name="Close the vote and record the result").click()
    expect(secretary.locator(".result").first).to_have_text(
        "Carried — 1 for, 0 against, 1 abstention; majority of votes cast; quorum 3 of 3 present."
    )
    expect(secretary.get_by_text("joined the board last week")).to_be_visible()

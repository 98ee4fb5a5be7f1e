"""From an empty database, in real browsers: an admin sets up the organizations, people, a board
with its settings, seats, terms and accounts (each invitation followed in its own browser
context); the secretary schedules a meeting whose roll call lists the seated directors; the admin
renews the terms for the next year and replaces a representative mid-term; the public director
pages show the history."""

import re

from playwright.sync_api import expect

from governance.rules.vocab import UserRole

from ..conftest import PASSWORD
from .conftest import sign_in

NEW_PASSWORD = "chosen through the link"


def invite(admin, live_url, email, role, person=None):
    admin.goto(f"{live_url}/admin/accounts")
    admin.get_by_label("E-mail").fill(email)
    admin.get_by_label("Role", exact=True).select_option(role)
    if person:
        admin.get_by_label("Person (required for a director)").select_option(label=person)
    admin.get_by_role("button", name="Invite").click()
    return admin.locator("#one-time-link").inner_text()


def accept(browser, link, email, live_url):
    page = browser.new_context().new_page()
    page.goto(live_url + "/link/" + link.rsplit("/link/", 1)[1])
    page.get_by_label("Choose a password").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set password").click()
    expect(page.get_by_text("Password set")).to_be_visible()
    sign_in(page, live_url, email, NEW_PASSWORD)
    return page


def test_an_admin_sets_up_a_board_that_the_secretary_then_meets(browser, live_url, seed):
    seed.user(UserRole.ADMIN, email="admin@example.org")
    admin = browser.new_context().new_page()
    sign_in(admin, live_url, "admin@example.org", PASSWORD)

    for org in ("Nebula", "SUSE"):
        admin.goto(f"{live_url}/admin/organizations")
        admin.get_by_label("Name").fill(org)
        admin.get_by_role("button", name="Create").click()
    for name, org in (("Devin Carlen", "Nebula"), ("Chris Kemp", "Nebula"), ("Alan Clark", "SUSE")):
        admin.goto(f"{live_url}/admin/people")
        admin.get_by_label("Name").fill(name)
        admin.get_by_label("Organization").select_option(label=org)
        admin.get_by_role("button", name="Add").click()
        expect(admin.get_by_role("heading", name=name)).to_be_visible()

    admin.goto(f"{live_url}/admin/bodies")
    admin.get_by_label("Name").fill("Board of Directors")
    admin.get_by_label("Kind").select_option("board")
    admin.get_by_label("Limit per organization").fill("1")
    admin.get_by_label("Official summary due").fill("7")
    admin.get_by_label("Time zone").select_option("America/Los_Angeles")
    admin.get_by_role("button", name="Create").click()
    expect(admin.get_by_role("heading", name="Board of Directors: seats and terms")).to_be_visible()
    seats_url = admin.url

    for name in ("Devin Carlen", "Alan Clark", "Chris Kemp"):
        admin.get_by_label("Person", exact=True).select_option(label=name)
        admin.get_by_label("Seat class").select_option("platinum")
        admin.get_by_label("Term starts", exact=True).fill("2099-01-01")
        admin.get_by_label("Term ends (empty: open-ended)").fill("2099-12-31")
        admin.get_by_role("button", name="Add seat").click()
    # The third seat is Nebula's second: refused, naming the rule and the people.
    expect(
        admin.get_by_text(re.compile("limit per organization.*Devin Carlen, Chris Kemp")).first
    ).to_be_visible()

    director_link = invite(admin, live_url, "alan@example.org", "director", "Alan Clark")
    secretary_link = invite(admin, live_url, "secretary@example.org", "secretary")
    accept(browser, director_link, "alan@example.org", live_url)
    secretary = accept(browser, secretary_link, "secretary@example.org", live_url)

    secretary.get_by_role("link", name="Schedule a meeting").click()
    secretary.get_by_label("Title").fill("October board call")
    secretary.get_by_label("Starts (local time where it is held)").fill("2099-10-03T09:00")
    secretary.get_by_label("Time zone").select_option("America/Los_Angeles")
    secretary.get_by_role("button", name="Create meeting").click()
    expect(secretary.get_by_text("quorum: 0 of 2 seated present; 2 needed")).to_be_visible()
    secretary.get_by_role("link", name="Roll call").click()
    members = secretary.locator("table.roll tbody th[scope=row]")
    expect(members).to_have_count(2)
    expect(members.filter(has_text="Devin Carlen")).to_be_visible()
    expect(members.filter(has_text="Alan Clark")).to_be_visible()

    admin.goto(seats_url)
    admin.get_by_label("New term starts").fill("2100-01-01")
    admin.get_by_label("New term ends").fill("2100-12-31")
    admin.get_by_role("button", name="Renew all terms").click()
    expect(admin.get_by_text("2 terms renewed from 2100-01-01")).to_be_visible()

    # The 2100 term is not running yet today: the seats page shows that year's seats.
    admin.goto(f"{seats_url}?on=2100-03-01")
    row = admin.locator("tr[id^=term-]").filter(
        has=admin.locator("td:first-child", has_text="Devin Carlen")
    )
    row.get_by_text("End early or replace").click()
    form = row.locator("form[action$='/replace']")
    form.get_by_label("Last day seated").fill("2100-06-30")
    form.get_by_label("Replacement for the rest of the term").select_option(label="Chris Kemp")
    form.get_by_role("button", name="Seat replacement").click()
    expect(admin.get_by_text("Term changed.")).to_be_visible()

    public = browser.new_context().new_page()
    public.goto(f"{live_url}/people/devin-carlen")
    expect(public.get_by_text(re.compile("2100-01-01 – 2100-06-30"))).to_be_visible()
    expect(public.get_by_text(re.compile("replaced by Chris Kemp"))).to_be_visible()
    public.goto(f"{live_url}/people/chris-kemp")
    expect(public.get_by_text(re.compile("2100-07-01 – 2100-12-31"))).to_be_visible()

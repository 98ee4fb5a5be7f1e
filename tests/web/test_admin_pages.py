"""An admin sets up a board in the browser (test client): organizations, people, a body with its
settings, seats and terms, accounts by invitation; and the audit log with its verification."""

import re

from sqlalchemy import select

from governance.models import Body, Membership, Organization, Person
from governance.rules.vocab import UserRole

from ..conftest import fresh
from .conftest import csrf_token


def post(client, url, data, page=None):
    return client.post(url, data={**data, "csrf_token": csrf_token(client, page or url)})


def test_an_admin_sets_up_a_board_and_invites_its_secretary(app, app_db, web_make, auth, client):
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    auth.login("admin@example.org")
    assert post(client, "/admin/organizations", {"name": "Nebula"}).status_code == 302
    nebula = fresh(app_db).scalar(select(Organization.id).where(Organization.name == "Nebula"))
    for name in ("Devin Carlen", "Chris Kemp", "Alan Clark"):
        response = post(
            client, "/admin/people", {"name": name, "email": "", "organization_id": str(nebula)}
        )
        assert response.status_code == 302, response.get_data(as_text=True)
    ids = dict(fresh(app_db).execute(select(Person.name, Person.id)).all())
    response = post(
        client,
        "/admin/bodies",
        {
            "name": "Board of Directors",
            "kind": "board",
            "quorum_rule": "majority_of_seated",
            "default_threshold": "majority_of_votes_cast",
            "per_org_limit": "1",
            "recused_count_for_quorum": "y",
            "summary_due_days": "7",
            "timezone": "America/Los_Angeles",
            "description": "The board.",
            "charter_url": "https://example.org/bylaws",
        },
    )
    assert response.status_code == 302
    board = fresh(app_db).scalar(select(Body).where(Body.name == "Board of Directors"))
    assert (board.per_org_limit, board.summary_due_days, board.timezone) == (
        1,
        7,
        "America/Los_Angeles",
    )
    seats_url = f"/admin/bodies/{board.id}/seats"
    seat = {"seat_class": "platinum", "role": "member", "term_start": "2013-01-01"}
    seat["term_end"] = "2013-12-31"
    assert post(client, seats_url, {**seat, "person_id": ids["Devin Carlen"]}).status_code == 302
    refused = post(client, seats_url, {**seat, "person_id": ids["Chris Kemp"]})
    assert refused.status_code == 422
    page = refused.get_data(as_text=True)
    assert "limit per organization" in page and "Devin Carlen, Chris Kemp" in page

    devin_term = fresh(app_db).scalar(
        select(Membership.id).where(Membership.person_id == ids["Devin Carlen"])
    )
    replaced = post(
        client,
        f"/admin/memberships/{devin_term}/replace",
        {
            f"r{devin_term}-last_day": "2013-09-30",
            f"r{devin_term}-person_id": ids["Chris Kemp"],
            f"r{devin_term}-reason": "",
        },
        page=seats_url,
    )
    assert replaced.status_code == 302, replaced.get_data(as_text=True)
    renewed = post(
        client,
        f"/admin/bodies/{board.id}/renew",
        {"renew-term_start": "2014-01-01"},
        page=seats_url,
    )
    assert renewed.status_code == 302
    history = client.get(seats_url).get_data(as_text=True)
    assert "replaced by Chris Kemp" in history and "2014-01-01" in history

    invited = post(
        client,
        "/admin/accounts",
        {"email": "secretary@example.org", "role": "secretary", "person_id": "0"},
    )
    assert invited.status_code == 200
    link = re.search(r'id="one-time-link">([^<]+)<', invited.get_data(as_text=True)).group(1)
    path = "/link/" + link.rsplit("/link/", 1)[1]
    newcomer = app.test_client()
    chosen = post(newcomer, path, {"password": "a good long password"})
    assert chosen.status_code == 302
    assert newcomer.get(path).status_code == 404, "the link works once"
    signed_in = post(
        newcomer,
        "/login",
        {"email": "secretary@example.org", "password": "a good long password", "next": ""},
    )
    assert signed_in.status_code == 302 and "/login" not in signed_in.headers["Location"]

    audit = client.get(f"/admin/audit?entity_type=body&entity_id={board.id}")
    assert "body.create" in audit.get_data(as_text=True)
    verified = post(client, "/admin/audit/verify", {}, page="/admin/audit")
    assert "The chain verifies" in verified.get_data(as_text=True)


def test_a_meeting_with_nobody_seated_says_so_and_links_to_the_seats_page(web_make, auth, client):
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    board = web_make.body("Empty Board")
    meeting = web_make.meeting(board)
    auth.login("admin@example.org")
    page = client.get(f"/board/meetings/{meeting.id}").get_data(as_text=True)
    assert "0 of 0 seated" not in page
    assert "Nobody is seated on Empty Board" in page
    assert f"/admin/bodies/{board.id}/seats" in page


def test_an_unknown_one_time_link_is_a_plain_404(client):
    assert client.get("/link/" + "x" * 43).status_code == 404

"""A board set up through the API alone: organizations, people, a body with its settings,
terms, accounts by invitation; then a meeting's roll call, a renewal and a replacement."""

from sqlalchemy import select

from governance.models import User
from governance.rules.vocab import UserRole
from governance.services import accounts, tokens

from .conftest import Api


def test_a_board_set_up_entirely_through_the_api(app, api_as, api_make):
    admin = api_as(api_make.user(UserRole.ADMIN, email="admin@example.org"))
    nebula = admin.post("/admin/organizations", {"name": "Nebula"}).get_json()
    rackspace = admin.post("/admin/organizations", {"name": "Rackspace"}).get_json()
    ids = {}
    for name, org in (("Devin Carlen", nebula), ("Chris Kemp", nebula), ("Alan Clark", rackspace)):
        created = admin.post("/admin/people", {"name": name, "organization_id": org["id"]})
        assert created.status_code == 201
        ids[name] = created.get_json()["id"]
    board = admin.post(
        "/admin/bodies",
        {"name": "Board of Directors", "kind": "board", "per_org_limit": 1, "summary_due_days": 7},
    )
    assert board.status_code == 201
    board = board.get_json()
    assert board["per_org_limit"] == 1 and board["summary_due_days"] == 7
    settings = admin.put(f"/admin/bodies/{board['id']}", {"timezone": "America/Chicago"})
    assert settings.get_json()["timezone"] == "America/Chicago"

    term = {"seat_class": "platinum", "role": "member"}
    term |= {"term_start": "2099-01-01", "term_end": "2099-12-31"}
    for name in ("Devin Carlen", "Alan Clark"):
        seated = admin.post(f"/admin/bodies/{board['id']}/terms", {**term, "person_id": ids[name]})
        assert seated.status_code == 201
    refused = admin.post(
        f"/admin/bodies/{board['id']}/terms", {**term, "person_id": ids["Chris Kemp"]}
    )
    assert refused.status_code == 422 and refused.get_json()["field"] == "person_id"
    assert "limit per organization" in refused.get_data(as_text=True)
    assert "Devin Carlen, Chris Kemp" in refused.get_data(as_text=True)

    invited = admin.post("/admin/accounts", {"email": "secretary@example.org", "role": "secretary"})
    assert invited.status_code == 201
    link = invited.get_json()["link"]
    path = "/link/" + link.rsplit("/link/", 1)[1]
    assert app.test_client().get(path).status_code == 200
    secretary = accounts.redeem_link(api_make.db, path.rsplit("/", 1)[1], "a long password!")
    assert app.test_client().get(path).status_code == 404, "the link works once"
    _, raw = tokens.create_token(api_make.db, secretary, "secretary's tools")
    sec = Api(app.test_client(), raw)
    meeting = sec.post(
        "/meetings",
        {
            "body_id": board["id"],
            "title": "October call",
            "starts_at": "2099-10-03T09:00",
            "timezone": "America/Chicago",
        },
    ).get_json()
    sec.post(f"/meetings/{meeting['id']}/status", {"status": "in_session"})
    roll = sec.put(
        f"/meetings/{meeting['id']}/attendance",
        {
            "entries": [
                {"person_id": ids["Devin Carlen"], "presence": "remote"},
                {"person_id": ids["Alan Clark"], "presence": "in_person"},
            ]
        },
    )
    assert roll.status_code == 200 and len(roll.get_json()["items"]) == 2

    renewed = admin.post(
        f"/admin/bodies/{board['id']}/renew",
        {"term_start": "2100-01-01", "term_end": "2100-12-31"},
    )
    assert renewed.status_code == 201 and len(renewed.get_json()["items"]) == 2
    devin_2100 = next(
        t for t in renewed.get_json()["items"] if t["person_id"] == ids["Devin Carlen"]
    )
    replaced = admin.post(
        f"/admin/terms/{devin_2100['id']}/replace",
        {"last_day": "2100-06-30", "person_id": ids["Chris Kemp"]},
    )
    assert replaced.status_code == 201
    assert replaced.get_json()["term_start"] == "2100-07-01"
    assert replaced.get_json()["replaces_id"] == devin_2100["id"]
    history = admin.get(f"/admin/bodies/{board['id']}/terms").get_json()["items"]
    assert len(history) == 5

    assert sec.post("/admin/organizations", {"name": "HP"}).status_code == 403
    assert sec.post(f"/admin/accounts/{secretary.id}/password-reset").status_code == 403
    assert api_as().post("/admin/organizations", {"name": "HP"}).status_code == 401
    verified = admin.post("/admin/audit/verify")
    assert verified.status_code == 200 and verified.get_json()["ok"] is True


def test_disabling_an_account_through_the_api_stops_its_token(api_as, api_make):
    admin = api_as(api_make.user(UserRole.ADMIN, email="admin@example.org"))
    staff = api_make.user(UserRole.SECRETARY, email="s@example.org")
    sec = api_as(staff)
    assert admin.post(f"/admin/accounts/{staff.id}/active", {"active": False}).status_code == 200
    assert sec.post("/meetings", {}).status_code == 401
    me = api_make.db.scalar(select(User.id).where(User.role == UserRole.ADMIN))
    last = admin.post(f"/admin/accounts/{me}/active", {"active": False})
    assert last.status_code == 409 and "last active admin" in last.get_data(as_text=True)

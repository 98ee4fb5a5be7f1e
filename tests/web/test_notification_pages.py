"""The admin's outbox page and a user's own mail preferences."""

from sqlalchemy import select

from governance.models import NotificationPreference, OutboxMessage
from governance.rules.vocab import OutboxStatus, UserRole
from governance.services import meetings, preferences
from governance.services.actors import SYSTEM
from governance.services.outbox import Kind

from ..conftest import fresh
from .conftest import csrf_token


def test_the_admin_sees_a_failure_with_its_error_and_sends_it_again(client, auth, web_make, app_db):
    board, members = web_make.board(seats=1)
    director = web_make.user(person=members[0], email="dir@example.org")
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    meetings.publish_agenda(app_db, SYSTEM, web_make.meeting(board).id)
    row = app_db.scalar(select(OutboxMessage))
    row.status, row.attempts, row.last_error = OutboxStatus.FAILED, 8, "SMTPDataError: 554 no"
    app_db.commit()
    auth.login("admin@example.org")
    page = client.get("/notifications/outbox?status=failed").get_data(as_text=True)
    assert "554 no" in page and director.email in page and "failed (1)" in page
    token = csrf_token(client, "/notifications/outbox")
    response = client.post(f"/notifications/outbox/{row.id}/retry", data={"csrf_token": token})
    assert response.status_code == 302
    row = fresh(app_db).get(OutboxMessage, row.id)
    assert row.status == OutboxStatus.PENDING and row.attempts == 0


def test_a_director_turns_a_kind_of_mail_off_and_an_unlisted_field_is_refused(
    client, auth, web_make, app_db
):
    director = web_make.user(email="dir@example.org")
    auth.login("dir@example.org")
    page = client.get("/notifications/preferences").get_data(as_text=True)
    assert "A vote opens" in page
    token = csrf_token(client, "/notifications/preferences")
    kept_on = {kind: "y" for kind in ("agenda_published", "motion_closed")}
    response = client.post("/notifications/preferences", data={"csrf_token": token} | kept_on)
    assert response.status_code == 302
    stored = {
        p.kind: p.enabled
        for p in fresh(app_db).scalars(
            select(NotificationPreference).where(NotificationPreference.user_id == director.id)
        )
    }
    assert stored[Kind.AGENDA_PUBLISHED] is True and stored[Kind.MOTION_OPENED] is False
    refused = client.post("/notifications/preferences", data={"csrf_token": token, "user_id": "1"})
    assert refused.status_code == 422 and "unexpected fields refused" in refused.get_data(True)


def test_a_director_takes_a_kind_in_a_daily_digest_at_an_hour_of_their_zone(
    client, auth, web_make, app_db
):
    director = web_make.user(email="dir@example.org")
    auth.login("dir@example.org")
    token = csrf_token(client, "/notifications/preferences")
    form = {
        "csrf_token": token,
        "agenda_published": "y",
        "agenda_published_digest": "y",
        "motion_opened": "y",
        "digest_timezone": "Europe/Berlin",
        "digest_hour": "7",
    }
    assert client.post("/notifications/preferences", data=form).status_code == 302
    chosen = preferences.digest_of(fresh(app_db), director.id)
    assert chosen == preferences.DigestChoice(frozenset({"agenda_published"}), "Europe/Berlin", 7)
    page = client.get("/notifications/preferences").get_data(as_text=True)
    assert 'value="Europe/Berlin"' in page


def test_a_bad_zone_or_hour_is_named_beside_its_field_and_changes_nothing(
    client, auth, web_make, app_db
):
    director = web_make.user(email="dir@example.org")
    auth.login("dir@example.org")
    token = csrf_token(client, "/notifications/preferences")
    for bad, says in (
        ({"digest_timezone": "Mars/Olympus"}, "is not an IANA time zone"),
        ({"digest_hour": "24"}, "Not a valid choice"),
    ):
        form = {"csrf_token": token, "digest_timezone": "UTC", "digest_hour": "8"} | bad
        response = client.post("/notifications/preferences", data=form)
        assert response.status_code == 422
        page = response.get_data(as_text=True)
        field = next(iter(bad))
        assert says in page[page.index(f'id="{field}"') :]
    assert preferences.digest_of(fresh(app_db), director.id).timezone == "UTC"

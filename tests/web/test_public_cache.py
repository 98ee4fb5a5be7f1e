"""What caches may do: public pages never outlive the next release, signed-in views are private,
and an ETag minted on a signed-in view never earns an anonymous 304."""

import re
from datetime import timedelta

import pytest

from governance import visibility
from governance.web.public_http import max_age

from ..integration.public_scene import AGENDA, EMBARGO, SECOND, SUMMARY, build_public_scene
from .conftest import PASSWORD


@pytest.fixture
def scene(web_make):
    return build_public_scene(web_make)


def at(monkeypatch, instant):
    monkeypatch.setattr(visibility, "now", lambda: instant)


def seconds(response) -> int:
    return int(re.fullmatch(r"public, max-age=(\d+)", response.headers["Cache-Control"])[1])


@pytest.mark.parametrize("path", ["/", "/feed.atom", "/calendar.ics", "/sitemap.xml", "/meeting"])
def test_a_public_response_expires_no_later_than_the_next_release(path, client, scene, monkeypatch):
    path = f"/meetings/{scene.meeting.id}" if path == "/meeting" else path
    at(monkeypatch, SUMMARY - timedelta(seconds=90))
    assert seconds(client.get(path)) == 90
    at(monkeypatch, SUMMARY - SECOND)
    assert seconds(client.get(path)) == 1
    at(monkeypatch, SUMMARY - timedelta(milliseconds=400))
    assert seconds(client.get(path)) == 0  # never rounded up past the release


def test_a_meeting_page_waits_for_its_own_embargo(client, scene, monkeypatch):
    at(monkeypatch, EMBARGO - timedelta(seconds=42))
    assert seconds(client.get(f"/meetings/{scene.meeting.id}")) == 42


def test_max_age_is_capped_and_never_negative():
    assert max_age(SUMMARY, None, 300) == 300
    assert max_age(SUMMARY, SUMMARY + timedelta(days=3), 300) == 300
    assert max_age(SUMMARY, SUMMARY, 300) == 0


def test_signed_in_views_are_private_and_vary_on_the_cookie(client, auth, scene, monkeypatch):
    at(monkeypatch, AGENDA)
    auth.login("director@example.org", PASSWORD)
    for path in ("/", f"/meetings/{scene.meeting.id}", f"/meetings/{scene.meeting.id}/board.pdf"):
        response = client.get(path)
        assert response.status_code == 200, path
        assert response.headers["Cache-Control"] == "private, no-store", path
        assert "Cookie" in response.headers["Vary"]


def test_an_anonymous_etag_earns_a_304_until_the_page_changes(client, scene, monkeypatch):
    at(monkeypatch, AGENDA)
    path = f"/meetings/{scene.meeting.id}"
    first = client.get(path)
    again = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and again.headers["Cache-Control"].startswith("public")
    at(monkeypatch, SUMMARY)
    released = client.get(path, headers={"If-None-Match": first.headers["ETag"]})
    assert released.status_code == 200 and "mksummary" in released.get_data(as_text=True)


def test_an_etag_from_a_signed_in_view_never_earns_an_anonymous_304(
    app, auth, client, scene, monkeypatch
):
    at(monkeypatch, AGENDA)
    path = f"/meetings/{scene.meeting.id}"
    auth.login("director@example.org", PASSWORD)
    board = client.get(path)
    assert "mkconfnotes" in board.get_data(as_text=True)
    board_tag = board.headers["ETag"]
    anonymous = app.test_client()
    for tags in (board_tag, f"W/{board_tag}", "*"):
        response = anonymous.get(path, headers={"If-None-Match": tags})
        assert response.status_code == 200, tags
        assert "mkconfnotes" not in response.get_data(as_text=True)
        assert response.headers["ETag"] != board_tag
    # Nor does the signed-in user get a 304 from their own tag: private pages are not revalidated.
    assert client.get(path, headers={"If-None-Match": board_tag}).status_code == 200


def test_not_found_is_never_cached(client, scene, monkeypatch):
    at(monkeypatch, AGENDA - SECOND)
    response = client.get(f"/meetings/{scene.meeting.id}")
    assert response.status_code == 404 and response.headers["Cache-Control"] == "no-store"


def test_a_page_that_shows_a_flash_message_is_not_shared(client, auth, scene, monkeypatch):
    at(monkeypatch, AGENDA)
    auth.login("director@example.org", PASSWORD)
    auth.logout()
    after_logout = client.get("/")
    assert "You are signed out." in after_logout.get_data(as_text=True)
    assert after_logout.headers["Cache-Control"] == "private, no-store"

"""Route matrix of the public URLs: the anonymous visitor and a director of another body get the
public edition; directors of the body, the secretary and admins get the board edition."""

import pytest

from governance import visibility
from governance.rules.vocab import UserRole

from ..integration.public_scene import AGENDA, build_public_scene, pdf_text
from .conftest import PASSWORD

BOARD_SIDE = {"director", "secretary", "admin"}
VIEWERS = ["anonymous", "outsider", "director", "secretary", "admin"]
EMAILS = {
    "outsider": "outsider@example.org",
    "director": "director@example.org",
    "secretary": "secretary@example.org",
    "admin": "admin@example.org",
}


@pytest.fixture
def scene(web_make, monkeypatch):
    scene = build_public_scene(web_make)
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    monkeypatch.setattr(visibility, "now", lambda: AGENDA)  # agenda out, nothing else yet
    return scene


def as_viewer(auth, viewer):
    if viewer != "anonymous":
        assert auth.login(EMAILS[viewer], PASSWORD).status_code == 302


@pytest.mark.parametrize("viewer", VIEWERS)
def test_the_meeting_page_edition_follows_the_viewer(viewer, client, auth, scene):
    as_viewer(auth, viewer)
    page = client.get(f"/meetings/{scene.meeting.id}").get_data(as_text=True)
    board = viewer in BOARD_SIDE
    assert "mkpubtitle" in page and "mktopic" in page
    assert ("mkconfnotes" in page) == board
    assert ("mkembnotes" in page) == board
    assert ("Confidential — board only" in page) == board
    assert ("Executive session — confidential" in page) != board


@pytest.mark.parametrize("viewer", VIEWERS)
@pytest.mark.parametrize(
    "target",
    ["confidential motion", "embargoed motion", "unannounced meeting", "board pdf"],
)
def test_hidden_things_exist_only_for_the_board_side(viewer, target, client, auth, scene):
    as_viewer(auth, viewer)
    path = {
        "confidential motion": f"/motions/{scene.motions['confidential'].id}",
        "embargoed motion": f"/motions/{scene.motions['embargoed'].id}",
        "unannounced meeting": f"/meetings/{scene.later.id}",
        "board pdf": f"/meetings/{scene.meeting.id}/board.pdf",
    }[target]
    response = client.get(path)
    assert response.status_code == (200 if viewer in BOARD_SIDE else 404)
    if response.status_code == 200:
        assert response.headers["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize("viewer", VIEWERS)
def test_public_pdfs_are_the_public_edition_for_everyone(viewer, client, auth, scene):
    as_viewer(auth, viewer)
    assert client.get(f"/meetings/{scene.meeting.id}/summary.pdf").status_code == 404
    assert client.get(f"/meetings/{scene.meeting.id}/minutes.pdf").status_code == 404


@pytest.mark.parametrize("viewer", VIEWERS)
def test_search_finds_confidential_words_only_for_the_board_side(viewer, client, auth, scene):
    as_viewer(auth, viewer)
    page = client.get("/search?q=mkconfnotes").get_data(as_text=True)
    assert ("0 results" not in page) == (viewer in BOARD_SIDE)


def test_every_page_of_the_board_pdf_is_marked(client, auth, scene):
    as_viewer(auth, "secretary")
    response = client.get(f"/meetings/{scene.meeting.id}/board.pdf")
    pages = [p for p in pdf_text(response.data).split("\f") if p.strip()]
    assert pages and all("Confidential — board only" in p for p in pages)
    assert "mkconfnotes" in "".join(pages)

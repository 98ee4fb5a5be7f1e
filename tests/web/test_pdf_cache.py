"""Rendered PDFs are kept by the digest of their HTML: a repeat costs no rendering, and any
change to what the PDF would say (a release passing, another edition) renders afresh."""

import pytest

from governance import visibility
from governance.web import public_docs

from ..integration.public_scene import EMBARGO, SUMMARY, build_public_scene, pdf_text
from .test_public_routes import as_viewer


@pytest.fixture
def renders(monkeypatch):
    calls = []
    real = public_docs.print_pdf

    def counting(html, *args):
        calls.append(html)
        return real(html, *args)

    monkeypatch.setattr(public_docs, "print_pdf", counting)
    return calls


@pytest.fixture
def scene(web_make, monkeypatch):
    clock = {"now": SUMMARY}
    monkeypatch.setattr(visibility, "now", lambda: clock["now"])
    return build_public_scene(web_make), clock


def test_a_repeat_is_served_without_rendering_even_to_a_signed_in_reader(
    app, client, auth, scene, renders
):
    (world, _) = scene
    path = f"/meetings/{world.meeting.id}/summary.pdf"
    first = client.get(path)
    assert first.status_code == 200 and len(renders) == 1
    as_viewer(auth, "secretary")  # signed in: the page cache does not apply, this one does
    again = client.get(path)
    assert again.data == first.data and len(renders) == 1
    assert "mksummary" in pdf_text(again.data)


def test_the_board_edition_renders_afresh_when_a_release_changes_it(client, auth, scene, renders):
    world, clock = scene
    as_viewer(auth, "secretary")
    path = f"/meetings/{world.meeting.id}/board.pdf"
    before = pdf_text(client.get(path).data)
    client.get(path)
    assert len(renders) == 1
    clock["now"] = EMBARGO
    after = pdf_text(client.get(path).data)
    assert len(renders) == 2
    assert "Embargoed until" in before and "Embargoed until" not in after


def test_editions_never_share_an_entry(client, auth, scene, renders):
    world, _ = scene
    public = pdf_text(client.get(f"/meetings/{world.meeting.id}/summary.pdf").data)
    as_viewer(auth, "secretary")
    board = pdf_text(client.get(f"/meetings/{world.meeting.id}/board.pdf").data)
    assert len(renders) == 2
    assert "mkconfnotes" in board and "mkconfnotes" not in public


def test_the_cache_can_be_turned_off(app, client, auth, scene, renders):
    world, _ = scene
    app.config["PDF_CACHE"] = False
    as_viewer(auth, "secretary")  # past the page cache
    for _ in range(2):
        assert client.get(f"/meetings/{world.meeting.id}/summary.pdf").status_code == 200
    assert len(renders) == 2

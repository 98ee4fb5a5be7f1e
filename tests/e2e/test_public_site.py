"""A visitor in a real browser: the index, a released meeting with its summary and roll call,
the summary PDF downloaded, and an upcoming meeting that shows only its published agenda."""

from datetime import timedelta

import pytest

from governance import visibility
from governance.services import meetings, records
from governance.services.actors import SYSTEM

from ..integration.public_scene import SUMMARY, TZ, build_public_scene, la, local, pdf_text

NOW = SUMMARY + timedelta(days=1)


@pytest.fixture
def world(seed, monkeypatch):
    scene = build_public_scene(seed)
    upcoming = seed.meeting(
        scene.board, starts_at=local(la(2014, 3, 20, 9, 0)), tz=TZ, title="Spring planning call"
    )
    seed.item(upcoming, title="Roadmap e2eagendatitle", notes="Draft e2ehiddennotes")
    meetings.publish_agenda(
        seed.db, SYSTEM, upcoming.id, local(la(2014, 3, 12, 12, 0)), release_now=True
    )
    meetings.set_summary_release(
        seed.db, SYSTEM, upcoming.id, local(la(2014, 3, 21, 10, 0)), release_now=True
    )
    records.save_summary(
        seed.db, SYSTEM, upcoming.id, "Later e2ehiddensummary", schedule=True, release_now=True
    )
    monkeypatch.setattr(visibility, "now", lambda: NOW)
    return scene


def test_a_visitor_reads_a_released_meeting_and_downloads_its_summary(page, live_url, world):
    page.goto(live_url)
    assert page.get_by_role("heading", name="Board meetings").is_visible()
    page.get_by_role("link", name="Budget mkmeetingtitle call").first.click()
    page.wait_for_load_state()
    assert page.get_by_role("heading", name="Official summary").is_visible()
    assert page.get_by_text("The board mksummary met.").is_visible()
    assert page.get_by_text("Executive session — confidential").first.is_visible()
    assert page.get_by_text("mkconfnotes").count() == 0

    with page.expect_download() as download:
        page.get_by_role("link", name="Official summary (PDF)").click()
    pdf = download.value.path().read_bytes()
    text = pdf_text(pdf)
    assert "mksummary" in text and "Page 1 of 1" in text and "10 March 2014 09:00 PDT" in text

    page.get_by_role("link", name="Roll call for this motion").first.click()
    page.wait_for_load_state()
    row = page.get_by_role("row").filter(has_text="mkabstainreason")
    assert row.count() == 1 and "abstain" in row.inner_text()
    assert page.get_by_role("row").filter(has_text="for").count() >= 3


def test_an_upcoming_meeting_shows_only_its_published_agenda(page, live_url, world):
    page.goto(live_url)
    page.get_by_role("link", name="Spring planning call").click()
    page.wait_for_load_state()
    assert page.get_by_text("Roadmap e2eagendatitle").is_visible()
    assert page.get_by_text("The official record of this meeting is due").is_visible()
    content = page.content()
    assert "e2ehiddennotes" not in content and "e2ehiddensummary" not in content
    assert page.get_by_role("heading", name="Official summary").count() == 0

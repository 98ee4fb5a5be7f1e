"""The meeting page and the API read from one read module, so they must agree: for every meeting
of the leak crawl's world at each of its instants, as the public and as a director, the same
agenda lines (the same placeholders for what is withheld, the same fields shown), the same
motions, roll call, minutes, summary and commentary; and each decision between meetings with
the same standing and result. The one documented difference: the page
shows a placeholder for each embargoed motion, the API's motion list leaves them out."""

import html
import re
from datetime import datetime

import pytest

from governance import visibility
from governance.rules.clock import format_local

from ..integration.public_scene import INSTANTS, build_public_scene

AGENDA_LINE = re.compile(r'<li id="item-(\d+)"(?: class="withheld-item")?>(.*?)</li>', re.S)
MOTION = re.compile(r'<div class="motion" id="motion-(\d+)">')
NOTES = '<div class="notes">'


@pytest.fixture
def scene(web_make):
    return build_public_scene(web_make)


def api_list(client, path):
    response = client.get(f"/api/v1{path}?limit=200")
    if response.status_code == 404:
        return None
    assert response.status_code == 200, (path, response.status_code)
    return response.get_json()["items"]


def page_agenda(page: str) -> dict[int, str]:
    section = page.split('<section id="agenda"', 1)[1].split("</section>", 1)[0]
    return {int(i): html.unescape(text) for i, text in AGENDA_LINE.findall(section)}


def assert_line_agrees(line: str, item: dict, timezone: str):
    if item["withheld"]:
        assert item["title"] is None and item["notes"] is None and item["outcome"] is None
        assert 'class="withheld"' in line
        if item["withheld_until"]:
            until = datetime.fromisoformat(item["withheld_until"])
            assert f"Embargoed until {format_local(until, timezone)}" in line
        else:
            assert "confidential" in line
        if item["public_topic"]:
            assert item["public_topic"] in line
        return
    assert 'class="withheld"' not in line
    assert item["title"] in line
    if item["presenters"]:
        assert item["presenters"] in line
    else:
        assert 'class="presenters"' not in line
    if item["outcome"]:
        assert item["outcome"].replace("_", " ") in line
    else:
        assert 'class="outcome"' not in line
    assert (NOTES in line) == bool(item["notes"])


def assert_meeting_agrees(client, meeting):
    page = client.get(f"/meetings/{meeting.id}")
    api = client.get(f"/api/v1/meetings/{meeting.id}")
    assert page.status_code == api.status_code, "the page and the API disagree on existence"
    if page.status_code == 404:
        return
    text = page.get_data(as_text=True)

    items = api_list(client, f"/meetings/{meeting.id}/agenda-items")
    lines = page_agenda(text)
    assert sorted(lines) == sorted(i["id"] for i in items), "different agenda lines"
    assert [i["id"] for i in sorted(items, key=lambda i: i["position"])] == list(lines)
    for item in items:
        assert_line_agrees(lines[item["id"]], item, meeting.timezone)

    motions = api_list(client, f"/meetings/{meeting.id}/motions") or []
    assert sorted(int(i) for i in MOTION.findall(text)) == sorted(m["id"] for m in motions)

    attendance = api_list(client, f"/meetings/{meeting.id}/attendance")
    assert ('id="roll-call"' in text) == (attendance is not None)
    if attendance:
        assert 'class="roll-call"' in text

    for part, section in (("minutes", 'id="minutes"'), ("summary", 'id="summary"')):
        response = client.get(f"/api/v1/meetings/{meeting.id}/{part}")
        assert (section in text) == (response.status_code == 200), part
        if response.status_code == 200:
            first_line = response.get_json()["body"].strip().splitlines()[0].strip("#* ")
            assert html.escape(first_line, quote=False) in text

    commentary = api_list(client, f"/meetings/{meeting.id}/commentary") or []
    assert text.count('<article class="commentary">') == len(commentary)


@pytest.mark.parametrize("moment", list(INSTANTS))
@pytest.mark.parametrize("reader", ["public", "director"])
def test_the_meeting_page_and_the_api_show_the_same_record(
    moment, reader, client, auth, scene, monkeypatch
):
    monkeypatch.setattr(visibility, "now", lambda: INSTANTS[moment])
    if reader == "director":
        auth.login(scene.director.email)
    for meeting in (scene.meeting, scene.later, scene.third):
        assert_meeting_agrees(client, meeting)


def assert_decision_agrees(client, action):
    page = client.get(f"/decisions/{action.id}")
    api = client.get(f"/api/v1/decisions/{action.id}")
    assert page.status_code == api.status_code, "the page and the API disagree on existence"
    if page.status_code == 404:
        return
    text, data = html.unescape(page.get_data(as_text=True)), api.get_json()
    assert data["text"] in text
    standing = re.search(r'class="decision-status">([^<]+)<', text).group(1)
    assert standing == data["status"].replace("_", " ")
    shown = re.search(r'class="decision-result">([^<]+)<', text)
    assert (shown.group(1) if shown else None) == data["result"]
    assert ('<table class="votes">' in text) == (data["counts"] is not None)


@pytest.mark.parametrize("moment", list(INSTANTS))
@pytest.mark.parametrize("reader", ["public", "director"])
def test_a_decision_page_and_the_api_show_the_same_standing(
    moment, reader, client, auth, scene, monkeypatch
):
    monkeypatch.setattr(visibility, "now", lambda: INSTANTS[moment])
    if reader == "director":
        auth.login(scene.director.email)
    for action in scene.decisions.values():
        assert_decision_agrees(client, action)


def test_the_comparison_notices_a_difference(client, scene, monkeypatch):
    """A withheld line the API lists but the page does not is caught."""
    monkeypatch.setattr(visibility, "now", lambda: INSTANTS["agenda published"])
    page = client.get(f"/meetings/{scene.meeting.id}").get_data(as_text=True)
    items = api_list(client, f"/meetings/{scene.meeting.id}/agenda-items")
    withheld = next(i for i in items if i["withheld"])
    shown = dict(withheld, withheld=False, title="Something else")
    with pytest.raises(AssertionError):
        assert_line_agrees(page_agenda(page)[withheld["id"]], shown, scene.meeting.timezone)

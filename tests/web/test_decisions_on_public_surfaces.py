"""Decisions between meetings on the public surfaces beyond their own pages: search finds them and
the Atom feed carries them, each from the instant the public may read them, with the result only
once it may be shown."""

import pytest

from governance import visibility

from ..integration.public_scene import DECISION_RELEASE, EMBARGO, FAR, SECOND, build_public_scene


@pytest.fixture
def scene(web_make):
    return build_public_scene(web_make)


def at(monkeypatch, instant):
    monkeypatch.setattr(visibility, "now", lambda: instant)


def test_search_finds_a_decision_from_its_release(client, scene, monkeypatch):
    public = scene.decisions["public"]
    at(monkeypatch, DECISION_RELEASE - SECOND)
    assert f"/decisions/{public.id}" not in client.get("/search?q=mkdecpub").get_data(as_text=True)
    at(monkeypatch, DECISION_RELEASE)
    page = client.get("/search?q=mkdecpub").get_data(as_text=True)
    assert "Decisions between meetings" in page and f"/decisions/{public.id}" in page


def test_the_feed_carries_each_decision_from_the_instant_the_public_may_read_it(
    client, scene, monkeypatch
):
    public, embargoed = scene.decisions["public"], scene.decisions["embargoed"]
    confidential = scene.decisions["confidential"]
    at(monkeypatch, DECISION_RELEASE - SECOND)
    assert "/decisions/" not in client.get("/feed.atom").get_data(as_text=True)
    at(monkeypatch, DECISION_RELEASE)
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert f"/decisions/{public.id}</id>" in feed and "mkdecpub" in feed
    assert f"/decisions/{embargoed.id}" not in feed
    at(monkeypatch, EMBARGO)
    assert f"/decisions/{embargoed.id}</id>" in client.get("/feed.atom").get_data(as_text=True)
    at(monkeypatch, FAR)
    feed = client.get("/feed.atom").get_data(as_text=True)
    assert f"/decisions/{confidential.id}" not in feed and "mkdecconf" not in feed
    assert "Status: " in feed

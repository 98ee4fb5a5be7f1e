"""The audit chain's head is published with each release (the export and the Atom feed), so that a
copy lives outside the database; verifying against that copy finds a trail cut short below it."""

import json
from xml.etree import ElementTree as ET

import pytest
from sqlalchemy import text

from governance import visibility
from governance.render.feeds import AUDIT_NS
from governance.services.audit_verify import read_checkpoint, verify_chain

from ..audit_guard import guard_lifted
from ..conftest import fresh
from ..integration.public_scene import SECOND, SUMMARY, build_public_scene


@pytest.fixture
def scene(web_make):
    return build_public_scene(web_make)


def feed_head(client) -> dict:
    root = ET.fromstring(client.get("/feed.atom").data)  # noqa: S314 - our own feed
    element = root.find(f"{{{AUDIT_NS}}}head")
    if element is None:
        return None
    return {"hash": element.text, **{k: element.get(k) for k in ("id", "count", "at")}}


def test_nothing_is_published_before_the_first_release(client, scene, monkeypatch):
    monkeypatch.setattr(visibility, "now", lambda: SUMMARY - SECOND)
    assert client.get("/api/v1/export").get_json()["audit_head"] is None
    assert feed_head(client) is None


def test_the_export_and_the_feed_carry_the_same_head_and_verify_holds_it(
    client, app_db, scene, monkeypatch, tmp_path
):
    monkeypatch.setattr(visibility, "now", lambda: SUMMARY)
    exported = client.get("/api/v1/export").get_json()["audit_head"]
    in_feed = feed_head(client)
    assert in_feed == {k: str(v) for k, v in exported.items()}
    path = tmp_path / "export.json"
    path.write_text(json.dumps({"audit_head": exported}))
    copy = read_checkpoint(path)
    assert verify_chain(fresh(app_db), checkpoints=[copy]).ok

    with guard_lifted(app_db):
        app_db.execute(text("DELETE FROM audit_event WHERE id >= :i"), {"i": copy.id})
    app_db.commit()
    report = verify_chain(app_db, checkpoints=[copy])
    assert "truncated" in report.problems[0]


def test_a_change_after_the_release_does_not_move_the_published_head(
    client, web_make, scene, monkeypatch
):
    """A head that moved with every change would tell the public when confidential records
    were being worked on."""
    monkeypatch.setattr(visibility, "now", lambda: SUMMARY)
    published = client.get("/api/v1/export").get_json()["audit_head"]
    web_make.item(scene.third, title="Executive session", disclosure="confidential")
    assert client.get("/api/v1/export").get_json()["audit_head"] == published
    assert feed_head(client)["hash"] == published["hash"]

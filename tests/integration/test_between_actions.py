"""Actions between meetings through the services: who may open and sign, the deadline held under
the row lock, the hash of the text signed, the audit trail, and ratification in the next minutes."""

import hashlib
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from governance import visibility
from governance.models import AuditEvent, Minutes
from governance.rules.vocab import ActionStanding, MinutesStatus
from governance.services import between, motions, records
from governance.services.actors import SYSTEM
from governance.services.errors import Conflict, Forbidden, Invalid

from .scene import build_scene

OPENS = datetime(2013, 7, 1, 9, 0, tzinfo=UTC)
CLOSES = datetime(2013, 7, 8, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
TEXT = "RESOLVED, that the Board approves the 2013 budget"


class Clock:
    def __init__(self, monkeypatch, at):
        self.at = at
        monkeypatch.setattr(visibility, "now", lambda: self.at)


def open_action(s, db, kind="written_consent", **kw):
    kw.setdefault("disclosure", "public")
    return between.open_action(
        db, s.secretary, s.board.id, kind, kw.pop("text", TEXT), OPENS, CLOSES, "UTC", **kw
    )


def sign(db, user, action, choice="for", reason=None, **kw):
    return between.sign_action(db, user, action.id, choice, reason, **kw)


@pytest.fixture
def scene(make, monkeypatch):
    s = build_scene(make)
    s.clock = Clock(monkeypatch, OPENS + SECOND)
    s.directors = [s.director, s.director2] + [make.user(person=m) for m in s.members[2:]]
    return s


def test_a_written_consent_carries_at_the_last_signature(scene, db):
    action = open_action(scene, db)
    for i, user in enumerate(scene.directors):
        scene.clock.at = OPENS + timedelta(hours=i + 1)
        assert between.result_at(db, action).standing == ActionStanding.OPEN
        sign(db, user, action)
    result = between.result_at(db, action)
    assert result.standing == ActionStanding.CARRIED
    assert result.decided_at == OPENS + timedelta(hours=5)
    assert result.minutes_phrase == (
        "Approved by unanimous written consent, 1 July 2013 (effective 14:00 UTC)"
    )


def test_each_signature_stores_the_hash_of_the_exact_text_and_its_instant(scene, db):
    action = open_action(scene, db)
    signature = sign(db, scene.director, action, text_sha256=action.text_sha256)
    assert signature.text_sha256 == hashlib.sha256(TEXT.encode()).hexdigest()
    assert signature.signed_at == OPENS + SECOND
    assert signature.person_id == scene.members[0].id


def test_a_signature_on_another_text_is_refused(scene, db):
    action = open_action(scene, db)
    with pytest.raises(Conflict) as raised:
        sign(db, scene.director, action, text_sha256=hashlib.sha256(b"other").hexdigest())
    assert raised.value.field == "text_sha256"


def test_a_vote_one_second_before_the_close_counts_and_at_the_close_is_refused(scene, db):
    action = open_action(scene, db, kind="e_ballot")
    for user in scene.directors[:2]:
        sign(db, user, action)
    scene.clock.at = CLOSES - SECOND
    sign(db, scene.directors[2], action)
    scene.clock.at = CLOSES
    with pytest.raises(Conflict) as raised:
        sign(db, scene.directors[3], action)
    assert raised.value.field == "action"
    result = between.result_at(db, action)
    assert result.standing == ActionStanding.CARRIED  # 3 of 5 seats, the last one at T−1 s
    assert result.minutes_phrase == "Carried by e-ballot 3–0–0"


def test_nothing_is_signed_before_the_opening(scene, db):
    scene.clock.at = OPENS - SECOND
    action = open_action(scene, db)
    with pytest.raises(Conflict, match="not open yet"):
        sign(db, scene.director, action)


def test_a_signature_after_the_consent_carried_is_refused(scene, db):
    action = open_action(scene, db)
    for user in scene.directors:
        sign(db, user, action)
    with pytest.raises(Conflict, match="carried"):
        sign(db, scene.director, action, "withdraw")


def test_a_withdrawal_before_the_last_signature_holds_the_consent_back(scene, db):
    action = open_action(scene, db)
    sign(db, scene.director, action)
    sign(db, scene.director, action, "withdraw")
    for user in scene.directors[1:]:
        sign(db, user, action)
    assert between.result_at(db, action).standing == ActionStanding.OPEN
    scene.clock.at = OPENS + timedelta(hours=3)
    sign(db, scene.director, action)
    assert between.result_at(db, action).decided_at == OPENS + timedelta(hours=3)


def test_two_requests_for_a_meeting_void_an_e_ballot(scene, db):
    action = open_action(scene, db, kind="e_ballot", objection_limit=2)
    sign(db, scene.director, action, "object", "this needs a discussion")
    sign(db, scene.director2, action, "object", "agreed: put it on the agenda")
    result = between.result_at(db, action)
    assert result.standing == ActionStanding.VOIDED
    assert result.explanation.startswith("Voided: 2 directors asked for a meeting")
    with pytest.raises(Conflict, match="voided"):
        sign(db, scene.directors[2], action)


def test_opening_and_signing_are_audited(scene, db):
    action = open_action(scene, db)
    sign(db, scene.director, action, "abstain", "conflict of interest")
    actions = db.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2)).all()
    assert actions == ["between.abstain", "between.open"]


def test_only_staff_open_and_only_directors_sign_their_own_body(scene, db):
    with pytest.raises(Forbidden):
        between.open_action(
            db, scene.director, scene.board.id, "e_ballot", TEXT, OPENS, CLOSES, "UTC", "public"
        )
    action = open_action(scene, db)
    with pytest.raises(Forbidden):
        sign(db, scene.secretary, action)
    with pytest.raises(Invalid) as raised:
        sign(db, scene.outsider_user, action)
    assert raised.value.field == "action_id"


def _approve_minutes_of(db, make, scene, meeting):
    later = make.meeting(scene.board, starts_at=datetime(2013, 9, 1, 9, 0), title="September")
    make.present(later, scene.members)
    motion = make.open_motion(later, approves_minutes_of_id=meeting.id)
    for member in scene.members:
        motions.record_vote(db, SYSTEM, motion.id, member.id, "for", at=later.starts_at)
    return motions.close_motion(db, SYSTEM, motion.id, at=later.starts_at + timedelta(hours=1))


def test_the_next_minutes_list_the_actions_and_their_approval_ratifies_them(scene, db, make):
    consent = open_action(scene, db)
    for i, user in enumerate(scene.directors):
        scene.clock.at = datetime(2013, 7, 3, 16, 2, i, tzinfo=UTC)
        sign(db, user, consent)
    ballot = open_action(scene, db, kind="e_ballot", text="That the board joins the OSI.")
    for user in scene.directors[:4]:
        sign(db, user, ballot)
    sign(db, scene.directors[4], ballot, "abstain", "employer is a member")
    confidential = open_action(scene, db, text="Hire the executive", disclosure="confidential")
    for user in scene.directors:
        sign(db, user, confidential)
    scene.clock.at = datetime(2013, 8, 10, tzinfo=UTC)
    minutes = between.insert_minutes_section(db, scene.secretary, scene.meeting.id)
    assert minutes.body == (
        "## Actions taken since the last meeting\n\n"
        "- RESOLVED, that the Board approves the 2013 budget. Approved by unanimous written "
        "consent, 3 July 2013 (effective 16:02 UTC).\n"
        "- An action taken in confidence. Approved by unanimous written consent, 3 July 2013 "
        "(effective 16:02 UTC).\n"
        "- RESOLVED, that the board joins the OSI. Carried by e-ballot 4–0–1.\n"
    )
    # the secretary's own text stays; inserting again replaces the section, not duplicates it
    records.save_minutes(db, scene.secretary, scene.meeting.id, "Present: all.\n\n" + minutes.body)
    again = between.insert_minutes_section(db, scene.secretary, scene.meeting.id)
    assert again.body.startswith("Present: all.\n\n## Actions taken")
    assert again.body.count("## Actions taken") == 1
    _approve_minutes_of(db, make, scene, scene.meeting)
    minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == scene.meeting.id))
    assert minutes.status == MinutesStatus.APPROVED
    ratified = db.scalars(
        select(AuditEvent.entity_id).where(AuditEvent.action == "between.ratify")
    ).all()
    assert sorted(ratified) == sorted([consent.id, ballot.id, confidential.id])
    db.refresh(consent)
    assert consent.ratified_in_meeting_id == scene.meeting.id


def test_an_action_decided_before_the_previous_meeting_is_not_listed_again(scene, db):
    action = open_action(scene, db)
    for user in scene.directors:
        sign(db, user, action)
    scene.clock.at = datetime(2013, 8, 10, tzinfo=UTC)
    assert between.listed_in_minutes(db, scene.earlier) == []  # June: before the action
    assert [a.id for a, _ in between.listed_in_minutes(db, scene.meeting)] == [action.id]

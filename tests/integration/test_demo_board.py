"""The 2013 demo board loads through the services and says what the reference says."""

from collections import Counter

import pytest
from sqlalchemy import func, select

from governance.demo import board2013 as data
from governance.demo.load import DemoRefused, is_loaded, load
from governance.models import AgendaItem, Meeting, Minutes, Motion, Person, Vote
from governance.rules.vocab import Disclosure, ItemKind, MinutesStatus, MotionStatus
from governance.services import directory
from governance.services.actors import SYSTEM
from governance.services.audit_replay import compare_live
from governance.services.audit_verify import verify_chain


def motion_where(db, meeting_month: str, text_part: str) -> Motion:
    return db.scalars(
        select(Motion)
        .join(Meeting, Motion.meeting_id == Meeting.id)
        .where(Meeting.title.contains(meeting_month), Motion.text.contains(text_part))
    ).one()


def votes_of(db, motion) -> list[Vote]:
    return db.scalars(select(Vote).where(Vote.motion_id == motion.id)).all()


def test_the_demo_board_loads_once_and_matches_the_reference(db):
    assert load(db) is True
    assert load(db) is False, "a second load must be a no-op"
    assert is_loaded(db)

    titles = db.scalars(select(Meeting.title).order_by(Meeting.starts_at)).all()
    assert [t.split("—")[1].split(",")[0].strip() for t in titles] == [
        "February 12",
        "April 14",
        "May 30",
        "June 27",
        "August 6",
        "October 3",
    ]

    august_approval = motion_where(db, "August 6", "minutes of the June 27")
    abstentions = [v for v in votes_of(db, august_approval) if v.choice == "abstain"]
    assert len(abstentions) == 5
    assert {v.reason for v in abstentions} == {"not present at that meeting"}
    assert august_approval.status == MotionStatus.CARRIED

    election = motion_where(db, "October 3", "electing individual member directors")
    tally = Counter(v.choice.value for v in votes_of(db, election))
    assert tally["against"] == 1 and tally["abstain"] == 0
    monty = db.scalar(select(Person.id).where(Person.slug == "monty-taylor"))
    assert [v.person_id for v in votes_of(db, election) if v.choice == "against"] == [monty]
    assert election.result.startswith("Carried — 20 for, 1 against, 0 abstentions")

    certificate = motion_where(db, "June 27", "certificate of incorporation")
    assert {v.choice.value for v in votes_of(db, certificate)} == {"for"}
    assert certificate.result.startswith("Carried unanimously")

    june_minutes = db.scalar(
        select(Minutes)
        .join(Meeting, Minutes.meeting_id == Meeting.id)
        .where(Meeting.title.contains("June 27"))
    )
    assert june_minutes.status == MinutesStatus.APPROVED
    assert june_minutes.approved_by_motion_id == august_approval.id

    executive = db.scalars(
        select(AgendaItem).where(AgendaItem.kind == ItemKind.EXECUTIVE_SESSION)
    ).all()
    assert executive and all(i.disclosure == Disclosure.CONFIDENTIAL for i in executive)
    embargoed = db.scalars(
        select(AgendaItem).where(AgendaItem.disclosure == Disclosure.EMBARGOED)
    ).all()
    assert embargoed and all(i.disclosed_at is not None for i in embargoed)
    assert db.scalar(select(func.count()).where(Meeting.summary_release_at.is_(None))) == 0
    assert verify_chain(db).ok
    assert compare_live(db) == []


def test_every_demo_person_with_an_affiliation_names_a_listed_organization():
    for person in data.PEOPLE:
        assert person.get("organization") in (None, *data.ORGANIZATIONS), person["key"]


def test_the_demo_refuses_a_database_holding_other_data_unless_forced(db):
    directory.create_person(db, SYSTEM, "Someone Else")
    with pytest.raises(DemoRefused, match="--force"):
        load(db)
    assert db.scalar(select(func.count(Meeting.id))) == 0
    assert load(db, force=True) is True
    assert db.scalar(select(func.count(Meeting.id))) == len(data.MEETINGS)


def test_the_demo_cli_prints_the_logins_with_their_roles(app):
    result = app.test_cli_runner().invoke(args=["demo", "load"])
    assert result.exit_code == 0, result.output
    assert "secretary@example.org" in result.output and "secretary" in result.output
    assert "mark-mcloughlin@example.org" in result.output and "director" in result.output
    again = app.test_cli_runner().invoke(args=["demo", "load", "--if-empty"])
    assert "already loaded" in again.output


def test_the_demo_seats_a_current_board_so_a_meeting_today_has_directors(db):
    from datetime import date

    from governance.models import Body
    from governance.models.base import utcnow
    from governance.services.access import voting_members

    load(db)
    today = utcnow().date()
    board = db.scalar(select(Body).where(Body.slug == data.BODIES[0]["key"]))
    seated_2013 = voting_members(db, board.id, date(2013, 12, 31))
    assert len(seated_2013) == 24
    assert voting_members(db, board.id, today) == seated_2013
    assert voting_members(db, board.id, date(today.year + 1, 1, 1)) == frozenset()
    assert board.summary_due_days == 7
    assert verify_chain(db).ok

"""The SQL filters of governance.visibility say exactly what the rules say, row by row.

Rows are written straight into the database (every combination the schema admits, not only
what the services let through), then each SQL expression is evaluated by the database and
compared with the per-object check that calls rules.disclosure — for the public, a director of
the body, a director of another body and staff, at instants on and around every boundary.
"""

from datetime import UTC, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import object_session

from governance.models import (
    ActionItem,
    AgendaItem,
    Body,
    Commentary,
    Meeting,
    Minutes,
    Motion,
    OfficialSummary,
    Person,
)
from governance.models.between import BetweenAction
from governance.rules.disclosure import PUBLIC, Part, Viewer
from governance.rules.vocab import (
    ActionKind,
    BodyKind,
    CommentaryStatus,
    Disclosure,
    ItemKind,
    MeetingKind,
    MinutesStatus,
    SummaryStatus,
    Threshold,
)
from governance.visibility import Policy

BASE = datetime(2014, 3, 12, 17, 0, tzinfo=UTC)
# A coarse grid so that instants often coincide: the boundaries are where bugs live.
grid = st.integers(-3, 3).map(lambda k: BASE + timedelta(hours=k))
maybe = st.none() | grid
disclosures = st.sampled_from(list(Disclosure))


@st.composite
def disclosed(draw):
    kind = draw(disclosures)
    return kind, (draw(grid) if kind == Disclosure.EMBARGOED else None)


def add_world(
    db, agenda_at, summary_at, item, motion, summary_status, minutes_status, comment, withdrawn=None
):
    body = Body(slug="b", name="Board", kind=BodyKind.BOARD)
    other = Body(slug="o", name="Other", kind=BodyKind.COMMITTEE)
    author = Person(slug="a", name="Author")
    db.add_all([body, other, author])
    db.flush()
    meeting = Meeting(
        body_id=body.id,
        title="M",
        starts_at=BASE - timedelta(days=1),
        timezone="America/Los_Angeles",
        kind=MeetingKind.CALL,
        agenda_released_at=agenda_at,
        summary_release_at=summary_at,
        summary_withdrawn_at=withdrawn,
        summary_withdrawn_reason="Withdrawn" if withdrawn else None,
    )
    db.add(meeting)
    db.flush()
    db.add_all(
        [
            AgendaItem(
                meeting_id=meeting.id,
                position=1,
                title="I",
                kind=ItemKind.DISCUSSION,
                disclosure=item[0],
                disclosed_at=item[1],
            ),
            Motion(
                meeting_id=meeting.id,
                text="T",
                threshold=Threshold.MAJORITY_OF_VOTES_CAST,
                disclosure=motion[0],
                disclosed_at=motion[1],
            ),
            ActionItem(
                meeting_id=meeting.id,
                title="A",
                owner_person_id=author.id,
                # Drawn like the motion's: the same rule must decide both.
                disclosure=motion[0],
                disclosed_at=motion[1],
            ),
            Minutes(meeting_id=meeting.id, body="N", status=minutes_status),
            Commentary(
                meeting_id=meeting.id,
                author_id=author.id,
                body="C",
                status=comment[0],
                publish_at=comment[1],
            ),
        ]
    )
    if summary_status is not None:  # None: the summary is not even started
        db.add(OfficialSummary(meeting_id=meeting.id, body="S", status=summary_status))
    db.flush()
    return body, other


def summary_of(meeting):
    return object_session(meeting).scalar(
        select(OfficialSummary).where(OfficialSummary.meeting_id == meeting.id)
    )


CHECKS = [
    # (model, SQL expression, per-object check)
    (Meeting, Policy.sql_meeting, lambda p, m, row: p.meeting(m)),
    (Meeting, Policy.sql_content, lambda p, m, row: p.content(m)),
    (AgendaItem, Policy.sql_item_title, lambda p, m, row: p.item_title(m, row)),
    (AgendaItem, Policy.sql_item_content, lambda p, m, row: p.item_content(m, row)),
    (Motion, Policy.sql_motion, lambda p, m, row: p.motion(m, row)),
    (ActionItem, Policy.sql_action_item, lambda p, m, row: p.action_item(m, row)),
    (OfficialSummary, Policy.sql_summary, lambda p, m, row: p.summary(m, row)),
    (Minutes, Policy.sql_minutes, lambda p, m, row: p.minutes(m, row)),
    (Commentary, Policy.sql_commentary, lambda p, m, row: p.commentary(m, summary_of(m), row)),
]


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    agenda_at=maybe,
    summary_at=maybe,
    item=disclosed(),
    motion=disclosed(),
    summary_status=st.none() | st.sampled_from(list(SummaryStatus)),
    minutes_status=st.sampled_from(list(MinutesStatus)),
    comment=st.tuples(st.sampled_from(list(CommentaryStatus)), maybe),
    now=grid,
    withdrawn=maybe,
)
def test_sql_filters_agree_with_the_rules_for_every_viewer(
    db, agenda_at, summary_at, item, motion, summary_status, minutes_status, comment, now, withdrawn
):
    try:
        body, other = add_world(
            db,
            agenda_at,
            summary_at,
            item,
            motion,
            summary_status,
            minutes_status,
            comment,
            withdrawn,
        )
        viewers = [
            PUBLIC,
            Viewer(bodies=frozenset({body.id})),
            Viewer(bodies=frozenset({other.id})),
        ]
        viewers.append(Viewer(staff=True))
        meeting = db.scalar(select(Meeting))
        for viewer in viewers:
            policy = Policy(viewer, now)
            for model, sql, check in CHECKS:
                row = db.scalar(select(model))
                if row is None:  # no summary row: its own check has nothing to compare
                    continue
                query = select(model.id).where(model.id == row.id)
                if model is not Meeting:
                    query = query.join(Meeting, model.meeting_id == Meeting.id)
                in_sql = db.scalar(query.where(sql(policy))) is not None
                assert in_sql == check(policy, meeting, row), (model.__name__, sql.__name__, viewer)
    finally:
        db.rollback()


def test_the_comparison_can_tell_a_wrong_filter(db):
    """An embargo that the SQL forgot would be caught: the two sides are really compared."""
    try:
        add_world(
            db,
            BASE,
            BASE,
            (Disclosure.EMBARGOED, BASE + timedelta(hours=2)),
            (Disclosure.PUBLIC, None),
            SummaryStatus.SCHEDULED,
            MinutesStatus.APPROVED,
            (CommentaryStatus.SCHEDULED, None),
        )
        policy = Policy(PUBLIC, BASE + timedelta(hours=1))
        item, meeting = db.scalar(select(AgendaItem)), db.scalar(select(Meeting))
        forgetful = policy._sql_meeting_part  # public content: ignores the embargo
        query = select(AgendaItem.id).join(Meeting, AgendaItem.meeting_id == Meeting.id)
        assert db.scalar(query.where(forgetful(Part.CONTENT))) is not None
        assert not policy.item_content(meeting, item)
        assert db.scalar(query.where(policy.sql_item_content())) is None
    finally:
        db.rollback()


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(action=disclosed(), release_at=maybe, now=grid)
def test_sql_filter_for_actions_between_meetings_agrees_with_the_rules(db, action, release_at, now):
    try:
        body = Body(slug="b", name="Board", kind=BodyKind.BOARD)
        other = Body(slug="o", name="Other", kind=BodyKind.COMMITTEE)
        db.add_all([body, other])
        db.flush()
        row = BetweenAction(
            body_id=body.id,
            kind=ActionKind.E_BALLOT,
            text="T",
            text_sha256="0" * 64,
            opens_at=BASE - timedelta(days=2),
            closes_at=BASE - timedelta(days=1),
            timezone="UTC",
            threshold=Threshold.MAJORITY_OF_SEATED,
            disclosure=action[0],
            disclosed_at=action[1],
            release_at=release_at,
        )
        db.add(row)
        db.flush()
        viewers = [
            PUBLIC,
            Viewer(bodies=frozenset({body.id})),
            Viewer(bodies=frozenset({other.id})),
            Viewer(staff=True),
        ]
        for viewer in viewers:
            policy = Policy(viewer, now)
            query = select(BetweenAction.id).where(policy.sql_between_action())
            assert (db.scalar(query) is not None) == policy.between_action(row), viewer
    finally:
        db.rollback()

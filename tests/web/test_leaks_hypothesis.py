"""No leaks under any disclosure: Hypothesis picks the disclosures of an agenda item and a motion,
their embargoes, the release instants, whether the summary is scheduled, a director's commentary
(none, a draft, or scheduled with or without its own instant, over a scheduled or a draft summary)
and the instant of the request; the anonymous surfaces (meeting page, motion page, search, feed,
summary PDF) show each marker exactly when rules.disclosure allows."""

from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from governance import visibility
from governance.rules.disclosure import (
    MeetingRelease,
    Part,
    commentary_public_from,
    public_from,
    released,
    summary_public_from,
)
from governance.rules.vocab import Disclosure, ItemKind, VoteChoice
from governance.services import meetings, motions, records
from governance.services.actors import SYSTEM

from ..conftest import Factory, empty_all_tables
from ..integration.public_scene import (
    START,
    TZ,
    commentary_under_draft_summary,
    local,
    pdf_text,
)

hours = st.integers(0, 6).map(lambda h: START + timedelta(hours=h))


# Requests land on an hour boundary or a second before it: where releases happen.
instants = st.integers(-1, 8).flatmap(
    lambda h: st.sampled_from([START + timedelta(hours=h, seconds=s) for s in (-1, 0)])
)


@st.composite
def disclosure_of(draw):
    kind = draw(st.sampled_from(list(Disclosure)))
    return kind, (draw(hours) if kind == Disclosure.EMBARGOED else None)


NOT_SCHEDULED = object()  # no commentary, or one still a draft


def build(db, agenda_at, summary_at, item, motion, scheduled, commentary):
    """The meeting, its motion, and the commentary's own instant if it was scheduled (else
    NOT_SCHEDULED)."""
    make = Factory(db)
    board, members = make.board(seats=3)
    director = make.user(person=members[0])
    m = make.meeting(board, starts_at=local(START), tz=TZ, title="Meeting hymeeting")
    if agenda_at is not None:
        meetings.publish_agenda(db, SYSTEM, m.id, local(agenda_at), release_now=True)
    kind = ItemKind.EXECUTIVE_SESSION if item[0] == Disclosure.CONFIDENTIAL else ItemKind.REPORT
    it = make.item(
        m,
        title="Item hyitemtitle",
        kind=kind,
        notes="Notes hyitemnotes",
        disclosure=item[0],
        disclosed_at=local(item[1]) if item[1] else None,
    )
    make.present(m, members)
    mo = make.open_motion(
        m,
        text="Motion hymotion",
        agenda_item_id=it.id,
        disclosure=motion[0],
        disclosed_at=local(motion[1]) if motion[1] else None,
        more_public_than_item=True,  # every combination is drawn on purpose
    )
    for p in members:
        motions.record_vote(db, SYSTEM, mo.id, p.id, VoteChoice.FOR, None, local(START))
    motions.close_motion(db, SYSTEM, mo.id, at=local(START) + timedelta(minutes=5))
    wants, own = commentary
    own_at = summary_at + timedelta(hours=own) if summary_at and own is not None else None
    text = "My view hycommentary."
    if wants and summary_at is not None and not scheduled:
        # Scheduled while the summary was, which then went back to draft: the issue-11 leak.
        commentary_under_draft_summary(db, director, m.id, text, "Summary hysummary", summary_at)
        return m, mo, None
    if summary_at is not None:
        meetings.set_summary_release(db, SYSTEM, m.id, local(summary_at), release_now=True)
        records.save_summary(
            db, SYSTEM, m.id, "Summary hysummary", schedule=scheduled, release_now=True
        )
    if not wants:
        return m, mo, NOT_SCHEDULED
    if summary_at is None:  # nothing to schedule against: it stays a draft
        records.save_commentary(db, director, m.id, text)
        return m, mo, NOT_SCHEDULED
    records.save_commentary(
        db, director, m.id, text, publish=True, publish_at=local(own_at) if own_at else None
    )
    return m, mo, own_at


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    agenda_at=st.none() | hours,
    summary_at=st.none() | hours,
    item=disclosure_of(),
    motion=disclosure_of(),
    scheduled=st.booleans(),
    commentary=st.tuples(st.booleans(), st.none() | st.integers(0, 2)),
    now=instants,
)
def test_anonymous_surfaces_follow_the_rules(
    client,
    app,
    app_db,
    monkeypatch,
    agenda_at,
    summary_at,
    item,
    motion,
    scheduled,
    commentary,
    now,
):
    empty_all_tables(app.extensions["governance.db"])
    app_db.expire_all()
    m, mo, own_at = build(app_db, agenda_at, summary_at, item, motion, scheduled, commentary)
    monkeypatch.setattr(visibility, "now", lambda: now)
    release = MeetingRelease(agenda_at, summary_at)

    def public(disclosure, part=Part.CONTENT, disclosed_at=None):
        return released(public_from(disclosure, release, part, disclosed_at), now)

    expected = {
        "hymeeting": public(Disclosure.PUBLIC, Part.TITLE),
        "hyitemtitle": public(item[0], Part.TITLE, item[1]),
        "hyitemnotes": public(item[0], Part.CONTENT, item[1]),
        "hymotion": public(motion[0], Part.CONTENT, motion[1]),
        "hysummary": released(summary_public_from(release, scheduled), now),
        "hycommentary": own_at is not NOT_SCHEDULED
        and released(commentary_public_from(release, scheduled, own_at), now),
    }
    responses = {
        "meeting": client.get(f"/meetings/{m.id}"),
        "motion": client.get(f"/motions/{mo.id}"),
        "feed": client.get("/feed.atom"),
        "index": client.get("/"),
        "pdf": client.get(f"/meetings/{m.id}/summary.pdf"),
    }
    assert responses["meeting"].status_code == (200 if expected["hymeeting"] else 404)
    assert responses["motion"].status_code == (200 if expected["hymotion"] else 404)
    assert responses["pdf"].status_code == (200 if expected["hysummary"] else 404)
    texts = [r.get_data(as_text=True) for key, r in responses.items() if key != "pdf"] + [
        pdf_text(responses["pdf"].data) if responses["pdf"].status_code == 200 else ""
    ]
    for marker, visible in expected.items():
        search = client.get(f"/search?q={marker}").get_data(as_text=True)
        found_by_search = search.count(marker) > 2  # the query is echoed twice
        shown = any(marker in text for text in texts)
        assert shown == visible, (marker, now, "shown" if shown else "missing")
        assert found_by_search == visible, (marker, now, "search")

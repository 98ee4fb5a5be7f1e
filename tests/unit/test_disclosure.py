"""Disclosure: every row of DESIGN.md's table, its edges, and properties over instants."""

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.disclosure import (
    PUBLIC,
    MeetingRelease,
    Part,
    Viewer,
    check_commentary_schedule,
    check_disclosure,
    commentary_public_from,
    may_see,
    next_change,
    public_from,
    released,
    summary_public_from,
)
from governance.rules.errors import InvalidDisclosure
from governance.rules.vocab import Disclosure

D = Disclosure
MEETING = datetime(2013, 10, 3, 16, 0, tzinfo=UTC)
AGENDA = MEETING - timedelta(days=3)
SUMMARY = datetime(2013, 10, 10, 17, 0, tzinfo=UTC)
RELEASE = MeetingRelease(AGENDA, SUMMARY)
BODY = 7
SECOND = timedelta(seconds=1)
instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
optional_instants = st.none() | instants


def public_sees(disclosure, now, part=Part.CONTENT, disclosed_at=None, release=RELEASE):
    return may_see(PUBLIC, BODY, disclosure, release, now, part, disclosed_at)


def test_public_content_appears_exactly_at_the_summary_release():
    assert not public_sees(D.PUBLIC, SUMMARY - SECOND)
    assert public_sees(D.PUBLIC, SUMMARY)


def test_public_agenda_titles_appear_at_the_agenda_release():
    assert not public_sees(D.PUBLIC, AGENDA - SECOND, Part.TITLE)
    assert public_sees(D.PUBLIC, AGENDA, Part.TITLE)
    assert not public_sees(D.PUBLIC, AGENDA, Part.CONTENT)


def test_an_unpublished_agenda_shows_its_titles_with_the_summary():
    release = MeetingRelease(None, SUMMARY)
    assert not public_sees(D.PUBLIC, SUMMARY - SECOND, Part.TITLE, release=release)
    assert public_sees(D.PUBLIC, SUMMARY, Part.TITLE, release=release)


def test_nothing_is_public_before_a_release_date_is_set():
    release = MeetingRelease(None, None)
    assert public_from(D.PUBLIC, release) is None
    assert not public_sees(D.PUBLIC, MEETING + timedelta(days=3650), release=release)


def test_an_embargo_later_than_the_summary_holds_until_its_own_instant():
    embargo = SUMMARY + timedelta(days=30)
    assert not public_sees(D.EMBARGOED, SUMMARY, disclosed_at=embargo)
    assert not public_sees(D.EMBARGOED, embargo - SECOND, disclosed_at=embargo)
    assert public_sees(D.EMBARGOED, embargo, disclosed_at=embargo)


def test_an_embargo_earlier_than_the_summary_still_waits_for_the_summary():
    embargo = MEETING + timedelta(hours=1)
    assert not public_sees(D.EMBARGOED, SUMMARY - SECOND, disclosed_at=embargo)
    assert public_sees(D.EMBARGOED, SUMMARY, disclosed_at=embargo)


def test_embargoed_titles_wait_for_the_embargo_too():
    embargo = SUMMARY + timedelta(days=1)
    assert not public_sees(D.EMBARGOED, AGENDA, Part.TITLE, disclosed_at=embargo)


def test_confidential_is_never_public():
    for now in (AGENDA, SUMMARY, SUMMARY + timedelta(days=36500)):
        assert not public_sees(D.CONFIDENTIAL, now)
        assert not public_sees(D.CONFIDENTIAL, now, Part.TITLE)


def test_members_of_the_body_and_staff_see_everything_at_any_time():
    for viewer in (Viewer(bodies=frozenset({BODY})), Viewer(staff=True)):
        assert may_see(viewer, BODY, D.CONFIDENTIAL, RELEASE, MEETING)
        assert may_see(viewer, BODY, D.EMBARGOED, RELEASE, MEETING, disclosed_at=SUMMARY)


def test_a_director_of_another_body_is_the_public_for_this_one():
    other = Viewer(bodies=frozenset({BODY + 1}))
    assert not may_see(other, BODY, D.CONFIDENTIAL, RELEASE, SUMMARY)
    assert not may_see(other, BODY, D.PUBLIC, RELEASE, SUMMARY - SECOND)


def test_an_embargo_without_a_disclosure_instant_is_refused():
    with pytest.raises(InvalidDisclosure) as err:
        check_disclosure(D.EMBARGOED, None, MEETING)
    assert err.value.field == "disclosed_at"


def test_a_disclosure_instant_before_the_meeting_is_refused():
    with pytest.raises(InvalidDisclosure, match="before the meeting"):
        check_disclosure(D.EMBARGOED, MEETING - SECOND, MEETING)


def test_only_embargoes_take_a_disclosure_instant():
    with pytest.raises(InvalidDisclosure):
        check_disclosure(D.PUBLIC, SUMMARY, MEETING)
    check_disclosure(D.CONFIDENTIAL, None, MEETING)
    check_disclosure(D.EMBARGOED, MEETING, MEETING)


COMMENTARY_CASES = [
    # (summary release instant, summary scheduled, commentary's own instant) -> public from
    (SUMMARY, True, None, SUMMARY),
    (SUMMARY, True, SUMMARY + SECOND, SUMMARY + SECOND),
    (SUMMARY, True, SUMMARY - SECOND, SUMMARY),
    (SUMMARY, False, None, None),  # a draft summary releases nothing, whatever its date
    (SUMMARY, False, SUMMARY + SECOND, None),
    (None, True, None, None),
    (None, False, SUMMARY, None),
]


@pytest.mark.parametrize(("summary_at", "scheduled", "publish_at", "expected"), COMMENTARY_CASES)
def test_commentary_waits_for_the_official_summary_itself(
    summary_at, scheduled, publish_at, expected
):
    release = MeetingRelease(AGENDA, summary_at)
    assert commentary_public_from(release, scheduled, publish_at) == expected


@given(optional_instants, st.booleans(), optional_instants, instants)
def test_commentary_is_never_public_before_the_summary_itself(summary, scheduled, own, now):
    release = MeetingRelease(None, summary)
    if released(commentary_public_from(release, scheduled, own), now):
        assert released(summary_public_from(release, scheduled), now)
        assert own is None or now >= own


SCHEDULE_CASES = [
    # (commentary's own instant, summary release instant, summary scheduled) -> refusal or None
    (SUMMARY - SECOND, SUMMARY, True, "cannot be published before the official summary release"),
    (None, None, False, "no official summary release date"),
    (None, SUMMARY, False, "official summary is still a draft"),
    (SUMMARY + SECOND, SUMMARY, False, "official summary is still a draft"),
    (SUMMARY, SUMMARY, True, None),
    (None, SUMMARY, True, None),
]


@pytest.mark.parametrize(("publish_at", "summary_at", "scheduled", "refusal"), SCHEDULE_CASES)
def test_scheduling_commentary_needs_a_scheduled_summary_and_not_an_earlier_instant(
    publish_at, summary_at, scheduled, refusal
):
    release = MeetingRelease(AGENDA, summary_at)
    if refusal is None:
        check_commentary_schedule(publish_at, release, scheduled)
        return
    with pytest.raises(InvalidDisclosure, match=refusal) as refused:
        check_commentary_schedule(publish_at, release, scheduled)
    assert refused.value.field == "publish_at"


def test_next_change_is_the_earliest_release_still_ahead():
    assert next_change([AGENDA, SUMMARY, None], MEETING) == SUMMARY
    assert next_change([AGENDA, SUMMARY], SUMMARY) is None
    assert next_change([AGENDA, SUMMARY], AGENDA - SECOND) == AGENDA


@given(optional_instants, optional_instants, optional_instants, instants, st.sampled_from(Part))
def test_confidential_is_never_visible_to_the_public_at_any_instant(
    agenda, summary, disclosed, now, part
):
    release = MeetingRelease(agenda, summary)
    assert not may_see(PUBLIC, BODY, D.CONFIDENTIAL, release, now, part, disclosed)


@given(
    st.sampled_from([D.PUBLIC, D.EMBARGOED]),
    optional_instants,
    optional_instants,
    optional_instants,
    instants,
    instants,
    st.sampled_from(Part),
)
def test_for_the_public_visibility_is_monotonic_in_time(
    disclosure, agenda, summary, disclosed, t1, t2, part
):
    early, late = sorted((t1, t2))
    release = MeetingRelease(agenda, summary)
    if may_see(PUBLIC, BODY, disclosure, release, early, part, disclosed):
        assert may_see(PUBLIC, BODY, disclosure, release, late, part, disclosed)


@given(optional_instants, instants, instants)
def test_nothing_embargoed_is_public_before_the_summary_or_its_instant(summary, disclosed, now):
    release = MeetingRelease(None, summary)
    if may_see(PUBLIC, BODY, D.EMBARGOED, release, now, Part.CONTENT, disclosed):
        assert summary is not None and now >= summary and now >= disclosed


@given(st.sampled_from(list(Disclosure)), optional_instants, optional_instants, instants)
def test_visible_exactly_from_the_instant_public_from_names(disclosure, summary, disclosed, now):
    release = MeetingRelease(None, summary)
    start = public_from(disclosure, release, Part.CONTENT, disclosed)
    seen = may_see(PUBLIC, BODY, disclosure, release, now, Part.CONTENT, disclosed)
    assert seen == (start is not None and now >= start)

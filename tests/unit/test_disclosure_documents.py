"""The documents' rules: a meeting is known from its agenda, the summary text only once
scheduled, minutes only once approved — and all of them never before the release instant."""

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from governance.rules.disclosure import (
    MeetingRelease,
    meeting_public_from,
    minutes_public_from,
    released,
    summary_public_from,
)

AGENDA = datetime(2014, 3, 7, 20, 0, tzinfo=UTC)
SUMMARY = datetime(2014, 3, 12, 17, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
RELEASE = MeetingRelease(AGENDA, SUMMARY)


def test_released_means_now_at_or_after_the_instant():
    assert not released(SUMMARY, SUMMARY - SECOND)
    assert released(SUMMARY, SUMMARY)
    assert not released(None, SUMMARY + timedelta(days=9999))


def test_a_meeting_is_known_from_its_agenda_or_else_its_summary():
    assert meeting_public_from(RELEASE) == AGENDA
    assert meeting_public_from(MeetingRelease(None, SUMMARY)) == SUMMARY
    assert meeting_public_from(MeetingRelease(None, None)) is None


def test_a_draft_summary_is_never_public_even_after_its_date():
    assert summary_public_from(RELEASE, scheduled=False) is None
    assert summary_public_from(RELEASE, scheduled=True) == SUMMARY
    assert summary_public_from(MeetingRelease(AGENDA, None), scheduled=True) is None


def test_minutes_need_approval_and_the_release():
    assert minutes_public_from(RELEASE, approved=False) is None
    assert minutes_public_from(RELEASE, approved=True) == SUMMARY
    assert minutes_public_from(MeetingRelease(AGENDA, None), approved=True) is None


instants = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)


@given(st.none() | instants, st.none() | instants, st.booleans(), instants)
def test_no_document_is_public_before_the_summary_release(agenda, summary, flag, now):
    release = MeetingRelease(agenda, summary)
    for start in (summary_public_from(release, flag), minutes_public_from(release, flag)):
        if released(start, now):
            assert summary is not None and now >= summary and flag

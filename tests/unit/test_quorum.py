from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.quorum import Quorum, Stint, present_at, quorum_at
from governance.rules.vocab import Presence

T0 = datetime(2013, 10, 3, 16, 0, tzinfo=UTC)


def at(minutes: int) -> datetime:
    return T0.replace(minute=minutes)


@pytest.mark.parametrize(
    ("seated", "needed"), [(1, 1), (2, 2), (3, 2), (4, 3), (5, 3), (23, 12), (24, 13)]
)
def test_quorum_needs_more_than_half_of_the_seated(seated, needed):
    assert Quorum(present=0, seated=seated).needed == needed


@pytest.mark.parametrize(
    ("present", "seated", "met"),
    [(13, 24, True), (12, 24, False), (21, 24, True), (3, 5, True), (2, 5, False), (0, 0, False)],
)
def test_quorum_is_met_exactly_at_the_threshold(present, seated, met):
    assert Quorum(present, seated).met is met


def test_status_line_reads_as_the_meeting_page_shows_it():
    assert Quorum(21, 24).status_line() == "quorum: 21 of 24 seated present; 13 needed"
    assert Quorum(12, 24).status_line().endswith("quorum lost")


def test_remote_members_count_and_absent_ones_do_not():
    stints = [Stint(1, Presence.IN_PERSON), Stint(2, Presence.REMOTE), Stint(3, Presence.ABSENT)]
    assert present_at(stints, frozenset({1, 2, 3}), T0) == {1, 2}


def test_guests_are_never_counted_even_when_present():
    stints = [Stint(1, Presence.IN_PERSON), Stint(99, Presence.IN_PERSON)]
    assert present_at(stints, frozenset({1, 2}), T0) == {1}


def test_a_late_arrival_counts_from_the_minute_they_arrive():
    stint = Stint(1, Presence.REMOTE, arrived_at=at(30))
    assert not stint.present_at(at(29))
    assert stint.present_at(at(30))


def test_a_departure_stops_counting_at_the_minute_they_leave():
    stint = Stint(1, Presence.IN_PERSON, departed_at=at(45))
    assert stint.present_at(at(44))
    assert not stint.present_at(at(45))


def test_quorum_is_lost_mid_meeting_when_members_leave():
    seated = frozenset(range(1, 6))
    stints = [Stint(1, Presence.IN_PERSON), Stint(2, Presence.IN_PERSON)] + [
        Stint(3, Presence.IN_PERSON, departed_at=at(40))
    ]
    assert quorum_at(stints, seated, at(10)).met
    assert not quorum_at(stints, seated, at(40)).met


def test_recused_members_count_toward_quorum_unless_the_body_says_not():
    seated = frozenset({1, 2, 3})
    stints = [Stint(1, Presence.IN_PERSON), Stint(2, Presence.IN_PERSON)]
    assert quorum_at(stints, seated, T0, recused=frozenset({2})).met
    assert not quorum_at(stints, seated, T0, recused=frozenset({2}), recused_count=False).met


@given(st.integers(0, 60), st.integers(0, 60))
def test_quorum_met_iff_present_is_more_than_half(present, seated):
    present = min(present, seated)
    assert Quorum(present, seated).met == (seated > 0 and 2 * present > seated)

from datetime import UTC, date, datetime

import pytest

from governance.rules.errors import InvalidTransition, RuleViolation
from governance.rules.limits import Seat, check_seat_limits
from governance.rules.quorum import Stint
from governance.rules.rollcall import roll_call
from governance.rules.seating import Term, seated_on, voting_seated_on
from governance.rules.transitions import (
    check_accepts_votes,
    check_minutes_transition,
    check_motion_transition,
)
from governance.rules.vocab import (
    MemberRole,
    MinutesStatus,
    MotionStatus,
    NonVoteReason,
    Presence,
    VoteChoice,
)

TERMS = [
    Term(1, MemberRole.MEMBER, date(2013, 1, 1), date(2013, 12, 31)),
    Term(2, MemberRole.CHAIR, date(2013, 1, 1)),
    Term(3, MemberRole.NON_VOTING, date(2013, 1, 1)),
    Term(4, MemberRole.MEMBER, date(2013, 7, 1)),
]


def test_a_term_covers_its_first_and_last_day():
    assert 1 in seated_on(TERMS, date(2013, 1, 1))
    assert 1 in seated_on(TERMS, date(2013, 12, 31))
    assert 1 not in seated_on(TERMS, date(2014, 1, 1))


def test_a_member_is_not_seated_before_the_term_starts():
    assert 4 not in seated_on(TERMS, date(2013, 6, 30))
    assert 4 in seated_on(TERMS, date(2013, 7, 1))


def test_non_voting_seats_are_seated_but_not_counted_for_votes():
    assert 3 in seated_on(TERMS, date(2013, 5, 1))
    assert voting_seated_on(TERMS, date(2013, 5, 1)) == {1, 2}


def test_roll_call_gives_every_seated_member_a_vote_or_a_reason():
    t = datetime(2013, 10, 3, 17, 0, tzinfo=UTC)
    stints = [
        Stint(1, Presence.IN_PERSON),
        Stint(2, Presence.REMOTE),
        Stint(3, Presence.ABSENT),
        Stint(4, Presence.IN_PERSON, departed_at=datetime(2013, 10, 3, 16, 30, tzinfo=UTC)),
        Stint(5, Presence.IN_PERSON),
    ]
    lines = roll_call(
        range(1, 8), stints, {1: VoteChoice.FOR, 2: VoteChoice.ABSTAIN}, t, excused=frozenset({6})
    )
    by_person = {line.person_id: line for line in lines}
    assert by_person[1].choice == VoteChoice.FOR and by_person[1].non_vote is None
    assert by_person[2].non_vote == NonVoteReason.ABSTAINED
    assert by_person[3].non_vote == NonVoteReason.ABSENT
    assert by_person[4].non_vote == NonVoteReason.NOT_PRESENT_FOR_ITEM
    assert by_person[5].non_vote == NonVoteReason.DID_NOT_VOTE
    assert by_person[6].non_vote == NonVoteReason.EXCUSED
    assert by_person[7].non_vote == NonVoteReason.ABSENT


Y = date(2013, 1, 1)


def seat(org, start=Y, end=None):
    return Seat(org, start, end)


def test_seat_limits_allow_up_to_the_limit_and_refuse_past_it():
    check_seat_limits([seat(1), seat(2), seat(3), seat(4)], seat(5), 5, None)
    with pytest.raises(RuleViolation, match="limited to 5 members"):
        check_seat_limits([seat(n) for n in range(1, 6)], seat(6), 5, None)


def test_a_third_member_from_one_organization_is_refused():
    check_seat_limits([seat(10), seat(11)], seat(10), None, 2)
    with pytest.raises(RuleViolation, match="2 members from one organization"):
        check_seat_limits([seat(10), seat(10)], seat(10), None, 2)


def test_seats_held_one_after_the_other_count_once_per_day():
    # Dell in 2013: one gold seat passed from one person to another in April; a third Dell
    # member on an individual seat never made three at once.
    igoe = seat(7, Y, date(2013, 4, 14))
    george = seat(7, date(2013, 4, 15))
    check_seat_limits([igoe, george], seat(7), None, 2)
    with pytest.raises(RuleViolation, match="reached on 2013-02-01"):
        check_seat_limits([igoe, george, seat(7, date(2013, 2, 1))], seat(7), None, 2)


def test_a_seat_that_starts_inside_the_new_term_is_counted_from_its_start():
    later = [seat(n, date(2013, 7, 1)) for n in range(1, 5)]
    check_seat_limits(later, seat(9, Y, date(2013, 6, 30)), 4, None)
    with pytest.raises(RuleViolation, match="full on 2013-07-01"):
        check_seat_limits(later, seat(9, Y), 4, None)


def test_unaffiliated_members_are_not_an_organization():
    check_seat_limits([seat(None), seat(None), seat(None)], seat(None), None, 2)


@pytest.mark.parametrize(
    ("current", "target", "ok"),
    [
        (MotionStatus.PROPOSED, MotionStatus.OPEN, True),
        (MotionStatus.PROPOSED, MotionStatus.CARRIED, False),
        (MotionStatus.OPEN, MotionStatus.CARRIED, True),
        (MotionStatus.OPEN, MotionStatus.WITHDRAWN, True),
        (MotionStatus.CARRIED, MotionStatus.OPEN, False),
        (MotionStatus.FAILED, MotionStatus.CARRIED, False),
        (MotionStatus.WITHDRAWN, MotionStatus.OPEN, False),
    ],
)
def test_motion_lifecycle(current, target, ok):
    if ok:
        check_motion_transition(current, target)
    else:
        with pytest.raises(InvalidTransition):
            check_motion_transition(current, target)


@pytest.mark.parametrize("status", [s for s in MotionStatus if s != MotionStatus.OPEN])
def test_only_an_open_motion_accepts_votes(status):
    with pytest.raises(InvalidTransition, match="not open for voting"):
        check_accepts_votes(status)


def test_approved_minutes_are_final():
    check_minutes_transition(MinutesStatus.CIRCULATED, MinutesStatus.APPROVED)
    with pytest.raises(InvalidTransition):
        check_minutes_transition(MinutesStatus.APPROVED, MinutesStatus.DRAFT)

"""Decisions between meetings: written consent and e-ballots, decided from `now` alone."""

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from governance.rules.between import (
    Ballot,
    Result,
    Signature,
    check_accepts_signature,
    check_ballot,
    decide,
    seated_at,
    standing_of,
)
from governance.rules.errors import InvalidTransition, RuleViolation
from governance.rules.seating import Term
from governance.rules.vocab import ActionKind, ActionStanding, BallotChoice, MemberRole, Threshold

OPENS = datetime(2014, 3, 10, 9, 0, tzinfo=UTC)
CLOSES = datetime(2014, 3, 17, 9, 0, tzinfo=UTC)
SECOND = timedelta(seconds=1)
FOR, AGAINST, ABSTAIN, OBJECT, WITHDRAW = (
    BallotChoice.FOR,
    BallotChoice.AGAINST,
    BallotChoice.ABSTAIN,
    BallotChoice.OBJECT,
    BallotChoice.WITHDRAW,
)
CONSENT = Ballot(ActionKind.WRITTEN_CONSENT, OPENS, CLOSES)


def board(n=5, start=date(2013, 1, 1)):
    return [Term(p, MemberRole.MEMBER, start) for p in range(1, n + 1)]


def sig(person, choice, hours=1.0):
    return Signature(person, choice, OPENS + timedelta(hours=hours))


def e_ballot(threshold=Threshold.MAJORITY_OF_SEATED, turnout=False, limit=None):
    return Ballot(ActionKind.E_BALLOT, OPENS, CLOSES, threshold, turnout, limit)


AFTER = CLOSES + timedelta(days=1)

# --- written consent: (signatures, standing at the close, effective hour or None) -------------
CONSENT_TABLE = [
    ([sig(p, FOR, p) for p in range(1, 6)], ActionStanding.CARRIED, 5),
    # signed out of order: carries at the last required signature, whoever gives it
    ([sig(p, FOR, 6 - p) for p in range(1, 6)], ActionStanding.CARRIED, 5),
    ([sig(p, FOR, p) for p in range(1, 5)], ActionStanding.FAILED, None),  # silence fails it
    ([sig(p, FOR) for p in range(1, 5)] + [sig(5, AGAINST)], ActionStanding.FAILED, None),
    ([sig(p, FOR) for p in range(1, 5)] + [sig(5, ABSTAIN)], ActionStanding.FAILED, None),
    # a "no" changed to a consent before the close carries at the change
    (
        [sig(p, FOR) for p in range(1, 5)] + [sig(5, AGAINST, 2), sig(5, FOR, 3)],
        ActionStanding.CARRIED,
        3,
    ),
    # a withdrawal before the last signature: the consent waits for that member again
    (
        [sig(1, FOR, 1), sig(1, WITHDRAW, 2)] + [sig(p, FOR, 3) for p in range(2, 6)],
        ActionStanding.FAILED,
        None,
    ),
    (
        [sig(1, FOR, 1), sig(1, WITHDRAW, 2)]
        + [sig(p, FOR, 3) for p in range(2, 6)]
        + [sig(1, FOR, 4)],
        ActionStanding.CARRIED,
        4,
    ),
    # a withdrawal after the effective instant changes nothing
    ([sig(p, FOR, 1) for p in range(1, 6)] + [sig(1, WITHDRAW, 2)], ActionStanding.CARRIED, 1),
]


@pytest.mark.parametrize(("signatures", "standing", "hour"), CONSENT_TABLE)
def test_written_consent_table(signatures, standing, hour):
    result = decide(CONSENT, signatures, board(), AFTER)
    assert result.standing == standing
    if hour is not None:
        assert result.decided_at == OPENS + timedelta(hours=hour)


def test_a_consent_says_when_it_took_effect_in_the_minutes_form():
    signatures = [Signature(p, FOR, datetime(2014, 3, 14, 16, 2, p, tzinfo=UTC)) for p in (1, 2)]
    result = decide(CONSENT, signatures, board(2), AFTER)
    assert result.minutes_phrase == (
        "Approved by unanimous written consent, 14 March 2014 (effective 16:02 UTC)"
    )
    assert result.explanation.endswith("2 of 2 seated members consented.")


def test_a_failed_consent_says_who_was_missing():
    signatures = [sig(1, FOR), sig(2, FOR), sig(3, AGAINST)]
    result = decide(CONSENT, signatures, board(4), AFTER)
    assert result.explanation == (
        "Failed — written consent needs every seated member: 2 of 4 consented by the close "
        "(1 against, 1 did not sign)."
    )


def test_a_member_seated_during_the_ballot_must_also_sign():
    terms = [*board(3), Term(4, MemberRole.MEMBER, date(2014, 3, 12))]
    early = [sig(p, FOR, 1) for p in (1, 2, 3)]  # all three sign before the newcomer's seat
    assert decide(CONSENT, early, terms, OPENS + timedelta(hours=2)).standing == (
        ActionStanding.CARRIED
    )
    late = [sig(p, FOR, 60) for p in (1, 2, 3)]  # they sign after it: the newcomer too
    assert decide(CONSENT, late, terms, AFTER).standing == ActionStanding.FAILED
    done = [*late, sig(4, FOR, 70)]
    assert decide(CONSENT, done, terms, AFTER).decided_at == OPENS + timedelta(hours=70)


def test_a_non_signer_leaving_the_board_completes_the_consent_at_their_seat_end():
    terms = [*board(2), Term(3, MemberRole.MEMBER, date(2013, 1, 1), date(2014, 3, 12))]
    result = decide(CONSENT, [sig(1, FOR), sig(2, FOR)], terms, AFTER)
    assert result.standing == ActionStanding.CARRIED
    assert result.decided_at == datetime(2014, 3, 13, tzinfo=UTC)


def test_non_voting_members_need_not_sign():
    terms = [*board(2), Term(9, MemberRole.NON_VOTING, date(2013, 1, 1))]
    assert decide(CONSENT, [sig(1, FOR), sig(2, FOR)], terms, AFTER).standing == (
        ActionStanding.CARRIED
    )


def test_a_body_with_no_seated_member_cannot_consent():
    assert decide(CONSENT, [], [], AFTER).standing == ActionStanding.FAILED


# --- the clock: a signature at T−1 s counts, at T it does not -------------------------------


def test_status_follows_now():
    everyone = [Signature(p, FOR, CLOSES - SECOND) for p in range(1, 6)]
    assert decide(CONSENT, everyone, board(), OPENS - SECOND).standing == ActionStanding.DRAFT
    assert decide(CONSENT, everyone, board(), OPENS).standing == ActionStanding.OPEN
    assert decide(CONSENT, everyone, board(), CLOSES - 2 * SECOND).standing == ActionStanding.OPEN
    assert decide(CONSENT, everyone, board(), CLOSES - SECOND).standing == ActionStanding.CARRIED


def test_a_signature_at_the_close_does_not_count():
    last_second = [*(sig(p, FOR) for p in range(1, 5)), Signature(5, FOR, CLOSES - SECOND)]
    assert decide(CONSENT, last_second, board(), AFTER).standing == ActionStanding.CARRIED
    too_late = [*last_second[:4], Signature(5, FOR, CLOSES)]
    assert decide(CONSENT, too_late, board(), AFTER).standing == ActionStanding.FAILED
    ballot = e_ballot()
    on_time = [Signature(p, FOR, CLOSES - SECOND) for p in (1, 2, 3)]
    assert decide(ballot, on_time, board(), AFTER).standing == ActionStanding.CARRIED
    late = [Signature(p, FOR, CLOSES) for p in (1, 2, 3)]
    assert decide(ballot, late, board(), AFTER).standing == ActionStanding.FAILED


def test_signatures_before_the_opening_do_not_count():
    early = [Signature(p, FOR, OPENS - SECOND) for p in range(1, 6)]
    assert decide(CONSENT, early, board(), AFTER).standing == ActionStanding.FAILED


def test_accepting_a_signature():
    open_ = decide(CONSENT, [], board(), OPENS)
    check_accepts_signature(CONSENT, open_, CLOSES - SECOND)
    for at in (OPENS - SECOND, CLOSES):
        with pytest.raises(InvalidTransition):
            check_accepts_signature(CONSENT, open_, at)
    carried = decide(
        CONSENT, [sig(p, FOR) for p in range(1, 6)], board(), OPENS + 2 * 3600 * SECOND
    )
    with pytest.raises(InvalidTransition, match="carried"):
        check_accepts_signature(CONSENT, carried, OPENS + timedelta(hours=3))


# --- e-ballots: (ballot, signatures over 9 seats, standing, phrase) -------------------------
def votes(f=0, a=0, ab=0, obj=0):
    choices = [FOR] * f + [AGAINST] * a + [ABSTAIN] * ab + [OBJECT] * obj
    return [sig(p, c, p) for p, c in enumerate(choices, start=1)]


E_TABLE = [
    (e_ballot(), votes(7, 0, 1), ActionStanding.CARRIED, "Carried by e-ballot 7–0–1"),
    (e_ballot(), votes(5), ActionStanding.CARRIED, "Carried by e-ballot 5–0–0"),
    (e_ballot(), votes(4, 0, 4), ActionStanding.FAILED, "Failed by e-ballot 4–0–4"),  # 4 of 9
    (e_ballot(), votes(4, 0), ActionStanding.FAILED, "Failed by e-ballot 4–0–0"),
    (
        e_ballot(Threshold.MAJORITY_OF_VOTES_CAST, turnout=True),
        votes(3, 1, 1),
        ActionStanding.CARRIED,
        "Carried by e-ballot 3–1–1",
    ),
    (  # turnout 4 of 9 is short of a quorum (5)
        e_ballot(Threshold.MAJORITY_OF_VOTES_CAST, turnout=True),
        votes(4),
        ActionStanding.FAILED,
        "Failed by e-ballot 4–0–0 — turnout too low",
    ),
    (  # those who asked for a meeting did not vote
        e_ballot(Threshold.MAJORITY_OF_VOTES_CAST, turnout=True),
        votes(3, 1, 0, 2),
        ActionStanding.FAILED,
        "Failed by e-ballot 3–1–0 — turnout too low",
    ),
    (
        e_ballot(Threshold.TWO_THIRDS_OF_VOTES_CAST, turnout=True),
        votes(4, 2),
        ActionStanding.CARRIED,
        "Carried by e-ballot 4–2–0",
    ),
    (
        e_ballot(Threshold.TWO_THIRDS_OF_VOTES_CAST, turnout=True),
        votes(3, 2),
        ActionStanding.FAILED,
        "Failed by e-ballot 3–2–0",
    ),
    (e_ballot(Threshold.UNANIMOUS), votes(8, 0, 1), ActionStanding.CARRIED, None),
    (e_ballot(Threshold.UNANIMOUS), votes(8, 1), ActionStanding.FAILED, None),
    (e_ballot(limit=2), votes(6, 0, 0, 1), ActionStanding.CARRIED, None),
    (e_ballot(limit=2), votes(6, 0, 0, 2), ActionStanding.VOIDED, "Voided"),
]


@pytest.mark.parametrize(("ballot", "signatures", "standing", "phrase"), E_TABLE)
def test_e_ballot_table(ballot, signatures, standing, phrase):
    result = decide(ballot, signatures, board(9), AFTER)
    assert result.standing == standing
    if phrase is not None:
        assert result.minutes_phrase == phrase


def test_an_e_ballot_explains_counts_threshold_and_turnout():
    ballot = e_ballot(Threshold.MAJORITY_OF_VOTES_CAST, turnout=True)
    result = decide(ballot, votes(3, 1, 1), board(9), AFTER)
    assert result.explanation == (
        "Carried by e-ballot 3–1–1 — 3 for, 1 against, 1 abstention; majority of votes cast, "
        "9 seated members; turnout 5 of 9, 5 needed."
    )
    assert result.decided_at == CLOSES


def test_objections_void_at_the_instant_the_limit_is_reached():
    signatures = [sig(1, OBJECT, 1), sig(2, FOR, 2), sig(3, OBJECT, 3), sig(4, FOR, 4)]
    result = decide(e_ballot(limit=2), signatures, board(9), AFTER)
    assert result.standing == ActionStanding.VOIDED
    assert result.decided_at == OPENS + timedelta(hours=3)
    assert result.explanation.startswith("Voided: 2 directors asked for a meeting")
    # before the second objection it was still open
    assert decide(e_ballot(limit=2), signatures, board(9), OPENS + timedelta(hours=2)).standing == (
        ActionStanding.OPEN
    )


def test_an_objection_withdrawn_in_time_does_not_void():
    signatures = [sig(1, OBJECT, 1), sig(1, WITHDRAW, 2), sig(3, OBJECT, 3)]
    assert decide(e_ballot(limit=2), signatures, board(9), AFTER).standing == (
        ActionStanding.FAILED
    )


def test_a_consent_objected_to_is_voided_not_failed():
    ballot = Ballot(ActionKind.WRITTEN_CONSENT, OPENS, CLOSES, objection_limit=1)
    result = decide(ballot, [sig(1, OBJECT)], board(), AFTER)
    assert result.standing == ActionStanding.VOIDED
    assert result.explanation.startswith("Voided: 1 director asked for a meeting")


@pytest.mark.parametrize(
    ("ballot", "field"),
    [
        (Ballot(ActionKind.E_BALLOT, OPENS, OPENS), "closes_at"),
        (Ballot(ActionKind.E_BALLOT, OPENS, CLOSES, objection_limit=0), "objection_limit"),
        (e_ballot(Threshold.MAJORITY_OF_VOTES_CAST), "threshold"),
    ],
)
def test_ballots_that_cannot_be_decided_are_refused(ballot, field):
    with pytest.raises(RuleViolation) as raised:
        check_ballot(ballot)
    assert raised.value.field == field


def test_a_closed_result_is_kept_as_data():
    result = decide(e_ballot(), votes(7, 0, 1), board(9), AFTER)
    assert Result.from_json(result.to_json()) == result


# --- properties over random seatings, signatures and instants ------------------------------
DAY = timedelta(days=1)
DAYS = [date(2014, 3, 8) + timedelta(days=i) for i in range(12)]


@st.composite
def seatings(draw):
    terms = []
    for person in range(1, draw(st.integers(1, 6)) + 1):
        start = draw(st.sampled_from([date(2013, 1, 1), *DAYS]))
        end = draw(st.none() | st.sampled_from([d for d in DAYS if d >= start] or [start]))
        role = draw(st.sampled_from([MemberRole.MEMBER, MemberRole.MEMBER, MemberRole.NON_VOTING]))
        terms.append(Term(person, role, start, end))
    return terms


instants = st.integers(-3600, 8 * 24 * 3600).map(lambda s: OPENS + timedelta(seconds=s))


@st.composite
def signings(draw, people=6):
    return draw(
        st.lists(
            st.builds(
                Signature,
                st.integers(1, people),
                st.sampled_from(list(BallotChoice)),
                instants,
            ),
            max_size=14,
        )
    )


ballots = st.builds(
    Ballot,
    st.sampled_from(list(ActionKind)),
    st.just(OPENS),
    st.just(CLOSES),
    st.sampled_from([Threshold.MAJORITY_OF_SEATED, Threshold.UNANIMOUS]),
    st.booleans(),
    st.none() | st.integers(1, 3),
)


@settings(max_examples=300, deadline=None)
@given(terms=seatings(), signatures=signings(), now=instants)
def test_consent_carries_iff_everyone_seated_at_the_effective_instant_consented(
    terms, signatures, now
):
    result = decide(CONSENT, signatures, terms, now)
    if result.standing != ActionStanding.CARRIED:
        # then at no signature instant up to now (and before the close) did everyone consent
        for s in signatures:
            if OPENS <= s.at < CLOSES and s.at <= now:
                window = [x for x in signatures if OPENS <= x.at < CLOSES]
                choices = standing_of(window, s.at)
                seated = seated_at(terms, s.at)
                assert not (seated and all(choices.get(p) == FOR for p in seated))
        return
    at = result.decided_at
    assert OPENS <= at < CLOSES and at <= now
    window = [x for x in signatures if OPENS <= x.at < CLOSES]
    seated = seated_at(terms, at)
    assert seated
    choices = standing_of(window, at)
    assert all(choices.get(p) == FOR for p in seated)
    # and not a moment earlier: one second before, someone seated then had not consented
    before = at - timedelta(microseconds=1)
    if before >= OPENS:
        earlier_seated = seated_at(terms, before)
        earlier = standing_of(window, before)
        assert not earlier_seated or not all(earlier.get(p) == FOR for p in earlier_seated)


@settings(max_examples=300, deadline=None)
@given(ballot=ballots, terms=seatings(), signatures=signings(), now=instants)
def test_the_result_does_not_depend_on_the_order_signatures_are_given(
    ballot, terms, signatures, now
):
    # one signature per member and instant: order only breaks ties of one member's instant
    unique = list({(s.person_id, s.at): s for s in signatures}.values())
    shuffled = unique[:]
    random.Random(len(unique)).shuffle(shuffled)
    assert decide(ballot, unique, terms, now) == decide(ballot, shuffled, terms, now)


@settings(max_examples=300, deadline=None)
@given(ballot=ballots, terms=seatings(), signatures=signings(), extra=signings())
def test_nothing_at_or_after_the_close_changes_a_result(ballot, terms, signatures, extra):
    late = [Signature(s.person_id, s.choice, CLOSES + abs(s.at - OPENS)) for s in extra]
    assert decide(ballot, signatures, terms, AFTER) == decide(
        ballot, signatures + late, terms, AFTER
    )


@settings(max_examples=300, deadline=None)
@given(ballot=ballots, terms=seatings(), signatures=signings(), now=instants)
def test_a_decided_result_never_changes_as_time_goes_on(ballot, terms, signatures, now):
    result = decide(ballot, signatures, terms, now)
    if result.closed:
        assert decide(ballot, signatures, terms, AFTER) == result
        assert result.decided_at <= now


@settings(max_examples=300, deadline=None)
@given(terms=seatings(), signatures=signings(), person=st.integers(1, 6))
def test_one_more_vote_for_never_defeats_an_e_ballot(terms, signatures, person):
    ballot = e_ballot(turnout=True)
    before = decide(ballot, signatures, terms, AFTER)
    more = decide(ballot, [*signatures, Signature(person, FOR, CLOSES - SECOND)], terms, AFTER)
    if before.standing == ActionStanding.CARRIED:
        assert more.standing == ActionStanding.CARRIED


@settings(max_examples=300, deadline=None)
@given(terms=seatings(), signatures=signings())
def test_a_carried_e_ballot_over_all_seats_had_a_majority_of_the_seated(terms, signatures):
    result = decide(e_ballot(), signatures, terms, AFTER)
    if result.standing == ActionStanding.CARRIED:
        assert 2 * result.for_ > result.seated
        assert (
            result.for_ + result.against + result.abstain + result.objected + (result.not_signed)
            == result.seated
        )

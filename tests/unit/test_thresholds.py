"""Every row of DESIGN.md's threshold table, its edges, and the sentences that explain results."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.quorum import Quorum
from governance.rules.thresholds import Tally, decide, meets_threshold
from governance.rules.vocab import Threshold, VoteChoice

F, A, AB, R = VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN, VoteChoice.RECUSED
T = Threshold


def tally(f=0, a=0, ab=0, r=0):
    return Tally(for_=f, against=a, abstain=ab, recused=r)


# (threshold, tally, present, seated, carries)
TABLE = [
    # majority of votes cast: for > against; abstentions and recusals do not count
    (T.MAJORITY_OF_VOTES_CAST, tally(2, 1), 3, 5, True),
    (T.MAJORITY_OF_VOTES_CAST, tally(2, 2), 4, 5, False),  # tie fails
    (T.MAJORITY_OF_VOTES_CAST, tally(1, 0, 10), 11, 24, True),  # abstentions ignored
    (T.MAJORITY_OF_VOTES_CAST, tally(0, 0), 5, 5, False),  # zero votes cast
    (T.MAJORITY_OF_VOTES_CAST, tally(0, 0, 5), 5, 5, False),  # everyone abstains
    (T.MAJORITY_OF_VOTES_CAST, tally(0, 0, 0, 5), 5, 5, False),  # all recused
    # majority of members present: for > present / 2, an abstention acts as a no
    (T.MAJORITY_OF_PRESENT, tally(3, 0, 2), 5, 9, True),
    (T.MAJORITY_OF_PRESENT, tally(3, 0, 3), 6, 9, False),  # 3 of 6 is not more than half
    (T.MAJORITY_OF_PRESENT, tally(3, 0, 2, 1), 6, 9, True),  # recused leave the denominator
    (T.MAJORITY_OF_PRESENT, tally(0, 0, 0, 4), 4, 5, False),  # all recused
    # two-thirds of votes cast: 3·for ≥ 2·(for + against), with for + against > 0
    (T.TWO_THIRDS_OF_VOTES_CAST, tally(2, 1), 3, 5, True),  # exactly two thirds
    (T.TWO_THIRDS_OF_VOTES_CAST, tally(3, 2), 5, 5, False),
    (T.TWO_THIRDS_OF_VOTES_CAST, tally(0, 0, 4), 4, 5, False),  # no votes cast
    (T.TWO_THIRDS_OF_VOTES_CAST, tally(1, 0, 20), 21, 24, True),
    # majority of seated members: for > seated / 2
    (T.MAJORITY_OF_SEATED, tally(13, 0), 13, 24, True),
    (T.MAJORITY_OF_SEATED, tally(12, 0), 20, 24, False),  # exactly half fails
    (T.MAJORITY_OF_SEATED, tally(12, 0, 0, 1), 20, 24, True),  # 12 > 23/2
    # majority of members not abstaining: for > (seated − abstaining − recused) / 2
    (T.MAJORITY_NOT_ABSTAINING, tally(5, 4, 10), 19, 20, False),  # 5 is not more than 10 / 2
    (T.MAJORITY_NOT_ABSTAINING, tally(6, 4, 10), 20, 20, True),
    (T.MAJORITY_NOT_ABSTAINING, tally(5, 3, 10, 1), 19, 20, True),  # 5 > 9 / 2
    (T.MAJORITY_NOT_ABSTAINING, tally(5, 5, 10), 20, 20, False),
    (T.MAJORITY_NOT_ABSTAINING, tally(0, 0, 20), 20, 20, False),  # everyone abstains
    # unanimous: against = 0 and for > 0; abstentions allowed
    (T.UNANIMOUS, tally(20, 0, 2), 22, 24, True),
    (T.UNANIMOUS, tally(20, 1), 21, 24, False),
    (T.UNANIMOUS, tally(0, 0, 3), 3, 5, False),
    (T.UNANIMOUS, tally(0, 0, 0, 3), 3, 5, False),
]


@pytest.mark.parametrize(("threshold", "t", "present", "seated", "carries"), TABLE)
def test_threshold_table(threshold, t, present, seated, carries):
    assert meets_threshold(threshold, t, present, seated) is carries


def test_explanation_names_counts_threshold_and_quorum():
    outcome = decide(T.MAJORITY_OF_VOTES_CAST, [F] * 18 + [A] + [], Quorum(21, 24))
    assert outcome.carried
    assert outcome.explanation == (
        "Carried — 18 for, 1 against, 0 abstentions; majority of votes cast; "
        "quorum 21 of 24 present."
    )


def test_unanimous_with_abstentions_says_so():
    outcome = decide(T.UNANIMOUS, [F] * 20 + [AB] * 2, Quorum(22, 24))
    assert outcome.explanation.startswith("Carried unanimously, 2 abstentions — 20 for")


def test_unanimous_without_abstentions():
    outcome = decide(T.UNANIMOUS, [F] * 5, Quorum(5, 5))
    assert outcome.explanation.startswith("Carried unanimously — 5 for, 0 against, 0 abstentions")


def test_a_motion_with_every_vote_for_carried_unanimously_whatever_the_threshold():
    outcome = decide(T.MAJORITY_OF_SEATED, [F] * 19, Quorum(19, 24))
    assert outcome.explanation.startswith("Carried unanimously — 19 for, 0 against")


def test_abstentions_under_a_majority_threshold_are_not_called_unanimous():
    outcome = decide(T.MAJORITY_OF_VOTES_CAST, [F] * 12 + [AB] * 5, Quorum(17, 24))
    assert outcome.explanation.startswith("Carried — 12 for, 0 against, 5 abstentions")


def test_a_failed_motion_says_failed():
    outcome = decide(T.MAJORITY_OF_VOTES_CAST, [F, A, A], Quorum(3, 5))
    assert not outcome.carried
    assert outcome.explanation.startswith("Failed — 1 for, 2 against")


def test_recusals_are_shown_when_there_are_any():
    outcome = decide(T.MAJORITY_OF_VOTES_CAST, [F, F, R], Quorum(3, 5))
    assert "1 recused" in outcome.explanation


def test_no_motion_carries_without_quorum_and_the_result_says_so():
    outcome = decide(T.UNANIMOUS, [F] * 12, Quorum(12, 24))
    assert not outcome.carried
    assert outcome.explanation.startswith("Failed — no quorum (13 needed)")


def test_one_abstention_is_singular():
    assert "1 abstention;" in decide(T.MAJORITY_OF_VOTES_CAST, [F, AB], Quorum(2, 3)).explanation


choices = st.lists(st.sampled_from(list(VoteChoice)), max_size=40)


@given(st.sampled_from(list(Threshold)), choices, st.randoms())
def test_result_never_depends_on_the_order_votes_were_cast(threshold, votes, rnd):
    quorum = Quorum(present=len(votes), seated=max(len(votes), 1))
    shuffled = list(votes)
    rnd.shuffle(shuffled)
    assert decide(threshold, votes, quorum) == decide(threshold, shuffled, quorum)


@given(st.sampled_from(list(Threshold)), choices)
def test_one_more_vote_for_never_turns_a_carried_motion_into_a_failed_one(threshold, votes):
    seated = len(votes) + 1
    before = decide(threshold, votes, Quorum(len(votes), seated))
    after = decide(threshold, [*votes, F], Quorum(len(votes) + 1, seated))
    assert not (before.carried and not after.carried)


@given(st.sampled_from(list(Threshold)), choices)
def test_nothing_carries_with_no_vote_for(threshold, votes):
    votes = [v for v in votes if v != F]
    assert not decide(threshold, votes, Quorum(len(votes), max(len(votes), 1))).carried

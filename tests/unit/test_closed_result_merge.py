"""A frozen result after two records of one person are merged: whose line changes, nothing else."""

from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.closing import close
from governance.rules.errors import RuleViolation
from governance.rules.quorum import Stint
from governance.rules.vocab import Presence, Threshold, VoteChoice

AT = datetime(2013, 8, 6, 17, 0, tzinfo=UTC)


def result_of(votes: dict[int, VoteChoice], seated: frozenset[int]):
    stints = [Stint(p, Presence.IN_PERSON) for p in seated]
    return close(Threshold.MAJORITY_OF_VOTES_CAST, votes, seated, stints, AT)


def test_the_merged_away_line_names_the_person_kept_and_the_result_stands():
    result = result_of({1: VoteChoice.FOR, 2: VoteChoice.AGAINST}, frozenset({1, 2, 3}))
    renamed = result.with_person_renamed(2, 9)
    assert [(line.person_id, line.choice) for line in renamed.lines] == [
        (1, VoteChoice.FOR),
        (3, None),
        (9, VoteChoice.AGAINST),
    ]
    assert renamed.explanation == result.explanation
    assert renamed.to_json() != result.to_json()
    assert type(result).from_json(renamed.to_json()) == renamed


def test_a_person_cannot_stand_twice_in_one_roll_call():
    result = result_of({1: VoteChoice.FOR}, frozenset({1, 2}))
    with pytest.raises(RuleViolation, match="both people"):
        result.with_person_renamed(2, 1)


choices = st.sampled_from(list(VoteChoice))


@given(
    votes=st.dictionaries(st.integers(1, 8), choices, max_size=8),
    extra=st.frozensets(st.integers(1, 8)),
    old=st.integers(1, 10),
)
def test_renaming_to_a_new_id_and_back_is_the_same_result(votes, extra, old):
    result = result_of(votes, frozenset(votes) | extra)
    renamed = result.with_person_renamed(old, 99)
    counts = ("for_", "against", "abstain", "recused", "present", "seated", "quorum_present")
    assert all(getattr(renamed, c) == getattr(result, c) for c in counts)
    before = {line.person_id for line in result.lines}
    assert {line.person_id for line in renamed.lines} == (
        before - {old} | {99} if old in before else before
    )
    assert renamed.with_person_renamed(99, old) == result

"""The live count shown while a vote is open says what the motion needs, and agrees with the
rule that decides it: reaching the stated number of votes for (other counts unchanged) carries."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from governance.rules.thresholds import Tally, meets_threshold, progress
from governance.rules.vocab import Threshold


@pytest.mark.parametrize(
    ("threshold", "tally", "present", "seated", "expected"),
    [
        (Threshold.MAJORITY_OF_PRESENT, Tally(12, 2, 1), 19, 24, "needs 10 of 19 present"),
        (Threshold.MAJORITY_OF_SEATED, Tally(12, 0, 0, 2), 19, 24, "needs 12 of 22 seated"),
        (Threshold.MAJORITY_NOT_ABSTAINING, Tally(3, 0, 4), 19, 24, "needs 11 of 20 members"),
        (Threshold.TWO_THIRDS_OF_VOTES_CAST, Tally(12, 4), 19, 24, "(8 for, with 4 against)"),
        (Threshold.MAJORITY_OF_VOTES_CAST, Tally(5, 5), 19, 24, "(6 for, with 5 against)"),
        (Threshold.UNANIMOUS, Tally(5, 0, 2), 19, 24, "needs no vote against"),
    ],
)
def test_the_requirement_is_stated_in_numbers(threshold, tally, present, seated, expected):
    line = progress(threshold, tally, present, seated)
    assert expected in line
    assert line.endswith(
        f"so far {tally.for_} for, {tally.against} against, {tally.abstain} "
        + ("abstention" if tally.abstain == 1 else "abstentions")
        + (f", {tally.recused} recused" if tally.recused else "")
    )


COUNTED = (Threshold.MAJORITY_OF_PRESENT, Threshold.MAJORITY_OF_SEATED,
           Threshold.MAJORITY_NOT_ABSTAINING)  # fmt: skip


@given(
    threshold=st.sampled_from(COUNTED),
    against=st.integers(0, 10),
    abstain=st.integers(0, 10),
    recused=st.integers(0, 5),
    extra=st.integers(0, 30),
)
def test_the_stated_number_is_exactly_enough(threshold, against, abstain, recused, extra):
    seated = against + abstain + recused + extra + 1
    present = seated
    line = progress(threshold, Tally(0, against, abstain, recused), present, seated)
    needed = int(line.split("needs ")[1].split(" of ")[0])
    assert meets_threshold(threshold, Tally(needed, against, abstain, recused), present, seated)
    assert not meets_threshold(
        threshold, Tally(needed - 1, against, abstain, recused), present, seated
    )

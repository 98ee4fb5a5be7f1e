"""Whether a motion carries, and the sentence that says why.

The result depends only on the multiset of votes, never on their order: votes are tallied first.
"""

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from .quorum import Quorum
from .vocab import Threshold, VoteChoice


@dataclass(frozen=True)
class Tally:
    for_: int = 0
    against: int = 0
    abstain: int = 0
    recused: int = 0

    @classmethod
    def of(cls, choices: Iterable[VoteChoice]) -> "Tally":
        counts = Counter(VoteChoice(c) for c in choices)
        return cls(
            for_=counts[VoteChoice.FOR],
            against=counts[VoteChoice.AGAINST],
            abstain=counts[VoteChoice.ABSTAIN],
            recused=counts[VoteChoice.RECUSED],
        )

    @property
    def cast(self) -> int:
        return self.for_ + self.against


@dataclass(frozen=True)
class Outcome:
    carried: bool
    explanation: str
    tally: Tally


def meets_threshold(threshold: Threshold, tally: Tally, present: int, seated: int) -> bool:
    """`present` and `seated` count voting members; recused members leave every denominator."""
    t = tally
    match Threshold(threshold):
        case Threshold.MAJORITY_OF_VOTES_CAST:
            return t.for_ > t.against
        case Threshold.MAJORITY_OF_PRESENT:
            return 2 * t.for_ > present - t.recused
        case Threshold.TWO_THIRDS_OF_VOTES_CAST:
            return t.cast > 0 and 3 * t.for_ >= 2 * t.cast
        case Threshold.MAJORITY_OF_SEATED:
            return 2 * t.for_ > seated - t.recused
        case Threshold.MAJORITY_NOT_ABSTAINING:
            return 2 * t.for_ > seated - t.abstain - t.recused
        case Threshold.UNANIMOUS:
            return t.against == 0 and t.for_ > 0


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


plural = _plural  # for the other results' sentences (rules.between)


def counts_phrase(t: Tally) -> str:
    """'18 for, 1 against, 0 abstentions' — how every result states its counts."""
    parts = [
        f"{t.for_} for",
        f"{t.against} against",
        _plural(t.abstain, "abstention", "abstentions"),
    ]
    if t.recused:
        parts.append(f"{t.recused} recused")
    return ", ".join(parts)


def decide(
    threshold: Threshold,
    choices: Iterable[VoteChoice],
    quorum: Quorum,
    present: int | None = None,
) -> Outcome:
    """Decide a motion at the moment its vote closes.

    `present` is the number of voting members present for the vote (defaults to the quorum count).
    """
    threshold = Threshold(threshold)
    tally = Tally.of(choices)
    present = quorum.present if present is None else present
    basis = f"{counts_phrase(tally)}; {threshold.label}; {quorum.describe()}"
    if not quorum.met:
        return Outcome(False, f"Failed — no quorum ({quorum.needed} needed) — {basis}.", tally)
    carried = meets_threshold(threshold, tally, present, quorum.seated)
    if not carried:
        head = "Failed"
    elif tally.against == 0 and (tally.abstain == 0 or threshold == Threshold.UNANIMOUS):
        # How minutes say it: no one against (and, unless unanimity was the threshold, no one
        # abstaining). Abstentions under a unanimity threshold are named in the same breath.
        head = "Carried unanimously"
        if tally.abstain:
            head += ", " + _plural(tally.abstain, "abstention", "abstentions")
    else:
        head = "Carried"
    return Outcome(carried, f"{head} — {basis}.", tally)


def progress(threshold: Threshold, tally: Tally, present: int, seated: int) -> str:
    """What the motion needs and where the count stands, for the people running the vote:
    "needs 13 of 19 present for a majority of members present; 12 so far"."""
    t = tally
    match Threshold(threshold):
        case Threshold.MAJORITY_OF_VOTES_CAST:
            need = f"needs more for than against ({t.against + 1} for, with {t.against} against)"
        case Threshold.TWO_THIRDS_OF_VOTES_CAST:
            need = (
                f"needs two thirds of the votes cast ({max(1, 2 * t.against)} for, "
                f"with {t.against} against)"
            )
        case Threshold.MAJORITY_OF_PRESENT:
            base = present - t.recused
            need = f"needs {base // 2 + 1} of {base} present"
        case Threshold.MAJORITY_OF_SEATED:
            base = seated - t.recused
            need = f"needs {base // 2 + 1} of {base} seated members"
        case Threshold.MAJORITY_NOT_ABSTAINING:
            base = seated - t.abstain - t.recused
            need = f"needs {base // 2 + 1} of {base} members not abstaining"
        case Threshold.UNANIMOUS:
            need = "needs no vote against and at least one for"
    so_far = f"{t.for_} for, {t.against} against, " + _plural(
        t.abstain, "abstention", "abstentions"
    )
    if t.recused:
        so_far += f", {t.recused} recused"
    return f"{need}; so far {so_far}"

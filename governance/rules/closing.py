"""The result of a vote as it is announced at the close, kept as data.

Once announced, a result is part of the record: later corrections to attendance must not change
the counts, the roll call or the quorum that were read out. `close` computes everything the record
shows from plain values; `ClosedResult.to_json`/`from_json` keep it frozen on the motion.
"""

import json
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import datetime

from .errors import RuleViolation
from .quorum import Stint, present_at, quorum_at
from .rollcall import RollCallLine, roll_call
from .thresholds import decide
from .vocab import NonVoteReason, Threshold, VoteChoice


def _value(member):
    return None if member is None else member.value


@dataclass(frozen=True)
class ClosedResult:
    carried: bool
    explanation: str
    threshold: Threshold
    for_: int
    against: int
    abstain: int
    recused: int
    present: int
    seated: int
    quorum_present: int
    quorum_needed: int
    quorum_met: bool
    lines: tuple[RollCallLine, ...]

    def to_json(self) -> str:
        data = asdict(self)
        data["lines"] = [
            [line.person_id, _value(line.choice), _value(line.non_vote)] for line in self.lines
        ]
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "ClosedResult":
        data = json.loads(text)
        data["threshold"] = Threshold(data["threshold"])
        data["lines"] = tuple(
            RollCallLine(
                person,
                VoteChoice(choice) if choice else None,
                NonVoteReason(non_vote) if non_vote else None,
            )
            for person, choice, non_vote in data["lines"]
        )
        return cls(**data)

    def with_person_renamed(self, old: int, new: int) -> "ClosedResult":
        """The same announced result after two records of one person were merged: only whose
        line it is changes, never what it says (counts, quorum and explanation stand)."""
        ids = {line.person_id for line in self.lines}
        if old == new or old not in ids:
            return self
        if new in ids:
            # One person with two lines would stand twice in the roll call as read out.
            raise RuleViolation("duplicate_id", "both people stand in the roll call of one vote")
        lines = (
            replace(line, person_id=new) if line.person_id == old else line for line in self.lines
        )
        return replace(self, lines=tuple(sorted(lines, key=lambda line: line.person_id)))


def close(
    threshold: Threshold,
    votes: Mapping[int, VoteChoice],
    seated: frozenset[int],
    stints: Iterable[Stint],
    at: datetime,
    recused_count_for_quorum: bool = True,
) -> ClosedResult:
    """Decide the motion at `at` and say who stood where, as it will be recorded."""
    stints = list(stints)
    recused = frozenset(p for p, c in votes.items() if c == VoteChoice.RECUSED)
    quorum = quorum_at(stints, seated, at, recused, recused_count_for_quorum)
    present = len(present_at(stints, seated, at))
    outcome = decide(threshold, votes.values(), quorum, present)
    t = outcome.tally
    return ClosedResult(
        carried=outcome.carried,
        explanation=outcome.explanation,
        threshold=Threshold(threshold),
        for_=t.for_,
        against=t.against,
        abstain=t.abstain,
        recused=t.recused,
        present=present,
        seated=len(seated),
        quorum_present=quorum.present,
        quorum_needed=quorum.needed,
        quorum_met=quorum.met,
        lines=tuple(roll_call(seated | set(votes), stints, votes, at)),
    )

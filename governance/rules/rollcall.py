"""The roll call of a motion: every seated voting member, with their vote or why they had none."""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from .quorum import Stint
from .vocab import NonVoteReason, Presence, VoteChoice

_REASON_OF_CHOICE = {
    VoteChoice.ABSTAIN: NonVoteReason.ABSTAINED,
    VoteChoice.RECUSED: NonVoteReason.RECUSED,
}


@dataclass(frozen=True)
class RollCallLine:
    person_id: int
    choice: VoteChoice | None
    non_vote: NonVoteReason | None


def roll_call(
    seated: Iterable[int],
    stints: Iterable[Stint],
    votes: Mapping[int, VoteChoice],
    instant: datetime,
    excused: frozenset[int] = frozenset(),
) -> list[RollCallLine]:
    """Votes by person; a seated member without a vote was absent, excused, or had left."""
    by_person = {s.person_id: s for s in stints}
    lines = []
    for person in sorted(seated):
        choice = votes.get(person)
        if choice is not None:
            lines.append(RollCallLine(person, choice, _REASON_OF_CHOICE.get(choice)))
            continue
        stint = by_person.get(person)
        if person in excused:
            reason = NonVoteReason.EXCUSED
        elif stint is None or stint.presence == Presence.ABSENT:
            reason = NonVoteReason.ABSENT
        elif not stint.present_at(instant):
            reason = NonVoteReason.NOT_PRESENT_FOR_ITEM
        else:
            reason = NonVoteReason.DID_NOT_VOTE
        lines.append(RollCallLine(person, None, reason))
    return lines

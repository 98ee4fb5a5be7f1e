"""Decisions taken between meetings: unanimous written consent and e-ballots with a deadline.

Everything here is computed from the signatures, the seats and `now`, like a release: nothing runs
at `opens_at` or `closes_at`. A signature counts when `opens_at <= at < closes_at` — one at T−1 s
counts, one at T does not. Each member stands by their latest signature at an instant (a withdrawal
takes the earlier one back; on equal instants the later in the sequence wins).

Seats are held by the day (UTC), as terms are dated; who must sign is who holds a voting seat on
the day of the instant considered. The last instant a ballot is open is just before `closes_at`,
so a term that ends the day before a midnight close still counts at that close.
"""

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, time, timedelta

from .errors import InvalidTransition, RuleViolation
from .quorum import Quorum
from .seating import Term, voting_seated_on
from .thresholds import Tally, counts_phrase, meets_threshold, plural
from .vocab import ActionKind, ActionStanding, BallotChoice, Threshold

_EPSILON = timedelta(microseconds=1)
# Thresholds that only make sense over the votes cast: without a turnout quorum, three votes out
# of twenty-four seats could decide.
OVER_VOTES_CAST = frozenset({Threshold.MAJORITY_OF_VOTES_CAST, Threshold.TWO_THIRDS_OF_VOTES_CAST})


@dataclass(frozen=True)
class Ballot:
    kind: ActionKind
    opens_at: datetime
    closes_at: datetime
    threshold: Threshold = Threshold.MAJORITY_OF_SEATED  # e-ballots only
    # E-ballots: as many members must vote (for, against or abstain) as a quorum of the seated.
    turnout_quorum: bool = False
    # Voided once this many seated members have asked for a meeting; None: no objection rule.
    objection_limit: int | None = None


@dataclass(frozen=True)
class Signature:
    person_id: int
    choice: BallotChoice
    at: datetime


@dataclass(frozen=True)
class Result:
    """Where an action stands at `now`; once closed, the announced result as data."""

    standing: ActionStanding
    decided_at: datetime | None = None
    explanation: str | None = None
    for_: int = 0
    against: int = 0
    abstain: int = 0
    objected: int = 0
    not_signed: int = 0
    seated: int = 0
    # The PSF minutes' phrase: "Approved by unanimous written consent, 14 March 2014
    # (effective 16:02 UTC)" or "Carried by e-ballot 7–0–1".
    minutes_phrase: str | None = None

    @property
    def closed(self) -> bool:
        return self.standing.closed

    @property
    def score(self) -> str:
        return f"{self.for_}–{self.against}–{self.abstain}"

    def to_json(self) -> str:
        data = asdict(self)
        data["decided_at"] = self.decided_at.isoformat() if self.decided_at else None
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "Result":
        data = json.loads(text)
        data["standing"] = ActionStanding(data["standing"])
        if data["decided_at"]:
            data["decided_at"] = datetime.fromisoformat(data["decided_at"])
        return cls(**data)


def check_window(opens_at: datetime, closes_at: datetime) -> None:
    if closes_at <= opens_at:
        raise RuleViolation("closes_at", "must be after the ballot opens")


def check_ballot(ballot: Ballot) -> None:
    """Refuse a ballot that cannot be decided as set up."""
    check_window(ballot.opens_at, ballot.closes_at)
    if ballot.objection_limit is not None and ballot.objection_limit < 1:
        raise RuleViolation("objection_limit", "must be at least 1 member, or none")
    if (
        ballot.kind == ActionKind.E_BALLOT
        and Threshold(ballot.threshold) in OVER_VOTES_CAST
        and not ballot.turnout_quorum
    ):
        raise RuleViolation(
            "threshold", "a threshold over votes cast needs a turnout quorum (or count all seats)"
        )


def seated_at(terms: Iterable[Term], instant: datetime) -> frozenset[int]:
    return voting_seated_on(terms, instant.astimezone(UTC).date())


def in_window(ballot: Ballot, at: datetime) -> bool:
    return ballot.opens_at <= at < ballot.closes_at


def check_accepts_signature(ballot: Ballot, result: Result, at: datetime) -> None:
    """A signature at `at`: refused before the opening, at or after the close, once decided."""
    if at < ballot.opens_at:
        raise InvalidTransition("action", "the ballot is not open yet")
    if result.closed or at >= ballot.closes_at:
        state = result.standing.value if result.closed else "closed"
        raise InvalidTransition("action", f"the ballot is {state}: no more signatures")


def standing_of(signatures: Sequence[Signature], at: datetime) -> dict[int, BallotChoice]:
    """Each member's standing choice at `at` (withdrawn and unsigned members are absent)."""
    current: dict[int, BallotChoice] = {}
    for s in sorted(signatures, key=lambda s: s.at):  # stable: on a tie the later one wins
        if s.at <= at:
            current[s.person_id] = BallotChoice(s.choice)
    return {p: c for p, c in current.items() if c != BallotChoice.WITHDRAW}


def _seat_changes(terms: Iterable[Term], ballot: Ballot) -> list[datetime]:
    """The instants within the ballot at which who is seated may change: midnights (UTC)."""
    days = set()
    for t in terms:
        days.add(t.start)
        if t.end is not None:
            days.add(t.end + timedelta(days=1))
    instants = (datetime.combine(d, time(), UTC) for d in days)
    return [i for i in instants if in_window(ballot, i)]


def _count(choices: dict[int, BallotChoice], seated: frozenset[int]) -> dict[BallotChoice, int]:
    counts = dict.fromkeys(BallotChoice, 0)
    for person in seated:
        if person in choices:
            counts[choices[person]] += 1
    return counts


def _voided(ballot: Ballot, choices, seated) -> bool:
    limit = ballot.objection_limit
    return limit is not None and _count(choices, seated)[BallotChoice.OBJECT] >= limit


def _result(
    standing: ActionStanding,
    at: datetime | None,
    choices: dict[int, BallotChoice],
    seated: frozenset[int],
    explanation: str | None = None,
    phrase: str | None = None,
) -> Result:
    counts = _count(choices, seated)
    signed = sum(counts[c] for c in BallotChoice)
    return Result(
        standing=standing,
        decided_at=at,
        explanation=explanation,
        for_=counts[BallotChoice.FOR],
        against=counts[BallotChoice.AGAINST],
        abstain=counts[BallotChoice.ABSTAIN],
        objected=counts[BallotChoice.OBJECT],
        not_signed=len(seated) - signed,
        seated=len(seated),
        minutes_phrase=phrase,
    )


def _day(at: datetime) -> str:
    at = at.astimezone(UTC)
    return f"{at.day} {at:%B %Y}"


def _void(at, choices, seated) -> Result:
    n = _count(choices, seated)[BallotChoice.OBJECT]
    asked = plural(n, "director", "directors")
    sentence = f"Voided: {asked} asked for a meeting ({_day(at)}, {at.astimezone(UTC):%H:%M} UTC)."
    return _result(ActionStanding.VOIDED, at, choices, seated, sentence, "Voided")


def _consent_carried(at, choices, seated) -> Result:
    phrase = (
        f"Approved by unanimous written consent, {_day(at)} "
        f"(effective {at.astimezone(UTC):%H:%M} UTC)"
    )
    sentence = f"{phrase} — {len(seated)} of {len(seated)} seated members consented."
    return _result(ActionStanding.CARRIED, at, choices, seated, sentence, phrase)


def _consent_failed(at, choices, seated) -> Result:
    r = _result(ActionStanding.FAILED, at, choices, seated)
    missing = [
        plural(r.against, "against", "against") if r.against else "",
        plural(r.abstain, "abstention", "abstentions") if r.abstain else "",
        plural(r.objected, "asked for a meeting", "asked for a meeting") if r.objected else "",
        f"{r.not_signed} did not sign" if r.not_signed else "",
    ]
    detail = ", ".join(m for m in missing if m) or "no seated member"
    sentence = (
        f"Failed — written consent needs every seated member: {r.for_} of {r.seated} "
        f"consented by the close ({detail})."
    )
    phrase = "Failed: written consent not unanimous"
    return Result(**{**asdict(r), "explanation": sentence, "minutes_phrase": phrase})


def _ballot_closed(ballot: Ballot, at, choices, seated) -> Result:
    r = _result(ActionStanding.FAILED, at, choices, seated)
    tally = Tally(for_=r.for_, against=r.against, abstain=r.abstain)
    turnout = Quorum(present=r.for_ + r.against + r.abstain, seated=r.seated)
    threshold = Threshold(ballot.threshold)
    basis = (
        f"{counts_phrase(tally)}; {threshold.label}, "
        f"{plural(r.seated, 'seated member', 'seated members')}"
    )
    if ballot.turnout_quorum:
        basis += f"; turnout {turnout.present} of {turnout.seated}, {turnout.needed} needed"
    short_of_turnout = ballot.turnout_quorum and not turnout.met
    carried = (
        not short_of_turnout
        and r.seated > 0
        and meets_threshold(threshold, tally, turnout.present, r.seated)
    )
    if carried:
        phrase = f"Carried by e-ballot {r.score}"
    elif short_of_turnout:
        phrase = f"Failed by e-ballot {r.score} — turnout too low"
    else:
        phrase = f"Failed by e-ballot {r.score}"
    standing = ActionStanding.CARRIED if carried else ActionStanding.FAILED
    return Result(
        **{
            **asdict(r),
            "standing": standing,
            "explanation": f"{phrase} — {basis}.",
            "minutes_phrase": phrase,
        }
    )


def decide(
    ballot: Ballot, signatures: Iterable[Signature], terms: Iterable[Term], now: datetime
) -> Result:
    """Where the action stands at `now`."""
    terms = list(terms)
    counted = [s for s in signatures if in_window(ballot, s.at) and s.at <= now]
    if now < ballot.opens_at:
        return Result(ActionStanding.DRAFT, seated=len(seated_at(terms, ballot.opens_at)))
    instants = {s.at for s in counted}
    if ballot.kind == ActionKind.WRITTEN_CONSENT:
        instants |= {i for i in _seat_changes(terms, ballot) if i <= now}
    for at in sorted(instants):
        choices, seated = standing_of(counted, at), seated_at(terms, at)
        if _voided(ballot, choices, seated):
            return _void(at, choices, seated)
        consented = seated and all(choices.get(p) == BallotChoice.FOR for p in seated)
        if ballot.kind == ActionKind.WRITTEN_CONSENT and consented:
            return _consent_carried(at, choices, seated)
    if now < ballot.closes_at:
        return _result(ActionStanding.OPEN, None, standing_of(counted, now), seated_at(terms, now))
    last = ballot.closes_at - _EPSILON
    choices, seated = standing_of(counted, last), seated_at(terms, last)
    if ballot.kind == ActionKind.WRITTEN_CONSENT:
        return _consent_failed(ballot.closes_at, choices, seated)
    return _ballot_closed(ballot, ballot.closes_at, choices, seated)

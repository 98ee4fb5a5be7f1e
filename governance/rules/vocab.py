"""The closed vocabularies of the domain, shared by rules, models and forms."""

from datetime import timedelta
from enum import StrEnum


class BodyKind(StrEnum):
    BOARD = "board"
    COMMITTEE = "committee"


class SeatClass(StrEnum):
    PLATINUM = "platinum"
    GOLD = "gold"
    INDIVIDUAL = "individual"
    EX_OFFICIO = "ex_officio"


class MemberRole(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    NON_VOTING = "non_voting"


class UserRole(StrEnum):
    ADMIN = "admin"
    SECRETARY = "secretary"
    DIRECTOR = "director"


class LinkPurpose(StrEnum):
    INVITATION = "invitation"
    PASSWORD_RESET = "password_reset"  # noqa: S105 - a purpose, not a password


class MeetingKind(StrEnum):
    CALL = "call"
    IN_PERSON = "in_person"
    HYBRID = "hybrid"

    @property
    def typical_duration(self) -> timedelta:
        """How long a calendar shows the meeting when no end is recorded."""
        return {
            MeetingKind.CALL: timedelta(hours=1),
            MeetingKind.HYBRID: timedelta(hours=2),
        }.get(self, timedelta(hours=3))


class MeetingStatus(StrEnum):
    SCHEDULED = "scheduled"
    IN_SESSION = "in_session"
    ADJOURNED = "adjourned"
    CANCELLED = "cancelled"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ")

    @property
    def is_scheduled(self) -> bool:
        return self == MeetingStatus.SCHEDULED

    @property
    def is_in_session(self) -> bool:
        return self == MeetingStatus.IN_SESSION

    @property
    def is_cancelled(self) -> bool:
        return self == MeetingStatus.CANCELLED

    @property
    def is_editable(self) -> bool:
        """Title, time, place, kind and chair can still be corrected (until adjourned)."""
        return self in (MeetingStatus.SCHEDULED, MeetingStatus.IN_SESSION)


class Presence(StrEnum):
    IN_PERSON = "in_person"
    REMOTE = "remote"
    ABSENT = "absent"


class Capacity(StrEnum):
    MEMBER = "member"
    GUEST = "guest"
    OBSERVER = "observer"


class ItemKind(StrEnum):
    REPORT = "report"
    DISCUSSION = "discussion"
    DECISION = "decision"
    EXECUTIVE_SESSION = "executive_session"


class ItemOutcome(StrEnum):
    DISCUSSED = "discussed"
    DECIDED = "decided"
    POSTPONED = "postponed"
    WITHDRAWN = "withdrawn"


class Disclosure(StrEnum):
    PUBLIC = "public"
    EMBARGOED = "embargoed"
    CONFIDENTIAL = "confidential"


class Threshold(StrEnum):
    MAJORITY_OF_VOTES_CAST = "majority_of_votes_cast"
    MAJORITY_OF_PRESENT = "majority_of_present"
    TWO_THIRDS_OF_VOTES_CAST = "two_thirds_of_votes_cast"
    MAJORITY_OF_SEATED = "majority_of_seated"
    MAJORITY_NOT_ABSTAINING = "majority_not_abstaining"
    UNANIMOUS = "unanimous"

    @property
    def label(self) -> str:
        return THRESHOLD_LABELS[self]


THRESHOLD_LABELS = {
    Threshold.MAJORITY_OF_VOTES_CAST: "majority of votes cast",
    Threshold.MAJORITY_OF_PRESENT: "majority of members present",
    Threshold.TWO_THIRDS_OF_VOTES_CAST: "two-thirds of votes cast",
    Threshold.MAJORITY_OF_SEATED: "majority of seated members",
    Threshold.MAJORITY_NOT_ABSTAINING: "majority of members not abstaining",
    Threshold.UNANIMOUS: "unanimous",
}


class QuorumRule(StrEnum):
    MAJORITY_OF_SEATED = "majority_of_seated"


class MotionStatus(StrEnum):
    PROPOSED = "proposed"
    OPEN = "open"
    CARRIED = "carried"
    FAILED = "failed"
    WITHDRAWN = "withdrawn"
    POSTPONED = "postponed"

    @property
    def accepts_edits(self) -> bool:
        """Wording, mover, seconder and threshold change only before the vote opens."""
        return self == MotionStatus.PROPOSED


class VoteChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    RECUSED = "recused"


class VoteMethod(StrEnum):
    BALLOT = "ballot"
    ROLL_CALL = "roll_call"
    VOICE = "voice"


class NonVoteReason(StrEnum):
    ABSENT = "absent"
    NOT_PRESENT_FOR_ITEM = "not_present_for_item"
    RECUSED = "recused"
    ABSTAINED = "abstained"
    EXCUSED = "excused"
    # Present and seated, yet no vote was recorded: shown as such rather than guessed at.
    DID_NOT_VOTE = "did_not_vote"


class MinutesStatus(StrEnum):
    DRAFT = "draft"
    CIRCULATED = "circulated"
    APPROVED = "approved"


class SummaryStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"


class ActionStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class CommentaryStatus(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"


class ActionKind(StrEnum):
    """A decision taken without a meeting."""

    WRITTEN_CONSENT = "written_consent"
    E_BALLOT = "e_ballot"


class BallotChoice(StrEnum):
    """A signature on an action between meetings. For a written consent, `for` is the consent."""

    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"
    # Asks for the question to be taken to a meeting: counts towards the objection rule, and is
    # no consent and no vote.
    OBJECT = "object"
    # Takes back the member's earlier signature: they stand as if they had not signed.
    WITHDRAW = "withdraw"

    @property
    def needs_reason(self) -> bool:
        return self in (BallotChoice.ABSTAIN, BallotChoice.OBJECT)


class ActionStanding(StrEnum):
    """An action's status, computed from `now`: nothing runs at opens_at or closes_at."""

    DRAFT = "draft"
    OPEN = "open"
    CARRIED = "carried"
    FAILED = "failed"
    VOIDED = "voided"

    @property
    def closed(self) -> bool:
        return self not in (ActionStanding.DRAFT, ActionStanding.OPEN)


class OutboxStatus(StrEnum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    # Nothing to send: the recipient may never see it (a draft, a confidential record, an
    # account since disabled). A later change that makes it sendable sets it pending again.
    WITHHELD = "withheld"
    FAILED = "failed"


class EffectKind(StrEnum):
    """What a motion does to the seats when it carries."""

    APPOINT = "appoint"
    END_TERM = "end_term"

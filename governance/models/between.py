"""Decisions taken between meetings (written consent, e-ballots) and the signatures on them.

Neither the status nor the result is stored: both follow from the signatures, the seats and the
instant of the request (`rules.between.decide`), so nothing has to run at `closes_at`.
"""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.between import Ballot
from ..rules.disclosure import MeetingRelease
from ..rules.vocab import ActionKind, BallotChoice, Disclosure, Threshold
from .accounts import User
from .base import Base, enum_column, intpk, utcnow
from .meetings import Meeting
from .people import Body, Person, rel


class BetweenAction(Base):
    __tablename__ = "between_action"
    __table_args__ = (
        CheckConstraint(
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name="embargo_instant"
        ),
        CheckConstraint("closes_at > opens_at", name="window"),
        CheckConstraint(
            "objection_limit IS NULL OR objection_limit > 0", name="objection_limit_positive"
        ),
        Index("ix_between_action_body_closes", "body_id", "closes_at"),
    )

    id: Mapped[intpk]
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    kind: Mapped[ActionKind] = mapped_column(enum_column(ActionKind, "action_kind"))
    text: Mapped[str] = mapped_column(Text)
    # SHA-256 of `text` as opened; every signature names the digest of the text it signed.
    text_sha256: Mapped[str] = mapped_column(String(64))
    proposer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    seconder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    opens_at: Mapped[datetime] = mapped_column(index=True)
    closes_at: Mapped[datetime] = mapped_column(index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    threshold: Mapped[Threshold] = mapped_column(enum_column(Threshold, "action_threshold"))
    turnout_quorum: Mapped[bool] = mapped_column(default=False)
    objection_limit: Mapped[int | None] = mapped_column(Integer)
    # Members see the running count before the close only when this is set; the public never.
    show_running: Mapped[bool] = mapped_column(default=False)
    disclosure: Mapped[Disclosure] = mapped_column(enum_column(Disclosure, "action_disclosure"))
    disclosed_at: Mapped[datetime | None] = mapped_column(index=True)
    # The public release instant (None: not scheduled for the public yet).
    release_at: Mapped[datetime | None] = mapped_column(index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Set when the minutes that list it are approved.
    ratified_at: Mapped[datetime | None]
    ratified_in_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )

    body: Mapped[Body] = rel()
    proposer: Mapped[Person | None] = rel(foreign_keys=[proposer_id])
    seconder: Mapped[Person | None] = rel(foreign_keys=[seconder_id])
    ratified_in: Mapped[Meeting | None] = rel()
    signatures: Mapped[list["BetweenSignature"]] = rel(
        back_populates="action", order_by="BetweenSignature.id"
    )

    @property
    def ballot(self) -> Ballot:
        return Ballot(
            self.kind,
            self.opens_at,
            self.closes_at,
            self.threshold,
            self.turnout_quorum,
            self.objection_limit,
        )

    @property
    def release(self) -> MeetingRelease:
        """The policy's release instants: an action has no agenda, only its public release."""
        return MeetingRelease(None, self.release_at)

    @property
    def is_consent(self) -> bool:
        return self.kind == ActionKind.WRITTEN_CONSENT


class BetweenSignature(Base):
    """One signature, kept as given: a change or a withdrawal is a new row, so the record shows
    who stood where at every instant."""

    __tablename__ = "between_signature"
    __table_args__ = (
        CheckConstraint(
            "choice NOT IN ('abstain', 'object') OR (reason IS NOT NULL AND reason <> '')",
            name="reason_given",
        ),
        Index("ix_between_signature_action_person", "action_id", "person_id"),
    )

    id: Mapped[intpk]
    action_id: Mapped[int] = mapped_column(ForeignKey("between_action.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    choice: Mapped[BallotChoice] = mapped_column(enum_column(BallotChoice, "ballot_choice"))
    reason: Mapped[str | None] = mapped_column(String(300))
    text_sha256: Mapped[str] = mapped_column(String(64))
    signed_at: Mapped[datetime]
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    action: Mapped[BetweenAction] = rel(back_populates="signatures")
    person: Mapped[Person] = rel()
    recorded_by: Mapped[User | None] = rel()

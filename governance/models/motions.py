"""Motions and the votes cast on them."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.effects import Effect, describe
from ..rules.vocab import (
    Disclosure,
    EffectKind,
    MemberRole,
    MotionStatus,
    SeatClass,
    Threshold,
    VoteChoice,
    VoteMethod,
)
from .accounts import User
from .base import Base, enum_column, intpk, utcnow
from .meetings import AgendaItem, Meeting
from .people import Body, Membership, Person, rel


class Motion(Base):
    __tablename__ = "motion"
    __table_args__ = (
        CheckConstraint(
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name="embargo_instant"
        ),
    )

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(Text)
    mover_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    seconder_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    threshold: Mapped[Threshold] = mapped_column(enum_column(Threshold, "motion_threshold"))
    method: Mapped[VoteMethod] = mapped_column(
        enum_column(VoteMethod, "vote_method"), default=VoteMethod.BALLOT
    )
    status: Mapped[MotionStatus] = mapped_column(
        enum_column(MotionStatus, "motion_status"), default=MotionStatus.PROPOSED, index=True
    )
    disclosure: Mapped[Disclosure] = mapped_column(
        enum_column(Disclosure, "motion_disclosure"), default=Disclosure.PUBLIC
    )
    disclosed_at: Mapped[datetime | None] = mapped_column(index=True)
    approves_minutes_of_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id"))
    opened_at: Mapped[datetime | None]
    closed_at: Mapped[datetime | None]
    result: Mapped[str | None] = mapped_column(Text)
    # The announced result as data (JSON: counts, denominators, who was present, quorum,
    # threshold, each member's line), frozen at the close so later attendance edits cannot move it.
    tally: Mapped[str | None] = mapped_column(Text)
    # Set when the roll call was corrected after this vote closed: shown beside the result.
    attendance_corrected_at: Mapped[datetime | None]

    meeting: Mapped[Meeting] = rel(foreign_keys=[meeting_id])
    agenda_item: Mapped[AgendaItem | None] = rel()
    mover: Mapped[Person | None] = rel(foreign_keys=[mover_id])
    seconder: Mapped[Person | None] = rel(foreign_keys=[seconder_id])
    approves_minutes_of: Mapped[Meeting | None] = rel(foreign_keys=[approves_minutes_of_id])
    votes: Mapped[list["Vote"]] = rel(back_populates="motion")
    effect: Mapped["MotionEffect | None"] = rel(back_populates="motion", uselist=False)


class MotionEffect(Base):
    """What the motion does to the seats if it carries (one per motion): set while the motion is
    proposed, applied in the transaction that closes it as carried, or recorded as not applied
    with the reason (a limit the seats would break by then)."""

    __tablename__ = "motion_effect"
    __table_args__ = (
        CheckConstraint(
            "kind = 'end_term' OR (seat_class IS NOT NULL AND role IS NOT NULL)",
            name="appointment_seat",
        ),
        CheckConstraint("applied_at IS NULL OR not_applied_reason IS NULL", name="one_outcome"),
    )

    id: Mapped[intpk]
    motion_id: Mapped[int] = mapped_column(ForeignKey("motion.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[EffectKind] = mapped_column(enum_column(EffectKind, "effect_kind"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    seat_class: Mapped[SeatClass | None] = mapped_column(
        enum_column(SeatClass, "effect_seat_class")
    )
    role: Mapped[MemberRole | None] = mapped_column(enum_column(MemberRole, "effect_role"))
    # An appointment's first day, or the last day of a term ended early.
    effective_on: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    # The term created (appointment) or cut short (early end) when the motion carried.
    membership_id: Mapped[int | None] = mapped_column(
        ForeignKey("membership.id", ondelete="SET NULL")
    )
    applied_at: Mapped[datetime | None]
    not_applied_reason: Mapped[str | None] = mapped_column(Text)

    motion: Mapped[Motion] = rel(back_populates="effect")
    person: Mapped[Person] = rel()
    body: Mapped[Body] = rel()
    membership: Mapped[Membership | None] = rel()

    def as_effect(self) -> Effect:
        return Effect(
            self.kind,
            self.person_id,
            self.effective_on,
            self.role or MemberRole.MEMBER,
            self.term_end,
        )

    @property
    def is_appointment(self) -> bool:
        return self.kind == EffectKind.APPOINT

    @property
    def description(self) -> str:
        """In words ("appoint Van Lindberg to Legal Affairs Committee from 1 September 2013");
        the person and body must have been loaded with it."""
        seat = self.seat_class.value if self.seat_class else None
        return describe(self.as_effect(), self.person.name, self.body.name, seat)


class Vote(Base):
    __tablename__ = "vote"
    # One vote per member per motion, enforced where no race can get past it.
    __table_args__ = (
        UniqueConstraint("motion_id", "person_id"),
        CheckConstraint(
            "choice <> 'recused' OR (reason IS NOT NULL AND reason <> '')",
            name="recusal_reason",
        ),
    )

    id: Mapped[intpk]
    motion_id: Mapped[int] = mapped_column(ForeignKey("motion.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    choice: Mapped[VoteChoice] = mapped_column(enum_column(VoteChoice, "vote_choice"))
    reason: Mapped[str | None] = mapped_column(String(300))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recorded_by_secretary: Mapped[bool] = mapped_column(default=False)
    cast_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Raised by every write: a form or API call based on an older version is refused (a stale
    # page must never overwrite a vote a director changed since).
    version: Mapped[int] = mapped_column(default=1, server_default="1")
    # A director's own vote changed by the secretary keeps who cast it; who corrected it and why
    # are part of the record.
    corrected_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    corrected_at: Mapped[datetime | None]
    correction_reason: Mapped[str | None] = mapped_column(String(300))

    motion: Mapped[Motion] = rel(back_populates="votes")
    person: Mapped[Person] = rel()
    recorded_by: Mapped[User | None] = rel(foreign_keys=[recorded_by_id])
    corrected_by: Mapped[User | None] = rel(foreign_keys=[corrected_by_id])

    @property
    def corrected(self) -> bool:
        return self.corrected_at is not None

"""Meetings, their roll call and their agenda."""

from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.disclosure import MeetingRelease
from ..rules.vocab import (
    Capacity,
    Disclosure,
    ItemKind,
    ItemOutcome,
    MeetingKind,
    MeetingStatus,
    Presence,
)
from .base import Base, enum_column, intpk, name_str
from .people import Body, Person, rel


class Meeting(Base):
    __tablename__ = "meeting"
    __table_args__ = (Index("ix_meeting_body_starts", "body_id", "starts_at"),)

    id: Mapped[intpk]
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    title: Mapped[name_str]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    timezone: Mapped[str] = mapped_column(String(64))
    kind: Mapped[MeetingKind] = mapped_column(enum_column(MeetingKind, "meeting_kind"))
    location: Mapped[str | None] = mapped_column(String(200))
    chair_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    agenda_released_at: Mapped[datetime | None] = mapped_column(index=True)
    summary_release_at: Mapped[datetime | None] = mapped_column(index=True)
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "meeting_status"), default=MeetingStatus.SCHEDULED
    )
    cancellation_reason: Mapped[str | None] = mapped_column(String(500))
    # A released summary taken back: when, and the public reason shown where it was.
    summary_withdrawn_at: Mapped[datetime | None] = mapped_column(index=True)
    summary_withdrawn_reason: Mapped[str | None] = mapped_column(String(500))

    body: Mapped[Body] = rel()
    chair: Mapped[Person | None] = rel()
    items: Mapped[list["AgendaItem"]] = rel(
        back_populates="meeting", order_by="AgendaItem.position"
    )
    attendance: Mapped[list["Attendance"]] = rel(back_populates="meeting")

    @property
    def release(self) -> MeetingRelease:
        return MeetingRelease(
            self.agenda_released_at, self.summary_release_at, self.summary_withdrawn_at
        )


class Attendance(Base):
    """One line of the roll call: a seated member (person set) or a guest/observer (name set)."""

    __tablename__ = "attendance"
    __table_args__ = (
        UniqueConstraint("meeting_id", "person_id"),
        CheckConstraint(
            "(person_id IS NOT NULL) OR (guest_name IS NOT NULL)", name="person_or_guest"
        ),
    )

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"), index=True)
    guest_name: Mapped[str | None] = mapped_column(String(200))
    capacity: Mapped[Capacity] = mapped_column(enum_column(Capacity, "capacity"))
    presence: Mapped[Presence] = mapped_column(enum_column(Presence, "presence"))
    reason: Mapped[str | None] = mapped_column(String(200))
    arrived_at: Mapped[datetime | None]
    departed_at: Mapped[datetime | None]

    meeting: Mapped[Meeting] = rel(back_populates="attendance")
    person: Mapped[Person | None] = rel()


class AgendaItem(Base):
    __tablename__ = "agenda_item"
    __table_args__ = (
        Index("ix_agenda_item_meeting_position", "meeting_id", "position"),
        CheckConstraint(
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name="embargo_instant"
        ),
    )

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    title: Mapped[name_str]
    kind: Mapped[ItemKind] = mapped_column(enum_column(ItemKind, "item_kind"))
    presenters: Mapped[str] = mapped_column(String(400), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    outcome: Mapped[ItemOutcome | None] = mapped_column(enum_column(ItemOutcome, "item_outcome"))
    disclosure: Mapped[Disclosure] = mapped_column(
        enum_column(Disclosure, "item_disclosure"), default=Disclosure.PUBLIC
    )
    disclosed_at: Mapped[datetime | None] = mapped_column(index=True)
    public_topic: Mapped[str | None] = mapped_column(String(200))
    carried_from_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )

    meeting: Mapped[Meeting] = rel(back_populates="items")

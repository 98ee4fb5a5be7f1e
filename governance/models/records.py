"""What a meeting leaves behind: minutes, the official summary, commentary and action items."""

from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ..rules.vocab import ActionStatus, CommentaryStatus, Disclosure, MinutesStatus, SummaryStatus
from .base import Base, enum_column, intpk, utcnow
from .meetings import Meeting
from .people import Body, Person, rel


class Minutes(Base):
    __tablename__ = "minutes"

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[MinutesStatus] = mapped_column(
        enum_column(MinutesStatus, "minutes_status"), default=MinutesStatus.DRAFT, index=True
    )
    approved_by_motion_id: Mapped[int | None] = mapped_column(
        ForeignKey("motion.id", ondelete="SET NULL")
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    meeting: Mapped[Meeting] = rel()


class OfficialSummary(Base):
    """The foundation's own account of a meeting; public from the meeting's release instant."""

    __tablename__ = "official_summary"

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[SummaryStatus] = mapped_column(
        enum_column(SummaryStatus, "summary_status"), default=SummaryStatus.DRAFT
    )
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    meeting: Mapped[Meeting] = rel()


class Commentary(Base):
    """A director's own write-up, held until the meeting's official summary is out."""

    __tablename__ = "commentary"
    __table_args__ = (UniqueConstraint("meeting_id", "author_id"),)

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id", ondelete="CASCADE"))
    author_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    body: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CommentaryStatus] = mapped_column(
        enum_column(CommentaryStatus, "commentary_status"), default=CommentaryStatus.DRAFT
    )
    publish_at: Mapped[datetime | None] = mapped_column(index=True)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)

    meeting: Mapped[Meeting] = rel()
    author: Mapped[Person] = rel()


class ActionItem(Base):
    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint("(owner_person_id IS NULL) <> (owner_body_id IS NULL)", name="one_owner"),
        Index("ix_action_item_owner_status", "owner_person_id", "status"),
        CheckConstraint(
            "(disclosure = 'embargoed') = (disclosed_at IS NOT NULL)", name="embargo_instant"
        ),
    )

    id: Mapped[intpk]
    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    owner_person_id: Mapped[int | None] = mapped_column(ForeignKey("person.id"))
    owner_body_id: Mapped[int | None] = mapped_column(ForeignKey("body.id"))
    due_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[ActionStatus] = mapped_column(
        enum_column(ActionStatus, "action_status"), default=ActionStatus.OPEN
    )
    # An action arising from an agenda item is as public as that item unless staff say otherwise
    # (an executive session's follow-up stays confidential).
    agenda_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="SET NULL")
    )
    disclosure: Mapped[Disclosure] = mapped_column(
        enum_column(Disclosure, "action_item_disclosure"),
        default=Disclosure.PUBLIC,
        server_default=Disclosure.PUBLIC.value,
    )
    disclosed_at: Mapped[datetime | None] = mapped_column(index=True)

    meeting: Mapped[Meeting] = rel()
    owner_person: Mapped[Person | None] = rel()
    owner_body: Mapped[Body | None] = rel()

"""Organizations, people, bodies and the seats that join them."""

from datetime import date
from functools import partial

from sqlalchemy import Boolean, CheckConstraint, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..rules.seating import Term
from ..rules.vocab import BodyKind, MemberRole, QuorumRule, SeatClass, Threshold
from .base import Base, enum_column, intpk, name_str

# An attribute that was not loaded up front raises instead of quietly querying: N+1 fails loudly.
rel = partial(relationship, lazy="raise_on_sql")


class Organization(Base):
    __tablename__ = "organization"

    id: Mapped[intpk]
    name: Mapped[name_str] = mapped_column(unique=True)


class Person(Base):
    __tablename__ = "person"

    id: Mapped[intpk]
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[name_str]
    email: Mapped[str | None] = mapped_column(String(254))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)

    organization: Mapped[Organization | None] = rel()


class Affiliation(Base):
    """A person's organization over a period: limits per organization are checked against the
    affiliation of each day. A person with no rows here counts for `Person.organization`."""

    __tablename__ = "affiliation"
    __table_args__ = (
        CheckConstraint("end_on IS NULL OR start_on IS NULL OR end_on >= start_on", name="order"),
    )

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id"), index=True)
    start_on: Mapped[date | None] = mapped_column(Date)
    end_on: Mapped[date | None] = mapped_column(Date)

    organization: Mapped[Organization | None] = rel()


class Body(Base):
    __tablename__ = "body"
    __table_args__ = (
        CheckConstraint("member_limit IS NULL OR member_limit > 0", name="member_limit_positive"),
        CheckConstraint(
            "per_org_limit IS NULL OR per_org_limit > 0", name="per_org_limit_positive"
        ),
    )

    id: Mapped[intpk]
    slug: Mapped[str] = mapped_column(String(120), unique=True)
    name: Mapped[name_str]
    kind: Mapped[BodyKind] = mapped_column(enum_column(BodyKind, "body_kind"))
    quorum_rule: Mapped[QuorumRule] = mapped_column(
        enum_column(QuorumRule, "quorum_rule"), default=QuorumRule.MAJORITY_OF_SEATED
    )
    default_threshold: Mapped[Threshold] = mapped_column(
        enum_column(Threshold, "default_threshold"), default=Threshold.MAJORITY_OF_VOTES_CAST
    )
    member_limit: Mapped[int | None] = mapped_column(Integer)
    per_org_limit: Mapped[int | None] = mapped_column(Integer)
    recused_count_for_quorum: Mapped[bool] = mapped_column(Boolean, default=True)
    # Days after adjournment by which the official summary is due (the dashboard flags it late);
    # at least 1, checked by the service (a CHECK would need a batch copy of this table).
    summary_due_days: Mapped[int | None] = mapped_column(Integer)
    timezone: Mapped[str | None] = mapped_column(String(64))
    description: Mapped[str | None] = mapped_column(Text)
    charter_url: Mapped[str | None] = mapped_column(String(500))
    # The public mailing list that receives the official summary at its release instant.
    list_address: Mapped[str | None] = mapped_column(String(254))

    memberships: Mapped[list["Membership"]] = rel(back_populates="body")


class Membership(Base):
    __tablename__ = "membership"
    __table_args__ = (
        CheckConstraint("term_end IS NULL OR term_end >= term_start", name="term_order"),
        Index("ix_membership_body_person", "body_id", "person_id"),
    )

    id: Mapped[intpk]
    person_id: Mapped[int] = mapped_column(ForeignKey("person.id"), index=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("body.id"))
    seat_class: Mapped[SeatClass] = mapped_column(enum_column(SeatClass, "seat_class"))
    role: Mapped[MemberRole] = mapped_column(enum_column(MemberRole, "member_role"))
    term_start: Mapped[date] = mapped_column(Date)
    term_end: Mapped[date | None] = mapped_column(Date)
    # The term this one completes (a replacement for the rest of a term), and why a term ended
    # before its planned end.
    replaces_id: Mapped[int | None] = mapped_column(ForeignKey("membership.id"))
    end_reason: Mapped[str | None] = mapped_column(String(200))
    # The motion whose carrying made the appointment (None: seated by an admin).
    source_motion_id: Mapped[int | None] = mapped_column(
        ForeignKey("motion.id", ondelete="SET NULL"), index=True
    )

    person: Mapped[Person] = rel()
    body: Mapped[Body] = rel(back_populates="memberships")

    def as_term(self) -> Term:
        return Term(self.person_id, self.role, self.term_start, self.term_end)

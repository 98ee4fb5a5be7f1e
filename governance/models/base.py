"""Declarative base, naming convention and column types shared by every model."""

from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated

from sqlalchemy import DateTime, Enum, Integer, MetaData, String, TypeDecorator
from sqlalchemy.orm import DeclarativeBase, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC because SQLite drops
    offsets."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where an aware instant is required")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        return value.replace(tzinfo=UTC)


def enum_column(enum_cls: type[StrEnum], name: str):
    """A portable enum: VARCHAR plus a named CHECK constraint, storing the enum's values."""
    return Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
        validate_strings=True,
    )


intpk = Annotated[int, mapped_column(Integer, primary_key=True)]
instant = Annotated[datetime, mapped_column(UTCDateTime())]
name_str = Annotated[str, mapped_column(String(200))]


# Table info marking working state that is not part of the board's record (the sign-in throttle):
# left out of the archive and of record comparisons.
OPERATIONAL = {"record": False}


def record_tables(metadata: MetaData) -> list:
    """The tables that hold the record, in dependency order."""
    return [t for t in metadata.sorted_tables if t.info.get("record", True)]


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: UTCDateTime()}

"""All models, importable from one place so that Alembic sees the whole metadata."""

from .accounts import AccountLink, ApiToken, CalendarFeed, SignInThrottle, User
from .audit import AuditEvent
from .base import Base
from .between import BetweenAction, BetweenSignature
from .meetings import AgendaItem, Attendance, Meeting
from .motions import Motion, MotionEffect, Vote
from .outbox import NotificationPreference, NotificationSchedule, OutboxMessage
from .people import Affiliation, Body, Membership, Organization, Person
from .records import ActionItem, Commentary, Minutes, OfficialSummary

__all__ = [
    "AccountLink",
    "Affiliation",
    "ActionItem",
    "ApiToken",
    "AgendaItem",
    "Attendance",
    "AuditEvent",
    "Base",
    "BetweenAction",
    "BetweenSignature",
    "Body",
    "CalendarFeed",
    "Commentary",
    "Meeting",
    "Membership",
    "Minutes",
    "Motion",
    "MotionEffect",
    "NotificationPreference",
    "NotificationSchedule",
    "OfficialSummary",
    "OutboxMessage",
    "Organization",
    "Person",
    "SignInThrottle",
    "User",
    "Vote",
]

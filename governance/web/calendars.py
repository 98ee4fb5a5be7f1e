"""Calendar events as one viewer may see them: meetings with their agendas, and the deadlines of
decisions between meetings. The public `/calendar.ics` and each user's private feed are this one
function under two policies, so they cannot disagree about what is disclosed."""

from datetime import datetime
from urllib.parse import urlsplit

from flask import current_app, render_template

from ..http.links import absolute
from ..reads import between as between_reads
from ..reads import public as q
from ..render.feeds import CalendarEvent
from ..rules.vocab import ActionKind, MeetingStatus
from ..visibility import Policy

DEADLINE = {ActionKind.WRITTEN_CONSENT: "written consent", ActionKind.E_BALLOT: "e-ballot"}


def _host() -> str:
    return urlsplit(current_app.config["BASE_URL"]).hostname or "localhost"


def _meetings(db, policy: Policy, since: datetime) -> list[CalendarEvent]:
    meetings = q.meetings_from(db, policy, since)
    agendas = q.agenda(db, policy, meetings)
    return [
        CalendarEvent(
            uid=f"meeting-{m.id}@{_host()}",
            stamp=m.agenda_released_at or m.summary_release_at or m.starts_at,
            starts_at=m.starts_at,
            ends_at=m.starts_at + m.kind.typical_duration,
            # "Board of Directors: Board of Directors meeting" says the body twice.
            summary=m.title
            if m.body.name.lower() in m.title.lower()
            else f"{m.body.name}: {m.title}",
            description=render_template(
                "public/calendar_agenda.txt", meeting=m, entries=agendas.get(m.id, [])
            ),
            url=absolute("board.meeting", meeting_id=m.id)
            if policy.board(m)
            else absolute("public.meeting", meeting_id=m.id),
            location=m.location,
            cancelled=m.status == MeetingStatus.CANCELLED,
        )
        for m in meetings
    ]


def _deadlines(db, policy: Policy, since: datetime) -> list[CalendarEvent]:
    return [
        CalendarEvent(
            uid=f"decision-{a.id}@{_host()}",
            stamp=a.created_at,
            starts_at=a.closes_at,
            summary=f"{a.body.name}: {DEADLINE[a.kind]} closes",
            description=a.text,
            url=absolute("between.board")
            if policy.viewer.is_board_side(a.body_id)
            else absolute("between.public_action", action_id=a.id),
        )
        for a in between_reads.deadlines(db, policy, since)
    ]


def events(db, policy: Policy, since: datetime) -> list[CalendarEvent]:
    found = _meetings(db, policy, since) + _deadlines(db, policy, since)
    return sorted(found, key=lambda e: (e.starts_at, e.uid))

"""Calendar invitations (RFC 5546 iTIP): METHOD:REQUEST with a stable UID and a SEQUENCE that
rises with each change to the meeting, METHOD:CANCEL when it is cancelled."""

from datetime import datetime

from ..models import Meeting
from ..render.feeds import ical_lines, ical_stamp, ical_text


def invitation(
    meeting: Meeting,
    *,
    uid: str,
    seq: int,
    stamp: datetime,
    summary: str,
    description: str,
    url: str,
    organizer: str,
    attendee: str,
    cancel: bool,
) -> tuple[str, str]:
    """(method, the iCalendar text) of one invitation."""
    method = "CANCEL" if cancel else "REQUEST"
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//governance//board tracker//EN",
        "CALSCALE:GREGORIAN",
        f"METHOD:{method}",
        "BEGIN:VEVENT",
        f"UID:{ical_text(uid)}",
        f"SEQUENCE:{seq}",
        f"DTSTAMP:{ical_stamp(stamp)}",
        f"DTSTART:{ical_stamp(meeting.starts_at)}",
        f"DTEND:{ical_stamp(meeting.starts_at + meeting.kind.typical_duration)}",
        f"SUMMARY:{ical_text(summary)}",
        f"DESCRIPTION:{ical_text(description)}",
        f"URL:{url}",
        f"ORGANIZER:mailto:{organizer}",
        f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=FALSE:mailto:{attendee}",
    ]
    if meeting.location:
        lines.append(f"LOCATION:{ical_text(meeting.location)}")
    lines += [f"STATUS:{'CANCELLED' if cancel else 'CONFIRMED'}", "END:VEVENT", "END:VCALENDAR"]
    return method, ical_lines(lines)

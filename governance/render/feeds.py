"""Atom, iCalendar and sitemap documents from plain values.

Every URL in them is absolute and built from the configured base URL by the caller; nothing here
reads the request. XML is built with ElementTree, so text is escaped by construction; iCalendar
text is escaped and folded as RFC 5545 says.
"""

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from xml.etree import ElementTree as ET

ATOM_NS = "http://www.w3.org/2005/Atom"
AUDIT_NS = "https://governance.invalid/ns/audit"
SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# Characters XML 1.0 cannot carry even escaped. Input refuses them (rules.text); text stored
# before that rule is shown with a replacement character rather than breaking the whole feed.
XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


@dataclass(frozen=True)
class FeedEntry:
    id: str
    title: str
    url: str
    updated: datetime
    html: str
    summary: str = ""


def _rfc3339(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _xml(root: ET.Element) -> bytes:
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def atom(
    title: str,
    feed_id: str,
    self_url: str,
    home_url: str,
    entries: list[FeedEntry],
    audit_head: dict | None = None,
):
    """An Atom feed; it is as new as its newest entry (stable bytes while nothing changes).
    `audit_head` (id, hash, count, at) becomes an extension element `audit:head`."""
    ET.register_namespace("", ATOM_NS)
    ET.register_namespace("audit", AUDIT_NS)

    def sub(parent, tag, text=None, **attrs):
        element = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
        if text is not None:
            element.text = XML_INVALID.sub("\ufffd", text)
        return element

    feed = ET.Element(f"{{{ATOM_NS}}}feed")
    sub(feed, "title", title)
    sub(feed, "id", feed_id)
    sub(feed, "link", rel="self", href=self_url)
    sub(feed, "link", rel="alternate", href=home_url)
    sub(feed, "updated", _rfc3339(max((e.updated for e in entries), default=EPOCH)))
    sub(sub(feed, "author"), "name", title)
    if audit_head is not None:
        attrs = {k: str(v) for k, v in audit_head.items() if k != "hash"}
        ET.SubElement(feed, f"{{{AUDIT_NS}}}head", attrs).text = audit_head["hash"]
    for e in entries:
        entry = sub(feed, "entry")
        sub(entry, "id", e.id)
        sub(entry, "title", e.title)
        sub(entry, "link", rel="alternate", href=e.url)
        sub(entry, "published", _rfc3339(e.updated))
        sub(entry, "updated", _rfc3339(e.updated))
        if e.summary:
            sub(entry, "summary", e.summary)
        sub(entry, "content", e.html, type="html")
    return _xml(feed)


def sitemap(urls: list[str]) -> bytes:
    ET.register_namespace("", SITEMAP_NS)
    root = ET.Element(f"{{{SITEMAP_NS}}}urlset")
    for url in urls:
        ET.SubElement(
            ET.SubElement(root, f"{{{SITEMAP_NS}}}url"), f"{{{SITEMAP_NS}}}loc"
        ).text = url
    return _xml(root)


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    stamp: datetime
    starts_at: datetime
    summary: str
    description: str
    url: str
    location: str | None = None
    cancelled: bool = False
    ends_at: datetime | None = None


def ical_text(value: str) -> str:
    """RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped; other controls dropped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    return "".join(c for c in value if c >= " " or c == "\t")


def _fold(line: str) -> str:
    """Lines of at most 75 octets, continued with CRLF and a space (never inside a character)."""
    out, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not out else 74):
            out.append(current.decode())
            current = b""
        current += encoded
    out.append(current.decode())
    return "\r\n ".join(out)


def ical_stamp(instant: datetime) -> str:
    return instant.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def ical_lines(lines: list[str]) -> str:
    """Content lines as an iCalendar object: folded, CRLF-terminated."""
    return "\r\n".join(_fold(line) for line in lines) + "\r\n"


def icalendar(name: str, events: list[CalendarEvent]) -> bytes:
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//governance//board tracker//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{ical_text(name)}",
    ]
    for e in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ical_text(e.uid)}",
            f"DTSTAMP:{ical_stamp(e.stamp)}",
            f"DTSTART:{ical_stamp(e.starts_at)}",
            *([f"DTEND:{ical_stamp(e.ends_at)}"] if e.ends_at else []),
            f"SUMMARY:{ical_text(e.summary)}",
            f"DESCRIPTION:{ical_text(e.description)}",
            f"URL:{e.url}",
        ]
        if e.location:
            lines.append(f"LOCATION:{ical_text(e.location)}")
        lines.append("STATUS:CANCELLED" if e.cancelled else "STATUS:CONFIRMED")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return ical_lines(lines).encode()

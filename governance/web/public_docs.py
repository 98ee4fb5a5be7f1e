"""Public documents: PDFs, the Atom feed, the iCalendar feed and the sitemap.

The summary and minutes PDFs, the feeds and the sitemap are the public edition for everyone
(signed in or not), so caches may share them. The board PDF is the board edition, private.
Absolute URLs come from BASE_URL, never from the request's Host header.
"""

import hashlib
from datetime import timedelta

from flask import abort, current_app, render_template

from ..http.links import absolute
from ..http.session import get_db
from ..http.viewer import request_policy
from ..lru import LRU
from ..reads import between as between_reads
from ..reads import public as q
from ..render import feeds
from ..render.markdown import render as render_markdown
from ..render.print_job import print_pdf
from ..rules.disclosure import PUBLIC
from ..visibility import Policy
from . import calendars, page_cache
from .public import bp, found
from .public_http import respond

# Rendered PDFs by the digest of the exact HTML they were rendered from: the same HTML gives
# the same PDF, so an entry can be neither stale nor another edition's. A 20-page PDF takes
# WeasyPrint about two seconds; the HTML, a few milliseconds. Unlike the page cache, entries
# survive unrelated writes and serve signed-in readers too.
PDF_CACHE_SIZE = 64


def _render_pdf(html: str) -> bytes:
    """Bounded in time and memory: past either, `TooLargeToPrint` (a 503 page)."""
    config = current_app.config
    return print_pdf(html, config["BASE_URL"], config["PDF_SECONDS"], config["PDF_MEMORY_MB"])


def _cached_pdf(html: str) -> bytes:
    base_url = current_app.config["BASE_URL"]
    if not current_app.config.get("PDF_CACHE", True):
        return _render_pdf(html)
    cache = current_app.extensions.setdefault("governance.pdf_cache", LRU(PDF_CACHE_SIZE))
    key = hashlib.sha256(f"{base_url}\0{html}".encode()).hexdigest()
    body = cache.get(key)
    if body is None:
        body = _render_pdf(html)
        cache.put(key, body)
    return body


def _pdf(template: str, record, filename: str, policy: Policy, shared: bool | None):
    html = render_template(
        template,
        record=record,
        policy=policy,
        now=policy.now,
        base_url=current_app.config["BASE_URL"],
    )
    body = _cached_pdf(html)
    return respond(
        body,
        policy.now,
        mimetype="application/pdf",
        shared=shared,
        meeting_ids=[record.meeting.id],
        headers={"Content-Disposition": f'inline; filename="{filename}"'},
    )


def _public_policy() -> Policy:
    """The public edition, whoever asks: documents caches may share."""
    return Policy(PUBLIC, request_policy().now)


def _public_record(meeting_id: int) -> tuple[Policy, q.MeetingRecord]:
    """The public edition of a meeting's record, whoever asks."""
    db, policy = get_db(), _public_policy()
    meeting = found(q.known_meeting(db, policy, meeting_id))
    return policy, q.meeting_record(db, policy, meeting)


# The public PDF editions: the record part each needs, and its template.
DOCUMENTS = {"summary": "public/pdf/summary.html", "minutes": "public/pdf/minutes.html"}


@bp.get("/meetings/<int:meeting_id>/<any(summary, minutes):document>.pdf")
@page_cache.varies_on()
def document_pdf(meeting_id: int, document: str):
    """The official summary or the approved minutes, once released; 404 before, for everyone."""
    policy, record = _public_record(meeting_id)
    found(getattr(record, document))
    name = f"{document}-{meeting_id}.pdf"
    # The public edition for everyone, but a signed-in download stays private like every
    # signed-in response (shared=None).
    return _pdf(DOCUMENTS[document], record, name, policy, shared=None)


@bp.get("/meetings/<int:meeting_id>/board.pdf")
@page_cache.varies_on()
def board_pdf(meeting_id: int):
    """The board edition, confidential and embargoed parts included; the public gets a 404."""
    db, policy = get_db(), request_policy()
    meeting = found(q.known_meeting(db, policy, meeting_id))
    if not policy.board(meeting):
        abort(404)
    record = q.meeting_record(db, policy, meeting, votes=True)
    return _pdf("public/pdf/board.html", record, f"board-{meeting_id}.pdf", policy, shared=False)


@bp.get("/feed.atom")
@page_cache.varies_on()
def feed():
    """One entry per released official summary, dated at its release instant (and one per
    withdrawn summary); one per decision between meetings from its public release, dated again
    when its result is known."""
    db, policy = get_db(), _public_policy()
    entries = [
        feeds.FeedEntry(
            id=absolute("public.meeting", meeting_id=m.id) + "#summary",
            title=f"Official summary: {m.title}",
            url=absolute("public.meeting", meeting_id=m.id),
            updated=m.summary_release_at,
            html=str(render_markdown(s.body)),
            summary=f"{m.body.name}, {m.starts_at:%Y-%m-%d}",
        )
        for s, m in q.feed_summaries(db, policy)
    ]
    entries += [
        feeds.FeedEntry(
            id=absolute("public.meeting", meeting_id=m.id) + "#summary",
            title=f"Official summary withdrawn: {m.title}",
            url=absolute("public.meeting", meeting_id=m.id),
            updated=m.summary_withdrawn_at,
            html=str(render_template("public/withdrawn.html", meeting=m)),
            summary=f"{m.body.name}, {m.starts_at:%Y-%m-%d}",
        )
        for m in q.feed_withdrawals(db, policy)
    ]
    entries += [
        feeds.FeedEntry(
            id=absolute("between.public_action", action_id=r.action.id),
            title=f"{'Written consent' if r.action.is_consent else 'E-ballot'}: {r.action.text}",
            url=absolute("between.public_action", action_id=r.action.id),
            updated=at,
            html=render_template("between/feed_entry.html", record=r),
            summary=f"{r.action.body.name}, closing {r.action.closes_at:%Y-%m-%d}",
        )
        for r, at in between_reads.feed_records(db, policy, q.FEED_ENTRIES)
    ]
    entries.sort(key=lambda e: e.updated, reverse=True)
    name = current_app.config["FOUNDATION_NAME"]
    audit_head = q.published_audit_head(db, policy)
    body = feeds.atom(
        f"{name} — official board summaries",
        absolute("public.feed"),
        absolute("public.feed"),
        absolute("public.index"),
        entries,
        audit_head.public() if audit_head else None,
    )
    return respond(body, policy.now, mimetype="application/atom+xml", shared=True)


# A subscribed calendar keeps what it has seen; the feed carries the recent past and the future.
CALENDAR_PAST = timedelta(days=90)


@bp.get("/calendar.ics")
@page_cache.varies_on()
def calendar():
    """Recent and upcoming meetings the public knows of, each with its agenda as published, and
    the deadlines of released decisions between meetings."""
    db, policy = get_db(), _public_policy()
    events = calendars.events(db, policy, policy.now - CALENDAR_PAST)
    body = feeds.icalendar(f"{current_app.config['FOUNDATION_NAME']} board meetings", events)
    return respond(body, policy.now, mimetype="text/calendar", shared=True)


@bp.get("/sitemap.xml")
@page_cache.varies_on()
def sitemap():
    db, policy = get_db(), _public_policy()
    meeting_ids, motion_ids, people, bodies = q.sitemap_entries(db, policy)
    urls = [absolute("public.index"), absolute("public.search")]
    urls += [absolute("public.meeting", meeting_id=i) for i in meeting_ids]
    urls += [absolute("public.motion", motion_id=i) for i in motion_ids]
    urls += [absolute("public.person", slug=s) for s in people]
    urls += [absolute("public.body", slug=s) for s in bodies]
    return respond(feeds.sitemap(urls), policy.now, mimetype="application/xml", shared=True)

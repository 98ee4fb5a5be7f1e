"""Rendered public pages, kept per worker so that the day a summary is released the whole
community can read it at the speed of a dictionary lookup.

An entry is served only when all of these hold, and is otherwise rendered afresh:
* the request is an anonymous GET (no signed-in user, no pending flash, no Authorization);
* the data version is the one it was rendered at — every state change writes an audit event,
  so the hash at the head of the audit chain changes with every change (one lookup at the end of
  the primary key per request); being a hash of the whole history, it never repeats even where
  ids are reused (a database emptied and refilled, an archive restored);
* `rendered_at <= now < expires_at`, where expires_at comes from the response's own max-age,
  which never reaches past the next release instant that could change the page.
Only shared (`public`) 200 responses are stored. Bulk loads that bypass the services (the
synthetic benchmark board) must be done before the app serves.
"""

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask, Response, current_app, g, request, session
from flask_login import current_user
from sqlalchemy import select

from .. import visibility
from ..lru import LRU
from ..models import AuditEvent

# A worker's memory for pages, whatever their sizes: a thousand long search pages must not cost
# more than this (the bound by entries alone let 600 varied requests grow a worker by 56 MB).
MAX_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class Entry:
    version: str
    rendered_at: datetime
    expires_at: datetime
    body: bytes
    headers: tuple


def _weight(entry: Entry) -> int:
    return len(entry.body) + sum(len(k) + len(v) for k, v in entry.headers)


class PageCache:
    def __init__(self, max_bytes: int = MAX_BYTES):
        self.entries: LRU[str, Entry] = LRU(max_bytes, _weight)

    def get(self, key: str, version: str, now: datetime) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None or entry.version != version:
            return None
        if not entry.rendered_at <= now < entry.expires_at:
            return None
        return entry

    def put(self, key: str, entry: Entry) -> None:
        self.entries.put(key, entry)


def _eligible() -> bool:
    return (
        request.method == "GET"
        and "Authorization" not in request.headers
        and "_flashes" not in session
        and not current_user.is_authenticated
    )


def _serve(entry: Entry, now: datetime) -> Response:
    """The stored page, its max-age counted down to what is left: a downstream cache may keep it
    no later than the fresh render would have allowed."""
    left = math.floor((entry.expires_at - now).total_seconds())
    headers = [(k, v) for k, v in entry.headers if k != "Cache-Control"]
    headers.append(("Cache-Control", f"public, max-age={left}"))
    response = Response(entry.body, headers=headers)
    etag, _ = response.get_etag()
    asked = request.if_none_match
    if etag and not asked.star_tag and asked.contains_weak(etag):
        return Response(
            status=304,
            headers=[(k, v) for k, v in headers if k in ("Cache-Control", "ETag", "Vary")],
        )
    return response


DATA_VERSION = select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)


def _data_version() -> str:
    """The audit chain's head hash, read on a pooled connection without an ORM session (whose
    set-up is most of the cost of a cached page)."""
    engine = current_app.extensions["governance.db"].engine
    # One statement needs no transaction: autocommit spares PostgreSQL a BEGIN and a ROLLBACK.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        return conn.execute(DATA_VERSION).scalar() or ""


def before() -> Response | None:
    if not current_app.config.get("PAGE_CACHE", True) or not _eligible():
        return None
    version = _data_version()
    now = visibility.now()
    entry = current_app.extensions["governance.page_cache"].get(request.full_path, version, now)
    if entry is not None:
        return _serve(entry, now)
    g.page_cache = (version, now)
    return None


def after(response: Response) -> Response:
    pending = g.pop("page_cache", None)
    control = response.cache_control
    if pending is None or response.status_code != 200 or not control.public:
        return response
    if not control.max_age or response.direct_passthrough:
        return response
    version, rendered_at = pending
    headers = tuple((k, v) for k, v in response.headers.items() if k != "Content-Length")
    current_app.extensions["governance.page_cache"].put(
        request.full_path,
        Entry(
            version,
            rendered_at,
            rendered_at + timedelta(seconds=control.max_age),
            response.get_data(),
            headers,
        ),
    )
    return response


def init_app(app: Flask) -> None:
    app.extensions["governance.page_cache"] = PageCache(
        max_bytes=app.config.get("PAGE_CACHE_BYTES", MAX_BYTES)
    )

"""Rendered public pages, kept per worker so that the day a summary is released the whole
community can read it at the speed of a dictionary lookup.

An entry is served only when all of these hold, and is otherwise rendered afresh:
* the request is an anonymous GET (no signed-in user, no pending flash, no Authorization);
* nothing it shows has changed since it was rendered. Each entry carries the keys of the
  records it was rendered from (`shows`; a page that names none carries `PUBLIC`, which every
  public change touches), and before each lookup the worker reads the audit events written since
  it last looked — every state change writes one, whichever worker or app server made it — and
  notes per key the newest event that touched it (`reads/changes.py` says which keys an event
  touches). The audit table is all that workers and app servers share, and all they need to:
  its ids grow in commit order, since every writer appends under the chain's lock;
* `rendered_at <= now < expires_at`, where expires_at comes from the response's own max-age,
  which never reaches past the next release instant that could change the page.
The worker remembers the newest event it has seen by id *and hash*: if that event is gone or is
another (a database emptied and refilled, an archive restored: ids repeat, hashes never do), it
forgets every page. Only shared (`public`) 200 responses are stored. Bulk loads that bypass the
services (the synthetic benchmark board) must be done before the app serves.
"""

import math
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import Flask, Response, current_app, g, request, session
from flask_login import current_user
from sqlalchemy import Connection, bindparam, select

from .. import visibility
from ..lru import LRU
from ..models import AuditEvent
from ..reads import changes

# A worker's memory for pages, whatever their sizes: a thousand long search pages must not cost
# more than this (the bound by entries alone let 600 varied requests grow a worker by 56 MB).
MAX_BYTES = 16 * 1024 * 1024
# More new events than this at once (a bulk import): cheaper to forget every page than to sort
# out what each touched.
CATCH_UP_LIMIT = 500

_NEWER = (
    select(AuditEvent.id, AuditEvent.hash)
    .where(AuditEvent.id >= bindparam("seen"))
    .order_by(AuditEvent.id)
    .limit(CATCH_UP_LIMIT + 2)
)
_HEAD = select(AuditEvent.id, AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)


@dataclass(frozen=True)
class Entry:
    epoch: int  # the cache's life it was rendered in (a refilled database starts a new one)
    seen: int  # the newest audit event the render could not have missed
    keys: frozenset[str]  # the records it shows
    rendered_at: datetime
    expires_at: datetime
    body: bytes
    headers: tuple


def _weight(entry: Entry) -> int:
    return len(entry.body) + sum(len(k) + len(v) for k, v in entry.headers)


class PageCache:
    def __init__(self, max_bytes: int = MAX_BYTES):
        self.entries: LRU[str, Entry] = LRU(max_bytes, _weight)
        self._lock = threading.Lock()
        self._epoch = 0
        self._head: tuple[int, str] | None = None  # (id, hash) of the newest event taken in
        self._changed: dict[str, int] = {}  # key -> id of the newest event that touched it

    def mark(self) -> tuple[int, int]:
        """(epoch, newest event taken in) for a render that starts now."""
        with self._lock:
            return self._epoch, self._head[0] if self._head else 0

    def unchanged(self, entry: Entry) -> bool:
        if entry.epoch != self._epoch:
            return False
        changed = self._changed
        return all(changed.get(k, 0) <= entry.seen for k in (*entry.keys, changes.EVERYTHING))

    def get(self, key: str, now: datetime) -> Entry | None:
        entry = self.entries.get(key)
        if entry is None or not self.unchanged(entry):
            return None
        if not entry.rendered_at <= now < entry.expires_at:
            return None
        return entry

    def put(self, key: str, entry: Entry) -> None:
        if entry.epoch == self._epoch:
            self.entries.put(key, entry)

    def catch_up(self, conn: Connection) -> None:
        """Take in the audit events written since the last look (usually none: one indexed
        lookup of the newest event seen)."""
        with self._lock:
            epoch, head = self._epoch, self._head
        if head is None:
            return self._restart(conn)
        rows = conn.execute(_NEWER, {"seen": head[0]}).all()
        if head[0]:
            if not rows or tuple(rows[0]) != head:
                return self._restart(conn)
            rows = rows[1:]
        if not rows:
            return None
        if len(rows) > CATCH_UP_LIMIT:
            return self._restart(conn)
        keys = changes.touched(conn, [row.id for row in rows])
        newest = tuple(rows[-1])
        with self._lock:
            if self._epoch != epoch:
                return None
            for key in keys:
                self._changed[key] = max(self._changed.get(key, 0), newest[0])
            if self._head is None or newest[0] > self._head[0]:
                self._head = newest
        return None

    def _restart(self, conn: Connection) -> None:
        newest = conn.execute(_HEAD).first()
        with self._lock:
            self._epoch += 1
            self._changed.clear()
            self._head = tuple(newest) if newest else (0, "")
            self.entries.clear()


def shows(*keys: str) -> None:
    """The records (`reads.changes` keys) the page being rendered shows: a change to any of them
    evicts it. A page that names none is evicted by any public change."""
    g.setdefault("page_shows", set()).update(keys)


def varies_on(**params):
    """The query parameters a cached view reads, each with the type it reads it as
    (`@varies_on(page=int)`): its pages are kept by these values alone, so a query string made
    up to miss the cache (`?x=1`, `?page=01`) is served the page it would render. A view that
    declares nothing is kept by its whole query string."""

    def declare(view):
        view.page_cache_params = params
        return view

    return declare


def _key() -> str:
    view = current_app.view_functions.get(request.endpoint)
    params = getattr(view, "page_cache_params", None)
    if params is None:
        return request.full_path
    values = [f"{name}={request.args.get(name, type=kind)!r}" for name, kind in params.items()]
    return "?".join([request.path, *values])


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


def _cache() -> PageCache:
    return current_app.extensions["governance.page_cache"]


def before() -> Response | None:
    if not current_app.config.get("PAGE_CACHE", True) or not _eligible():
        return None
    cache = _cache()
    engine = current_app.extensions["governance.db"].engine
    # A pooled connection without an ORM session (whose set-up is most of the cost of a cached
    # page); one statement needs no transaction: autocommit spares PostgreSQL a BEGIN and a
    # ROLLBACK.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        cache.catch_up(conn)
    epoch, seen = cache.mark()
    now = visibility.now()
    key = _key()
    entry = cache.get(key, now)
    if entry is not None:
        return _serve(entry, now)
    g.page_cache = (key, epoch, seen, now)
    return None


def after(response: Response) -> Response:
    pending = g.pop("page_cache", None)
    control = response.cache_control
    if pending is None or response.status_code != 200 or not control.public:
        return response
    if not control.max_age or response.direct_passthrough:
        return response
    key, epoch, seen, rendered_at = pending
    headers = tuple((k, v) for k, v in response.headers.items() if k != "Content-Length")
    _cache().put(
        key,
        Entry(
            epoch,
            seen,
            frozenset(g.get("page_shows") or (changes.PUBLIC,)),
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

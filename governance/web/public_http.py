"""What a cache may do with a public-side response, decided from the policy's next change.

* Shared (anonymous, or a document that is the same for everyone): `public, max-age=N`, where N
  never reaches past the next release instant that could change the response, capped by
  PUBLIC_MAX_AGE; an ETag over the edition and the bytes; a matching If-None-Match earns a 304.
* Private (anything rendered for a signed-in user, or that touched the session): `private,
  no-store`, an ETag of a different namespace, and never a 304 — so an ETag minted on a
  signed-in view can never earn an anonymous 304.
Every response varies on the cookie.
"""

import hashlib
import math
from datetime import datetime

from flask import Response, current_app, request, session
from flask_login import current_user

from .. import visibility
from ..http.session import get_db
from ..reads import changes
from . import page_cache

DEFAULT_MAX_AGE = 300


def max_age(at: datetime, next_change: datetime | None, cap: int) -> int:
    """Whole seconds a cache may keep the response: never past `next_change`."""
    if next_change is None:
        return cap
    return max(0, min(cap, math.floor((next_change - at).total_seconds())))


def _etag(edition: str, body: bytes) -> str:
    return edition + "-" + hashlib.sha256(edition.encode() + b"\0" + body).hexdigest()[:40]


def respond(
    body,
    at: datetime,
    mimetype: str = "text/html",
    shared: bool | None = None,
    meeting_ids=None,
    headers: dict | None = None,
    action_ids=None,
) -> Response:
    """The response for a public-side view rendered at `at` (the policy's now).

    `shared=None` means: shared for an anonymous viewer, private for a signed-in one (a page
    that shows who is signed in). Documents that are the same for everyone pass shared=True.
    The meetings and actions named are all the page is built from: they bound its freshness in
    time (their next release) and in data (a cached copy is evicted by a change to them).
    """
    page_cache.shows(*map(changes.meeting, meeting_ids or ()))
    page_cache.shows(*map(changes.action, action_ids or ()))
    if isinstance(body, str):
        body = body.encode()
    if shared is None:
        shared = not current_user.is_authenticated
    shared = shared and not session.modified  # a page that flashed or set a cookie is personal
    response = Response(body, mimetype=mimetype, headers=headers)
    response.vary.add("Cookie")
    if not shared:
        response.headers["Cache-Control"] = "private, no-store"
        response.set_etag(_etag("private", body))
        return response
    cap = current_app.config.get("PUBLIC_MAX_AGE", DEFAULT_MAX_AGE)
    upcoming = visibility.next_change(get_db(), at, meeting_ids, action_ids)
    response.headers["Cache-Control"] = f"public, max-age={max_age(at, upcoming, cap)}"
    etag = _etag("public", body)
    response.set_etag(etag)
    asked = request.if_none_match  # only our exact public tag, never "*"
    if not asked.star_tag and asked.contains_weak(etag):
        not_modified = Response(status=304, headers=headers)
        not_modified.headers["Cache-Control"] = response.headers["Cache-Control"]
        not_modified.set_etag(etag)
        not_modified.vary.add("Cookie")
        return not_modified
    return response

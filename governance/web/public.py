"""The public face: what anyone may read, as the disclosure policy allows.

Every view: parse → load through `public_queries` under the request's `Policy` → render →
`public_http.respond` (cache headers from the policy's next change). Hidden and missing answer
the same 404. Signed-in directors of a body and staff get the board edition at the same URLs.
"""

from flask import Blueprint, abort, current_app, render_template, request
from flask_login import current_user

from ..http.session import get_db
from ..http.viewer import request_policy
from ..reads import changes
from ..reads import public as q
from ..rules.clock import format_local
from ..rules.text import clean_text
from ..visibility import Policy
from . import page_cache
from .forms import LogoutForm
from .public_http import respond

bp = Blueprint("public", __name__)
# Anonymous GETs may be answered from the rendered-page cache (see page_cache).
bp.before_request(page_cache.before)
bp.after_request(page_cache.after)


@bp.app_context_processor
def page_context():
    return {
        "foundation": current_app.config["FOUNDATION_NAME"],
        # The header's form is only drawn, never bound to what was posted (which may be a body
        # too large to read, shown on the 413 page).
        "logout_form": LogoutForm(formdata=None) if current_user.is_authenticated else None,
    }


@bp.app_template_filter("local")
def local_time(instant, zone_name):
    return format_local(instant, zone_name) if instant else ""


@bp.app_template_filter("label")
def enum_label(value):
    return str(getattr(value, "value", value) or "").replace("_", " ")


def page(template: str, policy: Policy, meeting_ids=None, **context):
    html = render_template(template, policy=policy, now=policy.now, **context)
    return respond(html, policy.now, meeting_ids=meeting_ids)


def page_number() -> int:
    """`?page=N` of a paged listing; page 0 or below does not exist."""
    number = request.args.get("page", 1, type=int)
    if number < 1:
        abort(404)
    return number


def found(record):
    """Hidden or missing: one and the same 404."""
    if record is None:
        abort(404)
    return record


@bp.get("/")
@page_cache.varies_on(page=int)
def index():
    db, policy = get_db(), request_policy()
    number = page_number()
    listing = q.index_page(db, policy, number)
    if number > 1 and not listing.past:
        abort(404)
    return page(
        "public/index.html",
        policy,
        listing=listing,
        number=number,
        agendas=q.agenda(db, policy, listing.upcoming),
    )


@bp.get("/meetings/<int:meeting_id>")
@page_cache.varies_on()
def meeting(meeting_id: int):
    db, policy = get_db(), request_policy()
    found_meeting = found(q.known_meeting(db, policy, meeting_id))
    record = q.meeting_record(db, policy, found_meeting)
    return page("public/meeting.html", policy, meeting_ids=[meeting_id], record=record)


@bp.get("/motions/<int:motion_id>")
@page_cache.varies_on()
def motion(motion_id: int):
    db, policy = get_db(), request_policy()
    record = found(q.motion_record(db, policy, motion_id))
    # The page may name the meeting whose minutes it approves: its releases count too.
    related = {record.meeting.id, record.motion.approves_minutes_of_id} - {None}
    # An open motion's roll call is drawn from the body's seats as they stand.
    page_cache.shows(changes.body(record.meeting.body_id))
    return page("public/motion.html", policy, meeting_ids=related, record=record)


@bp.get("/people/<slug>")
@page_cache.varies_on(page=int)
def person(slug: str):
    db, policy = get_db(), request_policy()
    number = page_number()
    record = found(q.person_record(db, policy, slug, number))
    if number > 1 and not (record.attendance or record.votes):
        abort(404)
    page_cache.shows(
        changes.person(record.person.id), *changes.meetings_of_person(db, record.person.id)
    )
    return page("public/person.html", policy, record=record, number=number)


@bp.get("/bodies/<slug>")
@page_cache.varies_on(page=int)
def body(slug: str):
    db, policy = get_db(), request_policy()
    number = page_number()
    record = found(q.body_record(db, policy, slug, number))
    if number > 1 and not record.meetings:
        abort(404)
    page_cache.shows(
        changes.body(record.body.id), *(changes.meeting(m.id) for m in record.meetings)
    )
    return page("public/body.html", policy, record=record, number=number)


SEARCH_MIN, SEARCH_MAX = 2, 200


@bp.get("/search")
@page_cache.varies_on(q=str)
def search():
    db, policy = get_db(), request_policy()
    # Checked by request_limits already; NFC so that it spells words as stored text does.
    query = clean_text(request.args.get("q") or "", "q").strip()[:SEARCH_MAX]
    results = q.search(db, policy, query) if len(query) >= SEARCH_MIN else None
    return page(
        "public/search.html", policy, q=query, results=results, snippet=q.snippet, min=SEARCH_MIN
    )

"""A user's private calendar: `/calendar/<token>.ics`, read by calendar programs that carry no
session and no CSRF token — the token is the credential, and it only reads. What it holds is
decided at each request for its user, through the same policy as every other surface."""

from datetime import timedelta

from flask import Blueprint, abort, current_app

from .. import visibility
from ..http.session import get_db
from ..render import feeds
from ..services import calendar_feeds
from ..services.access import viewer_for
from ..visibility import Policy
from . import calendars
from .public_http import respond

bp = Blueprint("calendar_feed", __name__)

# Like the public calendar: the recent past and everything ahead.
PAST = timedelta(days=90)


@bp.get("/calendar/<token>.ics")
def feed(token: str):
    db = get_db()
    user = calendar_feeds.feed_user(db, token)
    if user is None:
        abort(404)
    policy = Policy(viewer_for(db, user), visibility.now())
    name = f"{current_app.config['FOUNDATION_NAME']} — {user.email}"
    body = feeds.icalendar(name, calendars.events(db, policy, policy.now - PAST))
    return respond(body, policy.now, mimetype="text/calendar", shared=False)

"""The public face: what anyone may read, as the disclosure policy allows."""

from flask import Blueprint, current_app, render_template
from flask_login import current_user
from sqlalchemy import or_, select
from sqlalchemy.orm import joinedload

from ..models import Meeting
from ..models.base import utcnow
from ..rules.clock import format_local
from ..services.access import viewer_for
from .forms import LogoutForm
from .session import get_db

bp = Blueprint("public", __name__)


@bp.app_context_processor
def page_context():
    return {
        "foundation": current_app.config["FOUNDATION_NAME"],
        "logout_form": LogoutForm() if current_user.is_authenticated else None,
    }


@bp.app_template_filter("local")
def local_time(instant, zone_name):
    return format_local(instant, zone_name) if instant else ""


def visible_meetings(db, viewer, now):
    """Meetings the viewer may know of: all for the board side; for the public, those whose
    agenda or summary has been released. Filtered in SQL, never after loading."""
    query = select(Meeting).options(joinedload(Meeting.body)).order_by(Meeting.starts_at.desc())
    if not viewer.staff:
        released = or_(Meeting.agenda_released_at <= now, Meeting.summary_release_at <= now)
        if viewer.bodies:
            released = or_(released, Meeting.body_id.in_(viewer.bodies))
        query = query.where(released)
    return db.scalars(query).all()


@bp.get("/")
def index():
    db = get_db()
    now = utcnow()
    meetings = visible_meetings(db, viewer_for(db, current_user), now)
    return render_template("public/index.html", meetings=meetings, now=now)

"""Mail links: the RFC 8058 one-click unsubscribe. A POST to the link in `List-Unsubscribe`
unsubscribes with no session and no CSRF token (the signed token is the credential, and it can
only turn one kind of mail off); a GET never changes anything, it shows a button that POSTs."""

from flask import Blueprint, abort, current_app, render_template

from ..extensions import csrf
from ..models import User
from ..notify.compose import read_unsubscribe_token
from ..services import preferences
from ..services.errors import ServiceError
from ..services.outbox import USER_KINDS
from .session import get_db

bp = Blueprint("notifications", __name__, url_prefix="/notifications")


def _target(token: str) -> tuple[User, str]:
    found = read_unsubscribe_token(current_app.config["SECRET_KEY"], token)
    if found is None or found[1] not in USER_KINDS:
        abort(404)
    user = get_db().get(User, found[0])
    if user is None:
        abort(404)
    return user, found[1]


@bp.get("/unsubscribe/<token>")
def unsubscribe(token: str):
    user, kind = _target(token)
    return render_template("notifications/unsubscribe.html", kind=kind, done=False, token=token)


@bp.post("/unsubscribe/<token>")
@csrf.exempt
def unsubscribe_post(token: str):
    user, kind = _target(token)
    try:
        preferences.set_preference(get_db(), user, user.id, kind, False)
    except ServiceError:
        abort(404)
    return render_template("notifications/unsubscribe.html", kind=kind, done=True, token=token)

"""Mail: the RFC 8058 one-click unsubscribe, one's own preferences, the admin's outbox.

The unsubscribe link: A POST to the link in `List-Unsubscribe`
unsubscribes with no session and no CSRF token (the signed token is the credential, and it can
only turn one kind of mail off); a GET never changes anything, it shows a button that POSTs."""

from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user
from wtforms import BooleanField, SelectField, StringField
from wtforms.validators import Length

from ..extensions import csrf
from ..http.links import absolute
from ..http.session import get_db
from ..models import User
from ..notify import reads
from ..notify.compose import read_unsubscribe_token
from ..rules.vocab import OutboxStatus, UserRole
from ..services import calendar_feeds, outbox, preferences
from ..services.errors import ServiceError
from ..services.outbox import USER_KINDS
from ..services.preferences import DIGEST_KINDS, KIND_LABELS
from .access import role_required
from .account import ANY_ROLE
from .forms import ActionForm, StrictForm, options
from .pages import attempt, flash_refusal, form_status

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
        preferences.set_preferences(get_db(), user, user.id, {kind: False})
    except ServiceError:
        abort(404)
    return render_template("notifications/unsubscribe.html", kind=kind, done=True, token=token)


# --- signed in: one's own preferences; admins: the outbox ----------------------------------


HOURS = options((h, f"{h:02d}:00") for h in range(24))


def _preferences_form(formdata=None):
    """Each kind on or off and, where it can be, in the daily digest; the digest's zone and hour.
    Filled from what is stored, so a field left out of a submission keeps its value."""
    fields = {kind: BooleanField(KIND_LABELS[kind]) for kind in USER_KINDS}
    fields |= {f"{kind}_digest": BooleanField("in the daily digest") for kind in DIGEST_KINDS}
    fields["digest_timezone"] = StringField("Time zone of the digest", [Length(max=64)])
    fields["digest_hour"] = SelectField("Hour of the digest", choices=HOURS, coerce=int)
    db = get_db()
    chosen = preferences.digest_of(db, current_user.id)
    data = preferences.preferences_of(db, current_user.id)
    data |= {f"{kind}_digest": kind in chosen.kinds for kind in DIGEST_KINDS}
    data |= {"digest_timezone": chosen.timezone, "digest_hour": chosen.hour}
    form_class = type("PreferencesForm", (StrictForm,), fields)
    return form_class(data=data) if formdata else form_class(formdata=None, data=data)


def _preferences_page(form=None, feed_url=None, status=200):
    db = get_db()
    form = form or _preferences_form()
    return render_template(
        "notifications/preferences.html",
        form=form,
        kinds=USER_KINDS,
        feed=calendar_feeds.live_feed(db, current_user.id),
        feed_url=feed_url,
        action_form=ActionForm(),
    ), status


@bp.route("/preferences", methods=["GET", "POST"])
@role_required(*ANY_ROLE)
def preferences_page():
    if request.method == "GET":
        return _preferences_page()
    form = _preferences_form(formdata=True)
    if form.validate_on_submit():
        chosen = {kind: bool(form[kind].data) for kind in USER_KINDS}
        digest = {kind: bool(form[f"{kind}_digest"].data) for kind in DIGEST_KINDS}
        saved = attempt(
            form,
            preferences.set_preferences,
            current_user.id,
            chosen,
            digest,
            form.digest_timezone.data.strip(),
            form.digest_hour.data,
        )
        if saved is not None:
            flash("Mail preferences saved.")
            return redirect(url_for("notifications.preferences_page"))
    return _preferences_page(form, status=form_status(form))


@bp.post("/calendar-feed")
@role_required(*ANY_ROLE)
def issue_calendar_feed():
    """A new private calendar link (replacing the old one). Rendered, never redirected or
    flashed: the link must not travel in a URL or in the signed session cookie."""
    form = ActionForm()
    if form.validate_on_submit():
        issued = attempt(form, calendar_feeds.issue_feed)
        if issued is not None:
            return _preferences_page(feed_url=absolute("calendar_feed.feed", token=issued[1]))
    return _refused(form)


@bp.post("/calendar-feed/revoke")
@role_required(*ANY_ROLE)
def revoke_calendar_feed():
    form = ActionForm()
    if form.validate_on_submit() and attempt(form, calendar_feeds.revoke_feed) is not None:
        flash("Calendar link revoked: it answers nothing from now on.")
        return redirect(url_for("notifications.preferences_page"))
    return _refused(form)


def _refused(form):
    flash_refusal(form, "The calendar link was not changed.")
    return _preferences_page(status=422)


@bp.get("/outbox")
@role_required(UserRole.ADMIN)
def outbox_page():
    db = get_db()
    wanted = request.args.get("status")
    status = OutboxStatus(wanted) if wanted in set(OutboxStatus) else None
    return render_template(
        "notifications/outbox.html",
        counts=reads.counts(db),
        lines=reads.messages(db, status),
        status=status,
        action_form=ActionForm(),
    )


@bp.post("/outbox/<int:message_id>/retry")
@role_required(UserRole.ADMIN)
def retry(message_id: int):
    form = ActionForm()
    if form.validate_on_submit() and attempt(form, outbox.retry, message_id) is not None:
        flash(f"Message {message_id} is due again.")
    if form.errors or form.form_errors:
        flash_refusal(form, "", lead=f"Message {message_id} was not sent again: ")
    return redirect(url_for("notifications.outbox_page"))

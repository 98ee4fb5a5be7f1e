"""The private side every board member and staff member shares: dashboards, the meeting record,
the ballot, commentary and action items."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ..http.lookups import action_item_or_404, meeting_or_404, motion_or_404
from ..http.session import get_db
from ..http.viewer import actor, my_bodies, viewer
from ..models import Vote
from ..models.base import utcnow
from ..reads import board as queries
from ..rules.clock import wall_clock
from ..rules.vocab import CommentaryStatus, UserRole
from ..services import motions, records
from ..services.access import is_staff
from .access import role_required
from .auth import safe_next
from .forms import (
    ActionForm,
    ActionItemForm,
    ActionStatusForm,
    CancelMeetingForm,
    CommentaryForm,
    ConfirmForm,
    VoteForm,
    item_choices,
    options,
    reorder_form,
)
from .pages import attempt, flash_refusal, form_status

bp = Blueprint("board", __name__, url_prefix="/board")
ANY_ROLE = (UserRole.DIRECTOR, UserRole.SECRETARY, UserRole.ADMIN)


@bp.get("/")
@role_required(*ANY_ROLE)
def dashboard():
    db, now = get_db(), utcnow()
    if is_staff(actor()):
        return render_template(
            "board/staff_dashboard.html",
            upcoming=queries.upcoming_meetings(db, viewer(), now),
            roll_call=queries.needing_roll_call(db, now),
            open_motions=queries.open_motions(db),
            minutes=queries.minutes_awaiting_approval(db),
            summaries=queries.summaries_awaiting_release(db, now),
        )
    bodies = my_bodies()
    return render_template(
        "board/director_dashboard.html",
        upcoming=queries.upcoming_meetings(db, viewer(), now),
        ballots=queries.open_ballots(db, current_user.person_id, bodies),
        actions=queries.action_items_of(db, current_user.person_id),
        circulated=queries.circulated_minutes(db, bodies),
    )


@bp.get("/meetings")
@role_required(*ANY_ROLE)
def meetings():
    return render_template("board/meetings.html", meetings=queries.meetings_of(get_db(), viewer()))


@bp.get("/meetings/<int:meeting_id>")
@role_required(*ANY_ROLE)
def meeting(meeting_id):
    meeting_or_404(meeting_id)
    record = queries.meeting_record(get_db(), meeting_id, utcnow())
    staff = is_staff(actor())
    action_item_form = None
    if staff:
        action_item_form = ActionItemForm()
        action_item_form.owner_person_id.choices = options((p.id, p.name) for p in record.members)
        action_item_form.agenda_item_id.choices = item_choices(record.meeting.items)
    return render_template(
        "board/meeting.html",
        r=record,
        staff=staff,
        action_form=ActionForm(),
        confirm_form_=ConfirmForm(),
        cancel_form=CancelMeetingForm(),
        reorder=reorder_form(record.meeting.items)() if staff else None,
        action_item_form=action_item_form,
    )


def _vote_form(motion, vote: Vote | None) -> VoteForm:
    form = VoteForm(prefix=f"m{motion.id}")
    if request.method == "GET":
        if vote is not None:
            form.choice.data, form.reason.data = vote.choice.value, vote.reason
        else:
            form.reason.data = motions.suggested_reason(get_db(), motion, current_user.person_id)
    return form


@bp.get("/ballot")
@role_required(UserRole.DIRECTOR)
def ballot():
    entries = queries.open_ballots(get_db(), current_user.person_id, my_bodies())
    forms = {m.id: _vote_form(m, v) for m, v in entries}
    return _ballot_page(entries, forms)


def _ballot_page(entries, forms, code=200):
    """Each open motion with its threshold, mover and seconder, and the count so far."""
    progress = queries.ballot_progress(get_db(), [m for m, _ in entries], utcnow())
    return render_template(
        "board/ballot.html", entries=entries, forms=forms, progress=progress
    ), code


@bp.post("/motions/<int:motion_id>/vote")
@role_required(UserRole.DIRECTOR)
def vote(motion_id):
    motion = motion_or_404(motion_id)
    form = VoteForm(prefix=f"m{motion.id}")
    if form.validate_on_submit():
        cast = attempt(form, motions.cast_vote, motion.id, form.choice.data, form.reason.data)
        if cast is not None:
            flash(
                f"Your vote “{cast.choice.value}” is recorded. You may change it until the "
                "motion closes."
            )
            return redirect(url_for("board.ballot"))
    entries = queries.open_ballots(get_db(), current_user.person_id, my_bodies())
    if all(m.id != motion.id for m, _ in entries):
        # The motion closed (or never opened): it is not on the ballot to show the error beside.
        flash_refusal(form, "not open", lead="Your vote was not recorded: ")
        return redirect(url_for("board.ballot"))
    forms = {m.id: _vote_form(m, v) for m, v in entries}
    forms[motion.id] = form
    return _ballot_page(entries, forms, 422)


@bp.route("/meetings/<int:meeting_id>/commentary", methods=["GET", "POST"])
@role_required(UserRole.DIRECTOR)
def commentary(meeting_id):
    meeting = meeting_or_404(meeting_id)
    db = get_db()
    mine = queries.commentary_by(db, meeting.id, current_user.person_id)
    form = CommentaryForm()
    if request.method == "GET" and mine is not None:
        form.body.data = mine.body
        form.publish.data = mine.status == CommentaryStatus.SCHEDULED
        form.publish_at.data = wall_clock(mine.publish_at, meeting.timezone)
    if form.validate_on_submit():
        saved = attempt(
            form,
            records.save_commentary,
            meeting.id,
            form.body.data,
            form.publish.data,
            form.publish_at.data,
        )
        if saved is not None:
            flash("Commentary saved" + (" and scheduled." if form.publish.data else " as a draft."))
            return redirect(url_for("board.commentary", meeting_id=meeting.id))
    status = form_status(form)
    return render_template("board/commentary.html", meeting=meeting, form=form), status


@bp.get("/actions")
@role_required(UserRole.DIRECTOR)
def actions():
    items = queries.action_items_of(get_db(), current_user.person_id)
    forms = {}
    for item in items:
        form = ActionStatusForm(prefix=f"a{item.id}")
        form.status.data = item.status.value
        forms[item.id] = form
    return render_template("board/actions.html", items=items, forms=forms)


@bp.post("/actions/<int:item_id>/status")
@role_required(*ANY_ROLE)
def action_status(item_id):
    item = action_item_or_404(item_id)
    form = ActionStatusForm(prefix=f"a{item.id}")
    if form.validate_on_submit() and attempt(
        form, records.set_action_status, item.id, form.status.data
    ):
        flash("Action item updated.")
    elif form.errors or form.form_errors:
        flash_refusal(form, "", lead="The action item could not be updated: ")
    return redirect(request.referrer if _same_site(request.referrer) else url_for("board.actions"))


def _same_site(url: str | None) -> bool:
    if not url:
        return False
    host = request.host_url.rstrip("/")
    return url.startswith(host + "/") and safe_next(url[len(host) :]) is not None

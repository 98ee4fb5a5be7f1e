"""The secretary's work on a meeting: scheduling, the agenda, the roll call, motions and votes,
minutes, the official summary and action items. Staff only; every change is one service call."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from markupsafe import Markup

from ..http.lookups import agenda_item_or_404, meeting_or_404, motion_or_404
from ..http.session import get_db
from ..models import Meeting
from ..models.base import utcnow
from ..reads import admin as directory_reads
from ..reads import board as queries
from ..render.markdown import render as render_markdown
from ..rules.clock import wall_clock
from ..rules.errors import RuleViolation
from ..rules.vocab import EffectKind, MemberRole, MotionStatus, SummaryStatus, UserRole
from ..services import agenda, attendance, between, meetings, motion_effects, motions, records
from ..services.errors import Invalid
from ..services.markdown_input import markdown_text
from .access import role_required
from .forms import (
    ActionForm,
    ActionItemForm,
    AgendaItemForm,
    AllVoteForm,
    CancelMeetingForm,
    ConfirmForm,
    EveryoneForm,
    GuestForm,
    MeetingEditForm,
    MeetingForm,
    MinutesForm,
    MotionEditForm,
    MotionEffectForm,
    MotionForm,
    MoveForm,
    StatusForm,
    SummaryForm,
    VoteCorrectionForm,
    item_choices,
    options,
    reorder_form,
    roll_call_form,
    roll_call_vote_form,
    shown,
)
from .pages import attempt, flash_refusal, form_status, submit

bp = Blueprint("secretariat", __name__, url_prefix="/secretariat")
# The Markdown preview sits under the page's "Preview" h2: its headings start at h3.
PREVIEW_UNDER = 2
STAFF = (UserRole.SECRETARY, UserRole.ADMIN)
NONE = 0  # the "none" choice of an optional select whose values are ids


def _to_meeting(meeting_id: int, anchor: str = ""):
    return redirect(url_for("board.meeting", meeting_id=meeting_id) + anchor)


def _local(instant, meeting):
    return wall_clock(instant, meeting.timezone)


def _none_if_zero(value):
    return None if value in (None, NONE) else value


# --- meetings ---------------------------------------------------------------------------------


@bp.route("/meetings/new", methods=["GET", "POST"])
@role_required(*STAFF)
def new_meeting():
    db = get_db()
    form = _chair_choices(MeetingForm())
    form.body_id.choices = options((b.id, b.name) for b in queries.bodies_by_name(db))
    if form.validate_on_submit():
        meeting = attempt(
            form,
            meetings.create_meeting,
            form.body_id.data,
            form.title.data,
            form.starts_at.data,
            form.timezone.data,
            form.kind.data,
            form.location.data,
            _none_if_zero(form.chair_id.data),
        )
        if meeting is not None:
            flash("Meeting created. Build its agenda, then publish it.")
            return _to_meeting(meeting.id)
    return render_template("secretariat/meeting_form.html", form=form), form_status(form)


def _chair_choices(form):
    people = queries.people_by_name(get_db())
    form.chair_id.choices = options(
        [(NONE, "— the body's chair —")] + [(p.id, p.name) for p in people]
    )
    return form


@bp.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
@role_required(*STAFF)
def edit_meeting(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = _chair_choices(MeetingEditForm())
    if request.method == "GET":
        form.title.data, form.location.data = meeting.title, meeting.location
        form.starts_at.data = _local(meeting.starts_at, meeting)
        form.timezone.data, form.kind.data = meeting.timezone, meeting.kind.value
        form.chair_id.data = meeting.chair_id or NONE
    if form.validate_on_submit() and attempt(
        form,
        meetings.update_meeting,
        meeting.id,
        form.title.data,
        form.starts_at.data,
        form.timezone.data,
        form.kind.data,
        form.location.data,
        _none_if_zero(form.chair_id.data),
    ):
        flash("Meeting details saved.")
        return _to_meeting(meeting.id)
    return render_template(
        "secretariat/meeting_form.html", form=form, meeting=meeting
    ), form_status(form)


@bp.post("/meetings/<int:meeting_id>/publish")
@role_required(*STAFF)
def publish_agenda(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = ConfirmForm()
    submit(
        form,
        meetings.publish_agenda,
        meeting.id,
        done="Agenda published: the public now sees the open-session item titles.",
        refused="The agenda could not be published.",
    )
    return _to_meeting(meeting.id)


@bp.post("/meetings/<int:meeting_id>/status")
@role_required(*STAFF)
def set_status(meeting_id):
    """Open, adjourn or reinstate; cancelling has its own confirmed form with a reason."""
    meeting = meeting_or_404(meeting_id)
    form = StatusForm()
    submit(
        form,
        meetings.set_status,
        meeting.id,
        form.status.data,
        done=f"Meeting is now {form.status.data.replace('_', ' ')}.",
        refused="The status could not be changed.",
    )
    return _to_meeting(meeting.id)


@bp.post("/meetings/<int:meeting_id>/cancel")
@role_required(*STAFF)
def cancel_meeting(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = CancelMeetingForm()
    submit(
        form,
        meetings.set_status,
        meeting.id,
        "cancelled",
        form.reason.data,
        done="Meeting cancelled. It can be reinstated from its page.",
        refused="The meeting could not be cancelled.",
    )
    return _to_meeting(meeting.id)


# --- agenda -----------------------------------------------------------------------------------


def _item_args(form):
    return dict(
        title=form.title.data,
        kind=form.kind.data,
        presenters=form.presenters.data,
        notes=form.notes.data,
        disclosure=form.disclosure.data,
        disclosed_at=form.disclosed_at.data,
        public_topic=form.public_topic.data,
    )


@bp.route("/meetings/<int:meeting_id>/items/new", methods=["GET", "POST"])
@role_required(*STAFF)
def new_item(meeting_id):
    meeting = meeting_or_404(meeting_id)
    db = get_db()
    form = AgendaItemForm()
    carry = agenda.postponed_from_previous(db, meeting)
    if request.method == "GET" and request.args.get("carry", "").isdigit():
        source = next((i for i in carry if i.id == int(request.args["carry"])), None)
        if source is not None:
            form.title.data, form.kind.data = source.title, source.kind.value
            form.presenters.data, form.notes.data = source.presenters, source.notes
            form.carried_from_id.data = str(source.id)
    if form.validate_on_submit():
        carried = form.carried_from_id.data
        item = attempt(
            form,
            agenda.add_item,
            meeting.id,
            **_item_args(form),
            carried_from_id=int(carried) if carried and carried.isdigit() else None,
        )
        if item is not None:
            flash(f"Added “{item.title}” to the agenda.")
            return _to_meeting(meeting.id, "#agenda")
    return render_template(
        "secretariat/item_form.html", form=form, meeting=meeting, carry=carry, item=None
    ), form_status(form)


@bp.route("/items/<int:item_id>/edit", methods=["GET", "POST"])
@role_required(*STAFF)
def edit_item(item_id):
    item = agenda_item_or_404(item_id)
    meeting = meeting_or_404(item.meeting_id)
    form = AgendaItemForm()
    if request.method == "GET":
        form.process(obj=item)
        form.kind.data, form.disclosure.data = item.kind.value, item.disclosure.value
        form.disclosed_at.data = _local(item.disclosed_at, meeting)
    saved = form.validate_on_submit() and attempt(
        form,
        agenda.update_item,
        item.id,
        **_item_args(form),
        release_now=form.release_now.data,
        retraction_reason=form.retraction_reason.data,
    )
    if saved:
        flash("Agenda item saved.")
        return _to_meeting(meeting.id, "#agenda")
    return render_template(
        "secretariat/item_form.html", form=form, meeting=meeting, carry=[], item=item
    ), form_status(form)


@bp.get("/items/<int:item_id>")
@role_required(*STAFF)
def item(item_id):
    """One agenda item's tools: outcome, motions on it, edit, delete (while a draft)."""
    found = agenda_item_or_404(item_id)
    record = queries.meeting_record(get_db(), found.meeting_id, utcnow())
    item = next(i for i in record.meeting.items if i.id == item_id)
    return render_template(
        "secretariat/item.html",
        r=record,
        item=item,
        motions=[mo for mo in record.motions if mo.agenda_item_id == item.id],
        action_form=ActionForm(),
        confirm_form_=ConfirmForm(),
    )


@bp.post("/meetings/<int:meeting_id>/reorder")
@role_required(*STAFF)
def reorder(meeting_id):
    meeting = meeting_or_404(meeting_id)
    items = queries.agenda_items(get_db(), meeting.id)
    form = reorder_form(items)()
    if form.validate_on_submit():
        wanted = sorted(items, key=lambda i: (form[f"position_{i.id}"].data, i.position))
        if attempt(form, agenda.reorder_items, meeting.id, [i.id for i in wanted]):
            flash("Agenda order saved.")
            return _to_meeting(meeting.id, "#agenda")
    flash_refusal(form, "The agenda could not be reordered.")
    return _to_meeting(meeting.id, "#agenda")


@bp.post("/items/<int:item_id>/move")
@role_required(*STAFF)
def move_item(item_id):
    item = agenda_item_or_404(item_id)
    form = MoveForm()
    if not (
        form.validate_on_submit() and attempt(form, agenda.move_item, item.id, form.direction.data)
    ):
        flash_refusal(form, "The item could not be moved.")
    return _to_meeting(item.meeting_id, "#agenda")


@bp.post("/items/<int:item_id>/delete")
@role_required(*STAFF)
def delete_item(item_id):
    item = agenda_item_or_404(item_id)
    title = item.title
    form = ConfirmForm()
    submit(
        form,
        agenda.delete_item,
        item.id,
        done=f"Removed “{title}” from the agenda.",
        refused="The item could not be removed.",
    )
    return _to_meeting(item.meeting_id, "#agenda")


@bp.post("/items/<int:item_id>/outcome")
@role_required(*STAFF)
def item_outcome(item_id):
    item = agenda_item_or_404(item_id)
    form = StatusForm()
    title = item.title
    submit(
        form,
        agenda.set_outcome,
        item.id,
        form.status.data or None,
        done=f"“{title}” marked {form.status.data}.",
        refused="The outcome could not be recorded.",
    )
    return redirect(url_for("secretariat.item", item_id=item_id))


# --- roll call --------------------------------------------------------------------------------


@bp.route("/meetings/<int:meeting_id>/roll-call", methods=["GET", "POST"])
@role_required(*STAFF)
def roll_call(meeting_id):
    meeting_or_404(meeting_id)
    record = queries.meeting_record(get_db(), meeting_id, utcnow())
    meeting = record.meeting
    form = roll_call_form(record.roll, record.lines)()
    if request.method == "GET":
        for person in record.roll:
            line = record.lines.get(person.id)
            if line is not None:
                form[f"arrived_at_{person.id}"].data = _local(line.arrived_at, meeting)
                form[f"departed_at_{person.id}"].data = _local(line.departed_at, meeting)
    if form.validate_on_submit():
        entries = [
            dict(
                person_id=p.id,
                presence=form[f"presence_{p.id}"].data,
                arrived_at=form[f"arrived_at_{p.id}"].data,
                departed_at=form[f"departed_at_{p.id}"].data,
                reason=form[f"reason_{p.id}"].data,
            )
            for p in record.roll
        ]
        if attempt(form, attendance.take_roll_call, meeting.id, entries) is not None:
            flash("Roll call recorded.")
            return _to_meeting(meeting.id, "#roll-call")
        # Refused: the rollback expired every row loaded above, and the page must not lazy-load
        # (relationships raise). The form keeps what was typed; the record is read afresh.
        record = queries.meeting_record(get_db(), meeting_id, utcnow())
    return render_template(
        "secretariat/roll_call.html",
        r=record,
        form=form,
        guest_form=GuestForm(),
        everyone_form=EveryoneForm(),
    ), form_status(form)


@bp.post("/meetings/<int:meeting_id>/roll-call/everyone")
@role_required(*STAFF)
def everyone_present(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = EveryoneForm()
    lines = form.validate_on_submit() and attempt(
        form, attendance.everyone_present, meeting.id, form.presence.data
    )
    if lines is not None and lines is not False:
        how = "remotely" if form.presence.data == "remote" else "in person"
        flash(f"{len(lines)} members marked present {how}. Now mark the exceptions.")
    else:
        flash_refusal(form, "The roll call could not be filled in.")
    return redirect(url_for("secretariat.roll_call", meeting_id=meeting.id))


@bp.post("/meetings/<int:meeting_id>/guests")
@role_required(*STAFF)
def add_guest(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = GuestForm()
    submit(
        form,
        attendance.add_guest,
        meeting.id,
        form.name.data,
        form.capacity.data,
        form.note.data,
        done=f"{form.name.data} added as {form.capacity.data}.",
        refused="",
        lead="The guest could not be added: ",
    )
    return redirect(url_for("secretariat.roll_call", meeting_id=meeting.id))


# --- motions ----------------------------------------------------------------------------------


def _with_members(form, record):
    """Mover and seconder are chosen among the members seated for the meeting."""
    members = [(p.id, p.name) for p in record.members]
    form.mover_id.choices = options([(NONE, "—")] + members)
    form.seconder_id.choices = options([(NONE, "—")] + members)
    return form


def _motion_form(meeting: Meeting, record) -> MotionForm:
    db = get_db()
    form = _with_members(MotionForm(), record)
    form.agenda_item_id.choices = options(
        [(NONE, "—")] + [(i.id, f"{i.position}. {i.title}") for i in record.meeting.items]
    )
    form.approves_minutes_of_id.choices = options(
        [(NONE, "— an ordinary motion —")]
        + [(m.id, m.title) for m in queries.earlier_meetings_with_minutes(db, meeting)]
    )
    if request.method == "GET":
        form.threshold.data = record.meeting.body.default_threshold.value
        if request.args.get("item", "").isdigit():
            form.agenda_item_id.data = int(request.args["item"])
    return form


@bp.route("/meetings/<int:meeting_id>/motions/new", methods=["GET", "POST"])
@role_required(*STAFF)
def new_motion(meeting_id):
    meeting = meeting_or_404(meeting_id)
    record = queries.meeting_record(get_db(), meeting_id, utcnow())
    form = _motion_form(meeting, record)
    if form.validate_on_submit():
        motion = attempt(
            form,
            motions.propose_motion,
            meeting.id,
            form.text.data,
            _none_if_zero(form.mover_id.data),
            _none_if_zero(form.seconder_id.data),
            _none_if_zero(form.agenda_item_id.data),
            form.threshold.data,
            form.method.data,
            form.disclosure.data or None,
            form.disclosed_at.data,
            _none_if_zero(form.approves_minutes_of_id.data),
            form.more_public_than_item.data,
            bool(form.open_now.data),
        )
        if motion is not None:
            flash(
                "Motion recorded and open for voting."
                if form.open_now.data
                else "Motion recorded. Open it for voting when the board is ready."
            )
            return redirect(url_for("secretariat.motion", motion_id=motion.id))
    return render_template("secretariat/motion_form.html", form=form, meeting=meeting), form_status(
        form
    )


@bp.route("/motions/<int:motion_id>/edit", methods=["GET", "POST"])
@role_required(*STAFF)
def edit_motion(motion_id):
    """Wording, mover, seconder and threshold until the vote opens; disclosure until released."""
    motion = motion_or_404(motion_id)
    record = queries.meeting_record(get_db(), motion.meeting_id, utcnow())
    meeting = record.meeting
    form = _with_members(MotionEditForm(), record)
    if request.method == "GET":
        form.text.data, form.threshold.data = motion.text, motion.threshold.value
        form.mover_id.data, form.seconder_id.data = (
            motion.mover_id or NONE,
            motion.seconder_id or NONE,
        )
        form.disclosure.data = motion.disclosure.value
        form.disclosed_at.data = _local(motion.disclosed_at, meeting)
    if form.validate_on_submit():
        saved = attempt(
            form,
            motions.update_motion,
            motion.id,
            form.text.data,
            _none_if_zero(form.mover_id.data),
            _none_if_zero(form.seconder_id.data),
            form.threshold.data,
            form.disclosure.data or None,
            form.disclosed_at.data,
            form.more_public_than_item.data,
            form.release_now.data,
            form.retraction_reason.data,
        )
        if saved is not None:
            flash("Motion saved.")
            return redirect(url_for("secretariat.motion", motion_id=motion.id))
    return render_template(
        "secretariat/motion_form.html", form=form, meeting=meeting, motion=motion
    ), form_status(form)


def _vote_form(record, motion, for_submit=False):
    votes = {v.person_id: v for v in motion.votes}
    suggested = (
        {p.id: motions.suggested_reason(get_db(), motion, p.id) for p in record.members}
        if motion.approves_minutes_of_id
        else {}
    )
    return roll_call_vote_form(record.members, votes, suggested, for_submit)


def _effect_form(motion) -> MotionEffectForm:
    form = MotionEffectForm()
    db = get_db()
    form.person_id.choices = options((p.id, p.name) for p in directory_reads.people(db))
    form.body_id.choices = options((b.id, b.name) for b in directory_reads.bodies(db))
    effect = motion.effect if request.method == "GET" else None
    if effect is not None:
        form.kind.data, form.person_id.data, form.body_id.data = (
            effect.kind.value,
            effect.person_id,
            effect.body_id,
        )
        form.seat_class.data = effect.seat_class.value if effect.seat_class else ""
        form.role.data = effect.role.value if effect.role else MemberRole.MEMBER.value
        form.effective_on.data, form.term_end.data = effect.effective_on, effect.term_end
    return form


def _motion_page(motion_id, keep=None, row_errors=None, code=200, effect_form=None):
    """The motion with its vote table as the database holds it now; `keep` carries rows the
    secretary changed (and that are still current) over a refused submit."""
    motion = motion_or_404(motion_id)
    record = queries.meeting_record(get_db(), motion.meeting_id, utcnow())
    motion = next(m for m in record.motions if m.id == motion_id)
    form = _vote_form(record, motion)()
    for name, value in (keep or {}).items():
        if name in form:
            form[name].data = value
    return render_template(
        "secretariat/motion.html",
        r=record,
        motion=motion,
        votes={v.person_id: v for v in motion.votes},
        form=form,
        row_errors=row_errors or {},
        action_form=ActionForm(),
        confirm_form_=ConfirmForm(),
        all_form=AllVoteForm(),
        # Only a proposed motion's effect can be set: the lists of people and bodies are read
        # for that form alone.
        effect_form=effect_form
        or (_effect_form(motion) if motion.status == MotionStatus.PROPOSED else None),
    ), code


@bp.get("/motions/<int:motion_id>")
@role_required(*STAFF)
def motion(motion_id):
    return _motion_page(motion_id)


@bp.post("/motions/<int:motion_id>/effect")
@role_required(*STAFF)
def set_motion_effect(motion_id):
    """What the motion does to the seats if it carries; fixed once the vote opens."""
    motion = motion_or_404(motion_id)
    form = _effect_form(motion)
    if form.validate_on_submit():
        appoint = form.kind.data == EffectKind.APPOINT
        saved = attempt(
            form,
            motion_effects.set_effect,
            motion.id,
            form.kind.data,
            form.person_id.data,
            form.body_id.data,
            form.effective_on.data,
            (form.seat_class.data or None) if appoint else None,
            form.role.data if appoint else None,
            form.term_end.data,
        )
        if saved is not None:
            flash("Effect saved: it takes place if the motion carries.")
            return redirect(url_for("secretariat.motion", motion_id=motion.id) + "#effect")
    return _motion_page(motion.id, code=form_status(form), effect_form=form)


@bp.post("/motions/<int:motion_id>/effect/remove")
@role_required(*STAFF)
def remove_motion_effect(motion_id):
    motion = motion_or_404(motion_id)
    form = ActionForm()
    submit(
        form,
        motion_effects.clear_effect,
        motion.id,
        done="Effect removed: the motion changes no seats.",
        refused="The effect could not be removed.",
    )
    return redirect(url_for("secretariat.motion", motion_id=motion.id) + "#effect")


# Withdrawing ends a motion without a vote: it is not undone by a slip of the mouse. Closing is
# the expected end of every vote; its button says in words what it records.
CONFIRMED_ACTIONS = ("withdraw",)
MOTION_ACTIONS = {
    "open": motions.open_motion,
    "close": motions.close_motion,
    "withdraw": motions.withdraw_motion,
    "postpone": motions.postpone_motion,
}


@bp.post("/motions/<int:motion_id>/<action>")
@role_required(*STAFF)
def motion_action(motion_id, action):
    service = MOTION_ACTIONS.get(action) or abort(404)
    motion = motion_or_404(motion_id)
    form = ConfirmForm() if action in CONFIRMED_ACTIONS else ActionForm()
    result = form.validate_on_submit() and attempt(form, service, motion.id)
    if result:
        flash(result.result or f"Motion {result.status.value.replace('_', ' ')}.")
    else:
        flash_refusal(form, "The motion could not be changed.")
    return redirect(url_for("secretariat.motion", motion_id=motion.id))


def _changed_rows(form, members) -> list[dict]:
    """The rows the secretary changed on the page; untouched rows write nothing."""
    entries = []
    for p in members:
        if f"choice_{p.id}" not in form:
            continue
        choice, reason = form[f"choice_{p.id}"].data, form[f"reason_{p.id}"].data
        if not choice or shown(choice, reason) == form[f"shown_{p.id}"].data:
            continue
        version = form[f"version_{p.id}"].data
        entries.append(
            dict(
                person_id=p.id,
                choice=choice,
                reason=reason,
                version=int(version) if str(version).isdigit() else version,
            )
        )
    return entries


@bp.post("/motions/<int:motion_id>/votes/all")
@role_required(*STAFF)
def record_all_present(motion_id):
    motion = motion_or_404(motion_id)
    form = AllVoteForm()
    votes = form.validate_on_submit() and attempt(
        form, motions.record_all_present, motion.id, form.choice.data
    )
    if votes is not None and votes is not False:
        flash(f"{len(votes)} members present recorded as voting {form.choice.data}.")
    else:
        flash_refusal(form, "The votes could not be recorded.")
    return redirect(url_for("secretariat.motion", motion_id=motion.id))


@bp.post("/motions/<int:motion_id>/votes")
@role_required(*STAFF)
def record_votes(motion_id):
    motion = motion_or_404(motion_id)
    record = queries.meeting_record(get_db(), motion.meeting_id, utcnow())
    motion = next(m for m in record.motions if m.id == motion_id)
    form = _vote_form(record, motion, for_submit=True)()
    members = list(record.members)
    if form.validate_on_submit():
        entries = _changed_rows(form, members)
        everyone_else = form.all_choice.data or None
        if not entries and not everyone_else:
            flash("Nothing changed: no vote recorded.")
            return redirect(url_for("secretariat.motion", motion_id=motion.id))
        recorded = attempt(
            form, motions.record_roll_call, motion.id, entries, everyone_else=everyone_else
        )
        if recorded is not None:
            flash(f"{len(recorded)} votes recorded by the secretary.")
            return redirect(url_for("secretariat.motion", motion_id=motion.id))
    # Re-read after the refusal (the session was rolled back): fresh values for every row, the
    # secretary's own changes kept on the rows that are still current.
    row_errors = {
        p.id: [*form[f"choice_{p.id}"].errors, *form[f"reason_{p.id}"].errors]
        for p in members
        if f"choice_{p.id}" in form
    }
    keep = {
        f"{field}_{e['person_id']}": e[field]
        for e in (_changed_rows(form, members) if form.is_submitted() else [])
        if not row_errors.get(e["person_id"])
        for field in ("choice", "reason")
    }
    if form.form_errors:
        flash_refusal(form, "")
    return _motion_page(motion.id, keep, {k: v for k, v in row_errors.items() if v}, 422)


@bp.route("/motions/<int:motion_id>/votes/<int:person_id>/correct", methods=["GET", "POST"])
@role_required(*STAFF)
def correct_vote(motion_id, person_id):
    motion = motion_or_404(motion_id)
    vote = queries.vote_of(get_db(), motion.id, person_id) or abort(404)
    form = VoteCorrectionForm()
    if request.method == "GET":
        form.choice.data, form.reason.data = vote.choice.value, vote.reason
    if form.validate_on_submit():
        version = form.version.data
        corrected = attempt(
            form,
            motions.correct_vote,
            motion.id,
            person_id,
            form.choice.data,
            form.reason.data,
            form.correction_reason.data,
            int(version) if str(version).isdigit() else version,
        )
        if corrected is not None:
            flash(
                f"Vote of {vote.person.name} corrected; the record shows who cast and who "
                "corrected it."
            )
            return redirect(url_for("secretariat.motion", motion_id=motion.id))
        vote = queries.vote_of(get_db(), motion.id, person_id) or abort(404)
    form.version.data = vote.version
    return render_template(
        "secretariat/correct_vote.html", motion=motion, vote=vote, form=form
    ), form_status(form)


# --- minutes, summary, action items -----------------------------------------------------------


@bp.route("/meetings/<int:meeting_id>/minutes", methods=["GET", "POST"])
@role_required(*STAFF)
def minutes(meeting_id):
    meeting = meeting_or_404(meeting_id)
    db = get_db()
    current = queries.minutes_of(db, meeting.id)
    # Decisions taken since the body's last meeting: a first draft starts with them listed, and a
    # draft without them says so, since approving the minutes is what ratifies them.
    section = between.minutes_section(db, meeting)
    form = MinutesForm()
    if request.method == "GET":
        form.body.data = current.body if current is not None else section
    missing = bool(section) and current is not None and not between.lists_section(current.body)
    preview = None
    if form.validate_on_submit():
        preview = render_markdown(form.body.data, PREVIEW_UNDER)
        if not form.preview.data and attempt(
            form, records.save_minutes, meeting.id, form.body.data
        ):
            flash("Minutes saved.")
            return redirect(url_for("secretariat.minutes", meeting_id=meeting.id))
    elif current is not None:
        preview = render_markdown(current.body, PREVIEW_UNDER)
    return render_template(
        "secretariat/minutes.html",
        meeting=meeting,
        form=form,
        minutes=current,
        preview=preview,
        action_form=ActionForm(),
        section_missing=missing,
    ), form_status(form)


@bp.post("/meetings/<int:meeting_id>/minutes/circulate")
@role_required(*STAFF)
def circulate_minutes(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = ActionForm()
    submit(
        form,
        records.circulate_minutes,
        meeting.id,
        done="Minutes circulated to the members.",
        refused="The minutes could not be circulated.",
    )
    return redirect(url_for("secretariat.minutes", meeting_id=meeting.id))


@bp.post("/preview")
@role_required(*STAFF, UserRole.DIRECTOR)
def preview():
    """Sanitized HTML for the live preview (the same renderer the pages use)."""
    form = MinutesForm()
    if not form.validate_on_submit():
        abort(400)
    headers = {"Content-Type": "text/html; charset=utf-8"}
    try:
        markdown_text(form.body.data, "body")
    except (Invalid, RuleViolation) as exc:
        # The same refusal saving would give, before any rendering work is done.
        return str(Markup('<p class="error">{}</p>').format(exc)), 422, headers
    return str(render_markdown(form.body.data, PREVIEW_UNDER)), 200, headers


@bp.route("/meetings/<int:meeting_id>/summary", methods=["GET", "POST"])
@role_required(*STAFF)
def summary(meeting_id):
    meeting = meeting_or_404(meeting_id)
    current = queries.summary_of(get_db(), meeting.id)
    form = SummaryForm()
    if request.method == "GET":
        form.body.data = current.body if current else ""
        form.schedule.data = bool(current and current.status == SummaryStatus.SCHEDULED)
        form.release_at.data = _local(meeting.summary_release_at, meeting)
    if form.validate_on_submit():
        saved = attempt(
            form,
            records.save_summary,
            meeting.id,
            form.body.data,
            form.schedule.data,
            form.release_at.data,
            form.release_now.data,
            form.retraction_reason.data,
        )
        if saved is not None:
            flash(
                "Summary scheduled for release."
                if form.schedule.data
                else "Summary saved as a draft."
            )
            return redirect(url_for("secretariat.summary", meeting_id=meeting.id))
    return render_template(
        "secretariat/summary.html",
        meeting=meeting,
        form=form,
        summary=current,
        preview=render_markdown(form.body.data, PREVIEW_UNDER),
    ), form_status(form)


def _action_item_choices(form, meeting):
    form.owner_person_id.choices = options((p.id, p.name) for p in queries.people_by_name(get_db()))
    form.agenda_item_id.choices = item_choices(queries.agenda_items(get_db(), meeting.id))
    return form


@bp.post("/meetings/<int:meeting_id>/actions")
@role_required(*STAFF)
def add_action(meeting_id):
    meeting = meeting_or_404(meeting_id)
    form = ActionItemForm()
    _action_item_choices(form, meeting)
    submit(
        form,
        records.add_action_item,
        meeting.id,
        form.title.data,
        form.owner_person_id.data,
        None,
        form.due_on.data,
        _none_if_zero(form.agenda_item_id.data),
        form.disclosure.data or None,
        None,
        form.more_public_than_item.data,
        done="Action item added.",
        refused="",
        lead="The action item could not be added: ",
    )
    return _to_meeting(meeting.id, "#actions")

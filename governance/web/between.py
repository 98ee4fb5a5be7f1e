"""Decisions between meetings on the web: the public record (`/decisions`), the director's page
to sign (`/board/decisions`), and the secretary's form to open one. Views: parse → one service
or one read from `reads.between` → render."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user
from wtforms import (
    BooleanField,
    DateTimeLocalField,
    HiddenField,
    IntegerField,
    RadioField,
    SelectField,
    StringField,
    TextAreaField,
)
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from ..http.session import get_db
from ..http.viewer import actor, my_bodies, request_policy
from ..reads import between as reads
from ..rules.vocab import (
    THRESHOLD_LABELS,
    ActionKind,
    BallotChoice,
    Disclosure,
    Threshold,
    UserRole,
)
from ..services import between
from ..services.access import is_staff
from .access import role_required
from .forms import LOCAL, ZONES, StrictForm, choices, options
from .pages import attempt, flash_refusal
from .public_http import respond

bp = Blueprint("between", __name__)
ANY_ROLE = (UserRole.DIRECTOR, UserRole.SECRETARY, UserRole.ADMIN)

KIND_LABELS = {
    ActionKind.WRITTEN_CONSENT: "unanimous written consent (every seated voting member signs)",
    ActionKind.E_BALLOT: "e-ballot with a deadline",
}
DISCLOSURE_LABELS = {
    Disclosure.PUBLIC: "public from its release instant",
    Disclosure.EMBARGOED: "embargoed: public from the later of its release and disclosure",
    Disclosure.CONFIDENTIAL: "confidential: never public",
}
CONSENT_CHOICES = {
    BallotChoice.FOR: "I consent",
    BallotChoice.AGAINST: "I do not consent",
    BallotChoice.ABSTAIN: "I abstain (reason required)",
    BallotChoice.OBJECT: "I ask for a meeting (reason required)",
    BallotChoice.WITHDRAW: "I withdraw my earlier signature",
}
BALLOT_CHOICES = {
    BallotChoice.FOR: "for",
    BallotChoice.AGAINST: "against",
    BallotChoice.ABSTAIN: "abstain (reason required)",
    BallotChoice.OBJECT: "ask for a meeting instead (reason required)",
    BallotChoice.WITHDRAW: "withdraw my vote",
}


class OpenActionForm(StrictForm):
    body_id = SelectField("Body", coerce=int)
    kind = RadioField("Kind", choices=choices(ActionKind, KIND_LABELS), validators=[DataRequired()])
    text = TextAreaField("Text (fixed once open)", validators=[DataRequired(), Length(max=5000)])
    proposer_id = SelectField("Proposed by", coerce=int)
    seconder_id = SelectField("Seconded by", coerce=int)
    opens_at = DateTimeLocalField("Opens (local time)", format=LOCAL, validators=[DataRequired()])
    closes_at = DateTimeLocalField(
        "Closes (local time; a signature at this instant is refused)",
        format=LOCAL,
        validators=[DataRequired()],
    )
    timezone = SelectField("Time zone", choices=options((z, z) for z in ZONES), default="UTC")
    threshold = SelectField(
        "E-ballot threshold",
        choices=choices(Threshold, THRESHOLD_LABELS),
        default=Threshold.MAJORITY_OF_SEATED.value,
    )
    turnout_quorum = BooleanField("E-ballot: as many must vote as a quorum of the seated")
    objection_limit = IntegerField(
        "Voided if this many members ask for a meeting (empty: no such rule)",
        validators=[Optional(), NumberRange(min=1, max=1000)],
    )
    show_running = BooleanField("Members see the running count before the close")
    disclosure = SelectField(
        "Disclosure", choices=choices(Disclosure, DISCLOSURE_LABELS), default="confidential"
    )
    disclosed_at = DateTimeLocalField(
        "Disclosure date (embargo only)", format=LOCAL, validators=[Optional()]
    )
    release_at = DateTimeLocalField(
        "Public release (local time; empty: not scheduled)", format=LOCAL, validators=[Optional()]
    )


class SignForm(StrictForm):
    choice = RadioField("Your signature", validators=[DataRequired()])
    reason = StringField("Reason", validators=[Optional(), Length(max=300)])
    text_sha256 = HiddenField()


class MinutesSectionForm(StrictForm):
    meeting_id = SelectField("Meeting whose draft minutes list them", coerce=int)


def _sign_form(record) -> SignForm:
    form = SignForm(prefix=f"d{record.action.id}")
    labels = CONSENT_CHOICES if record.action.is_consent else BALLOT_CHOICES
    form.choice.choices = options((c.value, label) for c, label in labels.items())
    if request.method == "GET":
        form.text_sha256.data = record.action.text_sha256
    return form


# --- public -----------------------------------------------------------------------------------


@bp.get("/decisions")
def public_list():
    policy = request_policy()
    html = render_template(
        "between/public_list.html", policy=policy, records=reads.records(get_db(), policy)
    )
    return respond(html, policy.now)


@bp.get("/decisions/<int:action_id>")
def public_action(action_id: int):
    policy = request_policy()
    record = reads.action_record(get_db(), policy, action_id)
    if record is None:
        abort(404)
    html = render_template("between/public_action.html", policy=policy, record=record)
    return respond(html, policy.now, action_ids=[action_id])


# --- board ------------------------------------------------------------------------------------


def _board_page(forms=None, status=200):
    db, policy = get_db(), request_policy()
    staff = is_staff(actor())
    bodies = frozenset() if staff else my_bodies()
    to_sign = [] if staff else reads.open_for(db, policy, bodies)
    forms = {r.action.id: _sign_form(r) for r in to_sign} | (forms or {})
    section = None
    if staff:
        section = MinutesSectionForm()
        section.meeting_id.choices = options(
            (m.id, f"{m.title} ({m.starts_at:%Y-%m-%d})") for m in reads.meetings_for_minutes(db)
        )
    html = render_template(
        "between/board.html",
        policy=policy,
        staff=staff,
        to_sign=to_sign,
        forms=forms,
        mine={r.action.id: reads.my_standing(r, current_user.person_id) for r in to_sign},
        records=reads.records(db, policy) if staff else [],
        section_form=section,
    )
    return html, status


@bp.get("/board/decisions")
@role_required(*ANY_ROLE)
def board():
    return _board_page()


@bp.post("/board/decisions/<int:action_id>/sign")
@role_required(UserRole.DIRECTOR)
def sign(action_id: int):
    db, policy = get_db(), request_policy()
    record = reads.action_record(db, policy, action_id)
    if record is None or not policy.viewer.is_board_side(record.action.body_id):
        abort(404)
    form = _sign_form(record)
    if form.validate_on_submit():
        signed = attempt(
            form,
            between.sign_action,
            action_id,
            form.choice.data,
            form.reason.data,
            form.text_sha256.data or None,
        )
        if signed is not None:
            flash(f"Your signature “{signed.choice.value}” is recorded.")
            return redirect(url_for("between.board"))
    if all(r.action.id != action_id for r in reads.open_for(db, policy, my_bodies())):
        flash_refusal(form, "closed", lead="Your signature was not recorded: ")
        return redirect(url_for("between.board"))
    return _board_page({action_id: form}, 422)


def _open_form() -> OpenActionForm:
    db = get_db()
    form = OpenActionForm()
    form.body_id.choices = options((b.id, b.name) for b in reads.bodies(db))
    people = reads.people_choices(db)
    form.proposer_id.choices = form.seconder_id.choices = options([(0, "—"), *people])
    return form


@bp.route("/board/decisions/new", methods=["GET", "POST"])
@role_required(UserRole.SECRETARY, UserRole.ADMIN)
def new():
    form = _open_form()
    if form.validate_on_submit():
        opened = attempt(
            form,
            between.open_action,
            form.body_id.data,
            form.kind.data,
            form.text.data,
            form.opens_at.data,
            form.closes_at.data,
            form.timezone.data,
            form.disclosure.data,
            form.proposer_id.data or None,
            form.seconder_id.data or None,
            form.threshold.data,
            form.turnout_quorum.data,
            form.objection_limit.data,
            form.show_running.data,
            form.disclosed_at.data,
            form.release_at.data,
        )
        if opened is not None:
            flash("The decision is open for signatures from its opening instant.")
            return redirect(url_for("between.public_action", action_id=opened.id))
    status = 422 if request.method == "POST" else 200
    return render_template("between/new.html", form=form), status


@bp.post("/board/decisions/minutes")
@role_required(UserRole.SECRETARY, UserRole.ADMIN)
def minutes_section():
    form = MinutesSectionForm()
    form.meeting_id.choices = options((m.id, m.title) for m in reads.meetings_for_minutes(get_db()))
    if (
        form.validate_on_submit()
        and attempt(form, between.insert_minutes_section, form.meeting_id.data) is not None
    ):
        flash("The draft minutes now list the actions taken since the last meeting.")
        return redirect(url_for("secretariat.minutes", meeting_id=form.meeting_id.data))
    flash_refusal(form, "choose a meeting", lead="Nothing was added: ")
    return redirect(url_for("between.board"))

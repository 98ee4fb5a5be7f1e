"""Administration: people and organizations, bodies and their settings, seats and terms,
accounts, and the audit trail. Admins only; every change is one service call."""

from datetime import date

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

from ..http.links import link_url
from ..http.lookups import record_or_404
from ..http.session import get_db
from ..models import Body, Membership, Organization, Person, User
from ..models.base import utcnow
from ..reads import admin as q
from ..rules.vocab import UserRole
from ..services import accounts, directory, people, seats
from ..services.audit_verify import verify_chain
from .access import role_required
from .admin_forms import (
    NONE,
    ActiveForm,
    AffiliationForm,
    AuditFilterForm,
    BodyForm,
    EndTermForm,
    InviteForm,
    MergeForm,
    NewBodyForm,
    NewPersonForm,
    OrganizationForm,
    PersonForm,
    RenewForm,
    ReplaceForm,
    RoleForm,
    SeatForm,
)
from .forms import ActionForm, options
from .pages import attempt, flash_refusal, form_status

bp = Blueprint("admin", __name__, url_prefix="/admin")
ADMIN = (UserRole.ADMIN,)


def _id_or_none(value):
    return None if value in (None, NONE) else value


def _people_choices(form_field, blank: str | None = None):
    pairs = [(p.id, p.name) for p in q.people(get_db())]
    form_field.choices = options(([(NONE, blank)] if blank else []) + pairs)


def _org_choices(form_field):
    form_field.choices = options(
        [(NONE, "— none —")] + [(o.id, o.name) for o in q.organizations(get_db())]
    )


@bp.get("/")
@role_required(*ADMIN)
def index():
    db = get_db()
    return render_template(
        "admin/index.html",
        bodies=q.bodies(db),
        people_count=len(q.people(db)),
        accounts_count=len(q.accounts(db)),
    )


# --- organizations and people -----------------------------------------------------------------


@bp.route("/organizations", methods=["GET", "POST"])
@role_required(*ADMIN)
def organizations():
    form = OrganizationForm()
    if form.validate_on_submit() and attempt(form, directory.create_organization, form.name.data):
        flash(f"Organization “{form.name.data}” created.")
        return redirect(url_for("admin.organizations"))
    return render_template(
        "admin/organizations.html", orgs=q.organizations(get_db()), form=form
    ), form_status(form)


@bp.route("/organizations/<int:org_id>", methods=["GET", "POST"])
@role_required(*ADMIN)
def organization(org_id):
    org = record_or_404(Organization, org_id)
    form = OrganizationForm(obj=org)
    if form.validate_on_submit() and attempt(
        form, directory.update_organization, org.id, form.name.data
    ):
        flash("Organization saved.")
        return redirect(url_for("admin.organizations"))
    return render_template("admin/organization.html", org=org, form=form), form_status(form)


@bp.route("/people", methods=["GET", "POST"])
@role_required(*ADMIN)
def people_list():
    form = NewPersonForm()
    _org_choices(form.organization_id)
    if form.validate_on_submit():
        person = attempt(
            form,
            directory.create_person,
            form.name.data,
            form.email.data or None,
            _id_or_none(form.organization_id.data),
        )
        if person is not None:
            flash(f"{person.name} added.")
            return redirect(url_for("admin.person", person_id=person.id))
    return render_template("admin/people.html", people=q.people(get_db()), form=form), form_status(
        form
    )


def _person_page(person, form=None, affiliation_form=None, merge_form=None):
    db = get_db()
    form = form or PersonForm(obj=person, formdata=None)
    affiliation_form = affiliation_form or AffiliationForm(formdata=None)
    merge_form = merge_form or MergeForm(formdata=None)
    _org_choices(affiliation_form.organization_id)
    merge_form.duplicate_id.choices = options(
        (p.id, p.name) for p in q.people(db) if p.id != person.id
    )
    return render_template(
        "admin/person.html",
        person=person,
        form=form,
        affiliation_form=affiliation_form,
        merge_form=merge_form,
        history=q.affiliations(db, person.id),
        terms=q.terms(db, person_id=person.id),
    ), form_status(form, affiliation_form, merge_form)


@bp.route("/people/<int:person_id>", methods=["GET", "POST"])
@role_required(*ADMIN)
def person(person_id):
    person = record_or_404(Person, person_id)
    form = PersonForm(obj=person)
    if form.validate_on_submit() and attempt(
        form, directory.update_person, person.id, form.name.data, form.email.data or None
    ):
        flash("Saved.")
        return redirect(url_for("admin.person", person_id=person.id))
    return _person_page(person, form=form)


@bp.post("/people/<int:person_id>/affiliation")
@role_required(*ADMIN)
def affiliation(person_id):
    person = record_or_404(Person, person_id)
    form = AffiliationForm()
    _org_choices(form.organization_id)
    if form.validate_on_submit() and attempt(
        form,
        people.change_affiliation,
        person.id,
        _id_or_none(form.organization_id.data),
        form.start_on.data,
    ):
        flash("Affiliation changed.")
        return redirect(url_for("admin.person", person_id=person.id))
    return _person_page(person, affiliation_form=form)


@bp.post("/people/<int:person_id>/merge")
@role_required(*ADMIN)
def merge(person_id):
    person = record_or_404(Person, person_id)
    form = MergeForm()
    form.duplicate_id.choices = options((p.id, p.name) for p in q.people(get_db()))
    if form.validate_on_submit() and attempt(
        form, people.merge_people, person.id, form.duplicate_id.data
    ):
        flash("Duplicate merged.")
        return redirect(url_for("admin.person", person_id=person.id))
    return _person_page(person, merge_form=form)


# --- bodies, seats and terms ------------------------------------------------------------------


@bp.route("/bodies", methods=["GET", "POST"])
@role_required(*ADMIN)
def bodies():
    form = NewBodyForm()
    if form.validate_on_submit():
        body = attempt(
            form, directory.create_body, form.name.data, form.kind.data, **form.settings()
        )
        if body is not None:
            flash(f"{body.name} created.")
            return redirect(url_for("admin.seats_page", body_id=body.id))
    return render_template("admin/bodies.html", bodies=q.bodies(get_db()), form=form), form_status(
        form
    )


@bp.route("/bodies/<int:body_id>", methods=["GET", "POST"])
@role_required(*ADMIN)
def body(body_id):
    body = record_or_404(Body, body_id)
    form = BodyForm(obj=body)
    if request.method == "GET" and body.timezone is None:
        form.timezone.data = ""
    if form.validate_on_submit() and attempt(
        form, directory.update_body, body.id, form.name.data, **form.settings()
    ):
        flash("Settings saved.")
        return redirect(url_for("admin.body", body_id=body.id))
    return render_template("admin/body.html", body=body, form=form), form_status(form)


def _seated_on() -> date:
    """The day the seats page shows (`?on=YYYY-MM-DD`), today by default."""
    raw = request.args.get("on")
    if not raw:
        return utcnow().date()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        abort(400)


def _seats_page(body, seat_form=None, renew_form=None, status=200):
    db = get_db()
    seat_form = seat_form or SeatForm(formdata=None)
    _people_choices(seat_form.person_id)
    people_choices = SeatForm(formdata=None).person_id
    _people_choices(people_choices)

    def term_forms(m: Membership):
        """Each term's own end and replace forms, prefixed so that ids stay unique."""
        replace_form = ReplaceForm(formdata=None, prefix=f"r{m.id}")
        replace_form.person_id.choices = people_choices.choices
        return EndTermForm(formdata=None, prefix=f"e{m.id}"), replace_form

    return render_template(
        "admin/seats.html",
        s=q.seating(db, body, _seated_on()),
        seat_form=seat_form,
        renew_form=renew_form or RenewForm(formdata=None, prefix="renew"),
        term_forms=term_forms,
    ), status


@bp.route("/bodies/<int:body_id>/seats", methods=["GET", "POST"])
@role_required(*ADMIN)
def seats_page(body_id):
    body = record_or_404(Body, body_id)
    if request.method == "GET":
        return _seats_page(body)
    form = SeatForm()
    _people_choices(form.person_id)
    if form.validate_on_submit() and attempt(
        form,
        directory.add_membership,
        form.person_id.data,
        body.id,
        form.seat_class.data,
        form.role.data,
        form.term_start.data,
        form.term_end.data,
    ):
        flash("Seat added.")
        return redirect(url_for("admin.seats_page", body_id=body.id))
    return _seats_page(body, seat_form=form, status=422)


@bp.post("/bodies/<int:body_id>/renew")
@role_required(*ADMIN)
def renew(body_id):
    body = record_or_404(Body, body_id)
    form = RenewForm(prefix="renew")
    if form.validate_on_submit():
        renewed = attempt(form, seats.renew_body, body.id, form.term_start.data, form.term_end.data)
        if renewed is not None:
            flash(f"{len(renewed)} terms renewed from {form.term_start.data}.")
            return redirect(url_for("admin.seats_page", body_id=body.id))
    return _seats_page(body, renew_form=form, status=422)


def _term_change(membership_id, form, service, *fields):
    membership = record_or_404(Membership, membership_id)
    body = record_or_404(Body, membership.body_id)
    if hasattr(form, "person_id"):
        _people_choices(form.person_id)
    if form.validate_on_submit() and attempt(
        form, service, membership.id, *(form[f].data for f in fields)
    ):
        flash("Term changed.")
        return redirect(url_for("admin.seats_page", body_id=body.id))
    flash_refusal(form, "The term was not changed.")
    return _seats_page(body, status=422)


@bp.post("/memberships/<int:membership_id>/end")
@role_required(*ADMIN)
def end_term(membership_id):
    form = EndTermForm(prefix=f"e{membership_id}")
    return _term_change(membership_id, form, seats.end_term, "last_day", "reason")


@bp.post("/memberships/<int:membership_id>/replace")
@role_required(*ADMIN)
def replace(membership_id):
    form = ReplaceForm(prefix=f"r{membership_id}")
    return _term_change(
        membership_id, form, seats.replace_member, "last_day", "person_id", "reason"
    )


# --- accounts ---------------------------------------------------------------------------------


def _accounts_page(form=None, link=None, status=200):
    form = form or InviteForm(formdata=None)
    _people_choices(form.person_id, "— none —")
    role_form = RoleForm(formdata=None)
    _people_choices(role_form.person_id, "— none —")
    return render_template(
        "admin/accounts.html",
        users=q.accounts(get_db()),
        form=form,
        role_form=role_form,
        active_form=ActiveForm(formdata=None),
        action_form=ActionForm(),
        link=link,
    ), status


def _handed_over(user: User, what: str, raw: str):
    """The one-time link went by mail (the outbox owes it either way); without a mail server the
    admin hands it over. Rendered, never redirected or flashed: the link must not travel in a URL
    or in the (signed, not encrypted) session cookie."""
    if current_app.config["MAIL_CONFIGURED"]:
        flash(f"The {what} link was mailed to {user.email}.")
        return _accounts_page()
    return _accounts_page(link=(user.email, what, link_url(raw)))


@bp.route("/accounts", methods=["GET", "POST"])
@role_required(*ADMIN)
def accounts_page():
    if request.method == "GET":
        return _accounts_page()
    form = InviteForm()
    _people_choices(form.person_id, "— none —")
    if form.validate_on_submit():
        invited = attempt(
            form,
            accounts.invite_user,
            form.email.data,
            form.role.data,
            _id_or_none(form.person_id.data),
        )
        if invited is not None:
            return _handed_over(invited[0], "invitation", invited[1])
    return _accounts_page(form=form, status=422)


def _account_change(user_id, form, service, *values):
    user = record_or_404(User, user_id)
    if form.validate_on_submit():
        done = attempt(form, service, user.id, *(v(form) for v in values))
        if done is not None:
            flash(f"{user.email}: saved.")
            return redirect(url_for("admin.accounts_page"))
    flash_refusal(form, f"{user.email}: not saved.", prefix=f"{user.email}: ")
    return _accounts_page(status=422)


@bp.post("/accounts/<int:user_id>/role")
@role_required(*ADMIN)
def set_role(user_id):
    form = RoleForm()
    _people_choices(form.person_id, "— none —")
    return _account_change(
        user_id,
        form,
        accounts.set_role,
        lambda f: f.role.data,
        lambda f: _id_or_none(f.person_id.data),
    )


@bp.post("/accounts/<int:user_id>/active")
@role_required(*ADMIN)
def set_active(user_id):
    return _account_change(
        user_id, ActiveForm(), accounts.set_active, lambda f: f.active.data == "1"
    )


@bp.post("/accounts/<int:user_id>/reset")
@role_required(*ADMIN)
def password_reset(user_id):
    user = record_or_404(User, user_id)
    form = ActionForm()
    if form.validate_on_submit():
        issued = attempt(form, accounts.issue_password_reset, user.id)
        if issued is not None:
            return _handed_over(user, "password reset", issued[1])
    flash_refusal(form, f"{user.email}: not saved.", prefix=f"{user.email}: ")
    return _accounts_page(status=422)


# --- the audit trail --------------------------------------------------------------------------


# Where an audit event's record is shown, by the record's table.
RECORD_PAGES = {
    "organization": ("admin.organization", "org_id"),
    "person": ("admin.person", "person_id"),
    "body": ("admin.body", "body_id"),
    "meeting": ("board.meeting", "meeting_id"),
    "motion": ("secretariat.motion", "motion_id"),
    "agenda_item": ("secretariat.edit_item", "item_id"),
}
MEETING_PARTS = {"minutes", "official_summary", "commentary", "attendance", "action_item"}


def record_url(event) -> str | None:
    """The page of the record an event changed (or that record's parent page)."""
    if event.entity_id is None:
        return None
    if event.entity_type in RECORD_PAGES:
        endpoint, arg = RECORD_PAGES[event.entity_type]
        return url_for(endpoint, **{arg: event.entity_id})
    if event.entity_type == "user_account":
        return url_for("admin.accounts_page") + f"#account-{event.entity_id}"
    if event.entity_type in ("membership", "affiliation") or event.entity_type in MEETING_PARTS:
        return url_for("admin.audit_log", entity_type=event.entity_type, entity_id=event.entity_id)
    return None


def _audit_page(report=None):
    form = AuditFilterForm(request.args)
    events = []
    if form.validate():
        events = q.audit_events(
            get_db(),
            q.AuditFilter(
                form.entity_type.data or None,
                form.entity_id.data,
                form.actor.data or None,
                form.since.data,
                form.until.data,
                request.args.get("before", type=int),
            ),
        )
    return render_template(
        "admin/audit.html",
        form=form,
        events=events,
        report=report,
        action_form=ActionForm(),
        page_size=q.AUDIT_PAGE,
        record_url=record_url,
    ), form_status(form)


@bp.get("/audit")
@role_required(*ADMIN)
def audit_log():
    return _audit_page()


@bp.post("/audit/verify")
@role_required(*ADMIN)
def verify_audit():
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    return _audit_page(report=verify_chain(get_db()))

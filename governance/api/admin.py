"""Administration through the API: the same services, under the same permission (admin), as the
admin pages."""

from flask import Blueprint, current_app

from ..http.links import link_url
from ..http.lookups import record_or_404
from ..http.session import get_db
from ..models import Body, Membership, Organization, Person, User
from ..reads import admin as q
from ..services import accounts, directory, people, seats
from ..services.access import is_admin
from ..services.audit_verify import verify_chain
from ..services.errors import Forbidden
from . import admin_schemas
from .auth import require_user
from .inputs import json_body
from .registry import endpoint
from .serialize import fields

bp = Blueprint("api_admin", __name__, url_prefix="/api/v1")
W = {"write": True, "problems": (400, 401, 403, 404, 409, 422)}


def _as(schema: str):
    names = admin_schemas.RESOURCES[schema]["required"]
    return lambda obj: fields(obj, names)


organization_out = _as("Organization")
person_out = _as("AdminPerson")
affiliation_out = _as("Affiliation")
body_out = _as("AdminBody")
term_out = _as("Term")
_account = _as("Account")


def account_out(user: User, raw_link: str | None = None) -> dict:
    data = _account(user)
    if raw_link is not None and current_app.config["MAIL_CONFIGURED"]:
        data["mailed"] = True
    elif raw_link is not None:
        data["link"] = link_url(raw_link)
    return data


def run(service, *args, **kwargs):
    return service(get_db(), require_user(), *args, **kwargs)


def _found(model, ident):
    """Anyone but an admin is refused before learning whether the record exists."""
    if not is_admin(require_user()):
        raise Forbidden("only an admin may do this")
    return record_or_404(model, ident)


@endpoint(
    bp,
    "POST",
    "/admin/organizations",
    "Create an organization",
    "admin",
    "Organization",
    request="OrganizationFields",
    status=201,
    **W,
)
def create_organization():
    return organization_out(
        run(directory.create_organization, json_body("OrganizationFields")["name"])
    ), 201


@endpoint(
    bp,
    "PUT",
    "/admin/organizations/{organization_id}",
    "Rename an organization",
    "admin",
    "Organization",
    request="OrganizationFields",
    **W,
)
def update_organization(organization_id):
    org = _found(Organization, organization_id)
    name = json_body("OrganizationFields")["name"]
    return organization_out(run(directory.update_organization, org.id, name))


@endpoint(
    bp,
    "POST",
    "/admin/people",
    "Add a person",
    "admin",
    "AdminPerson",
    request="NewPerson",
    status=201,
    **W,
)
def create_person():
    data = json_body("NewPerson")
    person = run(
        directory.create_person, data["name"], data.get("email"), data.get("organization_id")
    )
    return person_out(person), 201


@endpoint(
    bp,
    "PUT",
    "/admin/people/{person_id}",
    "Edit a person's name and e-mail",
    "admin",
    "AdminPerson",
    request="PersonFields",
    **W,
)
def update_person(person_id):
    person = _found(Person, person_id)
    data = json_body("PersonFields")
    return person_out(run(directory.update_person, person.id, data["name"], data.get("email")))


@endpoint(
    bp,
    "POST",
    "/admin/people/{person_id}/affiliations",
    "Change a person's organization from a date",
    "admin",
    "Affiliation",
    request="AffiliationChange",
    status=201,
    **W,
)
def change_affiliation(person_id):
    person = _found(Person, person_id)
    data = json_body("AffiliationChange")
    new = run(people.change_affiliation, person.id, data["organization_id"], data["start_on"])
    return affiliation_out(new), 201


@endpoint(
    bp,
    "POST",
    "/admin/people/{person_id}/merge",
    "Fold a duplicate into this person",
    "admin",
    "AdminPerson",
    request="Merge",
    **W,
)
def merge(person_id):
    person = _found(Person, person_id)
    return person_out(run(people.merge_people, person.id, json_body("Merge")["duplicate_id"]))


@endpoint(
    bp,
    "POST",
    "/admin/bodies",
    "Create a board or committee",
    "admin",
    "AdminBody",
    request="NewBody",
    status=201,
    **W,
)
def create_body():
    data = json_body("NewBody")
    return body_out(run(directory.create_body, data.pop("name"), data.pop("kind"), **data)), 201


@endpoint(
    bp,
    "PUT",
    "/admin/bodies/{body_id}",
    "Change a body's name and settings",
    "admin",
    "AdminBody",
    request="BodySettings",
    **W,
)
def update_body(body_id):
    body = _found(Body, body_id)
    return body_out(run(directory.update_body, body.id, **json_body("BodySettings")))


@endpoint(
    bp,
    "GET",
    "/admin/bodies/{body_id}/terms",
    "Every term of a body, newest first",
    "admin",
    "Term",
    list_of=True,
    **W,
)
def body_terms(body_id):
    body = _found(Body, body_id)
    return {"items": [term_out(m) for m in q.terms(get_db(), body_id=body.id)], "next": None}


@endpoint(
    bp,
    "POST",
    "/admin/bodies/{body_id}/terms",
    "Seat a person for a term",
    "admin",
    "Term",
    request="NewTerm",
    status=201,
    **W,
)
def add_term(body_id):
    body = _found(Body, body_id)
    data = json_body("NewTerm")
    term = run(
        directory.add_membership,
        data["person_id"],
        body.id,
        data["seat_class"],
        data["role"],
        data["term_start"],
        data.get("term_end"),
    )
    return term_out(term), 201


@endpoint(
    bp,
    "POST",
    "/admin/bodies/{body_id}/renew",
    "Renew everyone seated the day before for a new period",
    "admin",
    "Term",
    request="Renewal",
    list_of=True,
    status=201,
    **W,
)
def renew(body_id):
    body = _found(Body, body_id)
    data = json_body("Renewal")
    renewed = run(seats.renew_body, body.id, data["term_start"], data.get("term_end"))
    return {"items": [term_out(m) for m in renewed], "next": None}, 201


@endpoint(
    bp,
    "POST",
    "/admin/terms/{membership_id}/end",
    "End a term early",
    "admin",
    "Term",
    request="EndTerm",
    **W,
)
def end_term(membership_id):
    term = _found(Membership, membership_id)
    data = json_body("EndTerm")
    return term_out(run(seats.end_term, term.id, data["last_day"], data.get("reason")))


@endpoint(
    bp,
    "POST",
    "/admin/terms/{membership_id}/replace",
    "End a term and seat a replacement for the rest of it",
    "admin",
    "Term",
    request="Replacement",
    status=201,
    **W,
)
def replace(membership_id):
    term = _found(Membership, membership_id)
    data = json_body("Replacement")
    new = run(
        seats.replace_member,
        term.id,
        data["last_day"],
        data["person_id"],
        data.get("reason"),
        data.get("seat_class"),
        data.get("role"),
    )
    return term_out(new), 201


@endpoint(
    bp,
    "POST",
    "/admin/accounts",
    "Invite someone (returns the one-time link, once)",
    "admin",
    "Account",
    request="Invitation",
    status=201,
    **W,
)
def invite():
    data = json_body("Invitation")
    user, raw = run(accounts.invite_user, data["email"], data["role"], data.get("person_id"))
    return account_out(user, raw), 201


@endpoint(
    bp,
    "PUT",
    "/admin/accounts/{user_id}/role",
    "Set an account's role",
    "admin",
    "Account",
    request="RoleChange",
    **W,
)
def set_role(user_id):
    user = _found(User, user_id)
    data = json_body("RoleChange")
    return account_out(run(accounts.set_role, user.id, data["role"], data.get("person_id")))


@endpoint(
    bp,
    "POST",
    "/admin/accounts/{user_id}/active",
    "Disable (ends sessions and tokens) or enable an account",
    "admin",
    "Account",
    request="ActiveChange",
    **W,
)
def set_active(user_id):
    user = _found(User, user_id)
    return account_out(run(accounts.set_active, user.id, json_body("ActiveChange")["active"]))


@endpoint(
    bp,
    "POST",
    "/admin/accounts/{user_id}/password-reset",
    "Issue a one-time password reset link (returned once)",
    "admin",
    "Account",
    **W,
)
def password_reset(user_id):
    user = _found(User, user_id)
    user, raw = run(accounts.issue_password_reset, user.id)
    return account_out(user, raw)


@endpoint(bp, "POST", "/admin/audit/verify", "Verify the audit chain", "admin", "ChainReport", **W)
def verify():
    if not is_admin(require_user()):
        raise Forbidden("only an admin may do this")
    report = verify_chain(get_db())
    return {
        "ok": report.ok,
        "checked": report.checked,
        "first_bad_id": report.first_bad_id,
        "problem": report.problem,
    }

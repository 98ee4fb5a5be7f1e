"""Reads: for everyone, under the disclosure policy; lists paginated by a stable id cursor."""

from flask import Blueprint, abort, current_app, jsonify, request, url_for

from ..http.session import get_db
from ..models import Body, Membership, Person
from ..reads import public as reads
from ..services.errors import Invalid
from ..services.validate import MAX_ID
from . import serialize as out
from .openapi import document
from .registry import endpoint

bp = Blueprint("api_reads", __name__, url_prefix="/api/v1")
MAX_LIMIT = 200
PAGE_PARAMS = [
    {
        "name": "after",
        "in": "query",
        "required": False,
        "description": "Return records with an id greater than this (the cursor).",
        "schema": {"type": "integer", "minimum": 0},
    },
    {
        "name": "limit",
        "in": "query",
        "required": False,
        "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 50},
    },
]
R = {"problems": (422,)}


def _int_arg(name: str, default: int, low: int, high: int | None = None) -> int:
    raw = request.args.get(name)
    if raw is None:
        return default
    if not raw.isdigit() or int(raw) < low or (high is not None and int(raw) > high):
        raise Invalid(name, f"must be a whole number from {low}" + (f" to {high}" if high else ""))
    return int(raw)


def _cursor() -> tuple[int, int]:
    return _int_arg("after", 0, 0, MAX_ID), _int_arg("limit", 50, 1, MAX_LIMIT)


def page(query, model, render, endpoint_name: str, **route_args):
    """One page of a list, ordered by id; `next` links to the page after it."""
    after, limit = _cursor()
    rows = get_db().scalars(query.where(model.id > after).order_by(model.id).limit(limit + 1))
    return _one_page(rows.unique().all(), limit, render, endpoint_name, route_args)


def page_of(records, render, endpoint_name: str, **route_args):
    """The same paging over records a read module already loaded (a short list, like an agenda)."""
    after, limit = _cursor()
    rows = sorted((r for r in records if r.id > after), key=lambda r: r.id)[: limit + 1]
    return _one_page(rows, limit, render, endpoint_name, route_args)


def _one_page(rows, limit: int, render, endpoint_name: str, route_args: dict):
    more = len(rows) > limit
    rows = rows[:limit]
    nxt = None
    if more:
        nxt = url_for(endpoint_name, after=rows[-1].id, limit=limit, **route_args)
    return {"items": [render(r) for r in rows], "next": nxt}


@endpoint(
    bp,
    "GET",
    "/bodies",
    "The board and its committees",
    "directory",
    "Body",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_bodies():
    return page(reads.bodies_query(), Body, out.body, "api_reads.get_list_bodies")


@endpoint(bp, "GET", "/bodies/{body_id}", "One body", "directory", "Body")
def get_body(body_id):
    return out.body(reads.body_by_id(get_db(), body_id) or abort(404))


@endpoint(
    bp,
    "GET",
    "/people",
    "Directors and other people on record",
    "directory",
    "Person",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_people():
    return page(reads.people_query(), Person, out.person, "api_reads.get_list_people")


@endpoint(bp, "GET", "/people/{person_id}", "One person", "directory", "Person")
def get_person(person_id):
    return out.person(reads.person_by_id(get_db(), person_id) or abort(404))


@endpoint(
    bp,
    "GET",
    "/memberships",
    "Seats: who sits on which body, and when",
    "directory",
    "Membership",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_memberships():
    return page(
        reads.memberships_query(), Membership, out.membership, "api_reads.get_list_memberships"
    )


def openapi_document():
    response = jsonify(document(current_app.config["BASE_URL"]))
    response.headers["Cache-Control"] = "public, max-age=300"
    return response

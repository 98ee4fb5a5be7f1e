"""Schemas of the admin endpoints, added to the one set of components the OpenAPI document and
the request checks read."""

from ..rules.vocab import BodyKind, MemberRole, QuorumRule, SeatClass, Threshold, UserRole
from .schemas import COMPONENTS, DATE, ID, enum, null, obj

NAME = {"type": "string", "maxLength": 200}
EMAIL = {"type": "string", "maxLength": 254}
DAY = {"type": "string", "format": "date"}
REASON = null({"type": "string", "maxLength": 200})
COUNT = null({"type": "integer", "minimum": 1, "maximum": 10000})

SETTINGS = {
    "quorum_rule": enum(QuorumRule),
    "default_threshold": enum(Threshold),
    "member_limit": COUNT,
    "per_org_limit": COUNT,
    "recused_count_for_quorum": {"type": "boolean"},
    "summary_due_days": COUNT,
    "timezone": null({"type": "string", "maxLength": 64}),
    "description": null({"type": "string", "maxLength": 5000}),
    "charter_url": null({"type": "string", "maxLength": 500}),
    "list_address": null(EMAIL),
}

RESOURCES = {
    "Organization": obj({"id": ID, "name": {"type": "string"}}, ["id", "name"]),
    "AdminPerson": obj(
        {
            "id": ID,
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "email": null({"type": "string"}),
            "organization_id": null(ID),
        },
        ["id", "slug", "name", "email", "organization_id"],
    ),
    "Affiliation": obj(
        {
            "id": ID,
            "person_id": ID,
            "organization_id": null(ID),
            "start_on": null(DAY),
            "end_on": null(DAY),
        },
        ["id", "person_id", "organization_id", "start_on", "end_on"],
    ),
    "AdminBody": obj(
        {"id": ID, "slug": {"type": "string"}, "name": {"type": "string"}, "kind": enum(BodyKind)}
        | SETTINGS,
        ["id", "slug", "name", "kind", *SETTINGS],
    ),
    "Term": obj(
        {
            "id": ID,
            "person_id": ID,
            "body_id": ID,
            "seat_class": enum(SeatClass),
            "role": enum(MemberRole),
            "term_start": DAY,
            "term_end": null(DAY),
            "replaces_id": null(ID),
            "end_reason": null({"type": "string"}),
        },
        [
            "id",
            "person_id",
            "body_id",
            "seat_class",
            "role",
            "term_start",
            "term_end",
            "replaces_id",
            "end_reason",
        ],
    ),
    "Account": obj(
        {
            "id": ID,
            "email": {"type": "string"},
            "role": enum(UserRole),
            "person_id": null(ID),
            "active": {"type": "boolean"},
            "link": {
                "type": "string",
                "description": "A one-time link (invitation or password reset), shown once, "
                "when no mail server is configured.",
            },
            "mailed": {
                "type": "boolean",
                "description": "The one-time link went by mail (a mail server is configured).",
            },
        },
        ["id", "email", "role", "person_id", "active"],
    ),
    "ChainReport": obj(
        {
            "ok": {"type": "boolean"},
            "checked": {"type": "integer"},
            "first_bad_id": null({"type": "integer"}),
            "problem": null({"type": "string"}),
        },
        ["ok", "checked", "first_bad_id", "problem"],
    ),
}

REQUESTS = {
    "OrganizationFields": obj({"name": NAME}, ["name"], {"name": "Nebula"}),
    "NewPerson": obj(
        {"name": NAME, "email": null(EMAIL), "organization_id": null(ID)},
        ["name"],
        {"name": "Chris Kemp", "organization_id": 1},
    ),
    "PersonFields": obj({"name": NAME, "email": null(EMAIL)}, ["name"], {"name": "Chris Kemp"}),
    "AffiliationChange": obj(
        {"organization_id": null(ID), "start_on": DATE},
        ["organization_id", "start_on"],
        {"organization_id": 2, "start_on": "2013-05-01"},
    ),
    "Merge": obj({"duplicate_id": ID}, ["duplicate_id"], {"duplicate_id": 7}),
    "NewBody": obj(
        {"name": NAME, "kind": enum(BodyKind)} | SETTINGS,
        ["name", "kind"],
        {"name": "Board of Directors", "kind": "board", "per_org_limit": 2},
    ),
    "BodySettings": obj(
        {"name": NAME} | SETTINGS, [], {"summary_due_days": 7, "timezone": "America/Chicago"}
    ),
    "NewTerm": obj(
        {
            "person_id": ID,
            "seat_class": enum(SeatClass),
            "role": enum(MemberRole),
            "term_start": DATE,
            "term_end": null(DATE),
        },
        ["person_id", "seat_class", "role", "term_start"],
        {"person_id": 1, "seat_class": "gold", "role": "member", "term_start": "2013-01-01"},
    ),
    "Renewal": obj(
        {"term_start": DATE, "term_end": null(DATE)},
        ["term_start"],
        {"term_start": "2014-01-01", "term_end": "2014-12-31"},
    ),
    "EndTerm": obj(
        {"last_day": DATE, "reason": REASON},
        ["last_day"],
        {"last_day": "2013-09-30", "reason": "resigned"},
    ),
    "Replacement": obj(
        {
            "last_day": DATE,
            "person_id": ID,
            "reason": REASON,
            "seat_class": null(enum(SeatClass)),
            "role": null(enum(MemberRole)),
        },
        ["last_day", "person_id"],
        {"last_day": "2013-09-30", "person_id": 9},
    ),
    "Invitation": obj(
        {"email": EMAIL, "role": enum(UserRole), "person_id": null(ID)},
        ["email", "role"],
        {"email": "director@example.org", "role": "director", "person_id": 1},
    ),
    "RoleChange": obj(
        {"role": enum(UserRole), "person_id": null(ID)}, ["role"], {"role": "secretary"}
    ),
    "ActiveChange": obj({"active": {"type": "boolean"}}, ["active"], {"active": False}),
}

COMPONENTS.update(RESOURCES)
COMPONENTS.update(REQUESTS)

"""JSON Schemas of every request and response: the OpenAPI document's components, and what
request bodies are checked against before a service sees them."""

from ..http.problems import PROBLEM_SCHEMA
from ..rules.text_limits import (
    MAX_CHARS,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_TABLE_CELLS,
    MAX_TABLE_ROWS,
)
from ..rules.vocab import (
    ActionKind,
    ActionStanding,
    ActionStatus,
    BallotChoice,
    BodyKind,
    Capacity,
    CommentaryStatus,
    Disclosure,
    EffectKind,
    ItemKind,
    ItemOutcome,
    MeetingKind,
    MeetingStatus,
    MemberRole,
    MinutesStatus,
    MotionStatus,
    Presence,
    SeatClass,
    SummaryStatus,
    Threshold,
    VoteChoice,
    VoteMethod,
)
from ..services.validate import MAX_ID

ID = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
TEXT = {"type": "string", "maxLength": 5000}
MARKDOWN = {
    "type": "string",
    "maxLength": MAX_CHARS,
    "description": "Markdown (CommonMark with GitHub's tables), sanitized when shown. Refused "
    f"(422) past {MAX_CHARS:,} characters, {MAX_DEPTH} levels of nesting, {MAX_TABLE_ROWS:,} "
    f"table rows, {MAX_TABLE_CELLS:,} table cells or {MAX_ELEMENTS:,} formatted parts.",
}
INSTANT = {"type": "string", "format": "date-time", "description": "An instant in UTC."}
DATE = {"type": "string", "format": "date", "x-parse": "date"}
LOCAL = {
    "type": "string",
    "maxLength": 40,
    "x-parse": "local-datetime",
    "description": "Wall-clock time where the meeting is held (YYYY-MM-DDTHH:MM), or an ISO 8601 "
    "instant with its offset.",
    "examples": ["2013-10-03T09:00"],
}


def enum(e) -> dict:
    return {"type": "string", "enum": [m.value for m in e]}


def null(schema: dict) -> dict:
    return {"anyOf": [schema, {"type": "null"}]}


MORE_PUBLIC = {
    "type": "boolean",
    "description": "Required (true) to make a motion more public than its agenda item.",
}
RELEASE_CONFIRMATION = {
    "release_now": {
        "type": "boolean",
        "description": "Required (true) when the release instant has already passed: publishes "
        "at once.",
    },
    "retraction_reason": null(
        {
            "type": "string",
            "maxLength": 500,
            "description": "Required when moving a release that has passed to later (or "
            "un-scheduling a public summary): shown to the public where the record was.",
        }
    ),
}


def obj(properties: dict, required=(), example: dict | None = None) -> dict:
    schema = {
        "type": "object",
        "additionalProperties": False,
        "properties": properties,
        "required": list(required),
    }
    if example is not None:
        schema["examples"] = [example]
    return schema


def ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def page_of(name: str) -> dict:
    return obj(
        {"items": {"type": "array", "items": ref(name)}, "next": null({"type": "string"})},
        ["items", "next"],
    )


RESOURCES = {
    "Body": obj(
        {
            "id": ID,
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "kind": enum(BodyKind),
            "default_threshold": enum(Threshold),
            "member_limit": null(ID),
            "per_org_limit": null(ID),
        },
        ["id", "slug", "name", "kind", "default_threshold", "member_limit", "per_org_limit"],
    ),
    "Person": obj(
        {
            "id": ID,
            "slug": {"type": "string"},
            "name": {"type": "string"},
            "organization": null({"type": "string"}),
        },
        ["id", "slug", "name", "organization"],
    ),
    "Membership": obj(
        {
            "id": ID,
            "person_id": ID,
            "body_id": ID,
            "seat_class": enum(SeatClass),
            "role": enum(MemberRole),
            "term_start": {"type": "string", "format": "date"},
            "term_end": null({"type": "string", "format": "date"}),
        },
        ["id", "person_id", "body_id", "seat_class", "role", "term_start", "term_end"],
    ),
    "Meeting": obj(
        {
            "id": ID,
            "body_id": ID,
            "title": {"type": "string"},
            "starts_at": INSTANT,
            "timezone": {"type": "string"},
            "kind": enum(MeetingKind),
            "location": null({"type": "string"}),
            "chair_id": null(ID),
            "agenda_released_at": null(INSTANT),
            "summary_release_at": null(INSTANT),
            "status": enum(MeetingStatus),
            "summary_withdrawn_at": null(INSTANT),
            "summary_withdrawn_reason": null({"type": "string"}),
        },
        [
            "id",
            "body_id",
            "title",
            "starts_at",
            "timezone",
            "kind",
            "location",
            "chair_id",
            "agenda_released_at",
            "summary_release_at",
            "status",
            "summary_withdrawn_at",
            "summary_withdrawn_reason",
        ],
    ),
    "AgendaItem": obj(
        {
            "id": ID,
            "meeting_id": ID,
            "position": {"type": "integer"},
            "title": null({"type": "string"}),
            "kind": enum(ItemKind),
            "presenters": null({"type": "string"}),
            "notes": null({"type": "string"}),
            "outcome": null(enum(ItemOutcome)),
            "disclosure": enum(Disclosure),
            "disclosed_at": null(INSTANT),
            "public_topic": null({"type": "string"}),
            "withheld": {
                "type": "boolean",
                "description": "True when the caller may not read this line yet (an executive "
                "session, an embargo): it is listed, as on the meeting page, with `title`, "
                "`presenters`, `notes` and `outcome` null; its `public_topic` may be shown.",
            },
            "withheld_until": null(
                {
                    **INSTANT,
                    "description": "When a withheld line becomes public (an embargo's end); "
                    "null for a confidential line.",
                }
            ),
        },
        [
            "id",
            "meeting_id",
            "position",
            "title",
            "kind",
            "presenters",
            "notes",
            "outcome",
            "disclosure",
            "disclosed_at",
            "public_topic",
            "withheld",
            "withheld_until",
        ],
    ),
    "Attendance": obj(
        {
            "id": ID,
            "meeting_id": ID,
            "person_id": null(ID),
            "guest_name": null({"type": "string"}),
            "capacity": enum(Capacity),
            "presence": enum(Presence),
            "reason": null({"type": "string"}),
            "arrived_at": null(INSTANT),
            "departed_at": null(INSTANT),
        },
        [
            "id",
            "meeting_id",
            "person_id",
            "guest_name",
            "capacity",
            "presence",
            "reason",
            "arrived_at",
            "departed_at",
        ],
    ),
    "Motion": obj(
        {
            "id": ID,
            "meeting_id": ID,
            "agenda_item_id": null(ID),
            "text": {"type": "string"},
            "mover_id": null(ID),
            "seconder_id": null(ID),
            "threshold": enum(Threshold),
            "method": enum(VoteMethod),
            "status": enum(MotionStatus),
            "disclosure": enum(Disclosure),
            "disclosed_at": null(INSTANT),
            "approves_minutes_of_id": null(ID),
            "opened_at": null(INSTANT),
            "closed_at": null(INSTANT),
            "result": null({"type": "string"}),
            "attendance_corrected_at": null(
                {
                    **INSTANT,
                    "description": "The roll call was corrected after this vote closed; the "
                    "result stands as announced.",
                }
            ),
        },
        [
            "id",
            "meeting_id",
            "agenda_item_id",
            "text",
            "mover_id",
            "seconder_id",
            "threshold",
            "method",
            "status",
            "disclosure",
            "disclosed_at",
            "approves_minutes_of_id",
            "opened_at",
            "closed_at",
            "result",
            "attendance_corrected_at",
        ],
    ),
    "Vote": obj(
        {
            "id": ID,
            "motion_id": ID,
            "person_id": ID,
            "choice": enum(VoteChoice),
            "reason": null({"type": "string"}),
            "recorded_by_secretary": {"type": "boolean"},
            "cast_at": INSTANT,
            "version": {
                "type": "integer",
                "minimum": 1,
                "description": "Raised by every write. Send it back to replace or correct the "
                "vote; a write based on an older version is refused with 409.",
            },
            "corrected_at": null(INSTANT),
            "correction_reason": null(
                {
                    "type": "string",
                    "description": "Why the secretary corrected a vote the member cast (who "
                    "cast it and when stay as they were).",
                }
            ),
        },
        [
            "id",
            "motion_id",
            "person_id",
            "choice",
            "reason",
            "recorded_by_secretary",
            "cast_at",
            "version",
            "corrected_at",
            "correction_reason",
        ],
    ),
    "ActionItem": obj(
        {
            "id": ID,
            "meeting_id": ID,
            "title": {"type": "string"},
            "owner_person_id": null(ID),
            "owner_body_id": null(ID),
            "due_on": null({"type": "string", "format": "date"}),
            "status": enum(ActionStatus),
            "agenda_item_id": null(ID),
            "disclosure": enum(Disclosure),
            "disclosed_at": null(INSTANT),
        },
        [
            "id",
            "meeting_id",
            "title",
            "owner_person_id",
            "owner_body_id",
            "due_on",
            "status",
            "agenda_item_id",
            "disclosure",
            "disclosed_at",
        ],
    ),
    "Minutes": obj(
        {
            "meeting_id": ID,
            "body": {"type": "string"},
            "status": enum(MinutesStatus),
        },
        ["meeting_id", "body", "status"],
    ),
    "Summary": obj(
        {
            "meeting_id": ID,
            "body": {"type": "string"},
            "status": enum(SummaryStatus),
            "release_at": null(INSTANT),
        },
        ["meeting_id", "body", "status", "release_at"],
    ),
    "Commentary": obj(
        {
            "meeting_id": ID,
            "author_id": ID,
            "body": {"type": "string"},
            "status": enum(CommentaryStatus),
            "publish_at": null(INSTANT),
        },
        ["meeting_id", "author_id", "body", "status", "publish_at"],
    ),
    "Token": obj(
        {
            "id": ID,
            "name": {"type": "string"},
            "prefix": {"type": "string"},
            "token": {"type": "string", "description": "Shown once, at creation."},
        },
        ["id", "name", "prefix"],
    ),
    "Problem": PROBLEM_SCHEMA,
}

ITEM_FIELDS = {
    "title": {"type": "string", "maxLength": 200},
    "kind": enum(ItemKind),
    "presenters": {"type": "string", "maxLength": 400},
    "notes": MARKDOWN,
    "disclosure": enum(Disclosure),
    "disclosed_at": null(LOCAL),
    "public_topic": null({"type": "string", "maxLength": 200}),
}

REQUESTS = {
    "NewMeeting": obj(
        {
            "body_id": ID,
            "title": {"type": "string", "maxLength": 200},
            "starts_at": LOCAL,
            "timezone": {"type": "string", "maxLength": 64},
            "kind": enum(MeetingKind),
            "location": null({"type": "string", "maxLength": 200}),
            "chair_id": null(ID),
        },
        ["body_id", "title", "starts_at", "timezone"],
        {
            "body_id": 1,
            "title": "October 3rd board call",
            "starts_at": "2013-10-03T09:00",
            "timezone": "America/Los_Angeles",
            "kind": "call",
        },
    ),
    "MeetingStatusChange": obj(
        {
            "status": enum(MeetingStatus),
            "reason": null(
                {
                    "type": "string",
                    "maxLength": 500,
                    "description": "Required to cancel: kept on the record and shown with the "
                    "meeting. A cancelled meeting is reinstated with status `scheduled`.",
                }
            ),
        },
        ["status"],
        {"status": "in_session"},
    ),
    "MeetingEdit": obj(
        {
            "title": {"type": "string", "maxLength": 200},
            "starts_at": LOCAL,
            "timezone": {"type": "string", "maxLength": 64},
            "kind": enum(MeetingKind),
            "location": null({"type": "string", "maxLength": 200}),
            "chair_id": null(ID),
        },
        [],
        {"title": "October 3rd board call (rescheduled)", "starts_at": "2013-10-03T10:00"},
    ),
    "AgendaOrder": obj(
        {"order": {"type": "array", "items": ID, "maxItems": 500}},
        ["order"],
        {"order": [3, 1, 2]},
    ),
    "AgendaItemFields": obj(
        ITEM_FIELDS,
        ["title"],
        {"title": "Election system report", "kind": "decision", "disclosure": "public"},
    ),
    "AgendaItemChange": obj(
        {**ITEM_FIELDS, **RELEASE_CONFIRMATION},
        ["title"],
        {"title": "Election system report", "kind": "decision", "disclosure": "public"},
    ),
    "Move": obj(
        {"direction": {"type": "string", "enum": ["up", "down"]}},
        ["direction"],
        {"direction": "up"},
    ),
    "Outcome": obj({"outcome": null(enum(ItemOutcome))}, ["outcome"], {"outcome": "postponed"}),
    "RollCall": obj(
        {
            "entries": {
                "type": "array",
                "minItems": 1,
                "items": obj(
                    {
                        "person_id": ID,
                        "presence": enum(Presence),
                        "arrived_at": null(LOCAL),
                        "departed_at": null(LOCAL),
                        "reason": null({"type": "string", "maxLength": 200}),
                    },
                    ["person_id", "presence"],
                ),
            }
        },
        ["entries"],
        {"entries": [{"person_id": 1, "presence": "in_person"}]},
    ),
    "Guest": obj(
        {
            "name": {"type": "string", "maxLength": 200},
            "capacity": {"type": "string", "enum": ["guest", "observer"]},
            "note": null({"type": "string", "maxLength": 200}),
        },
        ["name"],
        {"name": "Lauren Sell", "capacity": "guest"},
    ),
    "NewMotion": obj(
        {
            "text": TEXT,
            "mover_id": null(ID),
            "seconder_id": null(ID),
            "agenda_item_id": null(ID),
            "threshold": null(enum(Threshold)),
            "method": enum(VoteMethod),
            "disclosure": null(
                {
                    **enum(Disclosure),
                    "description": "Omit to take the agenda item's disclosure (an "
                    "executive-session item's motion is confidential).",
                }
            ),
            "disclosed_at": null(LOCAL),
            "approves_minutes_of_id": null(ID),
            "more_public_than_item": MORE_PUBLIC,
        },
        ["text"],
        {
            "text": "That the election system not change this cycle.",
            "threshold": "majority_of_votes_cast",
        },
    ),
    "MotionEdit": obj(
        {
            "text": TEXT,
            "mover_id": null(ID),
            "seconder_id": null(ID),
            "threshold": null(enum(Threshold)),
            "disclosure": null(enum(Disclosure)),
            "disclosed_at": null(LOCAL),
            "more_public_than_item": MORE_PUBLIC,
            **RELEASE_CONFIRMATION,
        },
        [],
        {"disclosure": "confidential"},
    ),
    "VoteCorrection": obj(
        {
            "choice": enum(VoteChoice),
            "reason": null({"type": "string", "maxLength": 300}),
            "correction_reason": {"type": "string", "maxLength": 300},
            "version": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
        },
        ["choice", "correction_reason", "version"],
        {
            "choice": "against",
            "correction_reason": "misclick reported at the meeting",
            "version": 1,
        },
    ),
    "Ballot": obj(
        {"choice": enum(VoteChoice), "reason": null({"type": "string", "maxLength": 300})},
        ["choice"],
        {"choice": "abstain", "reason": "not present at that meeting"},
    ),
    "RollCallVote": obj(
        {
            "entries": {
                "type": "array",
                "minItems": 1,
                "items": obj(
                    {
                        "person_id": ID,
                        "choice": enum(VoteChoice),
                        "reason": null({"type": "string", "maxLength": 300}),
                        "version": {
                            "type": "integer",
                            "minimum": 0,
                            "maximum": MAX_ID,
                            "description": "The version of the vote this entry replaces, as "
                            "you read it; omit or 0 for a member who has no vote yet. A stale "
                            "version is refused with 409 naming the member.",
                        },
                    },
                    ["person_id", "choice"],
                ),
            }
        },
        ["entries"],
        {"entries": [{"person_id": 1, "choice": "for"}]},
    ),
    "MinutesText": obj({"body": MARKDOWN}, ["body"], {"body": "# Minutes\n..."}),
    "SummaryText": obj(
        {
            "body": MARKDOWN,
            "release_at": null(LOCAL),
            "schedule": {"type": "boolean"},
            **RELEASE_CONFIRMATION,
        },
        ["body"],
        {"body": "The board met...", "release_at": "2013-10-10T10:00", "schedule": True},
    ),
    "CommentaryText": obj(
        {"body": MARKDOWN, "publish": {"type": "boolean"}, "publish_at": null(LOCAL)},
        ["body"],
        {"body": "My own account.", "publish": True},
    ),
    "NewActionItem": obj(
        {
            "title": {"type": "string", "maxLength": 300},
            "owner_person_id": null(ID),
            "owner_body_id": null(ID),
            "due_on": null(DATE),
            "agenda_item_id": null(ID),
            "disclosure": null(
                {
                    **enum(Disclosure),
                    "description": "Omit to take the agenda item's disclosure.",
                }
            ),
            "disclosed_at": null(LOCAL),
            "more_public_than_item": MORE_PUBLIC,
        },
        ["title"],
        {"title": "Report back on the venue", "owner_person_id": 1},
    ),
    "ActionStatusChange": obj({"status": enum(ActionStatus)}, ["status"], {"status": "done"}),
    "NewToken": obj(
        {"name": {"type": "string", "maxLength": 100}}, ["name"], {"name": "mailing-list bot"}
    ),
}


# A motion's effect on the seats, taken when the motion carries (appointments by motion).
RESOURCES["MotionEffect"] = obj(
    {
        "id": ID,
        "motion_id": ID,
        "kind": enum(EffectKind),
        "person_id": ID,
        "body_id": ID,
        "seat_class": null(enum(SeatClass)),
        "role": null(enum(MemberRole)),
        "effective_on": {
            "type": "string",
            "format": "date",
            "description": "An appointment's first day seated; an early end's last day seated.",
        },
        "term_end": null({"type": "string", "format": "date"}),
        "description": {"type": "string"},
        "membership_id": null({**ID, "description": "The term made or ended, once applied."}),
        "applied_at": null(INSTANT),
        "not_applied_reason": null(
            {
                "type": "string",
                "description": "The motion carried but the effect could not apply (a limit the "
                "seats would break by then): the rule and the people.",
            }
        ),
    },
    [
        "id",
        "motion_id",
        "kind",
        "person_id",
        "body_id",
        "seat_class",
        "role",
        "effective_on",
        "term_end",
        "description",
        "membership_id",
        "applied_at",
        "not_applied_reason",
    ],
)
REQUESTS["MotionEffectInput"] = obj(
    {
        "kind": enum(EffectKind),
        "person_id": ID,
        "body_id": ID,
        "effective_on": DATE,
        "seat_class": null({**enum(SeatClass), "description": "Required for an appointment."}),
        "role": null(enum(MemberRole)),
        "term_end": null(DATE),
    },
    ["kind", "person_id", "body_id", "effective_on"],
    {
        "kind": "appoint",
        "person_id": 7,
        "body_id": 2,
        "effective_on": "2013-09-01",
        "seat_class": "individual",
    },
)


# Actions between meetings: status and result are computed per request from `now`.
RESOURCES["BetweenCounts"] = obj(
    {
        k: {"type": "integer", "minimum": 0}
        for k in ("for", "against", "abstain", "objected", "not_signed", "seated")
    },
    ["for", "against", "abstain", "objected", "not_signed", "seated"],
)
RESOURCES["BetweenAction"] = obj(
    {
        "id": ID,
        "body_id": ID,
        "kind": enum(ActionKind),
        "text": {"type": "string"},
        "text_sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "proposer_id": null(ID),
        "seconder_id": null(ID),
        "opens_at": INSTANT,
        "closes_at": INSTANT,
        "timezone": {"type": "string"},
        "threshold": enum(Threshold),
        "turnout_quorum": {"type": "boolean"},
        "objection_limit": null(ID),
        "disclosure": enum(Disclosure),
        "disclosed_at": null(INSTANT),
        "release_at": null(INSTANT),
        "status": enum(ActionStanding),
        "decided_at": null(INSTANT),
        "result": null({"type": "string"}),
        "counts": null(ref("BetweenCounts")),
        "ratified_at": null(INSTANT),
    },
    [
        "id",
        "body_id",
        "kind",
        "text",
        "text_sha256",
        "proposer_id",
        "seconder_id",
        "opens_at",
        "closes_at",
        "timezone",
        "threshold",
        "turnout_quorum",
        "objection_limit",
        "disclosure",
        "disclosed_at",
        "release_at",
        "status",
        "decided_at",
        "result",
        "counts",
        "ratified_at",
    ],
)
RESOURCES["BetweenSignature"] = obj(
    {
        "id": ID,
        "action_id": ID,
        "person_id": ID,
        "choice": enum(BallotChoice),
        "reason": null({"type": "string"}),
        "text_sha256": {"type": "string"},
        "signed_at": INSTANT,
    },
    ["id", "action_id", "person_id", "choice", "reason", "text_sha256", "signed_at"],
)
REQUESTS["NewBetweenAction"] = obj(
    {
        "body_id": ID,
        "kind": enum(ActionKind),
        "text": TEXT,
        "opens_at": LOCAL,
        "closes_at": LOCAL,
        "timezone": {"type": "string", "maxLength": 64},
        "disclosure": enum(Disclosure),
        "proposer_id": null(ID),
        "seconder_id": null(ID),
        "threshold": null(enum(Threshold)),
        "turnout_quorum": {"type": "boolean"},
        "objection_limit": null(ID),
        "show_running": {"type": "boolean"},
        "disclosed_at": null(LOCAL),
        "release_at": null(LOCAL),
    },
    ["body_id", "kind", "text", "opens_at", "closes_at", "timezone", "disclosure"],
    {
        "body_id": 1,
        "kind": "written_consent",
        "text": "RESOLVED, that the Board approves the 2014 budget.",
        "opens_at": "2014-03-10T09:00",
        "closes_at": "2014-03-17T09:00",
        "timezone": "America/Los_Angeles",
        "disclosure": "public",
        "release_at": "2014-03-20T09:00",
    },
)
REQUESTS["NewSignature"] = obj(
    {
        "choice": enum(BallotChoice),
        "reason": null({"type": "string", "maxLength": 300}),
        "text_sha256": null({"type": "string", "maxLength": 64}),
    },
    ["choice"],
    {"choice": "for", "text_sha256": "…the SHA-256 of the text you read…"},
)


def _array(name: str) -> dict:
    return {"type": "array", "items": ref(name)}


AUDIT_HEAD = obj(
    {
        "id": ID,
        "hash": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
        "count": {"type": "integer", "minimum": 1},
        "at": INSTANT,
    },
    ["id", "hash", "count", "at"],
)
AUDIT_HEAD["description"] = (
    "The audit chain's last event as of the latest official summary release: keep a copy, "
    "and `flask audit verify` proves the trail against it."
)

RESOURCES["Export"] = obj(
    {
        "generated_at": INSTANT,
        "audit_head": null(AUDIT_HEAD),
        "meetings": _array("Meeting"),
        "agenda_items": _array("AgendaItem"),
        "attendance": _array("Attendance"),
        "motions": _array("Motion"),
        "votes": _array("Vote"),
        "minutes": _array("Minutes"),
        "summaries": _array("Summary"),
        "commentary": _array("Commentary"),
        "between_actions": _array("BetweenAction"),
    },
    [
        "generated_at",
        "audit_head",
        "meetings",
        "agenda_items",
        "attendance",
        "motions",
        "votes",
        "minutes",
        "summaries",
        "commentary",
        "between_actions",
    ],
)

COMPONENTS = {**RESOURCES, **REQUESTS}

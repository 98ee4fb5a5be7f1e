"""Actions between meetings over the API: read under the one policy (hidden = 404, running
counts only where `Policy.between_result` allows), opened by staff, signed by the director
whose token it is."""

from flask import abort

from ..http.lookups import meeting_or_404
from ..http.session import get_db
from ..http.viewer import request_policy
from ..models.between import BetweenAction
from ..reads import between as reads_
from ..reads.between import ActionRecord
from ..services import between
from . import serialize as out
from .auth import require_user
from .inputs import json_body
from .reads import PAGE_PARAMS, R, page
from .reads import bp as reads_bp
from .registry import endpoint
from .schemas import RESOURCES
from .writes import W, run
from .writes import bp as writes_bp

# Stored fields come from the schema; the rest is computed per request (and masked by policy).
COMPUTED = ("status", "decided_at", "result", "counts")
ACTION_FIELDS = [f for f in RESOURCES["BetweenAction"]["required"] if f not in COMPUTED]


def action(record: ActionRecord) -> dict:
    result = record.result
    shown = record.shows_result
    counts = {
        "for": result.for_,
        "against": result.against,
        "abstain": result.abstain,
        "objected": result.objected,
        "not_signed": result.not_signed,
        "seated": result.seated,
    }
    return {
        **out.fields(record.action, ACTION_FIELDS),
        "status": result.standing.value,
        "decided_at": out.instant(result.decided_at) if shown and result.decided_at else None,
        "result": record.explanation,
        "counts": counts if shown else None,
    }


def _record(action_id: int) -> ActionRecord:
    record = reads_.action_record(get_db(), request_policy(), action_id)
    if record is None:
        abort(404)
    return record


@endpoint(
    reads_bp,
    "GET",
    "/decisions",
    "Actions between meetings the caller may see",
    "decisions",
    "BetweenAction",
    list_of=True,
    query=PAGE_PARAMS,
    **R,
)
def list_actions():
    policy, db = request_policy(), get_db()
    return page(
        reads_.visible_query(policy),
        BetweenAction,
        lambda row: action(reads_.record_of(db, policy, row)),
        "api_reads.get_list_actions",
    )


@endpoint(
    reads_bp,
    "GET",
    "/decisions/{action_id}",
    "One action between meetings",
    "decisions",
    "BetweenAction",
)
def get_action(action_id):
    return action(_record(action_id))


@endpoint(
    writes_bp,
    "POST",
    "/decisions",
    "Open a written consent or an e-ballot",
    "decisions",
    "BetweenAction",
    request="NewBetweenAction",
    status=201,
    **W,
)
def open_action():
    data = json_body("NewBetweenAction")
    opened = run(
        between.open_action,
        data["body_id"],
        data["kind"],
        data["text"],
        data["opens_at"],
        data["closes_at"],
        data["timezone"],
        data["disclosure"],
        data.get("proposer_id"),
        data.get("seconder_id"),
        data.get("threshold"),
        data.get("turnout_quorum", False),
        data.get("objection_limit"),
        data.get("show_running", False),
        data.get("disclosed_at"),
        data.get("release_at"),
    )
    return action(_record(opened.id)), 201


@endpoint(
    writes_bp,
    "POST",
    "/decisions/{action_id}/signatures",
    "Sign (consent, vote, abstain, ask for a meeting, withdraw) as yourself",
    "decisions",
    "BetweenSignature",
    request="NewSignature",
    status=201,
    **W,
)
def sign_action(action_id):
    _record(action_id)  # an action the caller may not see does not exist for them
    data = json_body("NewSignature")
    signed = run(
        between.sign_action, action_id, data["choice"], data.get("reason"), data.get("text_sha256")
    )
    return out.between_signature(signed), 201


@endpoint(
    writes_bp,
    "POST",
    "/meetings/{meeting_id}/minutes/decisions-section",
    "Put 'Actions taken since the last meeting' into the meeting's draft minutes",
    "minutes",
    "Minutes",
    status=200,
    **W,
)
def insert_minutes_section(meeting_id):
    require_user()
    return out.minutes(run(between.insert_minutes_section, meeting_or_404(meeting_id).id))

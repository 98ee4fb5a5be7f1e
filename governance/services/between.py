"""Decisions between meetings: staff open a written consent or an e-ballot; directors sign it.

The clock is `visibility.now()`, the one the public side reads: a ballot closes for signatures at
the same instant its result appears, and tests pin both by pinning one function.
"""

import hashlib
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from .. import visibility
from ..models import Body, Meeting, Minutes
from ..models.base import utcnow
from ..models.between import BetweenAction, BetweenSignature
from ..rules import between, clock
from ..rules.between import Ballot, Result, Signature, check_accepts_signature, check_ballot
from ..rules.disclosure import check_disclosure
from ..rules.vocab import (
    ActionKind,
    BallotChoice,
    Disclosure,
    MinutesStatus,
    Threshold,
    UserRole,
)
from . import audit, outbox, validate
from .access import body_terms, require, require_staff, voting_members
from .actors import Actor, has_role
from .errors import Conflict, Invalid
from .meetings import local_instant
from .transaction import state_change

MAX_TEXT = 5000


def text_digest(text: str) -> str:
    """The SHA-256 a signature names: of the exact text, as UTF-8."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def signatures_of(db: Session, action_id: int) -> list[BetweenSignature]:
    return list(
        db.scalars(
            select(BetweenSignature)
            .where(BetweenSignature.action_id == action_id)
            .order_by(BetweenSignature.id)
        )
    )


def _plain(rows: list[BetweenSignature]) -> list[Signature]:
    return [Signature(s.person_id, s.choice, s.signed_at) for s in rows]


def standing_at(db: Session, action: BetweenAction, at: datetime) -> dict[int, BallotChoice]:
    """Each member's signature standing on the action at `at` (withdrawn ones do not stand)."""
    return between.standing_of(_plain(signatures_of(db, action.id)), at)


def result_at(db: Session, action: BetweenAction, now: datetime | None = None) -> Result:
    """Where the action stands at `now` (default: the request's clock)."""
    rows = signatures_of(db, action.id)
    return between.decide(
        action.ballot,
        _plain(rows),
        body_terms(db, action.body_id),
        visibility.now() if now is None else now,
    )


def _locked_action(db: Session, action_id) -> BetweenAction:
    """The action, its row locked: no signature lands while another is being judged, so none can
    slip past the close or past the signature that decided it."""
    return validate.locked(db, BetweenAction, action_id, "action_id")


def _objection_limit(value) -> int | None:
    if value in (None, "", 0):
        return None
    return validate.positive_int(value, "objection_limit")


def _check_people(db: Session, seated: frozenset[int], proposer_id, seconder_id) -> None:
    validate.mover_and_seconder(
        db,
        seated,
        ("proposer_id", proposer_id),
        ("seconder_id", seconder_id),
        "must be a voting member of the body when the ballot opens",
        "the proposer cannot second their own proposal",
    )


@state_change
def open_action(
    db: Session,
    actor: Actor,
    body_id,
    kind,
    text,
    opens_at,
    closes_at,
    timezone,
    disclosure,
    proposer_id=None,
    seconder_id=None,
    threshold=None,
    turnout_quorum=False,
    objection_limit=None,
    show_running=False,
    disclosed_at=None,
    release_at=None,
) -> BetweenAction:
    """Open a decision without a meeting. Instants are wall-clock readings in `timezone` (or aware
    instants). The text is fixed from here on: a correction is a new action."""
    require_staff(actor)
    body = validate.record(db, Body, body_id, "body_id")
    kind = validate.choice(ActionKind, kind, "kind")
    text = validate.text(text, "text", MAX_TEXT)
    clock.zone(timezone if isinstance(timezone, str) else "", "timezone")
    opens = local_instant(opens_at, timezone, "opens_at")
    closes = local_instant(closes_at, timezone, "closes_at")
    if closes <= visibility.now():
        raise Invalid("closes_at", "has already passed: a ballot must close in the future")
    if kind == ActionKind.WRITTEN_CONSENT:
        threshold = Threshold.UNANIMOUS
    threshold = validate.choice(Threshold, threshold or Threshold.MAJORITY_OF_SEATED, "threshold")
    if not isinstance(turnout_quorum, bool) or not isinstance(show_running, bool):
        field = "turnout_quorum" if not isinstance(turnout_quorum, bool) else "show_running"
        raise Invalid(field, "must be true or false")
    ballot = Ballot(
        kind, opens, closes, threshold, turnout_quorum, _objection_limit(objection_limit)
    )
    check_ballot(ballot)
    disclosure = validate.choice(Disclosure, disclosure, "disclosure")
    disclosed = local_instant(disclosed_at, timezone, "disclosed_at", required=False)
    check_disclosure(disclosure, disclosed, opens)
    release = local_instant(release_at, timezone, "release_at", required=False)
    if disclosure == Disclosure.CONFIDENTIAL and release is not None:
        raise Invalid("release_at", "a confidential action is never released to the public")
    _check_people(db, voting_members(db, body.id, opens.date()), proposer_id, seconder_id)
    action = BetweenAction(
        body_id=body.id,
        kind=kind,
        text=text,
        text_sha256=text_digest(text),
        proposer_id=proposer_id,
        seconder_id=seconder_id,
        opens_at=opens,
        closes_at=closes,
        timezone=timezone,
        threshold=threshold,
        turnout_quorum=turnout_quorum,
        objection_limit=ballot.objection_limit,
        show_running=show_running,
        disclosure=disclosure,
        disclosed_at=disclosed,
        release_at=release,
    )
    db.add(action)
    audit.record(db, actor, "between.open", action)
    outbox.between_opened(db, action)
    return action


@state_change
def sign_action(
    db: Session, actor: Actor, action_id, choice, reason=None, text_sha256=None
) -> BetweenSignature:
    """A director's own signature (or vote, or request for a meeting) at this instant. The
    signer is always the signed-in user's person; `text_sha256`, when given, is the digest of the
    text the director read, and must be the action's."""
    require(
        has_role(actor, UserRole.DIRECTOR) and actor.person_id is not None,
        "only a director may sign",
    )
    action = _locked_action(db, action_id)
    now = visibility.now()
    choice = validate.choice(BallotChoice, choice, "choice")
    reason = validate.text(reason, "reason", 300, required=False)
    if choice.needs_reason and reason is None:
        what = "an abstention" if choice == BallotChoice.ABSTAIN else "asking for a meeting"
        raise Invalid("reason", f"{what} needs a reason")
    if text_sha256 is not None and text_sha256 != action.text_sha256:
        raise Conflict("text_sha256", "the text you read is not the text of this action")
    if actor.person_id not in between.seated_at(body_terms(db, action.body_id), now):
        raise Invalid("action_id", "only a seated voting member of the body may sign")
    check_accepts_signature(action.ballot, result_at(db, action, now), now)
    mine = [s for s in signatures_of(db, action.id) if s.person_id == actor.person_id]
    if choice == BallotChoice.WITHDRAW and (not mine or mine[-1].choice == BallotChoice.WITHDRAW):
        raise Invalid("choice", "you have no signature to withdraw")
    signature = BetweenSignature(
        action_id=action.id,
        person_id=actor.person_id,
        choice=choice,
        reason=reason,
        text_sha256=action.text_sha256,
        signed_at=now,
        recorded_by_id=actor.id,
    )
    db.add(signature)
    audit.record(db, actor, f"between.{choice.value}", signature)
    db.flush()
    if result_at(db, action, now).closed:
        # Decided by this signature (the last consent, or the objection that voids it).
        outbox.between_decided(db, action, now)
    return signature


def listed_in_minutes(db: Session, meeting: Meeting) -> list[tuple[BetweenAction, Result]]:
    """The body's actions decided since its previous meeting and before this one: what the
    minutes of `meeting` list under "Actions taken since the last meeting"."""
    previous = db.scalar(
        select(Meeting.starts_at)
        .where(Meeting.body_id == meeting.body_id, Meeting.starts_at < meeting.starts_at)
        .order_by(Meeting.starts_at.desc())
        .limit(1)
    )
    query = select(BetweenAction).where(
        BetweenAction.body_id == meeting.body_id, BetweenAction.opens_at < meeting.starts_at
    )
    if previous is not None:
        query = query.where(BetweenAction.closes_at > previous)
    listed = []
    for action in db.scalars(query.order_by(BetweenAction.opens_at, BetweenAction.id)):
        result = result_at(db, action, meeting.starts_at)
        if result.closed and (previous is None or result.decided_at >= previous):
            listed.append((action, result))
    listed.sort(key=lambda pair: (pair[1].decided_at, pair[0].id))
    return listed


def ratify_listed(db: Session, actor: Actor, meeting: Meeting) -> None:
    """Called as the minutes of `meeting` are approved: each action they list is ratified, on
    the record. Runs inside the approving service's transaction."""
    now = visibility.now()
    for action, _ in listed_in_minutes(db, meeting):
        if action.ratified_at is not None:
            continue
        before = audit.snapshot(action)
        action.ratified_at = now
        action.ratified_in_meeting_id = meeting.id
        audit.record(db, actor, "between.ratify", action, before=before)


SECTION_HEADING = "## Actions taken since the last meeting"


def _minutes_line(action: BetweenAction, result: Result) -> str:
    if action.disclosure != Disclosure.PUBLIC:
        # Minutes become public; an action held in confidence is listed without its text.
        return f"- An action taken in confidence. {result.minutes_phrase}."
    return f"- RESOLVED, that {resolution(action.text)} {result.minutes_phrase}."


def minutes_section(db: Session, meeting: Meeting) -> str:
    """The generated Markdown section of the minutes, in the PSF's form ("" when none)."""
    lines = [_minutes_line(a, r) for a, r in listed_in_minutes(db, meeting)]
    if not lines:
        return ""
    return SECTION_HEADING + "\n\n" + "\n".join(lines) + "\n"


def lists_section(draft: str) -> bool:
    return SECTION_HEADING in draft.split("\n")


def with_section(draft: str, section: str) -> str:
    """The draft with its generated section put in (or replaced: it runs from its heading to
    the next heading of the same level, or the end)."""
    lines = draft.split("\n")
    if lists_section(draft):
        start = lines.index(SECTION_HEADING)
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines)
        )
        kept = lines[:start] + lines[end:]
        draft = "\n".join(kept).strip()
    if not section:
        return draft
    return f"{draft.rstrip()}\n\n{section}" if draft.strip() else section


@state_change
def insert_minutes_section(db: Session, actor: Actor, meeting_id) -> Minutes:
    """Put the generated section into the meeting's draft minutes (creating them if need be);
    approving those minutes then ratifies every action listed."""
    require_staff(actor)
    meeting = validate.record(db, Meeting, meeting_id, "meeting_id")
    minutes = db.scalar(select(Minutes).where(Minutes.meeting_id == meeting.id))
    if minutes is not None and minutes.status == MinutesStatus.APPROVED:
        raise Conflict("minutes", "approved minutes cannot be edited")
    section = minutes_section(db, meeting)
    if not section:
        raise Invalid("meeting_id", "no action was decided between the last meeting and this one")
    before = audit.snapshot(minutes) if minutes is not None else None
    if minutes is None:
        minutes = Minutes(meeting_id=meeting.id, body="", status=MinutesStatus.DRAFT)
        db.add(minutes)
    minutes.body = with_section(minutes.body or "", section)
    minutes.updated_at = utcnow()
    audit.record(db, actor, "minutes.save", minutes, before=before)
    return minutes


def resolution(text: str) -> str:
    """The action's text as the body of a RESOLVED clause: without a leading "RESOLVED, that"
    or "That", and ending with a full stop."""
    body = text.strip()
    for lead in ("RESOLVED, that ", "RESOLVED that ", "Resolved, that ", "That ", "that "):
        if body.startswith(lead):
            body = body[len(lead) :]
            break
    return body if body.endswith((".", "!", "?")) else body + "."

"""The one disclosure policy, as every public surface asks it.

`rules.disclosure` decides, over plain values, who may see what from which instant. This module
turns it into the two forms the surfaces need, for one viewer at one instant:

* per-object checks (`Policy.meeting(m)`, `Policy.motion(m, motion)`, …) that call the rules;
* SQL expressions (`Policy.sql_meeting()`, `Policy.sql_motion()`, …) that say the same thing
  inside a WHERE clause, so that lists never load a hidden row. Each expression is a transcription
  of the rule beside it; `tests/integration/test_disclosure_sql.py` checks that they agree.

Released means `now >= instant`, evaluated per request against `now()` — the single clock of the
public side, which tests pin. No job has to run for anything to appear.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import ColumnElement, and_, case, false, func, null, or_, select, true
from sqlalchemy.orm import Session, aliased

from .models import ActionItem, AgendaItem, Commentary, Meeting, Minutes, Motion, OfficialSummary
from .models.between import BetweenAction
from .rules import disclosure as rules
from .rules.disclosure import PUBLIC, Part, Viewer
from .rules.vocab import CommentaryStatus, Disclosure, MinutesStatus, SummaryStatus


def now() -> datetime:
    """The instant every visibility decision of a request is made against."""
    return datetime.now(UTC)


def _released(column, instant: datetime) -> ColumnElement[bool]:
    """SQL for rules.released: a set instant at or before `instant`."""
    return and_(column.is_not(None), column <= instant)


def _scheduled(summary: OfficialSummary | None) -> bool:
    return summary is not None and summary.status == SummaryStatus.SCHEDULED


def mask(visible: ColumnElement[bool], column):
    """The column where `visible` holds, NULL elsewhere: withheld text never leaves the database."""
    return case((visible, column), else_=null())


@dataclass(frozen=True)
class Policy:
    viewer: Viewer
    now: datetime

    @classmethod
    def public(cls, at: datetime | None = None) -> "Policy":
        return cls(PUBLIC, at or now())

    # --- per object: the rules themselves ---------------------------------------------------

    def board(self, meeting: Meeting) -> bool:
        """The viewer sits on the meeting's body, or is staff: the board edition."""
        return self.viewer.is_board_side(meeting.body_id)

    def _may_see(self, meeting: Meeting, disclosure, part=Part.CONTENT, disclosed_at=None):
        return rules.may_see(
            self.viewer, meeting.body_id, disclosure, meeting.release, self.now, part, disclosed_at
        )

    def meeting(self, meeting: Meeting) -> bool:
        """May the viewer know the meeting exists (its page, its published agenda)?"""
        start = rules.meeting_public_from(meeting.release)
        return self.board(meeting) or rules.released(start, self.now)

    def content(self, meeting: Meeting) -> bool:
        """The meeting's public record: roll call, outcomes, public motions."""
        return self._may_see(meeting, Disclosure.PUBLIC, Part.CONTENT)

    def item_title(self, meeting: Meeting, item: AgendaItem) -> bool:
        return self._may_see(meeting, item.disclosure, Part.TITLE, item.disclosed_at)

    def item_content(self, meeting: Meeting, item: AgendaItem) -> bool:
        return self._may_see(meeting, item.disclosure, Part.CONTENT, item.disclosed_at)

    def motion(self, meeting: Meeting, motion: Motion) -> bool:
        return self._may_see(meeting, motion.disclosure, Part.CONTENT, motion.disclosed_at)

    def action_item(self, meeting: Meeting, action: ActionItem) -> bool:
        return self._may_see(meeting, action.disclosure, Part.CONTENT, action.disclosed_at)

    def _document(self, meeting: Meeting, row, start: datetime | None) -> bool:
        return row is not None and (self.board(meeting) or rules.released(start, self.now))

    def summary(self, meeting: Meeting, summary: OfficialSummary | None) -> bool:
        return self._document(
            meeting, summary, rules.summary_public_from(meeting.release, _scheduled(summary))
        )

    def minutes(self, meeting: Meeting, minutes: Minutes | None) -> bool:
        approved = minutes is not None and minutes.status == MinutesStatus.APPROVED
        return self._document(
            meeting, minutes, rules.minutes_public_from(meeting.release, approved)
        )

    def commentary(
        self, meeting: Meeting, summary: OfficialSummary | None, commentary: Commentary
    ) -> bool:
        """Scheduled commentary: the board sees it ahead, the public once the meeting's summary
        itself is out (`summary`: the meeting's, or None if not started) and its own instant has
        come. Drafts stay with their author."""
        if commentary.status != CommentaryStatus.SCHEDULED:
            return False
        start = rules.commentary_public_from(
            meeting.release, _scheduled(summary), commentary.publish_at
        )
        return self.board(meeting) or rules.released(start, self.now)

    def between_action(self, action: BetweenAction) -> bool:
        """An action between meetings: its body and staff always; the public from its release
        instant (an embargo: and its disclosure instant), a confidential one never."""
        if self.viewer.is_board_side(action.body_id):
            return True
        start = rules.public_from(
            action.disclosure, action.release, Part.CONTENT, action.disclosed_at
        )
        return rules.released(start, self.now)

    def between_result(self, action: BetweenAction, closed: bool) -> bool:
        """A count may be shown: once closed to whoever sees the action; while running only to
        its body and staff, and only when the action says so. Never to the public early."""
        if not self.between_action(action):
            return False
        return closed or (action.show_running and self.viewer.is_board_side(action.body_id))

    # --- SQL: the same rules inside a WHERE clause (Meeting must be in the FROM) ------------

    def _sql_board_of(self, body_id) -> ColumnElement[bool]:
        if self.viewer.staff:
            return true()
        if self.viewer.bodies:
            return body_id.in_(sorted(self.viewer.bodies))
        return false()

    def sql_board(self) -> ColumnElement[bool]:
        return self._sql_board_of(Meeting.body_id)

    def _sql_meeting_part(self, part: Part) -> ColumnElement[bool]:
        """rules.public_from(PUBLIC, release, part) <= now."""
        summary = _released(Meeting.summary_release_at, self.now)
        if part == Part.TITLE:
            return or_(_released(Meeting.agenda_released_at, self.now), summary)
        return summary

    def _sql_public(self, disclosure, disclosed_at, part: Part) -> ColumnElement[bool]:
        """rules.public_from(disclosure, ...) <= now, case by case (confidential: never)."""
        public = and_(disclosure == Disclosure.PUBLIC, self._sql_meeting_part(part))
        embargo = and_(
            disclosure == Disclosure.EMBARGOED,
            self._sql_meeting_part(Part.CONTENT),
            _released(disclosed_at, self.now),
        )
        return or_(public, embargo)

    def _sql_may_see(self, disclosure, disclosed_at, part: Part) -> ColumnElement[bool]:
        return or_(self.sql_board(), self._sql_public(disclosure, disclosed_at, part))

    def sql_meeting(self) -> ColumnElement[bool]:
        """rules.meeting_public_from(release) <= now."""
        withdrawn = _released(Meeting.summary_withdrawn_at, self.now)
        return or_(self.sql_board(), self._sql_meeting_part(Part.TITLE), withdrawn)

    def sql_content(self) -> ColumnElement[bool]:
        return or_(self.sql_board(), self._sql_meeting_part(Part.CONTENT))

    def sql_item_title(self) -> ColumnElement[bool]:
        return self._sql_may_see(AgendaItem.disclosure, AgendaItem.disclosed_at, Part.TITLE)

    def sql_item_content(self) -> ColumnElement[bool]:
        return self._sql_may_see(AgendaItem.disclosure, AgendaItem.disclosed_at, Part.CONTENT)

    def sql_motion(self) -> ColumnElement[bool]:
        return self._sql_may_see(Motion.disclosure, Motion.disclosed_at, Part.CONTENT)

    def sql_action_item(self) -> ColumnElement[bool]:
        return self._sql_may_see(ActionItem.disclosure, ActionItem.disclosed_at, Part.CONTENT)

    def _sql_summary_public(self, status) -> ColumnElement[bool]:
        """rules.summary_public_from(release, status is scheduled) <= now."""
        scheduled = status == SummaryStatus.SCHEDULED
        return and_(scheduled, _released(Meeting.summary_release_at, self.now))

    def sql_summary(self) -> ColumnElement[bool]:
        return or_(self.sql_board(), self._sql_summary_public(OfficialSummary.status))

    def sql_minutes(self) -> ColumnElement[bool]:
        approved = Minutes.status == MinutesStatus.APPROVED
        public = and_(approved, _released(Meeting.summary_release_at, self.now))
        return or_(self.sql_board(), public)

    def sql_commentary(self) -> ColumnElement[bool]:
        """rules.commentary_public_from: the meeting's summary is public (the EXISTS finds it,
        aliased so that it never correlates with a summary the outer query reads), and so is
        the commentary's own instant."""
        summary = aliased(OfficialSummary)
        summary_public = (
            select(summary.id)
            .where(summary.meeting_id == Meeting.id, self._sql_summary_public(summary.status))
            .exists()
        )
        public = and_(
            summary_public,
            or_(Commentary.publish_at.is_(None), Commentary.publish_at <= self.now),
        )
        return and_(Commentary.status == CommentaryStatus.SCHEDULED, or_(self.sql_board(), public))

    def sql_between_action(self) -> ColumnElement[bool]:
        """between_action(), for BetweenAction rows (no Meeting in the FROM)."""
        a = BetweenAction
        released = _released(a.release_at, self.now)
        public = and_(a.disclosure == Disclosure.PUBLIC, released)
        embargo = and_(
            a.disclosure == Disclosure.EMBARGOED, released, _released(a.disclosed_at, self.now)
        )
        return or_(self._sql_board_of(a.body_id), public, embargo)


# Every instant at which something public can change: each rules.*public_from value is one of
# these columns (or the later of two of them), and a meeting moves from upcoming to past at its
# start. The earliest of them still ahead bounds how long a public response may be cached.
_CHANGE_INSTANTS = (
    (Meeting.agenda_released_at, Meeting.id),
    (Meeting.summary_release_at, Meeting.id),
    (Meeting.starts_at, Meeting.id),
    (AgendaItem.disclosed_at, AgendaItem.meeting_id),
    (Motion.disclosed_at, Motion.meeting_id),
    (ActionItem.disclosed_at, ActionItem.meeting_id),
    (Commentary.publish_at, Commentary.meeting_id),
)
# An action between meetings appears at its release (or embargo) and shows its result from its
# close; a written consent decided earlier is decided by a signature, a write.
_ACTION_INSTANTS = (
    BetweenAction.release_at,
    BetweenAction.disclosed_at,
    BetweenAction.opens_at,
    BetweenAction.closes_at,
)


def next_change(db: Session, at: datetime, meeting_ids=None, action_ids=None) -> datetime | None:
    """The next instant (after `at`) at which a public surface over these meetings and actions
    between meetings (default: all of both; a page that names meetings only, none of the
    actions) may change, in one query."""
    if action_ids is None and meeting_ids is not None:
        action_ids = ()
    columns = []
    for instant, meeting_id in _CHANGE_INSTANTS:
        query = select(func.min(instant)).where(instant > at)
        if meeting_ids is not None:
            query = query.where(meeting_id.in_(list(meeting_ids)))
        columns.append(query.scalar_subquery())
    for instant in _ACTION_INSTANTS:
        query = select(func.min(instant)).where(instant > at)
        if action_ids is not None:
            query = query.where(BetweenAction.id.in_(list(action_ids)))
        columns.append(query.scalar_subquery())
    return rules.next_change(db.execute(select(*columns)).one(), at)

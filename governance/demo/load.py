"""Load the 2013 board (board2013.py) through the same services the web uses.

Everything goes through a service so that the demo is validated like real input and leaves an
audit trail; a demo fact the rules refuse is a bug in the demo data.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import Body, Meeting, Motion, Organization, Person, User
from ..models.base import utcnow
from ..rules.vocab import MeetingStatus, MotionStatus, UserRole
from ..services import accounts, agenda, attendance, directory, meetings, motions, records
from ..services.actors import SYSTEM
from . import board2013 as data
from .current_term import seat_current_term

DEMO_PASSWORD = "board-demo-2013"  # noqa: S105 - printed for the demo; refused in production
DEMO_DOMAIN = "example.org"
# Directors who get a demo login: the author of the reference posts, and the chair.
DEMO_DIRECTORS = ("mark-mcloughlin", "alan-clark")


@dataclass(frozen=True)
class DemoLogin:
    email: str
    role: UserRole
    who: str


class DemoRefused(Exception):
    pass


def _local(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%d %H:%M")


def _on_day(day: datetime, hhmm: str | None) -> datetime | None:
    if hhmm is None:
        return None
    hour, minute = map(int, hhmm.split(":"))
    return day.replace(hour=hour, minute=minute)


def is_loaded(db: Session) -> bool:
    slugs = [p["key"] for p in data.PEOPLE]
    found = db.scalar(select(func.count(Person.id)).where(Person.slug.in_(slugs)))
    return (
        found == len(slugs)
        and db.scalar(select(Body.id).where(Body.slug == data.BODIES[0]["key"])) is not None
    )


def is_empty(db: Session) -> bool:
    return all(
        db.scalar(select(func.count()).select_from(model)) == 0
        for model in (Organization, Person, Body, Meeting, User)
    )


def demo_logins() -> list[DemoLogin]:
    logins = [
        DemoLogin(f"admin@{DEMO_DOMAIN}", UserRole.ADMIN, "administrator"),
        DemoLogin(f"secretary@{DEMO_DOMAIN}", UserRole.SECRETARY, _name(data.SECRETARY)),
    ]
    for key in DEMO_DIRECTORS:
        logins.append(DemoLogin(f"{key}@{DEMO_DOMAIN}", UserRole.DIRECTOR, _name(key)))
    return logins


def _name(key: str) -> str:
    return next(p["name"] for p in data.PEOPLE if p["key"] == key)


def load(db: Session, force: bool = False) -> bool:
    """Load the demo; False if it was already there. Refuses a database holding other data."""
    if is_loaded(db):
        return False
    if not is_empty(db) and not force:
        raise DemoRefused("the database holds other data; use --force to load the demo beside it")
    _Loader(db).run()
    return True


class _Loader:
    def __init__(self, db: Session):
        self.db = db
        self.org_ids: dict[str, int] = {}
        self.person_ids: dict[str, int] = {}
        self.body_ids: dict[str, int] = {}
        self.meeting_ids: dict[str, int] = {}
        self.users: dict[str, User] = {}

    def run(self) -> None:
        db = self.db
        for name in data.ORGANIZATIONS:
            self.org_ids[name] = directory.create_organization(db, SYSTEM, name).id
        for p in data.PEOPLE:
            org = self.org_ids[p["organization"]] if p.get("organization") else None
            person = directory.create_person(db, SYSTEM, p["name"], p.get("email"), org, p["key"])
            self.person_ids[p["key"]] = person.id
        for b in data.BODIES:
            body = directory.create_body(
                db,
                SYSTEM,
                b["name"],
                b["kind"],
                b["default_threshold"],
                b.get("member_limit"),
                b.get("per_org_limit"),
                b.get("recused_count_for_quorum", True),
                b["key"],
            )
            self.body_ids[b["key"]] = body.id
        for m in data.MEMBERSHIPS:
            directory.add_membership(
                db,
                SYSTEM,
                self.person_ids[m["person"]],
                self.body_ids[m["body"]],
                m["seat_class"],
                m["role"],
                date.fromisoformat(m["term_start"]),
                date.fromisoformat(m["term_end"]) if m.get("term_end") else None,
            )
        self._create_logins()
        for meeting in data.MEETINGS:
            self._meeting(meeting)
        seat_current_term(db, utcnow().date(), data.BODIES[0]["key"])

    def _create_logins(self) -> None:
        for login in demo_logins():
            person_key = None
            if login.role == UserRole.DIRECTOR:
                person_key = login.email.split("@")[0]
            elif login.role == UserRole.SECRETARY:
                person_key = data.SECRETARY
            user = accounts.create_user(
                self.db,
                SYSTEM,
                login.email,
                login.role,
                DEMO_PASSWORD,
                self.person_ids[person_key] if person_key else None,
            )
            if person_key:
                self.users[person_key] = user

    def _people(self, keys_or_names: list[str]) -> str:
        names = []
        for entry in keys_or_names:
            names.append(_name(entry) if entry in self.person_ids else entry)
        return ", ".join(names)

    def _meeting(self, m: dict) -> None:
        db = self.db
        start = _local(m["starts_at"])
        tz = m["timezone"]
        meeting = meetings.create_meeting(
            db,
            SYSTEM,
            self.body_ids[m["body"]],
            m["title"],
            start,
            tz,
            m["kind"],
            m.get("location"),
            self.person_ids.get(m.get("chair")),
        )
        self.meeting_ids[m["key"]] = meeting.id
        meetings.publish_agenda(
            db, SYSTEM, meeting.id, _local(m["agenda_released_at"]), release_now=True
        )
        items = {}
        for it in m["agenda"]:
            disclosed = _local(it["disclosed_at"]) if it.get("disclosed_at") else None
            item = agenda.add_item(
                db,
                SYSTEM,
                meeting.id,
                it["title"],
                it["kind"],
                self._people(it.get("presenters", [])),
                it.get("notes", ""),
                it["disclosure"],
                disclosed,
                it.get("public_topic"),
            )
            items[it["key"]] = item.id
        meetings.set_status(db, SYSTEM, meeting.id, MeetingStatus.IN_SESSION)
        for a in m["attendance"]:
            attendance.record_attendance(
                db,
                SYSTEM,
                meeting.id,
                self.person_ids[a["person"]],
                a["status"],
                _on_day(start, a.get("arrived_at")),
                _on_day(start, a.get("departed_at")),
                a.get("reason"),
            )
        for g in m.get("guests", []):
            attendance.add_guest(db, SYSTEM, meeting.id, g["name"], g["capacity"], g.get("note"))
        for index, mo in enumerate(m.get("motions", []), start=1):
            self._motion(meeting, start + timedelta(minutes=15 * index), mo, items)
        for it in m["agenda"]:
            if it.get("outcome"):
                agenda.set_outcome(db, SYSTEM, items[it["key"]], it["outcome"])
        meetings.set_status(db, SYSTEM, meeting.id, MeetingStatus.ADJOURNED)
        self._records(meeting, m)

    def _motion(self, meeting: Meeting, when: datetime, mo: dict, items: dict) -> None:
        db = self.db
        disclosed = _local(mo["disclosed_at"]) if mo.get("disclosed_at") else None
        approves = (
            self.meeting_ids[mo["approves_minutes_of"]] if mo.get("approves_minutes_of") else None
        )
        motion = motions.propose_motion(
            db,
            SYSTEM,
            meeting.id,
            mo["text"],
            self.person_ids.get(mo.get("mover")),
            self.person_ids.get(mo.get("seconder")),
            items.get(mo.get("agenda")),
            mo["threshold"],
            mo.get("method", "roll_call"),
            mo["disclosure"],
            disclosed,
            approves,
        )
        status = MotionStatus(mo["status"])
        if status in (MotionStatus.WITHDRAWN, MotionStatus.POSTPONED):
            action = (
                motions.withdraw_motion
                if status == MotionStatus.WITHDRAWN
                else motions.postpone_motion
            )
            action(db, SYSTEM, motion.id)
            return
        motions.open_motion(db, SYSTEM, motion.id, when)
        for v in mo["votes"]:
            motions.record_vote(
                db,
                SYSTEM,
                motion.id,
                self.person_ids[v["person"]],
                v["choice"],
                v.get("reason"),
                when + timedelta(minutes=1),
            )
        closed = motions.close_motion(db, SYSTEM, motion.id, when + timedelta(minutes=2))
        if closed.status != status:
            raise DemoRefused(
                f"demo motion {mo['key']!r} of {meeting.title}: the rules say "
                f"{closed.status.value} ({closed.result}), the data says {status.value}"
            )

    def _records(self, meeting: Meeting, m: dict) -> None:
        db = self.db
        minutes = m.get("minutes")
        if minutes:
            records.save_minutes(db, SYSTEM, meeting.id, minutes["body"])
            if minutes["status"] in ("circulated", "approved"):
                records.circulate_minutes(db, SYSTEM, meeting.id)
        meetings.set_summary_release(
            db, SYSTEM, meeting.id, _local(m["summary_release_at"]), release_now=True
        )
        if m.get("summary"):
            records.save_summary(
                db, SYSTEM, meeting.id, m["summary"]["body"], schedule=True, release_now=True
            )
        for a in m.get("action_items", []):
            records.add_action_item(
                db,
                SYSTEM,
                meeting.id,
                a["title"],
                self.person_ids[a["owner"]],
                None,
                date.fromisoformat(a["due"]) if a.get("due") else None,
            )
        for c in m.get("commentary", []):
            author = self.users.get(c["author"])
            if author is not None:
                records.save_commentary(db, author, meeting.id, c["body"], publish=True)


def check_minutes_approvals(db: Session) -> list[str]:
    """Minutes the data calls approved that no carried motion approved: reported, not forced."""
    problems = []
    for m in data.MEETINGS:
        if (m.get("minutes") or {}).get("status") == "approved":
            approved = db.scalar(
                select(Motion.id)
                .join(Meeting, Motion.approves_minutes_of_id == Meeting.id)
                .where(Meeting.title == m["title"], Motion.status == MotionStatus.CARRIED)
            )
            if approved is None:
                problems.append(m["key"])
    return problems

"""A board whose record carries a unique marker in every part that has its own disclosure.

Built through the services. Every marker is one lowercase word (so it survives HTML, XML, folded
iCalendar lines and PDF text extraction), and `VISIBLE_FROM` says — written out by hand from
DESIGN.md, not computed by the code under test — from which instant the public may see it.
"""

import shutil
import subprocess
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from governance import visibility
from governance.rules.vocab import Capacity, Disclosure, ItemKind, UserRole, VoteChoice
from governance.services import attendance, between, meetings, motions, records
from governance.services.actors import SYSTEM

TZ = "America/Los_Angeles"
LA = ZoneInfo(TZ)


def la(*args) -> datetime:
    """A wall-clock reading in Los Angeles, as the aware UTC instant it names."""
    return datetime(*args, tzinfo=LA).astimezone(UTC)


# The instants of the story (PDT: clocks went forward on 9 March 2014).
AGENDA = la(2014, 3, 7, 12, 0)
START = la(2014, 3, 10, 9, 0)
SUMMARY = la(2014, 3, 12, 10, 0)
EMBARGO = la(2014, 3, 14, 9, 0)  # "Embargoed until 14 March 2014 09:00 PDT"
LATE_COMMENTARY = la(2014, 3, 20, 8, 0)
LATER_START = la(2014, 4, 1, 9, 0)  # the unannounced meeting that approves the minutes
FAR = la(2015, 1, 1, 0, 0)
NOT_YET = la(2100, 1, 1, 0, 0)  # still ahead of the real clock that the services check against
NEVER = None
SECOND = timedelta(seconds=1)
DECISION_OPENS = la(2014, 3, 10, 12, 0)
DECISION_CLOSES = la(2014, 3, 11, 12, 0)
DECISION_RELEASE = la(2014, 3, 11, 18, 0)

# marker -> the instant from which the public may see it (None: never)
VISIBLE_FROM: dict[str, datetime | None] = {
    "mkmeetingtitle": AGENDA,
    "mkpubtitle": AGENDA,
    "mkpubpresenter": AGENDA,
    "mktopic": AGENDA,  # the executive session's public topic line
    "mkpubnotes": SUMMARY,
    "mkguest": SUMMARY,
    "mkpubmotion": SUMMARY,
    "mkabstainreason": SUMMARY,
    "mkexecvote": SUMMARY,  # a public vote that arose from the executive session
    "mksummary": SUMMARY,
    "mkminutes": SUMMARY,
    "mkcommentary": SUMMARY,
    "mkembtitle": EMBARGO,
    "mkembnotes": EMBARGO,
    "mkembmotion": EMBARGO,
    "mkembdefault": EMBARGO,
    "mklatecommentary": LATE_COMMENTARY,
    "mkconftitle": NEVER,
    "mkconfnotes": NEVER,
    "mkconfmotion": NEVER,
    "mkconfdefault": NEVER,
    "mkdraftcommentary": NEVER,
    "mkhiddenmeeting": NEVER,  # the later meeting: no agenda, no release date
    "mkhiddennotes": NEVER,
    "mkthirdtitle": SUMMARY,  # a meeting known only from its release, its summary still a draft
    "mkdraftsummary": NEVER,
    "mkthirdcommentary": NEVER,  # scheduled commentary waits for that draft summary
    # Decisions between meetings (their own release instants, not the meeting's)
    "mkdecpub": DECISION_RELEASE,
    "mkdecemb": EMBARGO,
    "mkdecconf": NEVER,
    "mkdecreason": NEVER,  # an abstention's reason: on the board's record only
}

# Instants at which the crawl looks, from before the agenda to after every release.
INSTANTS = {
    "before the agenda": AGENDA - SECOND,
    "agenda published": AGENDA,
    "in the meeting": START + timedelta(minutes=30),
    "a second before the summary": SUMMARY - SECOND,
    "at the summary": SUMMARY,
    "a second before the decision's release": DECISION_RELEASE - SECOND,
    "at the decision's release": DECISION_RELEASE,
    "between summary and embargo": SUMMARY + timedelta(days=1),
    "at the embargo": EMBARGO,
    "after everything": FAR,
}
# Every instant at which something public changes in this world (for cache lifetimes).
# (The decisions' own instants bound the decisions' pages: tests/web/test_between_pages.py.)
CHANGES = sorted([AGENDA, START, SUMMARY, EMBARGO, LATE_COMMENTARY, LATER_START])


PDFTOTEXT = shutil.which("pdftotext") or "/usr/bin/pdftotext"


def pdf_text(data: bytes) -> str:
    """The text of a PDF, page by page (pages end with a form feed)."""
    done = subprocess.run(  # noqa: S603 - a fixed local tool reading stdin
        [PDFTOTEXT, "-layout", "-", "-"], input=data, capture_output=True, check=True, timeout=60
    )
    return done.stdout.decode()


def expected_visible(marker: str, now: datetime) -> bool:
    start = VISIBLE_FROM[marker]
    return start is not None and now >= start


def local(instant: datetime) -> datetime:
    """The naive wall-clock reading the services take for the meeting's zone."""
    return instant.astimezone(LA).replace(tzinfo=None)


@dataclass
class PublicScene:
    board: object
    members: list
    director: object
    secretary: object
    outsider: object
    meeting: object
    later: object
    third: object
    items: dict = field(default_factory=dict)
    motions: dict = field(default_factory=dict)
    decisions: dict = field(default_factory=dict)


@contextmanager
def clock_at(instant: datetime):
    """The services' and the policy's one clock, pinned while the story is written."""
    real = visibility.now
    visibility.now = lambda: instant
    try:
        yield
    finally:
        visibility.now = real


def add_decisions(db, board, signers: list) -> dict:
    """An e-ballot public from its own release, an embargoed and a confidential consent, each
    signed by three directors (one abstains with a reason only the board may read)."""
    opened = {}
    with clock_at(DECISION_OPENS - SECOND):
        for key, text, disclosure, disclosed_at, release, kind in (
            ("public", "Adopt the mkdecpub plan", "public", None, DECISION_RELEASE, "e_ballot"),
            ("embargoed", "Lease mkdecemb", "embargoed", EMBARGO, DECISION_RELEASE, "e_ballot"),
            ("confidential", "Hire mkdecconf", "confidential", None, None, "written_consent"),
        ):
            opened[key] = between.open_action(
                db,
                SYSTEM,
                board.id,
                kind,
                text,
                DECISION_OPENS,
                DECISION_CLOSES,
                TZ,
                disclosure,
                disclosed_at=disclosed_at,
                release_at=release,
            )
    for i, user in enumerate(signers):
        with clock_at(DECISION_OPENS + timedelta(minutes=i + 1)):
            for action in opened.values():
                if i == 2 and not action.is_consent:
                    between.sign_action(db, user, action.id, "abstain", "mkdecreason")
                else:
                    between.sign_action(db, user, action.id, "for")
    return opened


def commentary_under_draft_summary(db, author, meeting_id, commentary, summary, release_at):
    """Scheduled commentary over a draft summary whose date `release_at` has passed, reached
    through the services as it happens: the secretary scheduled the summary for later, a director
    scheduled commentary, then the secretary put the summary back to draft before its release and
    moved its date to `release_at`."""
    meetings.set_summary_release(db, SYSTEM, meeting_id, local(NOT_YET))
    records.save_summary(db, SYSTEM, meeting_id, summary, schedule=True)
    records.save_commentary(db, author, meeting_id, commentary, publish=True)
    records.save_summary(db, SYSTEM, meeting_id, summary, schedule=False)
    meetings.set_summary_release(db, SYSTEM, meeting_id, local(release_at), release_now=True)


def build_public_scene(make) -> PublicScene:
    db = make.db
    board, members = make.board(seats=5, name="Board of Directors")
    other = make.body("Legal Affairs Committee")
    outsider = make.user(person=make.seat(other), email="outsider@example.org")
    secretary = make.user(UserRole.SECRETARY, email="secretary@example.org")
    director = make.user(person=members[0], email="director@example.org")
    writers = [make.user(person=p) for p in members[1:3]]

    m = make.meeting(board, starts_at=local(START), tz=TZ, title="Budget mkmeetingtitle call")
    meetings.publish_agenda(db, SYSTEM, m.id, local(AGENDA), release_now=True)
    pub = make.item(
        m,
        title="Budget mkpubtitle",
        kind=ItemKind.DECISION,
        presenters="Treasurer mkpubpresenter",
        notes="The budget **mkpubnotes** was discussed.",
    )
    emb = make.item(
        m,
        title="Acquisition mkembtitle",
        notes="Terms mkembnotes.",
        disclosure=Disclosure.EMBARGOED,
        disclosed_at=local(EMBARGO),
    )
    conf = make.item(
        m,
        title="Applicants mkconftitle",
        kind=ItemKind.EXECUTIVE_SESSION,
        notes="Candidates mkconfnotes.",
        disclosure=Disclosure.CONFIDENTIAL,
        public_topic="Membership mktopic",
    )
    make.present(m, members)
    attendance.add_guest(db, SYSTEM, m.id, "Observer mkguest", Capacity.OBSERVER)

    def vote_on(motion_text, item, disclosure=None, disclosed_at=None, votes=(), **explicit):
        # No disclosure given: the motion takes its item's, as the secretary's form does.
        motion = make.open_motion(
            m,
            text=motion_text,
            agenda_item_id=item.id,
            mover_id=members[0].id,
            seconder_id=members[1].id,
            disclosure=disclosure,
            disclosed_at=disclosed_at,
            **explicit,
        )
        for person, (choice, reason) in zip(members, votes, strict=False):
            motions.record_vote(db, SYSTEM, motion.id, person.id, choice, reason, local(START))
        return motions.close_motion(db, SYSTEM, motion.id, at=local(START) + timedelta(hours=1))

    F = (VoteChoice.FOR, None)
    abstain = (VoteChoice.ABSTAIN, "mkabstainreason")
    scene_motions = {
        "public": vote_on("Adopt the budget mkpubmotion", pub, votes=[F, F, F, abstain]),
        "embargoed": vote_on(
            "Buy the company mkembmotion",
            emb,
            Disclosure.EMBARGOED,
            local(EMBARGO),
            votes=[F, F, F],
        ),
        "confidential": vote_on(
            "Admit applicant mkconfmotion", conf, Disclosure.CONFIDENTIAL, votes=[F, F, F]
        ),
        "exec_vote": vote_on(
            "Admit two gold members mkexecvote",
            conf,
            Disclosure.PUBLIC,
            votes=[F, F, F],
            more_public_than_item=True,
        ),
        # Proposed with the form's defaults on a confidential and on an embargoed item.
        "conf_default": vote_on("Admit another mkconfdefault", conf, votes=[F, F, F]),
        "emb_default": vote_on("Sell the company mkembdefault", emb, votes=[F, F, F]),
    }
    records.save_minutes(db, SYSTEM, m.id, "Minutes mkminutes of the call.")
    records.circulate_minutes(db, SYSTEM, m.id)
    meetings.set_summary_release(db, SYSTEM, m.id, local(SUMMARY), release_now=True)
    records.save_summary(
        db, SYSTEM, m.id, "# Summary\n\nThe board mksummary met.", schedule=True, release_now=True
    )
    records.save_commentary(db, director, m.id, "My view mkcommentary.", publish=True)
    records.save_commentary(
        db, writers[0], m.id, "Later mklatecommentary.", True, local(LATE_COMMENTARY)
    )
    records.save_commentary(db, writers[1], m.id, "Unfinished mkdraftcommentary.")

    # A later meeting, never announced, approves the minutes: they become approved.
    later = make.meeting(
        board, starts_at=local(LATER_START), tz=TZ, title="Planning mkhiddenmeeting"
    )
    make.item(later, title="Approve minutes", notes="mkhiddennotes", kind=ItemKind.DECISION)
    make.present(later, members)
    approval = make.open_motion(later, text="Approve the minutes", approves_minutes_of_id=m.id)
    for person in members:
        motions.record_vote(
            db, SYSTEM, approval.id, person.id, VoteChoice.FOR, None, local(LATER_START)
        )
    motions.close_motion(db, SYSTEM, approval.id, at=local(LATER_START) + timedelta(hours=1))

    # A third meeting: no agenda published, record released with the first, summary a draft.
    third = make.meeting(
        board, starts_at=local(START) + timedelta(hours=4), tz=TZ, title="Retreat mkthirdtitle"
    )
    commentary_under_draft_summary(
        db, director, third.id, "Too early mkthirdcommentary.", "Not ready mkdraftsummary.", SUMMARY
    )

    return PublicScene(
        board=board,
        members=members,
        director=director,
        secretary=secretary,
        outsider=outsider,
        meeting=m,
        later=later,
        third=third,
        items={"public": pub, "embargoed": emb, "confidential": conf},
        motions=scene_motions,
        decisions=add_decisions(db, board, [director, *writers]),
    )

"""Every service, given bad input or a forbidden actor, names the problem and changes nothing."""

import functools
from datetime import date, datetime

import pytest

from governance.services import (
    accounts,
    agenda,
    attendance,
    between,
    calendar_feeds,
    directory,
    meetings,
    motion_effects,
    motions,
    people,
    preferences,
    records,
    seats,
    tokens,
)
from governance.services.actors import SYSTEM
from governance.services.errors import Conflict, Forbidden, Invalid

from .scene import build_scene, database_state


class Prepared:
    """A case that needs a valid change first; only what follows it must change nothing."""

    def __init__(self, setup, call):
        self.setup = setup
        self.call = call


def _between(s, db, kind="written_consent", window=(datetime(2013, 7, 1, 9), None), **kw):
    """An action open from 2013 to 2100 (unless `window` says otherwise): open whenever the
    test runs."""
    return between.open_action(
        db,
        SYSTEM,
        s.board.id,
        kind,
        "That the board approves the budget.",
        window[0],
        window[1] or datetime(2100, 1, 1),
        "UTC",
        kw.pop("disclosure", "public"),
        **kw,
    )


def _term_of(s, db, person):
    from sqlalchemy import select

    from governance.models import Membership

    return db.scalar(select(Membership.id).where(Membership.person_id == person.id))


def _two_from_one_org(s, db):
    org = directory.create_organization(db, SYSTEM, "Rackspace")
    for member in s.members[:2]:
        people.change_affiliation(db, SYSTEM, member.id, org.id, date(2013, 3, 1))
    return org


def make_person(db, org):
    return directory.create_person(db, SYSTEM, "Newcomer", None, org.id)


def _action_item(s, db):
    return records.add_action_item(db, SYSTEM, s.meeting.id, "Do", s.members[1].id)


# (name, call(s, db) or Prepared, expected error, expected field)
CASES = [
    (
        "org without a name",
        lambda s, db: directory.create_organization(db, SYSTEM, "  "),
        Invalid,
        "name",
    ),
    (
        "org by a secretary",
        lambda s, db: directory.create_organization(db, s.secretary, "X"),
        Forbidden,
        None,
    ),
    (
        "person with a bad e-mail",
        lambda s, db: directory.create_person(db, SYSTEM, "A", "nope"),
        Invalid,
        "email",
    ),
    (
        "person in a missing org",
        lambda s, db: directory.create_person(db, SYSTEM, "A", None, 999),
        Invalid,
        "organization_id",
    ),
    (
        "body with a zero member limit",
        lambda s, db: directory.create_body(db, SYSTEM, "C", member_limit=0),
        Invalid,
        "member_limit",
    ),
    (
        "body with an unknown threshold",
        lambda s, db: directory.create_body(db, SYSTEM, "C", default_threshold="most"),
        Invalid,
        "default_threshold",
    ),
    (
        "seat for a member already seated",
        lambda s, db: directory.add_membership(
            db, SYSTEM, s.members[0].id, s.board.id, "gold", "member", date(2013, 5, 1)
        ),
        Invalid,
        "person_id",
    ),
    (
        "seat with a term ending before it starts",
        lambda s, db: directory.add_membership(
            db,
            SYSTEM,
            s.outsider.id,
            s.board.id,
            "gold",
            "member",
            date(2013, 5, 1),
            date(2013, 4, 1),
        ),
        Invalid,
        "term_end",
    ),
    (
        "seat with an unknown role",
        lambda s, db: directory.add_membership(
            db, SYSTEM, s.outsider.id, s.board.id, "gold", "king", date(2013, 5, 1)
        ),
        Invalid,
        "role",
    ),
    (
        "user with a short password",
        lambda s, db: accounts.create_user(db, SYSTEM, "x@example.org", "admin", "short"),
        Invalid,
        "password",
    ),
    (
        "director account without a person",
        lambda s, db: accounts.create_user(db, SYSTEM, "x@example.org", "director", "p" * 12),
        Invalid,
        "person_id",
    ),
    (
        "user with an unknown role",
        lambda s, db: accounts.create_user(db, SYSTEM, "x@example.org", "owner", "p" * 12),
        Invalid,
        "role",
    ),
    (
        "second account for one e-mail",
        lambda s, db: accounts.create_user(db, SYSTEM, s.admin.email, "admin", "p" * 12),
        Invalid,
        "email",
    ),
    (
        "user created by a director",
        lambda s, db: accounts.create_user(db, s.director, "x@example.org", "admin", "p" * 12),
        Forbidden,
        None,
    ),
    (
        "password change with the wrong current password",
        lambda s, db: accounts.change_password(db, s.director, s.director.id, "wrong", "n" * 12),
        Invalid,
        "current_password",
    ),
    (
        "password change for someone else",
        lambda s, db: accounts.change_password(db, s.director, s.admin.id, "x", "n" * 12),
        Forbidden,
        None,
    ),
    (
        "disabling by a secretary",
        lambda s, db: accounts.set_active(db, s.secretary, s.director.id, False),
        Forbidden,
        None,
    ),
    (
        "meeting in an invalid time zone",
        lambda s, db: meetings.create_meeting(
            db, SYSTEM, s.board.id, "M", datetime(2013, 9, 1, 9), "Pacific Time"
        ),
        Invalid,
        "timezone",
    ),
    (
        "meeting at a time the zone skips",
        lambda s, db: meetings.create_meeting(
            db, SYSTEM, s.board.id, "M", datetime(2013, 3, 10, 2, 30), "America/Los_Angeles"
        ),
        Invalid,
        "starts_at",
    ),
    (
        "meeting without a title",
        lambda s, db: meetings.create_meeting(
            db, SYSTEM, s.board.id, "", datetime(2013, 9, 1, 9), "UTC"
        ),
        Invalid,
        "title",
    ),
    (
        "meeting of a missing body",
        lambda s, db: meetings.create_meeting(db, SYSTEM, 999, "M", datetime(2013, 9, 1, 9), "UTC"),
        Invalid,
        "body_id",
    ),
    (
        "meeting created by a director",
        lambda s, db: meetings.create_meeting(
            db, s.director, s.board.id, "M", datetime(2013, 9, 1, 9), "UTC"
        ),
        Forbidden,
        None,
    ),
    (
        "agenda published by a director",
        lambda s, db: meetings.publish_agenda(db, s.director, s.meeting.id),
        Forbidden,
        None,
    ),
    (
        "summary released before the meeting",
        lambda s, db: meetings.set_summary_release(
            db, SYSTEM, s.meeting.id, datetime(2013, 8, 1, 9)
        ),
        Invalid,
        "summary_release_at",
    ),
    (
        "meeting status that skips a step",
        lambda s, db: meetings.set_status(db, SYSTEM, s.meeting.id, "adjourned"),
        Conflict,
        "status",
    ),
    (
        "embargo without a disclosure instant",
        lambda s, db: agenda.add_item(db, SYSTEM, s.meeting.id, "T", disclosure="embargoed"),
        Invalid,
        "disclosed_at",
    ),
    (
        "disclosure instant before the meeting",
        lambda s, db: agenda.add_item(
            db,
            SYSTEM,
            s.meeting.id,
            "T",
            disclosure="embargoed",
            disclosed_at=datetime(2013, 8, 1, 9),
        ),
        Invalid,
        "disclosed_at",
    ),
    (
        "public executive session",
        lambda s, db: agenda.add_item(db, SYSTEM, s.meeting.id, "T", kind="executive_session"),
        Invalid,
        "disclosure",
    ),
    (
        "agenda item carried over although not postponed",
        lambda s, db: agenda.add_item(db, SYSTEM, s.meeting.id, "T", carried_from_id=s.item.id),
        Invalid,
        "carried_from_id",
    ),
    (
        "attendance of someone without a seat",
        lambda s, db: attendance.record_attendance(
            db, SYSTEM, s.meeting.id, s.outsider.id, "in_person"
        ),
        Invalid,
        "person_id",
    ),
    (
        "attendance with an unknown presence",
        lambda s, db: attendance.record_attendance(
            db, SYSTEM, s.meeting.id, s.members[0].id, "asleep"
        ),
        Invalid,
        "presence",
    ),
    (
        "departure before arrival",
        lambda s, db: attendance.record_attendance(
            db,
            SYSTEM,
            s.meeting.id,
            s.members[0].id,
            "in_person",
            datetime(2013, 8, 6, 10),
            datetime(2013, 8, 6, 9, 30),
        ),
        Invalid,
        "departed_at",
    ),
    (
        "guest recorded as a member",
        lambda s, db: attendance.add_guest(db, SYSTEM, s.meeting.id, "Lauren", "member"),
        Invalid,
        "capacity",
    ),
    (
        "motion moved by a non-member",
        lambda s, db: motions.propose_motion(db, SYSTEM, s.meeting.id, "T", mover_id=s.outsider.id),
        Invalid,
        "mover_id",
    ),
    (
        "motion seconded by its mover",
        lambda s, db: motions.propose_motion(
            db, SYSTEM, s.meeting.id, "T", s.members[0].id, s.members[0].id
        ),
        Invalid,
        "seconder_id",
    ),
    (
        "motion approving minutes of a meeting that has none",
        lambda s, db: motions.propose_motion(
            db, SYSTEM, s.meeting.id, "T", approves_minutes_of_id=s.meeting.id
        ),
        Invalid,
        "approves_minutes_of_id",
    ),
    (
        "motion with an unknown threshold",
        lambda s, db: motions.propose_motion(db, SYSTEM, s.meeting.id, "T", threshold="most"),
        Invalid,
        "threshold",
    ),
    (
        "motion proposed by a director",
        lambda s, db: motions.propose_motion(db, s.director, s.meeting.id, "T"),
        Forbidden,
        None,
    ),
    (
        "opening an open motion",
        lambda s, db: motions.open_motion(db, SYSTEM, s.motion.id),
        Conflict,
        "status",
    ),
    (
        "closing by a director",
        lambda s, db: motions.close_motion(db, s.director, s.motion.id),
        Forbidden,
        None,
    ),
    (
        "vote by someone not seated",
        lambda s, db: motions.cast_vote(db, s.outsider_user, s.motion.id, "for"),
        Invalid,
        "person_id",
    ),
    (
        "vote by the secretary as if a director",
        lambda s, db: motions.cast_vote(db, s.secretary, s.motion.id, "for"),
        Forbidden,
        None,
    ),
    (
        "recusal without a reason",
        lambda s, db: motions.cast_vote(db, s.director, s.motion.id, "recused"),
        Invalid,
        "reason",
    ),
    (
        "vote with an unknown choice",
        lambda s, db: motions.cast_vote(db, s.director, s.motion.id, "maybe"),
        Invalid,
        "choice",
    ),
    (
        "vote on a missing motion",
        lambda s, db: motions.cast_vote(db, s.director, 999, "for"),
        Invalid,
        "motion_id",
    ),
    (
        "vote recorded by a director for another",
        lambda s, db: motions.record_vote(db, s.director, s.motion.id, s.members[1].id, "for"),
        Forbidden,
        None,
    ),
    (
        "minutes without text",
        lambda s, db: records.save_minutes(db, SYSTEM, s.meeting.id, ""),
        Invalid,
        "body",
    ),
    (
        "circulating minutes that do not exist",
        lambda s, db: records.circulate_minutes(db, SYSTEM, s.meeting.id),
        Invalid,
        "meeting_id",
    ),
    (
        "scheduling a summary with no release date",
        lambda s, db: records.save_summary(db, SYSTEM, s.earlier.id, "S", schedule=True),
        Invalid,
        "summary_release_at",
    ),
    (
        "commentary scheduled before the summary",
        lambda s, db: records.save_commentary(
            db, s.director, s.meeting.id, "C", publish=True, publish_at=datetime(2013, 8, 7, 9)
        ),
        Invalid,
        "publish_at",
    ),
    (
        "commentary on another body's meeting",
        lambda s, db: records.save_commentary(db, s.outsider_user, s.meeting.id, "C"),
        Forbidden,
        None,
    ),
    (
        "action item with two owners",
        lambda s, db: records.add_action_item(
            db, SYSTEM, s.meeting.id, "Do", s.members[0].id, s.board.id
        ),
        Invalid,
        "owner_person_id",
    ),
    (
        "action item with a bad due date",
        lambda s, db: records.add_action_item(
            db, SYSTEM, s.meeting.id, "Do", s.members[0].id, due_on="soon"
        ),
        Invalid,
        "due_on",
    ),
    (
        "agenda outcome that does not exist",
        lambda s, db: agenda.set_outcome(db, SYSTEM, s.item.id, "shelved"),
        Invalid,
        "outcome",
    ),
    (
        "agenda outcome set by a director",
        lambda s, db: agenda.set_outcome(db, s.director, s.item.id, "decided"),
        Forbidden,
        None,
    ),
    (
        "withdrawing a motion twice",
        Prepared(
            lambda s, db: motions.withdraw_motion(db, SYSTEM, s.motion.id),
            lambda s, db, prepared: motions.withdraw_motion(db, SYSTEM, prepared.id),
        ),
        Conflict,
        "status",
    ),
    (
        "postponing a withdrawn motion",
        Prepared(
            lambda s, db: motions.withdraw_motion(db, SYSTEM, s.motion.id),
            lambda s, db, prepared: motions.postpone_motion(db, SYSTEM, prepared.id),
        ),
        Conflict,
        "status",
    ),
    (
        "action item status that does not exist",
        Prepared(
            _action_item,
            lambda s, db, prepared: records.set_action_status(db, SYSTEM, prepared.id, "finished"),
        ),
        Invalid,
        "status",
    ),
    (
        "action item closed by someone who does not own it",
        Prepared(
            _action_item,
            lambda s, db, prepared: records.set_action_status(db, s.director, prepared.id, "done"),
        ),
        Forbidden,
        None,
    ),
    (
        "agenda item edited into an embargo without an instant",
        lambda s, db: agenda.update_item(
            db, SYSTEM, s.item.id, "T", "decision", disclosure="embargoed"
        ),
        Invalid,
        "disclosed_at",
    ),
    (
        "agenda item edited by a director",
        lambda s, db: agenda.update_item(db, s.director, s.item.id, "T", "decision"),
        Forbidden,
        None,
    ),
    (
        "agenda item moved above the top",
        lambda s, db: agenda.move_item(db, SYSTEM, s.item.id, "up"),
        Invalid,
        "direction",
    ),
    (
        "agenda item moved sideways",
        lambda s, db: agenda.move_item(db, SYSTEM, s.item.id, "left"),
        Invalid,
        "direction",
    ),
    (
        "roll call where one line is bad writes no line",
        lambda s, db: attendance.take_roll_call(
            db,
            SYSTEM,
            s.meeting.id,
            [
                {"person_id": s.members[0].id, "presence": "absent"},
                {"person_id": s.members[1].id, "presence": "asleep"},
            ],
        ),
        Invalid,
        "presence_{members[1]}",
    ),
    (
        "empty roll call",
        lambda s, db: attendance.take_roll_call(db, SYSTEM, s.meeting.id, []),
        Invalid,
        "entries",
    ),
    (
        "roll-call vote where one vote is bad records no vote",
        lambda s, db: motions.record_roll_call(
            db,
            SYSTEM,
            s.motion.id,
            [
                {"person_id": s.members[0].id, "choice": "for"},
                {"person_id": s.members[1].id, "choice": "recused"},
            ],
        ),
        Invalid,
        "reason_{members[1]}",
    ),
    (
        "secretary overwriting a director's own vote",
        Prepared(
            lambda s, db: motions.cast_vote(db, s.director, s.motion.id, "for"),
            lambda s, db, prepared: motions.record_vote(
                db, s.secretary, s.motion.id, s.members[0].id, "against", version=prepared.version
            ),
        ),
        Conflict,
        "choice",
    ),
    (
        "roll-call entry based on a stale version",
        Prepared(
            lambda s, db: motions.cast_vote(db, s.director, s.motion.id, "for"),
            lambda s, db, prepared: motions.record_roll_call(
                db,
                s.secretary,
                s.motion.id,
                [{"person_id": s.members[0].id, "choice": "against", "version": 0}],
            ),
        ),
        Conflict,
        "choice_{members[0]}",
    ),
    (
        "vote correction without a reason",
        Prepared(
            lambda s, db: motions.cast_vote(db, s.director, s.motion.id, "for"),
            lambda s, db, prepared: motions.correct_vote(
                db,
                s.secretary,
                s.motion.id,
                s.members[0].id,
                "against",
                None,
                " ",
                prepared.version,
            ),
        ),
        Invalid,
        "correction_reason",
    ),
    (
        "vote correction by a director",
        Prepared(
            lambda s, db: motions.cast_vote(db, s.director2, s.motion.id, "for"),
            lambda s, db, prepared: motions.correct_vote(
                db,
                s.director,
                s.motion.id,
                s.members[1].id,
                "against",
                None,
                "misclick",
                prepared.version,
            ),
        ),
        Forbidden,
        None,
    ),
    (
        "motion wording changed once it is open",
        lambda s, db: motions.update_motion(db, SYSTEM, s.motion.id, "Another text"),
        Conflict,
        "text",
    ),
    (
        "motion made public on a confidential item without saying so",
        lambda s, db: motions.propose_motion(
            db,
            SYSTEM,
            s.meeting.id,
            "Admit Gold",
            agenda_item_id=s.secret_item.id,
            disclosure="public",
        ),
        Invalid,
        "disclosure",
    ),
    (
        "summary release moved into the past without release now",
        lambda s, db: meetings.set_summary_release(
            db, SYSTEM, s.earlier.id, datetime(2013, 6, 28, 9)
        ),
        Invalid,
        "summary_release_at",
    ),
    (
        "meeting cancelled without a reason",
        lambda s, db: meetings.set_status(db, SYSTEM, s.earlier.id, "cancelled", "  "),
        Invalid,
        "reason",
    ),
    (
        "meeting moved to a time its zone skips",
        lambda s, db: meetings.update_meeting(
            db,
            SYSTEM,
            s.meeting.id,
            "August 6th",
            datetime(2013, 3, 10, 2, 30),
            "America/Los_Angeles",
        ),
        Invalid,
        "starts_at",
    ),
    (
        "adjourned meeting edited",
        Prepared(
            lambda s, db: (
                meetings.set_status(db, SYSTEM, s.earlier.id, "in_session")
                and meetings.set_status(db, SYSTEM, s.earlier.id, "adjourned")
            ),
            lambda s, db, prepared: meetings.update_meeting(
                db, SYSTEM, s.earlier.id, "Renamed", datetime(2013, 6, 27, 9), "UTC"
            ),
        ),
        Conflict,
        "meeting",
    ),
    (
        "agenda item with a motion deleted",
        lambda s, db: agenda.delete_item(db, SYSTEM, s.item.id),
        Conflict,
        "item_id",
    ),
    (
        "agenda item deleted by a director",
        lambda s, db: agenda.delete_item(db, s.director, s.secret_item.id),
        Forbidden,
        None,
    ),
    (
        "everyone marked absent at once",
        lambda s, db: attendance.everyone_present(db, SYSTEM, s.meeting.id, "absent"),
        Invalid,
        "presence",
    ),
    (
        "all present voting on a closed motion",
        Prepared(
            lambda s, db: motions.close_motion(db, SYSTEM, s.motion.id),
            lambda s, db, prepared: motions.record_all_present(db, SYSTEM, s.motion.id, "for"),
        ),
        Conflict,
        "motion",
    ),
    (
        "agenda reordered without every item",
        lambda s, db: agenda.reorder_items(db, SYSTEM, s.meeting.id, [s.item.id]),
        Invalid,
        "order",
    ),
    (
        "roll-call vote by a director",
        lambda s, db: motions.record_roll_call(
            db, s.director, s.motion.id, [{"person_id": s.members[0].id, "choice": "for"}]
        ),
        Forbidden,
        None,
    ),
    (
        "summary with a release in an impossible local time",
        lambda s, db: records.save_summary(
            db, SYSTEM, s.meeting.id, "S", True, datetime(2014, 3, 9, 2, 30)
        ),
        Invalid,
        "summary_release_at",
    ),
    (
        "token without a name",
        lambda s, db: tokens.create_token(db, s.director, " "),
        Invalid,
        "name",
    ),
    (
        "token for the command line",
        lambda s, db: tokens.create_token(db, SYSTEM, "cli"),
        Forbidden,
        None,
    ),
    (
        "revoking someone else's token",
        Prepared(
            lambda s, db: tokens.create_token(db, s.secretary, "bot")[0],
            lambda s, db, prepared: tokens.revoke_token(db, s.director, prepared.id),
        ),
        Forbidden,
        None,
    ),
    (
        "revoking a token twice",
        Prepared(
            lambda s, db: tokens.revoke_token(
                db, s.secretary, tokens.create_token(db, s.secretary, "b")[0].id
            ),
            lambda s, db, prepared: tokens.revoke_token(db, s.secretary, prepared.id),
        ),
        Conflict,
        "token_id",
    ),
    (
        "a digest in a zone that is not one",
        lambda s, db: preferences.set_preferences(
            db, s.director, s.director.id, {}, {}, "Mars/Olympus", 8
        ),
        Invalid,
        "digest_timezone",
    ),
    (
        "a digest at an hour past the day",
        lambda s, db: preferences.set_preferences(db, s.director, s.director.id, {}, {}, "UTC", 24),
        Invalid,
        "digest_hour",
    ),
    (
        "a calendar invitation gathered into a digest",
        lambda s, db: preferences.set_preferences(
            db, s.director, s.director.id, {}, {"meeting_invitation": True}
        ),
        Invalid,
        "digest",
    ),
    (
        "a calendar link for the command line",
        lambda s, db: calendar_feeds.issue_feed(db, SYSTEM),
        Forbidden,
        None,
    ),
    (
        "revoking a calendar link one does not have",
        lambda s, db: calendar_feeds.revoke_feed(db, s.director),
        Conflict,
        "calendar_feed",
    ),
    (
        "between-meetings action closing before it opens",
        lambda s, db: _between(s, db, window=(datetime(2100, 1, 2), datetime(2100, 1, 1))),
        Invalid,
        "closes_at",
    ),
    (
        "between-meetings action that has already closed",
        lambda s, db: _between(s, db, window=(datetime(2013, 7, 1), datetime(2013, 7, 8))),
        Invalid,
        "closes_at",
    ),
    (
        "between-meetings action of an unknown kind",
        lambda s, db: _between(s, db, "email"),
        Invalid,
        "kind",
    ),
    (
        "e-ballot over votes cast without turnout",
        lambda s, db: _between(s, db, "e_ballot", threshold="majority_of_votes_cast"),
        Invalid,
        "threshold",
    ),
    (
        "embargoed action without an instant",
        lambda s, db: _between(s, db, disclosure="embargoed"),
        Invalid,
        "disclosed_at",
    ),
    (
        "confidential action with a public release",
        lambda s, db: _between(s, db, disclosure="confidential", release_at=datetime(2100, 2, 1)),
        Invalid,
        "release_at",
    ),
    (
        "action with a negative objection limit",
        lambda s, db: _between(s, db, objection_limit=-1),
        Invalid,
        "objection_limit",
    ),
    (
        "action proposed by an outsider",
        lambda s, db: _between(s, db, proposer_id=s.outsider.id),
        Invalid,
        "proposer_id",
    ),
    (
        "action opened by a director",
        lambda s, db: between.open_action(
            db, s.director, s.board.id, "e_ballot", "X", None, None, "UTC", "public"
        ),
        Forbidden,
        None,
    ),
    (
        "signature on a text other than the action's",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(
                db, s.director, prepared.id, "for", text_sha256="0" * 64
            ),
        ),
        Conflict,
        "text_sha256",
    ),
    (
        "abstention without a reason",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(db, s.director, prepared.id, "abstain"),
        ),
        Invalid,
        "reason",
    ),
    (
        "signature by the secretary",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(db, s.secretary, prepared.id, "for"),
        ),
        Forbidden,
        None,
    ),
    (
        "signature on another body's action",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(db, s.outsider_user, prepared.id, "for"),
        ),
        Invalid,
        "action_id",
    ),
    (
        "withdrawal with nothing signed",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(db, s.director, prepared.id, "withdraw"),
        ),
        Invalid,
        "choice",
    ),
    (
        "signature with an unknown choice",
        Prepared(
            _between,
            lambda s, db, prepared: between.sign_action(db, s.director, prepared.id, "maybe"),
        ),
        Invalid,
        "choice",
    ),
    (
        "signature on a missing action",
        lambda s, db: between.sign_action(db, s.director, 999, "for"),
        Invalid,
        "action_id",
    ),
    (
        "actions section for minutes with no action to list",
        lambda s, db: between.insert_minutes_section(db, SYSTEM, s.meeting.id),
        Invalid,
        "meeting_id",
    ),
    (
        "organization renamed to nothing",
        Prepared(
            lambda s, db: directory.create_organization(db, SYSTEM, "Dell"),
            lambda s, db, prepared: directory.update_organization(db, SYSTEM, prepared.id, " "),
        ),
        Invalid,
        "name",
    ),
    (
        "person edited with a bad e-mail",
        lambda s, db: directory.update_person(db, SYSTEM, s.members[0].id, "A", "nope"),
        Invalid,
        "email",
    ),
    (
        "body in an unknown time zone",
        lambda s, db: directory.update_body(db, SYSTEM, s.board.id, timezone="Mars/Base"),
        Invalid,
        "timezone",
    ),
    (
        "body with a javascript: charter link",
        lambda s, db: directory.update_body(db, SYSTEM, s.board.id, charter_url="javascript:x"),
        Invalid,
        "charter_url",
    ),
    (
        "body list address that is no e-mail address",
        lambda s, db: directory.update_body(db, SYSTEM, s.board.id, list_address="board list"),
        Invalid,
        "list_address",
    ),
    (
        "member limit below the members seated today",
        lambda s, db: directory.update_body(db, SYSTEM, s.board.id, member_limit=3),
        Invalid,
        "member_limit",
    ),
    (
        "body settings changed by a secretary",
        lambda s, db: directory.update_body(db, s.secretary, s.board.id, summary_due_days=7),
        Forbidden,
        None,
    ),
    (
        "renewal ending before it starts",
        lambda s, db: seats.renew_body(db, SYSTEM, s.board.id, date(2014, 1, 1), date(2013, 1, 1)),
        Invalid,
        "term_end",
    ),
    (
        "renewal with nobody to renew",
        lambda s, db: seats.renew_body(db, SYSTEM, s.board.id, date(2014, 1, 1)),
        Invalid,
        "term_start",
    ),
    (
        "term ended before it began",
        lambda s, db: seats.end_term(
            db, SYSTEM, _term_of(s, db, s.members[0]), date(2012, 12, 31), "resigned"
        ),
        Invalid,
        "last_day",
    ),
    (
        "replacement who already holds a seat",
        lambda s, db: seats.replace_member(
            db, SYSTEM, _term_of(s, db, s.members[0]), date(2013, 9, 30), s.members[1].id
        ),
        Invalid,
        "person_id",
    ),
    (
        "replacement past the limit per organization",
        Prepared(
            lambda s, db: make_person(db, _two_from_one_org(s, db)),
            lambda s, db, prepared: seats.replace_member(
                db, SYSTEM, _term_of(s, db, s.members[4]), date(2013, 9, 30), prepared.id
            ),
        ),
        Invalid,
        "person_id",
    ),
    (
        "a third member of one organization by a change of employer",
        Prepared(
            _two_from_one_org,
            lambda s, db, prepared: people.change_affiliation(
                db, SYSTEM, s.members[2].id, prepared.id, date(2013, 6, 1)
            ),
        ),
        Invalid,
        "organization_id",
    ),
    (
        "affiliation change before the current one began",
        Prepared(
            _two_from_one_org,
            lambda s, db, prepared: people.change_affiliation(
                db, SYSTEM, s.members[0].id, None, date(2013, 2, 1)
            ),
        ),
        Invalid,
        "start_on",
    ),
    (
        "merging a person with themselves",
        lambda s, db: people.merge_people(db, SYSTEM, s.members[0].id, s.members[0].id),
        Invalid,
        "duplicate_id",
    ),
    (
        "merging two people who attended one meeting",
        lambda s, db: people.merge_people(db, SYSTEM, s.members[0].id, s.members[1].id),
        Invalid,
        "duplicate_id",
    ),
    (
        "invitation with a bad e-mail",
        lambda s, db: accounts.invite_user(db, SYSTEM, "nope", "secretary"),
        Invalid,
        "email",
    ),
    (
        "invitation by a secretary",
        lambda s, db: accounts.invite_user(db, s.secretary, "x@example.org", "admin"),
        Forbidden,
        None,
    ),
    (
        "password reset for a disabled account",
        Prepared(
            lambda s, db: accounts.set_active(db, SYSTEM, s.director.id, False),
            lambda s, db, prepared: accounts.issue_password_reset(db, SYSTEM, prepared.id),
        ),
        Conflict,
        "user_id",
    ),
    (
        "a made-up one-time link",
        lambda s, db: accounts.redeem_link(db, "x" * 43, "a long enough password"),
        Invalid,
        "token",
    ),
    (
        "an invitation redeemed with a short password",
        Prepared(
            lambda s, db: accounts.invite_user(db, SYSTEM, "new@example.org", "secretary")[1],
            lambda s, db, prepared: accounts.redeem_link(db, prepared, "short"),
        ),
        Invalid,
        "password",
    ),
    (
        "the last admin demoted",
        lambda s, db: accounts.set_role(db, SYSTEM, s.admin.id, "secretary"),
        Conflict,
        "role",
    ),
    (
        "the last admin disabled",
        lambda s, db: accounts.set_active(db, SYSTEM, s.admin.id, False),
        Conflict,
        "active",
    ),
    (
        "a director's role without a person",
        lambda s, db: accounts.set_role(db, SYSTEM, s.secretary.id, "director"),
        Invalid,
        "person_id",
    ),
    (
        "logout of an actor with no account",
        lambda s, db: accounts.end_sessions(db, SYSTEM),
        Invalid,
        "user_id",
    ),
]


def _proposed(s, db):
    return motions.propose_motion(db, SYSTEM, s.meeting.id, "That Van Lindberg be appointed.")


def _appointment(s, db, motion_id, **kw):
    """Appoint the other body's member to the board from 1 September 2013, unless `kw` says."""
    args = dict(kind="appoint", person_id=s.outsider.id, body_id=s.board.id, seat_class="gold")
    args |= dict(effective_on=date(2013, 9, 1)) | kw
    return motion_effects.set_effect(db, SYSTEM, motion_id, **args)


CASES += [
    (
        "an effect of an unknown kind",
        Prepared(_proposed, lambda s, db, prepared: _appointment(s, db, prepared.id, kind="x")),
        Invalid,
        "kind",
    ),
    (
        "an appointment without a seat class",
        Prepared(
            _proposed, lambda s, db, prepared: _appointment(s, db, prepared.id, seat_class=None)
        ),
        Invalid,
        "seat_class",
    ),
    (
        "an appointment ending before it starts",
        Prepared(
            _proposed,
            lambda s, db, prepared: _appointment(s, db, prepared.id, term_end=date(2013, 1, 1)),
        ),
        Invalid,
        "term_end",
    ),
    (
        "an appointment of someone already seated",
        Prepared(
            _proposed,
            lambda s, db, prepared: _appointment(s, db, prepared.id, person_id=s.members[0].id),
        ),
        Invalid,
        "person_id",
    ),
    (
        "an appointment past the limit per organization",
        Prepared(
            lambda s, db: (make_person(db, _two_from_one_org(s, db)), _proposed(s, db)),
            lambda s, db, prepared: _appointment(s, db, prepared[1].id, person_id=prepared[0].id),
        ),
        Invalid,
        "person_id",
    ),
    (
        "an early end of a term the person does not hold",
        Prepared(
            _proposed,
            lambda s, db, prepared: _appointment(
                s, db, prepared.id, kind="end_term", seat_class=None
            ),
        ),
        Invalid,
        "person_id",
    ),
    (
        "an effect set on an open motion",
        lambda s, db: _appointment(s, db, s.motion.id),
        Conflict,
        "motion_id",
    ),
    (
        "an effect set by a director",
        Prepared(
            _proposed,
            lambda s, db, prepared: motion_effects.set_effect(
                db, s.director, prepared.id, "appoint", s.outsider.id, s.board.id, date(2013, 9, 1)
            ),
        ),
        Forbidden,
        None,
    ),
    (
        "removing an effect the motion does not have",
        Prepared(
            _proposed, lambda s, db, prepared: motion_effects.clear_effect(db, SYSTEM, prepared.id)
        ),
        Invalid,
        "motion_id",
    ),
]


def test_every_service_has_a_bad_input_case():
    import inspect

    from governance import services

    covered = " ".join(
        inspect.getsource(call.call if isinstance(call, Prepared) else call).replace("\n", " ")
        for _, call, _, _ in CASES
    )
    for module_name in (
        "accounts",
        "agenda",
        "attendance",
        "between",
        "calendar_feeds",
        "directory",
        "meetings",
        "motion_effects",
        "motions",
        "people",
        "preferences",
        "records",
        "seats",
        "tokens",
    ):
        module = getattr(services, module_name)
        for name, fn in vars(module).items():
            # A private step (`_store_password`) is reached only through a public service.
            if name.startswith("_"):
                continue
            if inspect.isfunction(fn) and getattr(fn, "is_state_change", False):
                assert f"{module_name}.{name}(" in covered, f"{module_name}.{name} has no case"


@pytest.mark.parametrize(("name", "call", "error", "field"), CASES, ids=[c[0] for c in CASES])
def test_refused_input_names_the_field_and_changes_nothing(make, db, name, call, error, field):
    scene = build_scene(make)
    if isinstance(call, Prepared):
        prepared = call.setup(scene, db)
        call = functools.partial(call.call, prepared=prepared)
    before = database_state(db)
    with pytest.raises(error) as raised:
        call(scene, db)
    if field is not None:
        field = field.format(members=[m.id for m in scene.members])
    assert raised.value.field == field
    assert database_state(db) == before

"""Administration through the services: terms over time, affiliations, merges and accounts."""

from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import select

from governance import visibility
from governance.models import (
    AccountLink,
    ApiToken,
    AuditEvent,
    BetweenAction,
    Membership,
    Motion,
    Person,
    Vote,
)
from governance.models.base import utcnow
from governance.rules.closing import ClosedResult
from governance.rules.vocab import UserRole
from governance.services import accounts, between, motions, passwords, people, seats, tokens
from governance.services.access import voting_members
from governance.services.actors import SYSTEM
from governance.services.audit_replay import compare_live
from governance.services.audit_verify import verify_chain
from governance.services.errors import Invalid

Y13, Y14 = date(2013, 1, 1), date(2014, 1, 1)


def term_of(db, person):
    return db.scalars(
        select(Membership).where(Membership.person_id == person.id).order_by(Membership.id)
    ).all()


def test_renewing_a_body_seats_everyone_for_the_new_year_in_one_step(make, db):
    board, members = make.board(seats=3)
    gone = make.seat(board, start=Y13, end=date(2013, 6, 30))
    for m in members:
        seats.end_term(db, SYSTEM, term_of(db, m)[0].id, date(2013, 12, 31))
    renewed = seats.renew_body(db, SYSTEM, board.id, Y14, date(2014, 12, 31))
    assert {m.person_id for m in renewed} == {m.id for m in members}
    assert gone.id not in voting_members(db, board.id, Y14)
    assert voting_members(db, board.id, Y14) == {m.id for m in members}
    assert voting_members(db, board.id, date(2015, 1, 1)) == frozenset()
    assert len(term_of(db, members[0])) == 2, "the 2013 term stays in the history"


def test_chris_kemp_replaces_devin_carlen_for_the_rest_of_the_term(make, db):
    nebula = make.org("Nebula")
    board, _ = make.board(seats=2)
    devin = make.person("Devin Carlen", nebula)
    chris = make.person("Chris Kemp", nebula)
    make.seat(board, devin, seat_class="platinum", start=Y13, end=date(2013, 12, 31))
    new = seats.replace_member(db, SYSTEM, term_of(db, devin)[0].id, date(2013, 9, 30), chris.id)
    assert (new.term_start, new.term_end, new.seat_class.value) == (
        date(2013, 10, 1),
        date(2013, 12, 31),
        "platinum",
    )
    old = term_of(db, devin)[0]
    assert old.term_end == date(2013, 9, 30) and old.end_reason == "replaced by Chris Kemp"
    assert new.replaces_id == old.id
    assert devin.id in voting_members(db, board.id, date(2013, 9, 30))
    assert chris.id in voting_members(db, board.id, date(2013, 10, 1))
    assert devin.id not in voting_members(db, board.id, date(2013, 10, 1))
    actions = db.scalars(select(AuditEvent.action).order_by(AuditEvent.id.desc()).limit(2)).all()
    assert actions == ["membership.replace", "membership.end"]


def test_a_limit_refusal_names_the_rule_and_the_people(make, db):
    dell = make.org("Dell")
    board, _ = make.board(seats=0, per_org_limit=2)
    for name in ("Rob Hirschfeld", "Joseph George"):
        make.seat(board, make.person(name, dell))
    with pytest.raises(Invalid) as raised:
        make.seat(board, make.person("Third Dell", dell))
    message = raised.value.message
    assert "limit per organization" in message and "Dell" in message
    assert "Rob Hirschfeld" in message and "Third Dell" in message


def test_a_change_of_employer_mid_term_is_checked_at_its_date(make, db):
    rackspace, hp = make.org("Rackspace"), make.org("HP")
    board, _ = make.board(seats=0, per_org_limit=2)
    a, b = make.person("A", rackspace), make.person("B", rackspace)
    mover = make.person("Mover", hp)
    for p in (a, b, mover):
        make.seat(board, p)
    with pytest.raises(Invalid, match="limit per organization.*2013-05-01.*A, B, Mover"):
        people.change_affiliation(db, SYSTEM, mover.id, rackspace.id, date(2013, 5, 1))
    seats.end_term(db, SYSTEM, term_of(db, a)[0].id, date(2013, 4, 30), "resigned")
    people.change_affiliation(db, SYSTEM, mover.id, rackspace.id, date(2013, 5, 1))
    history = people.history(db, mover.id)
    assert [(h.organization_id, h.start_on, h.end_on) for h in history] == [
        (hp.id, None, date(2013, 4, 30)),
        (rackspace.id, date(2013, 5, 1), None),
    ]
    assert db.get(Person, mover.id).organization_id == rackspace.id
    # A fourth Rackspace member from May is now refused, though one in March was fine then.
    with pytest.raises(Invalid, match="Rackspace"):
        make.seat(board, make.person("Late", rackspace), start=date(2013, 6, 1))


def test_merging_a_duplicate_moves_its_records_and_is_audited(make, db):
    board, members = make.board(seats=2)
    meeting = make.meeting(board)
    make.present(meeting, members[:1])
    duplicate = make.person("Mark McLoughlin (dup)")
    motion = make.open_motion(meeting)
    make.seat(make.body("Legal Affairs Committee"), duplicate)
    with pytest.raises(Invalid, match="one body at once"):
        people.merge_people(db, SYSTEM, members[1].id, make.seat(board, start=date(2014, 1, 1)).id)
    merged = people.merge_people(db, SYSTEM, members[1].id, duplicate.id)
    assert db.get(Person, duplicate.id) is None
    assert {m.person_id for m in term_of(db, merged)} == {merged.id}
    assert len(term_of(db, merged)) == 2
    assert db.scalar(select(AuditEvent.action).order_by(AuditEvent.id.desc())) == "person.merge"
    assert db.scalar(select(Vote.id).where(Vote.motion_id == motion.id)) is None
    assert verify_chain(db).ok


def test_an_invitation_link_works_once_and_then_the_account_signs_in(make, db):
    person = make.person("Van Lindberg")
    user, raw = accounts.invite_user(db, SYSTEM, "van@example.org", "director", person.id)
    assert not passwords.verify(user.password_hash, "a new password!")
    accounts.redeem_link(db, raw, "a new password!")
    assert passwords.verify(db.get(type(user), user.id).password_hash, "a new password!")
    with pytest.raises(Invalid):
        accounts.redeem_link(db, raw, "another password!")
    stored = db.scalar(select(AccountLink.token_hash))
    assert raw not in stored, "only a hash of the link is stored"


def test_an_expired_reset_link_is_refused_and_a_newer_one_replaces_it(make, db):
    user = make.user(UserRole.SECRETARY, email="s@example.org")
    _, first = accounts.issue_password_reset(db, SYSTEM, user.id)
    _, second = accounts.issue_password_reset(db, SYSTEM, user.id)
    assert accounts.link_user(db, first) is None, "a newer link replaces the older"
    link = db.scalars(select(AccountLink).order_by(AccountLink.id.desc())).first()
    link.expires_at = utcnow() - timedelta(seconds=1)
    db.commit()
    with pytest.raises(Invalid, match="expired"):
        accounts.redeem_link(db, second, "a new password!")


def test_disabling_ends_sessions_and_api_tokens_and_the_last_admin_stays(make, db):
    admin = make.user(UserRole.ADMIN, email="a@example.org")
    second = make.user(UserRole.ADMIN, email="b@example.org")
    director = make.user()
    _, raw = tokens.create_token(db, director, "bot")
    generation = director.session_generation
    accounts.set_active(db, admin, director.id, False)
    assert tokens.user_for_token(db, raw) is None
    assert director.session_generation > generation
    accounts.set_active(db, admin, director.id, True)
    assert tokens.user_for_token(db, raw) is None, "re-enabling does not revive old tokens"
    assert db.scalar(select(ApiToken.revoked_at)) is not None
    accounts.set_role(db, admin, second.id, "secretary")
    with pytest.raises(Exception, match="last active admin"):
        accounts.set_active(db, admin, admin.id, False)


def test_a_merge_leaves_no_id_of_the_merged_away_person_anywhere(make, db, monkeypatch):
    """Frozen tallies hold person ids as data, decisions between meetings name their proposer
    and signers, and the audit replay compares votes and attendance with their last event: after
    a merge every one of them names the person kept, and `audit verify` finds nothing amiss."""
    board, members = make.board(seats=2)
    duplicate = make.seat(board, make.person("Mark McLoughlin (dup)"), end=date(2013, 6, 30))
    keep = make.seat(board, make.person("Mark McLoughlin"), start=date(2013, 7, 1))
    meeting = make.meeting(board, starts_at=datetime(2013, 3, 5, 9, 0))
    make.present(meeting, [*members, duplicate])
    motion = make.open_motion(meeting)
    for person in (*members, duplicate):
        motions.record_vote(db, SYSTEM, motion.id, person.id, "for")
    motions.close_motion(db, SYSTEM, motion.id)
    signer = make.user(person=duplicate)
    opens = datetime(2013, 3, 10, 9, 0, tzinfo=UTC)
    monkeypatch.setattr(visibility, "now", lambda: opens + timedelta(hours=1))
    action = between.open_action(
        db,
        SYSTEM,
        board.id,
        "written_consent",
        "RESOLVED",
        opens,
        opens + timedelta(days=7),
        "UTC",
        "public",
        proposer_id=duplicate.id,
    )
    between.sign_action(db, signer, action.id, "for")

    people.merge_people(db, SYSTEM, keep.id, duplicate.id)

    db.expire_all()
    tally = ClosedResult.from_json(db.get(Motion, motion.id).tally)
    assert {line.person_id for line in tally.lines} == {m.id for m in members} | {keep.id}
    assert db.get(BetweenAction, action.id).proposer_id == keep.id
    assert {s.person_id for s in between.signatures_of(db, action.id)} == {keep.id}
    assert compare_live(db) == []
    assert verify_chain(db).ok

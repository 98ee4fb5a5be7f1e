"""Every private route, every role: allowed, sent to sign in, 403, or 404 where a record's
existence must not leak."""

import re
from dataclasses import dataclass
from datetime import datetime

import pytest
from sqlalchemy import select

from governance.models import Membership, OutboxMessage
from governance.rules.vocab import ItemKind, UserRole
from governance.services import between, motions, records, tokens
from governance.services.actors import SYSTEM

from ..conftest import PASSWORD

ROLES = ["anonymous", "director", "other_director", "secretary", "admin"]
OK, LOGIN, FORBIDDEN, HIDDEN = "ok", "login", 403, 404


@dataclass
class World:
    meeting: int
    item: int
    motion: int
    action: int
    token: int
    members: list
    body: int = 0
    membership: int = 0
    user: int = 0
    org: int = 0
    decision: int = 0
    message: int = 0


@pytest.fixture
def world(web_make):
    make = web_make
    board, members = make.board(seats=3, name="Board of Directors")
    committee = make.body("Election Committee")
    outsider = make.seat(committee)
    director = make.user(UserRole.DIRECTOR, person=members[0], email="director@example.org")
    make.user(UserRole.DIRECTOR, person=outsider, email="other_director@example.org")
    make.user(UserRole.SECRETARY, email="secretary@example.org")
    make.user(UserRole.ADMIN, email="admin@example.org")
    meeting = make.meeting(board)
    item = make.item(meeting, kind=ItemKind.DECISION)
    make.present(meeting, members)
    motion = make.open_motion(meeting)
    motions.cast_vote(make.db, director, motion.id, "for")
    records.save_minutes(make.db, SYSTEM, meeting.id, "Draft minutes.")
    action = records.add_action_item(make.db, SYSTEM, meeting.id, "Report back", members[0].id)
    token, _ = tokens.create_token(make.db, director, "director's bot")
    decision = between.open_action(
        make.db,
        SYSTEM,
        board.id,
        "e_ballot",
        "That the board adopts the budget.",
        datetime(2013, 7, 1, 9),
        datetime(2100, 1, 1),
        "UTC",
        "confidential",
    )
    membership = make.db.scalar(select(Membership.id).where(Membership.person_id == members[0].id))
    message = make.db.scalar(select(OutboxMessage.id).order_by(OutboxMessage.id).limit(1))
    make.db.rollback()
    return World(
        meeting.id,
        item.id,
        motion.id,
        action.id,
        token.id,
        [m.id for m in members],
        board.id,
        membership,
        director.id,
        make.org("Nebula").id,
        decision.id,
        message,
    )


def _row(method, url, anonymous, director, other_director, secretary, admin, data=None):
    return (
        method,
        url,
        data or {},
        dict(zip(ROLES, [anonymous, director, other_director, secretary, admin], strict=True)),
    )


STAFF_ONLY = (LOGIN, FORBIDDEN, FORBIDDEN, OK, OK)
MEMBER_PAGE = (LOGIN, OK, HIDDEN, OK, OK)
DIRECTOR_ONLY = (LOGIN, OK, OK, FORBIDDEN, FORBIDDEN)
MEMBER_DIRECTOR_ONLY = (LOGIN, OK, HIDDEN, FORBIDDEN, FORBIDDEN)
SIGNED_IN = (LOGIN, OK, OK, OK, OK)
ADMIN_ONLY = (LOGIN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK)

ROUTES = [
    _row("GET", "/board/", *SIGNED_IN),
    _row("GET", "/board/meetings", *SIGNED_IN),
    _row("GET", "/board/meetings/{meeting}", *MEMBER_PAGE),
    _row("GET", "/board/ballot", *DIRECTOR_ONLY),
    _row(
        "POST",
        "/board/motions/{motion}/vote",
        *MEMBER_DIRECTOR_ONLY,
        data={"m{motion}-choice": "for"},
    ),
    _row("GET", "/board/meetings/{meeting}/commentary", *MEMBER_DIRECTOR_ONLY),
    _row(
        "POST",
        "/board/meetings/{meeting}/commentary",
        *MEMBER_DIRECTOR_ONLY,
        data={"body": "My notes."},
    ),
    _row("GET", "/board/actions", *DIRECTOR_ONLY),
    _row(
        "POST",
        "/board/actions/{action}/status",
        LOGIN,
        OK,
        HIDDEN,
        OK,
        OK,
        data={"a{action}-status": "done"},
    ),
    _row("GET", "/board/decisions", *SIGNED_IN),
    _row(
        "POST",
        "/board/decisions/{decision}/sign",
        *MEMBER_DIRECTOR_ONLY,
        data={"d{decision}-choice": "for"},
    ),
    _row("GET", "/board/decisions/new", *STAFF_ONLY),
    _row("POST", "/board/decisions/new", *STAFF_ONLY, data={"text": ""}),
    _row("POST", "/board/decisions/minutes", *STAFF_ONLY, data={"meeting_id": "{meeting}"}),
    _row("GET", "/account/", *SIGNED_IN),
    _row("POST", "/account/tokens", *SIGNED_IN, data={"name": "bot"}),
    _row("POST", "/account/tokens/{token}/revoke", LOGIN, OK, HIDDEN, HIDDEN, HIDDEN),
    _row("POST", "/account/password", *SIGNED_IN, data={"current_password": "wrong"}),
    _row("GET", "/notifications/preferences", *SIGNED_IN),
    _row("POST", "/notifications/preferences", *SIGNED_IN, data={"motion_opened": "y"}),
    _row("POST", "/notifications/calendar-feed", *SIGNED_IN),
    _row("POST", "/notifications/calendar-feed/revoke", *SIGNED_IN),
    _row("GET", "/notifications/outbox", *ADMIN_ONLY),
    _row("POST", "/notifications/outbox/{message}/retry", *ADMIN_ONLY),
    _row("GET", "/secretariat/meetings/new", *STAFF_ONLY),
    _row("POST", "/secretariat/meetings/new", *STAFF_ONLY, data={"title": ""}),
    _row("POST", "/secretariat/meetings/{meeting}/publish", *STAFF_ONLY, data={"confirm": "y"}),
    _row("GET", "/secretariat/meetings/{meeting}/edit", *STAFF_ONLY),
    _row("POST", "/secretariat/meetings/{meeting}/edit", *STAFF_ONLY, data={"title": ""}),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/cancel",
        *STAFF_ONLY,
        data={"reason": "The venue fell through", "confirm": "y"},
    ),
    _row("POST", "/secretariat/items/{item}/delete", *STAFF_ONLY, data={"confirm": "y"}),
    _row("GET", "/secretariat/items/{item}", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/roll-call/everyone",
        *STAFF_ONLY,
        data={"presence": "remote"},
    ),
    _row("POST", "/secretariat/motions/{motion}/votes/all", *STAFF_ONLY, data={"choice": "for"}),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/reorder",
        *STAFF_ONLY,
        data={"position_{item}": "1"},
    ),
    _row(
        "POST", "/secretariat/meetings/{meeting}/status", *STAFF_ONLY, data={"status": "in_session"}
    ),
    _row("GET", "/secretariat/meetings/{meeting}/items/new", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/items/new",
        *STAFF_ONLY,
        data={"title": "Budget", "kind": "report", "disclosure": "public"},
    ),
    _row("GET", "/secretariat/items/{item}/edit", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/items/{item}/edit",
        *STAFF_ONLY,
        data={"title": "Budget 2014", "kind": "report", "disclosure": "public"},
    ),
    _row("POST", "/secretariat/items/{item}/move", *STAFF_ONLY, data={"direction": "down"}),
    _row("POST", "/secretariat/items/{item}/outcome", *STAFF_ONLY, data={"status": "decided"}),
    _row("GET", "/secretariat/meetings/{meeting}/roll-call", *STAFF_ONLY),
    _row("POST", "/secretariat/meetings/{meeting}/roll-call", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/guests",
        *STAFF_ONLY,
        data={"name": "Lauren Sell", "capacity": "guest"},
    ),
    _row("GET", "/secretariat/meetings/{meeting}/motions/new", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/motions/new",
        *STAFF_ONLY,
        data={
            "text": "That we adjourn.",
            "agenda_item_id": "0",
            "mover_id": "0",
            "seconder_id": "0",
            "threshold": "majority_of_votes_cast",
            "method": "voice",
            "approves_minutes_of_id": "0",
            "disclosure": "public",
        },
    ),
    _row("GET", "/secretariat/motions/{motion}", *STAFF_ONLY),
    _row("POST", "/secretariat/motions/{motion}/votes", *STAFF_ONLY),
    _row("GET", "/secretariat/motions/{motion}/edit", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/motions/{motion}/edit",
        *STAFF_ONLY,
        data={"text": "That the board resolves.", "threshold": "majority_of_votes_cast"},
    ),
    _row("GET", "/secretariat/motions/{motion}/votes/{member0}/correct", *STAFF_ONLY),
    _row(
        "POST",
        "/secretariat/motions/{motion}/votes/{member0}/correct",
        *STAFF_ONLY,
        data={"choice": "against", "correction_reason": "misclick reported at the meeting"},
    ),
    _row(
        "POST",
        "/secretariat/motions/{motion}/effect",
        *STAFF_ONLY,
        data={
            "kind": "appoint",
            "person_id": "{member0}",
            "body_id": "{body}",
            "seat_class": "individual",
            "role": "member",
            "effective_on": "2013-09-01",
        },
    ),
    _row("POST", "/secretariat/motions/{motion}/effect/remove", *STAFF_ONLY),
    _row("POST", "/secretariat/motions/{motion}/close", *STAFF_ONLY),
    _row("POST", "/secretariat/motions/{motion}/withdraw", *STAFF_ONLY),
    _row("GET", "/secretariat/meetings/{meeting}/minutes", *STAFF_ONLY),
    _row("POST", "/secretariat/meetings/{meeting}/minutes", *STAFF_ONLY, data={"body": "Minutes."}),
    _row("POST", "/secretariat/meetings/{meeting}/minutes/circulate", *STAFF_ONLY),
    _row("POST", "/secretariat/preview", LOGIN, OK, OK, OK, OK, data={"body": "*hi*"}),
    _row("GET", "/secretariat/meetings/{meeting}/summary", *STAFF_ONLY),
    _row("POST", "/secretariat/meetings/{meeting}/summary", *STAFF_ONLY, data={"body": "Summary."}),
    _row(
        "POST",
        "/secretariat/meetings/{meeting}/actions",
        *STAFF_ONLY,
        data={"title": "Follow up", "owner_person_id": "{member0}"},
    ),
    _row("GET", "/admin/", *ADMIN_ONLY),
    _row("GET", "/admin/organizations", *ADMIN_ONLY),
    _row("POST", "/admin/organizations", *ADMIN_ONLY, data={"name": "Dell"}),
    _row("GET", "/admin/organizations/{org}", *ADMIN_ONLY),
    _row("POST", "/admin/organizations/{org}", *ADMIN_ONLY, data={"name": "Nebula Inc."}),
    _row("GET", "/admin/people", *ADMIN_ONLY),
    _row("POST", "/admin/people", *ADMIN_ONLY, data={"name": "Chris Kemp", "organization_id": "0"}),
    _row("GET", "/admin/people/{member0}", *ADMIN_ONLY),
    _row("POST", "/admin/people/{member0}", *ADMIN_ONLY, data={"name": "Renamed"}),
    _row(
        "POST",
        "/admin/people/{member0}/affiliation",
        *ADMIN_ONLY,
        data={"organization_id": "0", "start_on": "2013-05-01"},
    ),
    _row("POST", "/admin/people/{member0}/merge", *ADMIN_ONLY, data={"duplicate_id": "{member1}"}),
    _row("GET", "/admin/bodies", *ADMIN_ONLY),
    _row(
        "POST",
        "/admin/bodies",
        *ADMIN_ONLY,
        data={"name": "User Committee", "kind": "committee", "quorum_rule": "majority_of_seated"},
    ),
    _row("GET", "/admin/bodies/{body}", *ADMIN_ONLY),
    _row("POST", "/admin/bodies/{body}", *ADMIN_ONLY, data={"name": "Board", "timezone": ""}),
    _row("GET", "/admin/bodies/{body}/seats", *ADMIN_ONLY),
    _row(
        "POST",
        "/admin/bodies/{body}/seats",
        *ADMIN_ONLY,
        data={"person_id": "{member0}", "seat_class": "gold", "term_start": "2013-01-01"},
    ),
    _row(
        "POST", "/admin/bodies/{body}/renew", *ADMIN_ONLY, data={"renew-term_start": "2015-01-01"}
    ),
    _row(
        "POST",
        "/admin/memberships/{membership}/end",
        *ADMIN_ONLY,
        data={"e{membership}-last_day": "2013-09-30"},
    ),
    _row(
        "POST",
        "/admin/memberships/{membership}/replace",
        *ADMIN_ONLY,
        data={"r{membership}-last_day": "2013-09-30", "r{membership}-person_id": "{member1}"},
    ),
    _row("GET", "/admin/accounts", *ADMIN_ONLY),
    _row(
        "POST",
        "/admin/accounts",
        *ADMIN_ONLY,
        data={"email": "new@example.org", "role": "secretary", "person_id": "0"},
    ),
    _row("POST", "/admin/accounts/{user}/role", *ADMIN_ONLY, data={"role": "director"}),
    _row("POST", "/admin/accounts/{user}/active", *ADMIN_ONLY, data={"active": "0"}),
    _row("POST", "/admin/accounts/{user}/reset", *ADMIN_ONLY),
    _row("GET", "/admin/audit", *ADMIN_ONLY),
    _row("POST", "/admin/audit/verify", *ADMIN_ONLY),
]


def _token(client) -> str:
    page = client.get("/login").get_data(as_text=True)
    return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)


def _client_as(app, role):
    client = app.test_client()
    if role != "anonymous":
        response = client.post(
            "/login",
            data={
                "email": f"{role}@example.org",
                "password": PASSWORD,
                "next": "",
                "csrf_token": _token(client),
            },
        )
        assert response.status_code == 302
    return client


def _fill(text: str, world: World) -> str:
    return text.format(
        meeting=world.meeting,
        item=world.item,
        motion=world.motion,
        action=world.action,
        token=world.token,
        message=world.message,
        member0=world.members[0],
        decision=world.decision,
        member1=world.members[1],
        body=world.body,
        membership=world.membership,
        user=world.user,
        org=world.org,
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize(
    ("method", "url", "data", "expected"), ROUTES, ids=[f"{r[0]} {r[1]}" for r in ROUTES]
)
def test_route_permissions(app, world, role, method, url, data, expected):
    client = _client_as(app, role)
    url = _fill(url, world)
    if method == "GET":
        response = client.get(url)
    else:
        form = {_fill(k, world): _fill(v, world) for k, v in data.items()}
        form["csrf_token"] = _token(client)
        response = client.post(url, data=form)
    want = expected[role]
    if want == LOGIN:
        assert response.status_code == 302 and "/login" in response.headers["Location"]
    elif want == OK:
        assert response.status_code in (200, 302, 422), response.status_code
        assert "/login" not in response.headers.get("Location", "")
    else:
        assert response.status_code == want


def test_a_hidden_meeting_answers_exactly_like_a_missing_one(app, world):
    client = _client_as(app, "other_director")
    hidden = client.get(f"/board/meetings/{world.meeting}")
    missing = client.get("/board/meetings/999999")
    assert hidden.status_code == missing.status_code == 404
    # The header's sign-out form carries a CSRF token signed with the current second.
    token = re.compile(r'name="csrf_token" type="hidden" value="[^"]+"')
    assert token.sub("", hidden.get_data(as_text=True)) == token.sub(
        "", missing.get_data(as_text=True)
    )


def test_every_private_route_is_in_the_matrix(app):
    covered = {re.sub(r"\{\w+\}", "<>", url) for _, url, _, _ in ROUTES}
    for rule in app.url_map.iter_rules():
        path = re.sub(r"<[^>]+>", "<>", rule.rule)
        if path.startswith(("/board", "/secretariat", "/account", "/admin", "/notifications")):
            if path == "/secretariat/motions/<>/<>":
                continue  # the open/close/withdraw/postpone actions: rows name them one by one
            if path == "/notifications/unsubscribe/<>":
                continue  # public by design (RFC 8058): tests/integration/test_notify.py
            assert path in covered, f"{rule.rule} has no row in the permission matrix"


# Each role's private calendar (`/calendar/<token>.ics`, no session: the token is the credential)
# holds the board's confidential decision exactly when that role may see it; no token, no feed.
CALENDAR = {"director": True, "other_director": False, "secretary": True, "admin": True}


@pytest.mark.parametrize("role", ROLES)
def test_each_role_s_private_calendar_holds_what_that_role_may_see(app, world, role):
    client = _client_as(app, role)
    reader = app.test_client()
    if role == "anonymous":
        assert reader.get("/calendar/" + "a" * 43 + ".ics").status_code == 404
        return
    form = {"csrf_token": _token(client)}
    page = client.post("/notifications/calendar-feed", data=form).get_data(as_text=True)
    path = re.search(r"(/calendar/[\w-]+\.ics)", page).group(1)
    response = reader.get(path)
    assert response.status_code == 200
    assert response.headers["Cache-Control"] == "private, no-store"
    text = response.get_data(as_text=True).replace("\r\n ", "")
    assert ("That the board adopts the budget." in text) is CALENDAR[role]

"""Any text, any date, through every API write and every form: always an answer below 500 (a
redirect, 2xx or a 4xx naming the field), on SQLite and PostgreSQL; and whatever was accepted,
the Atom feed and the calendar still parse. Bounded examples keep it a few seconds in CI."""

import functools
from datetime import date, datetime
from urllib.parse import urlencode
from xml.etree import ElementTree as ET

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from governance.rules.vocab import UserRole
from governance.services import meetings, motions, records, tokens
from governance.services.actors import SYSTEM

from ..api.conftest import Api
from .conftest import csrf_token
from .test_bad_input import parse_ics
from .test_board_workflows import signed_in

# Characters each output or database has refused at some point, among ordinary text.
AWKWARD = [
    "\x00", "\ud800", "\udfff", "\x07", "\x0b", "\x1b[31m", "\r", "\x7f", "\x85", "\ufffe",
    "\uffff",
]  # fmt: skip
# Odd but valid: each must be stored and reach the feed and the calendar intact.
ODD = [
    "e\u0301", "<b>", "&amp;", "]]>", "\u202e", "\U0001f5f3", "\t", "\r\n", "\n", "日本語",
    "'\"", "\\", "%00", ";,:", " " * 80,
]  # fmt: skip
PRINTABLE = st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Co", "Cn"))
NICE = st.lists(
    st.one_of(st.text(PRINTABLE, min_size=1, max_size=6), st.sampled_from(ODD)), max_size=5
).map(lambda parts: "x" + "".join(parts))
BAD = st.lists(st.one_of(st.text(max_size=6), st.sampled_from(AWKWARD + ODD)), max_size=6).map(
    "".join
)
TEXT = st.one_of(NICE, BAD)
READINGS = [
    "0001-01-01T00:00", "9999-12-31T23:59", "1899-12-31T23:59", "1900-01-01T00:00",
    "2200-12-31T23:59", "2201-01-01T00:00", "2013-03-10T02:30", "2013-11-03T01:30",
    "2013-10-03T09:00+14:00", "0001-01-01T00:00:00-12:00", "9999-12-31T23:59:59+14:00",
    "2099-06-01T09:00",
]  # fmt: skip
WHEN = st.one_of(
    st.sampled_from(READINGS),
    st.datetimes(datetime(1900, 1, 1), datetime(2200, 12, 31)).map(
        lambda d: d.isoformat(timespec="minutes")
    ),
    st.datetimes().map(lambda d: d.isoformat(timespec="minutes")),
    BAD,
)
DAY = st.one_of(
    st.sampled_from(["0001-01-01", "9999-12-31", "2201-01-01", "1900-01-01", "2200-12-31"]),
    st.dates(date(1900, 1, 1), date(2200, 12, 31)).map(str),
    st.dates().map(str),
)
ZONE = st.one_of(
    st.sampled_from(["America/Los_Angeles", "Asia/Tokyo", "Pacific/Kiritimati"]),
    st.sampled_from(["localtime", "Factory", "", "America/Los_Angeles\x00"]),
    BAD,
)
EXAMPLES = settings(
    max_examples=8, deadline=None, database=None, suppress_health_check=list(HealthCheck)
)


@pytest.fixture
def scene(app, web_make):
    make = web_make
    board, members = make.board(seats=3, name="Board of Directors")
    secretary = make.user(UserRole.SECRETARY, email="secretary@example.org")
    director = make.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    meeting = make.meeting(board, starts_at=datetime(2013, 8, 6, 9, 0), title="August call")
    meetings.publish_agenda(
        make.db, SYSTEM, meeting.id, at=datetime(2013, 8, 1, 9, 0), release_now=True
    )
    item = make.item(meeting)
    make.present(meeting, members)
    motion = make.open_motion(meeting)
    motions.cast_vote(make.db, director, motion.id, "for")
    records.save_minutes(make.db, SYSTEM, meeting.id, "Minutes")
    action = records.add_action_item(make.db, SYSTEM, meeting.id, "Do", members[0].id)

    class Scene:
        pass

    s = Scene()
    s.board, s.members, s.meeting, s.item, s.motion, s.action = (
        board, members, meeting, item, motion, action,
    )  # fmt: skip
    s.staff_api = Api(app.test_client(), tokens.create_token(make.db, secretary, "t")[1])
    s.director_api = Api(app.test_client(), tokens.create_token(make.db, director, "t")[1])
    return s


def feeds_parse(client) -> None:
    feed = client.get("/feed.atom")
    assert feed.status_code == 200
    ET.fromstring(feed.get_data())  # noqa: S314 - our own feed, parsed to prove it is XML
    calendar = client.get("/calendar.ics")
    assert calendar.status_code == 200
    parse_ics(calendar.get_data(as_text=True))


def api_writes(s):
    """(who, method, path, body strategy) for every API write, text and dates drawn."""
    m, p, it = s.meeting.id, s.members[0].id, s.item.id
    item = st.fixed_dictionaries(
        {"title": TEXT, "presenters": TEXT, "notes": TEXT},
        optional={"public_topic": TEXT, "disclosure": st.just("embargoed"), "disclosed_at": WHEN},
    )
    item_change = st.fixed_dictionaries(
        {"title": TEXT, "notes": TEXT},
        optional={"disclosure": st.just("embargoed"), "disclosed_at": WHEN,
                  "release_now": st.booleans(), "retraction_reason": TEXT},
    )  # fmt: skip
    staff, director = s.staff_api, s.director_api
    return [
        (staff, "post", "/meetings", st.fixed_dictionaries(
            {"body_id": st.just(s.board.id), "title": TEXT, "starts_at": WHEN,
             "timezone": ZONE},
            optional={"location": TEXT})),
        (staff, "post", f"/meetings/{m}/agenda-items", item),
        (staff, "put", f"/agenda-items/{it}", item_change),
        (staff, "post", f"/agenda-items/{it}/move", st.fixed_dictionaries({"direction": TEXT})),
        (staff, "post", f"/agenda-items/{it}/outcome", st.fixed_dictionaries({"outcome": TEXT})),
        (staff, "post", f"/meetings/{m}/status", st.fixed_dictionaries(
            {"status": TEXT}, optional={"reason": TEXT})),
        (staff, "patch", f"/meetings/{m}", st.fixed_dictionaries(
            {}, optional={"title": TEXT, "starts_at": WHEN, "timezone": ZONE, "location": TEXT})),
        (staff, "put", f"/meetings/{m}/agenda-order", st.fixed_dictionaries(
            {"order": st.lists(st.sampled_from([it, 0, -1, 2**31]), max_size=3)})),
        (staff, "put", f"/meetings/{m}/attendance", st.fixed_dictionaries({"entries": st.lists(
            st.fixed_dictionaries(
                {"person_id": st.just(p), "presence": st.just("in_person")},
                optional={"arrived_at": WHEN, "departed_at": WHEN, "reason": TEXT}),
            min_size=1, max_size=1)})),
        (staff, "post", f"/meetings/{m}/guests", st.fixed_dictionaries(
            {"name": TEXT}, optional={"note": TEXT})),
        (staff, "post", f"/meetings/{m}/motions", st.fixed_dictionaries(
            {"text": TEXT},
            optional={"disclosure": st.just("embargoed"), "disclosed_at": WHEN})),
        (director, "post", f"/motions/{s.motion.id}/vote", st.fixed_dictionaries(
            {"choice": st.sampled_from(["abstain", "recused", "for"]), "reason": TEXT})),
        (staff, "patch", f"/motions/{s.motion.id}", st.fixed_dictionaries(
            {}, optional={"text": TEXT, "disclosure": st.just("embargoed"), "disclosed_at": WHEN,
                          "more_public_than_item": st.booleans(), "release_now": st.booleans(),
                          "retraction_reason": TEXT})),
        (staff, "post", f"/motions/{s.motion.id}/votes/{p}/correction", st.fixed_dictionaries(
            {"choice": st.just("against"), "correction_reason": TEXT, "version": st.just(1)},
            optional={"reason": TEXT})),
        (staff, "put", f"/motions/{s.motion.id}/votes", st.fixed_dictionaries({"entries": st.lists(
            st.fixed_dictionaries(
                {"person_id": st.just(s.members[1].id), "choice": st.just("abstain"),
                 "reason": TEXT}), min_size=1, max_size=1)})),
        (staff, "put", f"/motions/{s.motion.id}/effect", st.fixed_dictionaries(
            {"kind": st.just("appoint"), "person_id": st.just(p), "body_id": st.just(s.board.id),
             "effective_on": DAY},
            optional={"seat_class": st.just("gold"), "term_end": DAY})),
        (staff, "put", f"/meetings/{m}/minutes", st.fixed_dictionaries({"body": TEXT})),
        (staff, "put", f"/meetings/{m}/summary", st.fixed_dictionaries(
            {"body": TEXT, "schedule": st.booleans()},
            optional={"release_at": WHEN, "release_now": st.booleans(),
                      "retraction_reason": TEXT})),
        (director, "put", f"/meetings/{m}/commentary", st.fixed_dictionaries(
            {"body": TEXT, "publish": st.booleans()}, optional={"publish_at": WHEN})),
        (staff, "post", f"/meetings/{m}/action-items", st.fixed_dictionaries(
            {"title": TEXT, "owner_person_id": st.just(p)}, optional={"due_on": DAY})),
        (staff, "post", f"/action-items/{s.action.id}/status",
         st.fixed_dictionaries({"status": TEXT})),
        (staff, "post", "/tokens", st.fixed_dictionaries({"name": TEXT})),
        (staff, "post", "/decisions", st.fixed_dictionaries(
            {"body_id": st.just(s.board.id),
             "kind": st.sampled_from(["written_consent", "e_ballot"]), "text": TEXT,
             "opens_at": WHEN, "closes_at": WHEN, "timezone": ZONE,
             "disclosure": st.just("embargoed")},
            optional={"disclosed_at": WHEN, "release_at": WHEN})),
        # Drawn after the line above, so the first action may exist: signed, or refused 4xx.
        (director, "post", "/decisions/1/signatures", st.fixed_dictionaries(
            {"choice": st.sampled_from(["for", "abstain", "object"])},
            optional={"reason": TEXT, "text_sha256": TEXT})),
    ]  # fmt: skip


def test_every_api_write_answers_any_text_and_date_below_500(app, client, scene):
    writes = api_writes(scene)
    # Every write that takes a body: publish-agenda, circulate, the four motion transitions,
    # deleting an agenda item or a motion's effect and putting the decisions section into the
    # minutes take none.
    routes = [r for r in app.url_map.iter_rules() if r.endpoint.startswith("api_writes.")]
    assert len(writes) == len(routes) - 9
    # Every odd-but-valid piece at once in a published meeting's title, whatever the draws.
    odd = "x" + "".join(c for c in ODD if c != " " * 80)
    new = {"body_id": scene.board.id, "title": odd, "starts_at": "2099-06-01T09:00"}
    send(scene.staff_api, "post", "/meetings", new | {"timezone": "Asia/Tokyo"})
    summaries = [v for k, v in parse_ics(client.get("/calendar.ics").get_data(as_text=True))]
    assert any("日本語" in v and "]]>" in v and "\U0001f5f3" in v for v in summaries)
    for who, method, path, bodies in writes:
        for_examples(bodies, functools.partial(send, who, method, path))
        feeds_parse(client)


def for_examples(strategy, check) -> None:
    @given(value=strategy)
    @EXAMPLES
    def run(value):
        check(value)

    run()


def send(api, method: str, path: str, body: dict) -> None:
    response = api.post(path, body, method=method)
    assert response.status_code < 500, (path, body, response.get_data(as_text=True))
    if path == "/meetings" and response.status_code == 201:
        # Accepted titles reach the calendar once the agenda is out.
        published = api.post(f"/meetings/{response.get_json()['id']}/publish-agenda")
        assert published.status_code < 500


def form_post(client, url: str, data: dict):
    """A form as a browser sends it; a lone surrogate goes as the bytes it would encode to."""
    data = {**data, "csrf_token": client.csrf}
    body = urlencode(data, encoding="utf-8", errors="surrogatepass")
    return client.post(url, data=body, content_type="application/x-www-form-urlencoded")


def forms(s):
    m, it, mo = s.meeting.id, s.item.id, s.motion.id
    ids = [p.id for p in s.members]
    item = st.fixed_dictionaries(
        {
            "title": TEXT,
            "kind": st.just("report"),
            "presenters": TEXT,
            "notes": TEXT,
            "disclosure": st.sampled_from(["public", "embargoed"]),
            "disclosed_at": WHEN,
            "public_topic": TEXT,
            "release_now": st.sampled_from(["", "y"]),
            "retraction_reason": TEXT,
        }
    )
    return [
        ("staff", "/secretariat/meetings/new", st.fixed_dictionaries(
            {"title": TEXT, "body_id": st.just(s.board.id), "starts_at": WHEN,
             "timezone": ZONE, "kind": st.just("call"),
             "location": TEXT, "chair_id": st.just(0)})),
        ("staff", f"/secretariat/meetings/{m}/edit", st.fixed_dictionaries(
            {"title": TEXT, "starts_at": WHEN, "timezone": ZONE, "kind": st.just("call"),
             "location": TEXT, "chair_id": st.just(0)})),
        ("staff", f"/secretariat/meetings/{m}/items/new", item),
        ("staff", f"/secretariat/items/{it}/edit", item),
        ("staff", f"/secretariat/meetings/{m}/roll-call/everyone", st.fixed_dictionaries(
            {"presence": st.one_of(st.just("in_person"), TEXT)})),
        ("staff", f"/secretariat/meetings/{m}/roll-call", st.fixed_dictionaries(
            {k: v for i in ids for k, v in {
                f"presence_{i}": st.just("in_person"), f"arrived_at_{i}": WHEN,
                f"departed_at_{i}": WHEN, f"reason_{i}": TEXT}.items()})),
        ("staff", f"/secretariat/meetings/{m}/guests", st.fixed_dictionaries(
            {"name": TEXT, "capacity": st.just("guest"), "note": TEXT})),
        ("staff", f"/secretariat/meetings/{m}/motions/new", st.fixed_dictionaries(
            {"text": TEXT, "agenda_item_id": st.just(0), "mover_id": st.just(0),
             "seconder_id": st.just(0), "threshold": st.just("majority_of_votes_cast"),
             "method": st.just("roll_call"), "approves_minutes_of_id": st.just(0),
             "disclosure": st.sampled_from(["public", "embargoed"]), "disclosed_at": WHEN})),
        ("staff", f"/secretariat/motions/{mo}/edit", st.fixed_dictionaries(
            {"text": TEXT, "mover_id": st.just(0), "seconder_id": st.just(0),
             "threshold": st.just("majority_of_votes_cast"),
             "disclosure": st.sampled_from(["", "public", "embargoed"]), "disclosed_at": WHEN,
             "more_public_than_item": st.sampled_from(["", "y"]),
             "release_now": st.sampled_from(["", "y"]), "retraction_reason": TEXT})),
        ("staff", f"/secretariat/motions/{mo}/votes/{ids[0]}/correct", st.fixed_dictionaries(
            {"choice": st.just("abstain"), "reason": TEXT, "correction_reason": TEXT,
             "version": st.one_of(st.just("1"), TEXT)})),
        ("staff", f"/secretariat/motions/{mo}/votes", st.fixed_dictionaries(
            {f"choice_{ids[1]}": st.just("abstain"), f"reason_{ids[1]}": TEXT})),
        ("staff", f"/secretariat/motions/{mo}/effect", st.fixed_dictionaries(
            {"kind": st.sampled_from(["appoint", "end_term"]), "person_id": st.just(ids[0]),
             "body_id": st.just(s.board.id), "seat_class": st.sampled_from(["", "gold"]),
             "role": st.just("member"), "effective_on": DAY, "term_end": DAY})),
        ("staff", f"/secretariat/meetings/{m}/minutes", st.fixed_dictionaries({"body": TEXT})),
        ("staff", "/secretariat/preview", st.fixed_dictionaries({"body": TEXT})),
        ("staff", f"/secretariat/meetings/{m}/summary", st.fixed_dictionaries(
            {"body": TEXT, "release_at": WHEN, "schedule": st.sampled_from(["", "y"]),
             "release_now": st.sampled_from(["", "y"]), "retraction_reason": TEXT})),
        ("staff", f"/secretariat/meetings/{m}/actions", st.fixed_dictionaries(
            {"title": TEXT, "owner_person_id": st.just(ids[0]), "due_on": DAY})),
        ("staff", "/account/tokens", st.fixed_dictionaries({"name": TEXT})),
        ("director", f"/board/motions/{mo}/vote", st.fixed_dictionaries(
            {f"m{mo}-choice": st.sampled_from(["abstain", "recused"]), f"m{mo}-reason": TEXT})),
        ("director", f"/board/meetings/{m}/commentary", st.fixed_dictionaries(
            {"body": TEXT, "publish": st.sampled_from(["", "y"]), "publish_at": WHEN})),
        ("staff", f"/secretariat/motions/{mo}/votes/all", st.fixed_dictionaries(
            {"choice": st.one_of(st.just("for"), TEXT)})),
        # Late: a cancelled meeting refuses most of the forms above.
        ("staff", f"/secretariat/meetings/{m}/cancel", st.fixed_dictionaries(
            {"confirm": st.sampled_from(["", "y"]), "reason": TEXT})),
        ("anonymous", "/login", st.fixed_dictionaries(
            {"email": TEXT, "password": TEXT, "next": TEXT})),
        # Last: a password that is accepted ends the session.
        ("director", "/account/password", st.fixed_dictionaries(
            {"current_password": TEXT, "new_password": TEXT})),
    ]  # fmt: skip


def test_every_form_answers_any_text_and_date_below_500(app, client, scene):
    clients = {
        "staff": signed_in(app, "secretary@example.org"),
        "director": signed_in(app, "alan@example.org"),
        "anonymous": app.test_client(),
    }
    for name, browser in clients.items():
        browser.csrf = csrf_token(browser, "/account/" if name != "anonymous" else "/login")
    for who, url, fields in forms(scene):
        for_examples(fields, functools.partial(submit, clients[who], who, url))
        feeds_parse(client)


def submit(browser, who: str, url: str, data: dict) -> None:
    response = form_post(browser, url, data)
    assert response.status_code < 500, (url, data, response.get_data(as_text=True))
    if who != "anonymous" and url != "/account/password":
        # Still signed in: the examples exercised the form, not the login page.
        assert response.status_code != 302 or "/login" not in response.location


@given(q=TEXT, page=TEXT)
@EXAMPLES
def test_any_query_on_the_public_site_answers_below_500(client, q, page):
    for path in ("/search", "/"):
        response = client.get(
            path + "?" + urlencode({"q": q, "page": page}, errors="surrogatepass")
        )
        assert response.status_code < 500, (path, q, page)

"""Every form of the app, given bad input in the middle of a meeting that already has a roll call,
votes, minutes and a summary: a 4xx with the form shown again and what was typed kept (or, for
one-button forms, a redirect with the reason), never a 500."""

from datetime import datetime

import pytest

from governance.rules.vocab import UserRole
from governance.services import motions, records
from governance.services.actors import SYSTEM

from .forms_on_page import form_posting_to
from .test_board_workflows import signed_in, token

KEPT = "mkkept"


@pytest.fixture
def busy(web_make):
    body, members = web_make.board(seats=3, name="Board of Directors")
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    alan = web_make.user(UserRole.DIRECTOR, person=members[0], email="alan@example.org")
    meeting = web_make.meeting(body, starts_at=datetime(2013, 10, 3, 9, 0))
    item = web_make.item(meeting, title="Budget")
    web_make.present(meeting, members)
    closed = web_make.open_motion(meeting, text="Adopt the agenda.")
    for person in members:
        motions.record_vote(web_make.db, SYSTEM, closed.id, person.id, "for")
    motions.close_motion(web_make.db, SYSTEM, closed.id)
    motion = web_make.open_motion(meeting, text="Adopt the budget.", agenda_item_id=item.id)
    motions.cast_vote(web_make.db, alan, motion.id, "for")
    records.save_minutes(web_make.db, SYSTEM, meeting.id, "Minutes so far.")
    records.save_summary(web_make.db, SYSTEM, meeting.id, "Summary so far.")
    return {
        "meeting": meeting.id,
        "item": item.id,
        "motion": motion.id,
        "member0": members[0].id,
        "member1": members[1].id,
        "body": body.id,
    }


SEC, DIRECTOR = "secretary@example.org", "alan@example.org"

# (who, page that shows the form, where it posts, bad input with a kept marker, 4xx or redirect)
FORMS = [
    (SEC, "/secretariat/meetings/new", None,
     {"title": KEPT, "starts_at": "2013-13-45T99:00", "body_id": "{body}", "timezone": "UTC",
      "kind": "call", "chair_id": "0"}, 422),
    (SEC, "/secretariat/meetings/{meeting}/items/new", None,
     {"title": KEPT, "kind": "report", "disclosure": "embargoed"}, 422),
    (SEC, "/secretariat/items/{item}/edit", None,
     {"title": KEPT, "kind": "executive_session", "disclosure": "public"}, 422),
    (SEC, "/secretariat/meetings/{meeting}/roll-call", None,
     {"presence_{member0}": "absent", "arrived_at_{member0}": "2013-10-03T09:30",
      "reason_{member1}": KEPT}, 422),
    (SEC, "/secretariat/meetings/{meeting}/roll-call", None,
     {"presence_{member0}": "in_person", "arrived_at_{member0}": "2013-10-03T10:30",
      "departed_at_{member0}": "2013-10-03T09:30", "reason_{member1}": KEPT}, 422),
    (SEC, "/secretariat/meetings/{meeting}/motions/new", None,
     {"text": KEPT, "mover_id": "{member0}", "seconder_id": "{member0}"}, 422),
    (SEC, "/secretariat/motions/{motion}/edit", None,
     {"text": KEPT + " changed after opening"}, 422),
    (SEC, "/secretariat/motions/{motion}", "/secretariat/motions/{motion}/votes",
     {"choice_{member1}": "recused", "reason_{member1}": ""}, 422),
    (SEC, "/secretariat/motions/{motion}/votes/{member0}/correct", None,
     {"choice": "recused", "reason": "", "correction_reason": KEPT}, 422),
    (SEC, "/secretariat/meetings/{meeting}/minutes", None, {"body": ""}, 422),
    (SEC, "/secretariat/meetings/{meeting}/summary", None,
     {"body": KEPT, "schedule": "y", "release_at": ""}, 422),
    (SEC, "/secretariat/meetings/{meeting}/summary", None,
     {"body": KEPT, "schedule": "y", "release_at": "2013-10-04T09:00"}, 422),
    (SEC, "/board/meetings/{meeting}", "/secretariat/meetings/{meeting}/actions",
     {"title": "", "owner_person_id": "{member0}"}, 302),
    (SEC, "/secretariat/meetings/{meeting}/roll-call", "/secretariat/meetings/{meeting}/guests",
     {"name": ""}, 302),
    (DIRECTOR, "/board/meetings/{meeting}/commentary", None,
     {"body": KEPT, "publish": "y", "publish_at": "2013-10-03T10:00"}, 422),
    (DIRECTOR, "/board/ballot", "/board/motions/{motion}/vote",
     {"m{motion}-choice": "recused", "m{motion}-reason": ""}, 422),
    (DIRECTOR, "/account/", "/account/password",
     {"current_password": "wrong", "new_password": "x"}, 422),  # passwords are never echoed
]  # fmt: skip


def _fill(text: str, ids: dict) -> str:
    return text.format(**ids)


@pytest.mark.parametrize(
    ("who", "page", "action", "bad", "expected"),
    FORMS,
    ids=[f"{f[0].split('@')[0]} {f[2] or f[1]}" for f in FORMS],
)
def test_bad_input_is_refused_with_the_form_kept(app, busy, who, page, action, bad, expected):
    client = signed_in(app, who)
    page_url = _fill(page, busy)
    action_url = _fill(action, busy) if action else page_url
    shown = client.get(page_url)
    assert shown.status_code == 200, page_url
    fields = form_posting_to(shown.get_data(as_text=True), _fill(action, busy) if action else "")
    fields.update({_fill(k, busy): _fill(v, busy) for k, v in bad.items()})
    fields["csrf_token"] = token(client, page_url)
    response = client.post(action_url, data=fields)
    assert response.status_code == expected, response.get_data(as_text=True)[:2000]
    if expected == 422:
        text = response.get_data(as_text=True)
        assert 'class="error"' in text
        if KEPT in "".join(bad.values()):
            assert KEPT in text

"""Calendar events last as long as a meeting of their kind and say the body once; a signed-in
download of a public PDF is as private as every other signed-in response."""

from datetime import datetime

from governance.rules.vocab import MeetingKind, UserRole
from governance.services import meetings, records
from governance.services.actors import SYSTEM

from .test_board_workflows import signed_in


def test_calendar_events_have_an_end_and_name_the_body_once(app, web_make):
    body, _members = web_make.board(seats=3, name="Board of Directors")
    call = web_make.meeting(
        body, starts_at=datetime(2099, 3, 1, 9, 0), title="Board of Directors call"
    )
    retreat = web_make.meeting(
        body,
        starts_at=datetime(2099, 4, 1, 9, 0),
        title="Spring retreat",
        kind=MeetingKind.IN_PERSON,
    )
    for m in (call, retreat):
        meetings.publish_agenda(web_make.db, SYSTEM, m.id)
    ics = app.test_client().get("/calendar.ics").get_data(as_text=True)
    assert "SUMMARY:Board of Directors call\r\n" in ics
    assert "SUMMARY:Board of Directors: Spring retreat\r\n" in ics
    assert "DTSTART:20990301T170000Z\r\nDTEND:20990301T180000Z" in ics  # a call: one hour
    assert "DTSTART:20990401T160000Z\r\nDTEND:20990401T190000Z" in ics  # in person: three


def test_a_signed_in_pdf_download_is_private(app, web_make):
    body, _members = web_make.board(seats=3)
    web_make.user(UserRole.SECRETARY, email="secretary@example.org")
    m = web_make.meeting(body, starts_at=datetime(2013, 10, 3, 9, 0))
    records.save_summary(
        web_make.db, SYSTEM, m.id, "Summary.", True, datetime(2013, 10, 4, 9, 0), True
    )
    public = app.test_client().get(f"/meetings/{m.id}/summary.pdf")
    assert public.headers["Cache-Control"].startswith("public")
    private = signed_in(app, "secretary@example.org").get(f"/meetings/{m.id}/summary.pdf")
    assert private.status_code == 200 and private.headers["Cache-Control"] == "private, no-store"

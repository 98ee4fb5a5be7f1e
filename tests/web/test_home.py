"""The home page lists meetings as the disclosure policy allows, filtered in SQL."""

from datetime import UTC, datetime, timedelta

from governance.rules.vocab import UserRole
from governance.services import meetings
from governance.services.actors import SYSTEM


def test_the_public_sees_only_meetings_with_a_released_agenda_or_summary(client, web_make):
    db = web_make.db
    board, _ = web_make.board(seats=3, name="Board of Directors")
    published = web_make.meeting(board, title="Published agenda meeting")
    meetings.publish_agenda(db, SYSTEM, published.id)
    web_make.meeting(board, title="Unannounced meeting")
    future = web_make.meeting(board, title="Agenda out tomorrow")
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    meetings.publish_agenda(db, SYSTEM, future.id, at=tomorrow)
    page = client.get("/").get_data(as_text=True)
    assert "Published agenda meeting" in page
    assert "Unannounced meeting" not in page
    assert "Agenda out tomorrow" not in page


def test_a_director_also_sees_their_own_bodys_unannounced_meetings(client, auth, web_make):
    board, members = web_make.board(seats=3)
    other, _ = web_make.board(seats=2)
    web_make.meeting(board, title="Our private planning call")
    web_make.meeting(other, title="Their private call")
    web_make.user(UserRole.DIRECTOR, person=members[0], email="d@example.org")
    auth.login("d@example.org")
    page = client.get("/").get_data(as_text=True)
    assert "Our private planning call" in page
    assert "Their private call" not in page


def test_meeting_times_are_shown_in_the_meetings_own_zone(client, web_make):
    board, _ = web_make.board(seats=3)
    m = web_make.meeting(board, starts_at=datetime(2013, 11, 4, 9, 0), tz="Asia/Hong_Kong")
    meetings.publish_agenda(web_make.db, SYSTEM, m.id)
    assert "4 November 2013 09:00 HKT" in client.get("/").get_data(as_text=True)

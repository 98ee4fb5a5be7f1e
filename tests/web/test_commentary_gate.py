"""Commentary waits for the official summary itself: while the summary is a draft, a director's
scheduled commentary is public nowhere — page, search, JSON API, export — even after the date the
draft carries; scheduling the summary releases both together. (A director's commentary once went
public while /api/v1/meetings/F/summary still answered 404.)"""

import html

from governance import visibility
from governance.services import records
from governance.services.actors import SYSTEM

from ..integration.public_scene import (
    FAR,
    START,
    SUMMARY,
    TZ,
    commentary_under_draft_summary,
    local,
)


def public_texts(client, meeting_id) -> dict[str, str]:
    """What an anonymous reader gets on every surface that can carry commentary. The search
    result is looked for by a word of the commentary that is not the query (which is echoed)."""
    urls = [
        f"/meetings/{meeting_id}",
        "/search?q=gatecommentary",
        f"/api/v1/meetings/{meeting_id}/commentary",
        "/api/v1/export",
    ]
    texts = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        texts[url] = html.unescape(response.get_data(as_text=True))
    return texts


def test_commentary_under_a_draft_summary_stays_hidden_until_the_summary_is_scheduled(
    client, web_make, monkeypatch
):
    board, members = web_make.board(seats=3)
    director = web_make.user(person=members[0])
    meeting = web_make.meeting(board, starts_at=local(START), tz=TZ, title="Call")
    commentary_under_draft_summary(
        web_make.db,
        director,
        meeting.id,
        "My view gatecommentary gateword.",
        "Not ready gatesummary.",
        SUMMARY,
    )
    monkeypatch.setattr(visibility, "now", lambda: FAR)

    assert client.get(f"/api/v1/meetings/{meeting.id}/summary").status_code == 404
    leaks = [url for url, text in public_texts(client, meeting.id).items() if "gateword" in text]
    assert leaks == [], f"commentary public under a draft summary at {leaks}"

    records.save_summary(
        web_make.db, SYSTEM, meeting.id, "Final gatesummary.", schedule=True, release_now=True
    )
    assert client.get(f"/api/v1/meetings/{meeting.id}/summary").status_code == 200
    shown = [url for url, text in public_texts(client, meeting.id).items() if "gateword" in text]
    assert len(shown) == 4, shown

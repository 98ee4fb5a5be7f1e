"""The 2013 demo board is browsable and correct in the private pages."""

import re

from sqlalchemy import select

from governance.demo.load import DEMO_PASSWORD, load
from governance.models import Meeting

from .test_board_workflows import token


def test_demo_meetings_show_their_votes_as_the_reference_reports(app, app_db):
    load(app_db)
    client = app.test_client()
    client.post(
        "/login",
        data={
            "email": "mark-mcloughlin@example.org",
            "password": DEMO_PASSWORD,
            "next": "",
            "csrf_token": token(client),
        },
    )
    meetings = {m.title: m.id for m in app_db.scalars(select(Meeting))}
    listing = client.get("/board/meetings").get_data(as_text=True)
    assert all(title in listing for title in meetings)

    august = next(i for t, i in meetings.items() if "August 6" in t)
    page = client.get(f"/board/meetings/{august}").get_data(as_text=True)
    approval = page.split("approves the minutes of")[1].split("</article>")[0]
    assert approval.count("<td>abstain</td><td>not present at that meeting</td>") == 5
    assert "Carried — 12 for, 0 against, 5 abstentions" in approval

    october = next(i for t, i in meetings.items() if "October 3" in t)
    page = client.get(f"/board/meetings/{october}").get_data(as_text=True)
    election = next(
        a for a in page.split('<article class="motion"')[1:] if "electing individual member" in a
    )
    assert election.count("<td>against</td>") == 1
    assert re.search(r"Carried — 20 for, 1 against, 0 abstentions", election)

    june = next(i for t, i in meetings.items() if "June 27" in t)
    page = client.get(f"/board/meetings/{june}").get_data(as_text=True)
    certificate = next(
        a for a in page.split('<article class="motion"')[1:] if "certificate of incorporation" in a
    )
    assert "Carried unanimously" in certificate
    assert "Confidential" in client.get(
        f"/board/meetings/{next(i for t, i in meetings.items() if 'April 14' in t)}"
    ).get_data(as_text=True)

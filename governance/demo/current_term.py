"""INVENTED, all of it: the reference file stops in 2013. So that a newcomer can schedule and run a
meeting today with seated directors, every body of the demo is renewed in one step (the same
service an admin uses) from 1 January 2014 to the end of the current year, with the directors,
seat classes and roles seated on 31 December 2013. The board's official summary is taken to be
due seven days after adjournment, its meetings held in Pacific time (as the 2013 calls were)."""

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Body
from ..rules.terms import renewal
from ..services import directory, seats
from ..services.access import body_terms
from ..services.actors import SYSTEM

FIRST_DAY = date(2014, 1, 1)
BOARD_SETTINGS = {
    "summary_due_days": 7,  # invented
    "timezone": "America/Los_Angeles",  # invented: the 2013 calls were announced in Pacific time
    "description": (
        "The foundation's board of directors: eight platinum-member appointees, eight elected "
        "gold-member directors and eight elected individual directors."
    ),  # from the reference's "21 of the 24 members of the board" and its 8/8/8 shape
}


def seat_current_term(db: Session, today: date, board_slug: str) -> None:
    if today < FIRST_DAY:
        return
    last_day = date(today.year, 12, 31)
    for body in db.scalars(select(Body).order_by(Body.id)).all():
        # Committees whose work ended within 2013 stay ended; open-ended seats need no renewal.
        if not renewal(body_terms(db, body.id), FIRST_DAY, last_day):
            continue
        seats.renew_body(db, SYSTEM, body.id, FIRST_DAY, last_day)
        if body.slug == board_slug:
            directory.update_body(db, SYSTEM, body.id, **BOARD_SETTINGS)

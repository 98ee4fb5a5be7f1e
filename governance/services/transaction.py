"""The one boundary every state change passes: commit it all, or change nothing."""

import functools

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..rules.errors import InvalidTransition, RuleViolation
from .errors import Conflict, Invalid


def state_change(fn):
    """Run a service in the caller's session; commit on success, roll back on any failure.

    Rule violations become service errors naming the field, so that every surface reports them
    the same way.
    """

    @functools.wraps(fn)
    def run(db: Session, *args, **kwargs):
        try:
            result = fn(db, *args, **kwargs)
            db.commit()
        except InvalidTransition as exc:
            db.rollback()
            raise Conflict(exc.field, exc.message) from exc
        except RuleViolation as exc:
            db.rollback()
            raise Invalid(exc.field, exc.message) from exc
        except IntegrityError as exc:
            db.rollback()
            raise Conflict(None, "this conflicts with a record that already exists") from exc
        except BaseException:
            db.rollback()
            raise
        return result

    run.is_state_change = True
    return run

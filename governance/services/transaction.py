"""The one boundary every state change passes: commit it all, or change nothing.

Lock order, for every service: (1) the audit chain's lock, taken here before the service reads
anything; (2) then whatever rows the service locks (`FOR UPDATE`) or writes, in any order. On
SQLite (1) is the database's write lock (BEGIN IMMEDIATE, `db.begin_write`); on PostgreSQL it is
a transaction-scoped advisory lock (`audit.lock_chain`). Since every writer holds (1) before its
first row lock, two state changes can never wait on each other's rows in opposite orders: a
service that locked a row and then waited for the chain (as `save_minutes` against
`close_motion` once did) deadlocked. Writers are thereby serialized, as the chain's tail already
serialized them from their audit event to their commit.
"""

import functools

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db import begin_write
from ..rules.errors import InvalidTransition, RuleViolation
from .audit import lock_chain
from .errors import Conflict, Invalid


def state_change(fn):
    """Run a service in the caller's session; commit on success, roll back on any failure.

    Rule violations become service errors naming the field, so that every surface reports them
    the same way.
    """

    @functools.wraps(fn)
    def run(db: Session, *args, **kwargs):
        try:
            begin_write(db)
            lock_chain(db)
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

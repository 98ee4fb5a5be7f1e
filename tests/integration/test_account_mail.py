"""Invitations and password resets travel through the outbox: the mail carries the one-time link
(derived again when it is sent, never stored), and a link that was replaced or used is not sent."""

from urllib.parse import urlsplit

import pytest

from governance.models import OutboxMessage
from governance.notify.worker import Worker
from governance.rules.vocab import OutboxStatus, UserRole
from governance.services import accounts
from governance.services.actors import SYSTEM
from governance.services.errors import Invalid
from governance.services.outbox import Kind
from tests.integration.test_notify import BASE, mailbox, notify_app, outbox_rows  # noqa: F401
from tests.mailbox import text_of


def _link_in(message) -> str:
    text = text_of(message)
    start = text.index(BASE + "/link/")
    return text[start:].split()[0]


def test_an_invitation_mails_the_one_time_link_that_opens_the_account(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    user, raw = accounts.invite_user(make.db, SYSTEM, "new@example.org", UserRole.SECRETARY)
    [row] = outbox_rows(database, kind=Kind.INVITATION)
    assert row.user_id == user.id
    Worker(notify_app).run_once()
    [mail] = mailbox.to("new@example.org")
    assert mail["Subject"].startswith("Your account")
    link = _link_in(mail)
    assert link == f"{BASE}/link/{raw}"
    assert raw not in str(row.dedup_key) and accounts.link_user(make.db, raw).id == user.id
    client = notify_app.test_client()
    assert client.get(urlsplit(link).path).status_code == 200


def test_a_replaced_reset_link_is_not_mailed_and_only_the_newest_goes(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    user = make.user(UserRole.SECRETARY, email="sec@example.org")
    _, first = accounts.issue_password_reset(make.db, SYSTEM, user.id)
    _, second = accounts.issue_password_reset(make.db, SYSTEM, user.id)
    tally = Worker(notify_app).run_once()
    [mail] = mailbox.to("sec@example.org")
    assert mail["Subject"].startswith("Password reset")
    assert _link_in(mail) == f"{BASE}/link/{second}" and first not in text_of(mail)
    assert tally.withheld == 1
    statuses = sorted(r.status.value for r in outbox_rows(database, kind=Kind.PASSWORD_RESET))
    assert statuses == [OutboxStatus.SENT.value, OutboxStatus.WITHHELD.value]


def test_a_link_used_before_the_mail_went_out_is_not_mailed(
    make,
    database,
    notify_app,  # noqa: F811
    mailbox,  # noqa: F811
):
    user, raw = accounts.invite_user(make.db, SYSTEM, "quick@example.org", UserRole.SECRETARY)
    accounts.redeem_link(make.db, raw, "a long password!")
    Worker(notify_app).run_once()
    assert mailbox.to("quick@example.org") == []
    [row] = outbox_rows(database, kind=Kind.INVITATION)
    assert row.status == OutboxStatus.WITHHELD


def test_a_refused_invitation_owes_no_mail(make, database):
    make.user(UserRole.SECRETARY, email="taken@example.org")
    with pytest.raises(Invalid, match="already exists"):
        accounts.invite_user(make.db, SYSTEM, "taken@example.org", UserRole.SECRETARY)
    with database.session() as s:
        assert s.query(OutboxMessage).filter_by(kind=Kind.INVITATION).count() == 0

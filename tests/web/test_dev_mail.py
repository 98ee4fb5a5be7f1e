"""The development-only page that reads the mail the loopback sink kept under instance/mail/."""

from email.message import EmailMessage
from pathlib import Path

import pytest

from governance import create_app
from governance.rules.vocab import UserRole

from ..conftest import app_with
from .conftest import signed_in
from .test_bad_input import STRONG_KEY


def _keep(folder: Path, name: str, subject: str, to="dir@example.org") -> None:
    message = EmailMessage()
    message["From"] = "Board secretary <board@localhost>"
    message["To"] = to
    message["Subject"] = subject
    message.set_content("The plain text part.")
    message.add_alternative("<p>The <b>HTML</b> part<script>x()</script></p>", subtype="html")
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(message.as_bytes())


@pytest.fixture
def dev_app(database_url, database, tmp_path):
    yield from app_with(
        database_url, database, tmp_path, DEV_MAIL_PAGE=True, MAIL_FOLDER=str(tmp_path / "mail")
    )


def test_an_admin_lists_the_kept_mail_newest_first_and_reads_one(dev_app):
    folder = Path(dev_app.config["MAIL_FOLDER"])
    _keep(folder, "20261126T080000-00001.eml", "Agenda published: August call")
    _keep(folder, "20261126T090000-00002.eml", "Vote open: August call")
    client = signed_in(dev_app, UserRole.ADMIN)
    page = client.get("/notifications/dev-mail").get_data(as_text=True)
    assert page.index("Vote open") < page.index("Agenda published")
    one = client.get("/notifications/dev-mail/20261126T090000-00002.eml")
    text = one.get_data(as_text=True)
    assert one.status_code == 200 and "The plain text part." in text and "dir@example.org" in text
    html = client.get("/notifications/dev-mail/20261126T090000-00002.eml/html")
    assert html.status_code == 200 and html.mimetype == "text/html"
    # The message's own HTML runs nothing: a sandboxed document with no script allowed.
    assert "sandbox" in html.headers["Content-Security-Policy"]


def test_names_outside_the_folder_and_unknown_ones_are_404(dev_app):
    _keep(Path(dev_app.config["MAIL_FOLDER"]), "20261126T080000-00001.eml", "Hello")
    client = signed_in(dev_app, UserRole.ADMIN)
    for name in ("..%2Fgovernance.sqlite3", "nothere.eml", "20261126T080000-00009.eml", "x.txt"):
        assert client.get(f"/notifications/dev-mail/{name}").status_code == 404


@pytest.mark.parametrize("role", [UserRole.DIRECTOR, UserRole.SECRETARY])
def test_only_an_admin_reads_the_kept_mail(dev_app, role):
    client = signed_in(dev_app, role)
    assert client.get("/notifications/dev-mail").status_code == 403
    anonymous = dev_app.test_client().get("/notifications/dev-mail")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]


def test_the_page_is_not_there_unless_switched_on(app, auth, web_make):
    web_make.user(UserRole.ADMIN, email="admin@example.org")
    auth.login("admin@example.org")
    assert app.test_client().get("/notifications/dev-mail").status_code == 404
    assert not any("dev-mail" in rule.rule for rule in app.url_map.iter_rules())


def test_production_refuses_to_start_with_the_page_switched_on(monkeypatch, database_url):
    monkeypatch.setenv("GOVERNANCE_ENV", "production")
    monkeypatch.setenv("SECRET_KEY", STRONG_KEY)
    monkeypatch.setenv("AUDIT_KEY", STRONG_KEY[::-1])
    monkeypatch.setenv("DEV_MAIL_PAGE", "1")
    with pytest.raises(RuntimeError, match="DEV_MAIL_PAGE"):
        create_app({"DATABASE_URL": database_url})

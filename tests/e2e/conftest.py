"""A live server on 127.0.0.1 and Debian's Chromium driven by Playwright (no browser download)."""

import shutil
import threading

import pytest
from werkzeug.serving import make_server

from ..conftest import Factory, empty_all_tables

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_type_launch_args():
    return {"executable_path": CHROMIUM, "args": CHROMIUM_ARGS, "headless": True}


@pytest.fixture(scope="session")
def live_app(database_url):
    from governance import create_app

    app = create_app({"DATABASE_URL": database_url})
    # Port 0: the system picks a free port that Chromium does not refuse.
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    app.config["LIVE_URL"] = f"http://127.0.0.1:{server.server_port}"
    yield app
    server.shutdown()
    thread.join(timeout=10)
    app.extensions["governance.db"].dispose()


@pytest.fixture
def live_url(live_app):
    return live_app.config["LIVE_URL"]


@pytest.fixture
def seed(live_app):
    """A factory writing into the live server's database, emptied first."""
    database = live_app.extensions["governance.db"]
    empty_all_tables(database)
    session = database.session(write=True)
    yield Factory(session)
    session.close()


def sign_in(page, live_url, email, password):
    page.goto(f"{live_url}/login")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_load_state()

"""One gunicorn worker, as deployed, fed issue 11's poisoning sequence: a list nested 1000
levels deep, then a run of 16,000 brackets, then ordinary texts. Before the fix the first
raised RecursionError mid-parse and left the worker's converter dirty (every later text lost its
paragraphs until a restart), and the second ran past gunicorn's timeout, killing the worker.
Here gunicorn's timeout is 10 s: a render that slow fails the test by a dropped connection."""

import http.cookiejar
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from governance import create_app
from governance.migrate import upgrade

from ..conftest import PASSWORD, Factory
from .public_scene import build_public_scene

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """The public scene's record on SQLite, served by one gunicorn worker."""
    url = f"sqlite:///{tmp_path / 'worker.sqlite3'}"
    upgrade(url, "head")
    app = create_app({"DATABASE_URL": url, "TESTING": True})
    db = app.extensions["governance.db"].session(write=True)
    scene = build_public_scene(Factory(db))  # every release in the past: all public now
    meeting_id = scene.meeting.id
    db.close()
    app.extensions["governance.db"].dispose()
    port = free_port()
    env = {"DATABASE_URL": url, "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "--bind", f"127.0.0.1:{port}", "--workers", "1"]
        + ["--timeout", "10", "--log-level", "warning", "app:app"],
        cwd=ROOT,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(150):
        try:
            urllib.request.urlopen(base + "/", timeout=2)  # noqa: S310 - loopback
            break
        except OSError:
            time.sleep(0.2)
    else:
        server.kill()
        pytest.fail("gunicorn did not start")
    yield base, meeting_id
    server.terminate()
    server.wait(timeout=30)


class Browser:
    def __init__(self, base):
        self.base = base
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def get(self, path):
        return self.opener.open(self.base + path, timeout=30)

    def post(self, path, data):
        body = urllib.parse.urlencode(data).encode()
        try:
            return self.opener.open(self.base + path, body, timeout=30)
        except urllib.error.HTTPError as refused:
            return refused

    def csrf(self, path):
        page = self.get(path).read().decode()
        return re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)

    def login(self, email):
        self.post(
            "/login", {"email": email, "password": PASSWORD, "csrf_token": self.csrf("/login")}
        )

    def preview(self, text):
        response = self.post("/secretariat/preview", {"body": text, "csrf_token": self.csrf("/")})
        return response.status, response.read().decode()


def test_the_poisoning_sequence_leaves_the_worker_rendering_correctly(served):
    base, meeting_id = served
    director = Browser(base)
    director.login("director@example.org")

    status, answer = director.preview("- " * 1000 + "x")
    assert status == 422 and answer.startswith('<p class="error">body: is nested too deeply')
    status, answer = director.preview("[" * 16_000)
    assert status == 200 and answer.count("[") == 16_000

    status, answer = director.preview("Fresh first paragraph.\n\nFresh second paragraph.")
    assert (status, answer.count("<p>")) == (200, 2)
    page = Browser(base).get(f"/meetings/{meeting_id}").read().decode()
    # The summary's own "# Summary" sits below the page's "Official summary" h2.
    assert "<h3>Summary</h3>" in page and "<p>The board mksummary met.</p>" in page
    feed = Browser(base).get("/feed.atom").read()
    assert b"&lt;p&gt;The board mksummary met.&lt;/p&gt;" in feed
    ET.fromstring(feed)  # noqa: S314 - our own feed
    pdf = Browser(base).get(f"/meetings/{meeting_id}/summary.pdf")
    assert pdf.status == 200 and pdf.read().startswith(b"%PDF")

"""Where one rendered request of each page spends its time, in-process against the database in
DATABASE_URL (the synthetic record with bench/fixtures.py's accounts): per page, milliseconds per
request, SQL statements and their share of the time, and the functions that cost most.

    DATABASE_URL=... .venv/bin/python bench/profile_pages.py FIXTURES.json [runs] [--top N]

The page cache never answers (an Authorization header on the anonymous requests): the cost of a
render.
A measurement for finding the costs, not a test.
"""

import argparse
import cProfile
import io
import json
import pstats
import re
import time
from collections import Counter

from sqlalchemy import event

from app import app

PASSWORD = "bench-password-long"  # noqa: S105 - the bench accounts' password (bench/fixtures.py)


def sign_in(email: str):
    client = app.test_client()
    page = client.get("/login").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    answer = client.post(
        "/login", data={"email": email, "password": PASSWORD, "next": "", "csrf_token": token}
    )
    assert answer.status_code == 302, answer.status_code  # noqa: S101
    return client


def pages(f) -> list[tuple[str, object, str]]:
    anonymous = app.test_client()
    # The page cache never answers a request with credentials; the public pages ignore these.
    anonymous.environ_base["HTTP_AUTHORIZATION"] = "Bearer bench-render"
    director, staff = sign_in(f["director_email"]), sign_in(f["staff_email"])
    return [(label, anonymous, path) for label, path in f["rendered"]] + [
        (label, {"director": director, "staff": staff}[who], path)
        for label, who, path in f["signed_in"]
    ]


class Statements:
    def __init__(self, engine):
        self.count, self.seconds, self.texts = 0, 0.0, Counter()
        event.listen(engine, "before_cursor_execute", self.before)
        event.listen(engine, "after_cursor_execute", self.after)

    def before(self, conn, cursor, statement, parameters, context, executemany):
        conn.info["started"] = time.perf_counter()

    def after(self, conn, cursor, statement, parameters, context, executemany):
        spent = time.perf_counter() - conn.info.pop("started")
        self.count += 1
        self.seconds += spent
        self.texts[" ".join(statement.split())[:160]] += spent


PARTS = (
    ("SQL driver", ("sqlite3", "psycopg")),
    ("SQLAlchemy", ("sqlalchemy",)),
    ("Jinja", ("jinja2", "/templates/", "markupsafe")),
    ("Markdown", ("markdown", "bleach", "nh3")),
    ("forms", ("wtforms", "flask_wtf")),
    ("Flask/Werkzeug", ("flask", "werkzeug")),
    ("governance", ("/governance/",)),
)


def by_part(profile, runs) -> str:
    """Each function's own time, summed by the library it belongs to (ms per request)."""
    spent = Counter()
    for (path, _line, name), (_cc, _nc, own, _cum, _callers) in pstats.Stats(profile).stats.items():
        where = path + name
        part = next((p for p, marks in PARTS if any(m in where for m in marks)), "other")
        spent[part] += own
    return ", ".join(f"{part} {1000 * s / runs:.1f}" for part, s in spent.most_common())


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("fixtures")
    parser.add_argument("runs", nargs="?", type=int, default=5)
    parser.add_argument("--top", type=int, default=12)
    parser.add_argument("--only")
    args = parser.parse_args()
    f = json.load(open(args.fixtures))  # noqa: SIM115
    statements = Statements(app.extensions["governance.db"].engine)
    serial = 0
    for label, client, path in pages(f):
        if args.only and args.only not in label:
            continue
        sep = "&" if "?" in path else "?"
        serial += 1
        client.get(f"{path}{sep}uncached={serial}")  # first render: templates compiled
        # Timed without the profiler first: its own cost falls mostly on small calls.
        started, cpu = time.perf_counter(), time.process_time()
        for _ in range(args.runs):
            serial += 1
            answer = client.get(f"{path}{sep}uncached={serial}")
            assert answer.status_code == 200, (path, answer.status_code)  # noqa: S101
        spent = (time.perf_counter() - started) / args.runs
        cpu = (time.process_time() - cpu) / args.runs
        statements.count, statements.seconds, statements.texts = 0, 0.0, Counter()
        profile = cProfile.Profile()
        for _ in range(args.runs):
            serial += 1
            profile.enable()
            client.get(f"{path}{sep}uncached={serial}")
            profile.disable()
        print(
            f"\n== {label} {path}: {1000 * spent:.1f} ms/request ({1000 * cpu:.1f} ms CPU), "
            f"{statements.count / args.runs:.0f} statements, "
            f"{1000 * statements.seconds / args.runs:.1f} ms in SQL"
        )
        for text, seconds in statements.texts.most_common(5):
            print(f"   {1000 * seconds / args.runs:6.1f} ms  {text}")
        print("   own time by part: " + by_part(profile, args.runs))
        out = io.StringIO()
        pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
        print("\n".join(line for line in out.getvalue().splitlines()[6:] if line.strip()))


if __name__ == "__main__":
    main()

"""Seconds to render the demo board's October 3, 2013 official summary as a PDF, and a 20-page
set of minutes (roll-call tables included, which are WeasyPrint's slow case).

    .venv/bin/python bench/pdf_bench.py [runs]

Loads the demo board into a throwaway SQLite database, then asks the app for
/meetings/<october>/summary.pdf as an anonymous visitor would, `runs` times (default 5), and prints
each time and the best. A measurement, not a test: nothing here fails on a slow machine.
"""

import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from governance import create_app
from governance.demo.load import load
from governance.migrate import upgrade
from governance.models import Meeting, Minutes

OCTOBER = "Board of Directors meeting — October 3, 2013 (conference call)"


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url, "head")
        # The page and PDF caches would answer repeats from memory: time the rendering itself.
        app = create_app(
            {"DATABASE_URL": url, "TESTING": True, "PAGE_CACHE": False, "PDF_CACHE": False}
        )
        db = app.extensions["governance.db"].session(write=True)
        load(db)
        meeting_id = db.scalar(select(Meeting.id).where(Meeting.title == OCTOBER))
        db.close()
        client = app.test_client()
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            response = client.get(f"/meetings/{meeting_id}/summary.pdf")
            times.append(time.perf_counter() - started)
            assert response.status_code == 200 and response.data.startswith(b"%PDF")
        for i, seconds in enumerate(times, 1):
            print(f"run {i}: {seconds:.3f} s ({len(response.data)} bytes)")
        print(f"October 3, 2013 summary PDF: best {min(times):.3f} s, first {times[0]:.3f} s")
        long_minutes(app, client, runs)
        app.extensions["governance.db"].dispose()


def long_minutes(app, client, runs: int) -> None:
    """Approved minutes are final through the services; the bench rewrites one set in place."""
    db = app.extensions["governance.db"].session(write=True)
    minutes = db.scalars(select(Minutes).where(Minutes.status == "approved")).first()
    names = [f"Director {n}" for n in range(24)]
    sections = []
    for n in range(1, 23):
        rows = "\n".join(
            f"| {name} | {'for' if (n + i) % 7 else 'abstain'} | |" for i, name in enumerate(names)
        )
        sections.append(
            f"## {n}. Agenda item {n}\n\nThe board discussed item {n} at length. "
            + "Directors raised questions about scope, budget and timing. " * 6
            + f"\n\n| Director | Vote | Reason |\n|---|---|---|\n{rows}\n"
        )
    minutes.body = "# Minutes\n\n" + "\n".join(sections)
    db.commit()
    meeting_id = minutes.meeting_id
    db.close()
    times, pages = [], 0
    for _ in range(runs):
        started = time.perf_counter()
        response = client.get(f"/meetings/{meeting_id}/minutes.pdf")
        times.append(time.perf_counter() - started)
        assert response.status_code == 200 and response.data.startswith(b"%PDF")
        pages = page_count(response.data)
    print("minutes runs:", " ".join(f"{t:.2f}" for t in times))
    print(f"{pages}-page minutes PDF: best {min(times):.3f} s, first {times[0]:.3f} s")
    app.config["PDF_CACHE"] = True
    client.get(f"/meetings/{meeting_id}/minutes.pdf")
    started = time.perf_counter()
    client.get(f"/meetings/{meeting_id}/minutes.pdf")
    print(
        f"{pages}-page minutes PDF, repeat from the PDF cache: best {time.perf_counter() - started:.3f} s"
    )


def page_count(pdf: bytes) -> int:
    """WeasyPrint compresses its page objects, so ask poppler (installed by CI) to count."""
    with tempfile.NamedTemporaryFile(suffix=".pdf") as f:
        f.write(pdf)
        f.flush()
        info = subprocess.run(["pdfinfo", f.name], capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

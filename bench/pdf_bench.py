"""Seconds to render the demo board's October 3, 2013 official summary as a PDF.

    .venv/bin/python bench/pdf_bench.py [runs]

Loads the demo board into a throwaway SQLite database, then asks the app for
/meetings/<october>/summary.pdf as an anonymous visitor would, `runs` times (default 5), and prints
each time and the best. A measurement, not a test: nothing here fails on a slow machine.
"""

import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from governance import create_app
from governance.demo.load import load
from governance.migrate import upgrade
from governance.models import Meeting

OCTOBER = "Board of Directors meeting — October 3, 2013 (conference call)"


def main(runs: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'bench.sqlite3'}"
        upgrade(url, "head")
        app = create_app({"DATABASE_URL": url, "TESTING": True})
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
        app.extensions["governance.db"].dispose()


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)

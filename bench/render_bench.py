"""Seconds to render the worst Markdown texts the limits accept (governance/render/worst_texts.py):
each converted, measured against the limits and sanitized, as saving it does, with nothing kept.

    .venv/bin/python bench/render_bench.py [runs]

Prints each text's best time of `runs` (default 3) and, last, the worst of them. A measurement,
not a test: nothing here fails on a slow machine.
"""

import sys
import time

from governance.render import markdown
from governance.render.worst_texts import WORST


def main(runs: int) -> None:
    worst_name, worst = "", 0.0
    for name, text in WORST.items():
        times = []
        for _ in range(runs):
            markdown.forget()
            started = time.perf_counter()
            markdown.check(text, "body")
            times.append(time.perf_counter() - started)
        best = min(times)
        print(f"{name} ({len(text):,} characters): best {best:.3f} s")
        if best > worst:
            worst_name, worst = name, best
    print(f"worst accepted text: render time: best {worst:.3f} s ({worst_name})")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)

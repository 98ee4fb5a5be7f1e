"""PDF rendering under a wall-clock and a memory bound, away from the worker that asked.

WeasyPrint cannot be interrupted from outside, and what it allocates stays with the process
that ran it (a 10,000-row table left a worker at 440 MB). So each PDF is laid out in a child
process forked from a small server that has WeasyPrint imported already (multiprocessing's
forkserver: no start-up cost per PDF, and no fork of a worker's threads or connections). The
child limits its own address space (RLIMIT_AS); the parent waits at most the time limit, then
kills it. Past either bound - or if layout recurses too deep or the child dies - the answer is
`TooLargeToPrint`, which the pages turn into a 503; the worker itself is untouched.

The child runs `pdf.render_pdf`, with its locked-down fetcher, exactly as in-process callers do.
"""

import logging
import multiprocessing
import resource

from .pdf import render_pdf

log = logging.getLogger(__name__)

_context = multiprocessing.get_context("forkserver")
# The server imports WeasyPrint and lays out one page once (font discovery is most of a small
# PDF's cost); every child is a fork of it that starts warm.
_context.set_forkserver_preload([f"{__package__}.print_warm"])


class TooLargeToPrint(Exception):
    """The PDF could not be made within the time and memory it is allowed."""


def _child(conn, html: str, base_url: str, memory_bytes: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    try:
        conn.send(("pdf", render_pdf(html, base_url)))
    except (MemoryError, RecursionError) as exc:
        conn.send(("too large", type(exc).__name__))
    except Exception as exc:  # reported to the parent, which raises it there
        conn.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        conn.close()


def print_pdf(html: str, base_url: str, seconds: float, memory_mb: int) -> bytes:
    """PDF bytes for `html`, rendered in a child process given `seconds` and `memory_mb`."""
    receive, send = _context.Pipe(duplex=False)
    child = _context.Process(
        target=_child, args=(send, html, base_url, memory_mb * 2**20), daemon=True
    )
    child.start()
    send.close()  # the child holds the only writing end: its death reads as end of file
    try:
        if not receive.poll(seconds):
            log.warning("PDF rendering stopped after %s s", seconds)
            raise TooLargeToPrint(f"not finished within {seconds} s")
        try:
            kind, value = receive.recv()
        except EOFError:
            log.warning("PDF rendering died (exit code %s)", child.exitcode)
            raise TooLargeToPrint("the rendering process died") from None
    finally:
        if child.is_alive():
            child.kill()
        child.join()
        receive.close()
    if kind == "too large":
        log.warning("PDF rendering gave up: %s", value)
        raise TooLargeToPrint(value)
    if kind == "error":
        raise RuntimeError(f"PDF rendering failed: {value}")
    return value

"""Imported only by the PDF fork server (see `print_job`): one page laid out at start-up, so
fonts are found once and every forked child begins with them."""

from .pdf import render_pdf

render_pdf("<p>warm</p>", "http://localhost")

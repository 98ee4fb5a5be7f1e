"""What every template may use: the Markdown filter and the vocabulary's enums, so that a page
compares `motion.status == MotionStatus.OPEN` (a misspelt member fails a test) rather than a
string that silently never matches."""

from enum import StrEnum

from flask import Flask

from ..render.markdown import render
from ..rules import vocab

ENUMS = {
    name: value
    for name, value in vars(vocab).items()
    if isinstance(value, type) and issubclass(value, StrEnum) and value is not StrEnum
}


def init_app(app: Flask) -> None:
    # All user Markdown goes through the sanitizing renderer: `text | markdown(2)` for a text
    # shown under an h2, so that its own headings start at h3.
    app.add_template_filter(render, "markdown")
    app.jinja_env.globals.update(ENUMS)

"""Jinja filters shared by every page."""

from flask import Flask

from ..render.markdown import render


def init_app(app: Flask) -> None:
    app.add_template_filter(render, "markdown")

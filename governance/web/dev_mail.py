"""Development only: an admin reads the mail the loopback sink kept under instance/mail/.

Registered only when DEV_MAIL_PAGE is on (`make run` sets it); production refuses to start with
it. The HTML part is served as its own sandboxed document, so nothing in a message runs here."""

from pathlib import Path

from flask import Blueprint, abort, current_app, make_response, render_template

from ..notify import kept
from ..rules.vocab import UserRole
from .access import role_required

bp = Blueprint("dev_mail", __name__, url_prefix="/notifications/dev-mail")


def _folder() -> Path:
    return Path(current_app.config["MAIL_FOLDER"])


def _one(name: str) -> kept.Kept:
    found = kept.one(_folder(), name)
    if found is None:
        abort(404)
    return found


@bp.get("")
@role_required(UserRole.ADMIN)
def index():
    return render_template("notifications/dev_mail.html", messages=kept.newest(_folder()))


@bp.get("/<name>")
@role_required(UserRole.ADMIN)
def message(name: str):
    return render_template("notifications/dev_mail_message.html", kept=_one(name))


@bp.get("/<name>/html")
@role_required(UserRole.ADMIN)
def html_part(name: str):
    html = _one(name).part("html")
    if html is None:
        abort(404)
    response = make_response(html)
    response.mimetype = "text/html"
    response.headers["Content-Security-Policy"] = "sandbox; default-src 'none'; style-src 'self'"
    return response

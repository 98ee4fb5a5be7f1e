"""Signing in and out."""

from urllib.parse import urlsplit

from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from flask_login import current_user, login_required, login_user, logout_user

from ..extensions import login_manager
from ..http.session import get_db
from ..models import User
from ..services import accounts
from ..services.errors import Throttled
from .forms import LoginForm, LogoutForm
from .pages import throttled

bp = Blueprint("auth", __name__)


@login_manager.user_loader
def load_user(session_id: str) -> User | None:
    """The cookie names the user and the session generation; an older generation is void."""
    user_id, _, generation = session_id.partition(":")
    if not (user_id.isdigit() and generation.isdigit()):
        return None
    user = get_db().get(User, int(user_id))
    if user is None or not user.active or user.session_generation != int(generation):
        return None
    return user


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: never another host, scheme or a protocol-relative URL."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(c) < 32 for c in target):
        return None
    return target


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = LoginForm()
    if request.method == "GET":
        form.next.data = request.args.get("next", "")
    if form.validate_on_submit():
        try:
            user = accounts.sign_in(
                get_db(), form.email.data, form.password.data, request.remote_addr
            )
        except Throttled as exc:
            return throttled(form, exc, lambda: render_template("auth/login.html", form=form))
        if user is None:
            form.password.errors.append("E-mail or password is wrong, or the account is disabled.")
        else:
            session.clear()  # a fresh session: nothing planted before login survives it
            login_user(user)
            return redirect(safe_next(form.next.data) or url_for("board.dashboard"))
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
@login_required
def logout():
    if LogoutForm().validate_on_submit():
        accounts.end_sessions(get_db(), current_user._get_current_object())
        logout_user()
        session.clear()
        flash("You are signed out.")
    return redirect(url_for("public.index"))

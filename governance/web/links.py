"""One-time links (an invitation, a password reset): whoever holds the link chooses the
account's password, once, before the link expires."""

from flask import Blueprint, abort, flash, redirect, render_template, url_for

from ..http.session import get_db
from ..services import accounts
from ..services.errors import Invalid
from .admin_forms import SetPasswordForm
from .pages import form_status, put_error

bp = Blueprint("links", __name__, url_prefix="/link")


@bp.route("/<token>", methods=["GET", "POST"])
def open_link(token):
    db = get_db()
    user = accounts.link_user(db, token)
    if user is None:
        abort(404)
    form = SetPasswordForm()
    if form.validate_on_submit():
        try:
            accounts.redeem_link(db, token, form.password.data)
        except Invalid as exc:
            put_error(form, exc)
        else:
            flash("Password set. Sign in with it.")
            return redirect(url_for("auth.login"))
    status = form_status(form)
    return render_template("admin/set_password.html", form=form, email=user.email), status

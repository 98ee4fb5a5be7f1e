"""A user's own settings: API tokens (shown once, stored hashed) and their password."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, logout_user

from ..http.session import get_db
from ..http.viewer import actor
from ..models import ApiToken
from ..rules.vocab import UserRole
from ..services import accounts, tokens
from ..services.errors import Throttled
from .access import role_required
from .forms import ActionForm, PasswordChangeForm, TokenForm
from .pages import attempt, throttled

bp = Blueprint("account", __name__, url_prefix="/account")
ANY_ROLE = (UserRole.DIRECTOR, UserRole.SECRETARY, UserRole.ADMIN)


def _page(token_form=None, password_form=None, new_token=None, status=200):
    return render_template(
        "account/settings.html",
        tokens=tokens.tokens_of(get_db(), current_user.id),
        token_form=token_form or TokenForm(formdata=None),
        password_form=password_form or PasswordChangeForm(formdata=None),
        action_form=ActionForm(),
        new_token=new_token,
    ), status


@bp.get("/")
@role_required(*ANY_ROLE)
def settings():
    return _page()


@bp.post("/tokens")
@role_required(*ANY_ROLE)
def create_token():
    form = TokenForm()
    if form.validate_on_submit():
        created = attempt(form, tokens.create_token, form.name.data)
        if created is not None:
            # Rendered, never redirected or flashed: the token must not travel in a URL or in
            # the (signed, not encrypted) session cookie.
            return _page(new_token=created[1])
    return _page(token_form=form, status=422)


@bp.post("/tokens/<int:token_id>/revoke")
@role_required(*ANY_ROLE)
def revoke_token(token_id):
    form = ActionForm()
    token = get_db().get(ApiToken, token_id)
    if token is None or token.user_id != current_user.id:
        return _page(status=404)
    if form.validate_on_submit() and attempt(form, tokens.revoke_token, token.id):
        flash(f"Token “{token.name}” revoked.")
    return redirect(url_for("account.settings"))


@bp.post("/password")
@role_required(*ANY_ROLE)
def change_password():
    form = PasswordChangeForm()
    user = actor()
    try:
        changed = form.validate_on_submit() and attempt(
            form,
            accounts.change_password,
            user.id,
            form.current_password.data,
            form.new_password.data,
            address=request.remote_addr,
        )
    except Throttled as exc:
        return throttled(form, exc, lambda: _page(password_form=form)[0])
    if changed:
        logout_user()
        flash("Password changed. Every session has ended: sign in again.")
        return redirect(url_for("auth.login"))
    return _page(password_form=form, status=422)

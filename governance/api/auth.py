"""Who is calling the API: a Bearer token, or a signed-in browser session (whose writes must
then carry a CSRF token, as forms do)."""

from flask import g, request
from flask_login import current_user
from flask_wtf.csrf import CSRFError

from ..extensions import csrf
from ..http.problems import problem
from ..http.session import SAFE_METHODS, get_db
from ..services.tokens import user_for_token


def authenticate():
    header = request.headers.get("Authorization", "")
    if header:
        scheme, _, raw = header.partition(" ")
        user = user_for_token(get_db(), raw.strip()) if scheme.lower() == "bearer" else None
        if user is None:
            return problem(
                401,
                "the API token is missing, malformed or revoked",
                headers={"WWW-Authenticate": 'Bearer realm="api"'},
            )
        # Flask-Login reads the user from here first: the token's owner is the current user.
        g._login_user = user
        return None
    if request.method not in SAFE_METHODS and current_user.is_authenticated:
        try:
            csrf.protect()
        except CSRFError as exc:
            return problem(400, f"a cookie-session write needs a CSRF token: {exc.description}")
    return None


def require_user():
    if not current_user.is_authenticated:
        from werkzeug.exceptions import Unauthorized

        raise Unauthorized("send Authorization: Bearer <token>")
    return current_user._get_current_object()

"""Route guards: who may reach a view. Refusals are logged with the actor and the target."""

import functools

from flask import abort, current_app
from flask_login import current_user

from ..http.security_log import log_refusal
from ..rules.vocab import UserRole


def role_required(*roles: UserRole):
    """Anonymous users are sent to sign in; signed-in users without the role get 403."""

    def decorate(view):
        @functools.wraps(view)
        def guarded(*args, **kwargs):
            if not current_user.is_authenticated:
                log_refusal("not signed in")
                return current_app.login_manager.unauthorized()
            if current_user.role not in roles:
                log_refusal(f"role {current_user.role.value} not in {[r.value for r in roles]}")
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorate

"""Route guards: who may reach a view. Refusals are logged with the actor and the target."""

import functools

from flask import abort, current_app
from flask_login import current_user

from ..rules.vocab import UserRole
from ..services.errors import ServiceError
from .security_log import refused


def log_refusal(reason: str) -> None:
    """This request is refused, for this reason: the security log writes it with the answer."""
    refused(reason)


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


def abort_for(error: ServiceError):
    """Turn a service refusal into the status it stands for."""
    if error.status in (403, 404):
        log_refusal(error.message)
    abort(error.status)

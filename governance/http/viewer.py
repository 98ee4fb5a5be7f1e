"""Who is behind this request, in the terms every surface uses: the signed-in actor, the viewer
the disclosure policy decides for, and the policy at the request's one instant."""

from flask_login import current_user

from .. import visibility
from ..rules.disclosure import Viewer
from ..services.access import viewer_for
from ..visibility import Policy
from .session import get_db


def actor():
    return current_user._get_current_object()


def viewer() -> Viewer:
    return viewer_for(get_db(), current_user)


def my_bodies() -> frozenset[int]:
    """The bodies whose board side this user sees as a member (staff see all without being one)."""
    return viewer().bodies


def request_policy() -> Policy:
    """The viewer behind this request, at the one instant the whole response is decided for."""
    return Policy(viewer(), visibility.now())


def as_signed_in(service, *args, **kwargs):
    """Run one service as the user behind this request, in its session. Each surface turns the
    service's refusals into its own answer (a form error, a problem document)."""
    return service(get_db(), actor(), *args, **kwargs)

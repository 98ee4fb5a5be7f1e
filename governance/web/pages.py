"""What every private page does the same way: run one service as the signed-in user and turn its
refusal into a form error or a status (records are found by `http.lookups`)."""

from ..http.security_log import abort_for
from ..http.viewer import as_signed_in
from ..services.errors import Conflict, Invalid, ServiceError, Throttled


def put_error(form, exc: ServiceError) -> None:
    """The message beside the field it names (a form may call a service's field by another
    name: `aliases`), or at the top of the form."""
    name = getattr(form, "aliases", {}).get(exc.field, exc.field)
    field = getattr(form, name, None) if name else None
    if field is not None and hasattr(field, "errors"):
        field.errors = [*field.errors, exc.message]
    else:
        form.form_errors.append(f"{exc.field}: {exc.message}" if exc.field else exc.message)


def attempt(form, service, *args, **kwargs):
    """Run one service as the signed-in user. Bad input and conflicts become form errors (and
    None); a refusal becomes its status."""
    try:
        return as_signed_in(service, *args, **kwargs)
    except (Invalid, Conflict) as exc:
        put_error(form, exc)
        return None
    except Throttled:
        raise  # the caller answers it with `throttled`
    except ServiceError as exc:
        abort_for(exc)


def throttled(form, exc: Throttled, render):
    """The form again, the wait named beside its password field: 429 with Retry-After."""
    put_error(form, exc)
    return render(), 429, {"Retry-After": str(exc.retry_after)}

"""What every private page does the same way: run one service as the signed-in user and turn its
refusal into a form error or a status (records are found by `http.lookups`)."""

from flask import flash

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
    """Run one service as the signed-in user: its result, or True when it returns nothing (so
    that success never reads as a refusal). Bad input and conflicts become form errors (and
    None); a refusal becomes its status."""
    try:
        result = as_signed_in(service, *args, **kwargs)
    except (Invalid, Conflict) as exc:
        put_error(form, exc)
        return None
    except Throttled:
        raise  # the caller answers it with `throttled`
    except ServiceError as exc:
        abort_for(exc)
    return True if result is None else result


def submit(form, service, *args, done: str, refused: str, lead: str = "", **kwargs) -> bool:
    """A one-button (or one-row) form whose page is not shown again: run the service if the form
    is valid, then one flash either way - what was done, or why it was not."""
    ok = form.validate_on_submit() and attempt(form, service, *args, **kwargs) is not None
    if ok:
        flash(done)
    else:
        flash_refusal(form, refused, lead=lead)
    return ok


def throttled(form, exc: Throttled, render):
    """The form again, the wait named beside its password field: 429 with Retry-After."""
    put_error(form, exc)
    return render(), 429, {"Retry-After": str(exc.retry_after)}


def refusal_messages(form) -> list[str]:
    """Every message a refused form carries: its own first, then each field's, named."""
    fields = [
        f"{_label(form, name)}: {error}"
        for name, errors in form.errors.items()
        if name is not None  # wtforms files form-level errors under None: already in form_errors
        for error in (errors if isinstance(errors, list) else [errors])
    ]
    return [*form.form_errors, *fields]


def _label(form, name: str) -> str:
    field = getattr(form, name, None)
    label = getattr(field, "label", None)
    return label.text if label is not None and label.text else name


def flash_refusal(form, fallback: str, lead: str = "", prefix: str = "") -> None:
    """One flash for a form whose page is not shown again (a one-button form, a row's form):
    what was refused and why, or `fallback` when the form says nothing."""
    flash(lead + ("; ".join(prefix + m for m in refusal_messages(form)) or fallback), "error")


def form_status(*forms) -> int:
    """422 when a form shown again carries errors, so clients and tests see the refusal."""
    return 422 if any(f.errors or f.form_errors for f in forms) else 200

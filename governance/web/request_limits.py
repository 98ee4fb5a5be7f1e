"""What no view should have to think about: a body too large to read, and characters that no
field may hold arriving where no service looks at them (a path, a query, a login form).

Text that a service stores is held to rules.text by validate.text, which names the field in the
form or the problem document. This guard covers the rest before any view runs, so that a NUL in
`/search?q=` or `/people/<slug>` is a 400 naming the parameter on every database, not an error
from PostgreSQL (which refuses NUL in text).
"""

from flask import Flask, request
from werkzeug.exceptions import BadRequest

from ..rules.errors import RuleViolation
from ..rules.text import clean_text

# Form fields are checked here only for what no database can store; a control character in a
# field is the service's to refuse, so that the form is shown again with the error beside it.
UNSTORABLE = ("\x00",)


class BadParameter(BadRequest):
    pass


def _check(value: str, name: str) -> None:
    try:
        clean_text(value, name)
    except RuleViolation as exc:
        raise BadParameter(f"{exc.field}: {exc.message}") from None


def refuse_bad_characters() -> None:
    _check(request.path, "path")
    for key, value in request.args.items(multi=True):
        _check(key, "query parameter")
        _check(value, key)
    if request.mimetype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        for key, value in request.form.items(multi=True):
            if any(c in key + value for c in UNSTORABLE):
                raise BadParameter(f"{key}: must not contain a NUL character")


def init_app(app: Flask) -> None:
    app.before_request(refuse_bad_characters)

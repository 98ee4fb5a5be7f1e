"""Request bodies checked against their schema before any service sees them: unlisted fields
are refused (never silently applied), types are exact, wall-clock times and dates are parsed."""

from datetime import date, datetime

from flask import request

from ..rules.dates import check_supported
from ..services.errors import Invalid, ServiceError
from ..services.validate import ruled
from .schemas import COMPONENTS

TYPES = {
    "string": str,
    "integer": int,
    "boolean": bool,
    "array": list,
    "object": dict,
}


class Malformed(ServiceError):
    status = 400


def json_body(schema_name: str) -> dict:
    if not request.is_json:
        raise Malformed(None, "send the body as application/json")
    try:
        body = request.get_json(silent=True)
    except RecursionError:
        # The parser recurses per level; no request of ours nests more than a few.
        raise Malformed(None, "the JSON is nested too deeply") from None
    if body is None:
        raise Malformed(None, "the body is not valid JSON")
    return check(body, COMPONENTS[schema_name], "")


def _matches_type(value, type_name: str) -> bool:
    if type_name == "null":
        return value is None
    if type_name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, TYPES[type_name])


def check(value, schema: dict, field: str):
    """The value, converted where the schema says (`x-parse`), or Invalid naming the field."""
    name = field or "body"
    if "anyOf" in schema:
        if value is None and any(s.get("type") == "null" for s in schema["anyOf"]):
            return None
        return check(value, schema["anyOf"][0], field)
    if not _matches_type(value, schema["type"]):
        raise Invalid(name, f"must be of type {schema['type']}")
    if "enum" in schema and value not in schema["enum"]:
        raise Invalid(name, "must be one of: " + ", ".join(schema["enum"]))
    if schema["type"] == "integer":
        if value < schema.get("minimum", value):
            raise Invalid(name, f"must be at least {schema['minimum']}")
        if value > schema.get("maximum", value):
            raise Invalid(name, f"must be at most {schema['maximum']}")
    if schema["type"] == "string":
        if len(value) > schema.get("maxLength", len(value)):
            raise Invalid(name, f"must be at most {schema['maxLength']} characters")
        return _parse(value, schema.get("x-parse"), name)
    if schema["type"] == "array":
        if len(value) < schema.get("minItems", 0):
            raise Invalid(name, "must not be empty")
        return [check(v, schema["items"], f"{name}[{i}]") for i, v in enumerate(value)]
    if schema["type"] == "object":
        extra = set(value) - set(schema["properties"])
        if extra:
            raise Invalid(sorted(extra)[0], "is not a field of this request")
        missing = [k for k in schema["required"] if k not in value]
        if missing:
            raise Invalid(missing[0], "is required")
        prefix = f"{field}." if field else ""
        return {k: check(v, schema["properties"][k], prefix + k) for k, v in value.items()}
    return value


def _parse(value: str, how: str | None, field: str):
    if how is None:
        return value
    try:
        if how == "date":
            parsed = date.fromisoformat(value)
        else:
            parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise Invalid(
            field, "is not a valid date" + ("" if how == "date" else " and time")
        ) from None
    ruled(check_supported, parsed, field)
    return parsed

"""One decorator registers an endpoint with Flask and describes it for OpenAPI, so the document
is generated from the routes and cannot drift from them."""

import re
from dataclasses import dataclass, field

from flask import Blueprint


@dataclass
class Endpoint:
    method: str
    path: str  # OpenAPI form: /meetings/{meeting_id}
    summary: str
    tag: str
    response: str | None  # component schema name; None for no body
    request: str | None = None
    status: int = 200
    write: bool = False
    list_of: bool = False
    query: list[dict] = field(default_factory=list)
    problems: tuple[int, ...] = ()


ENDPOINTS: list[Endpoint] = []


def flask_rule(path: str) -> str:
    return re.sub(r"\{(\w+_id)\}", r"<int:\1>", path)


def endpoint(
    bp: Blueprint, method: str, path: str, summary: str, tag: str, response=None, **options
):
    spec = Endpoint(method, path, summary, tag, response, **options)
    ENDPOINTS.append(spec)

    def register(view):
        bp.add_url_rule(
            flask_rule(path), f"{method.lower()}_{view.__name__}", view, methods=[method]
        )
        return view

    return register

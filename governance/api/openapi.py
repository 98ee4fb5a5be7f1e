"""The OpenAPI 3.1 document, generated from the endpoint registry and the schemas."""

import re

from .registry import ENDPOINTS, Endpoint
from .schemas import COMPONENTS, ref

PROBLEM = {"application/problem+json": {"schema": ref("Problem")}}
STATUS_TEXT = {
    200: "OK",
    201: "Created",
    400: "Malformed request",
    401: "No valid token",
    403: "Your role may not do this",
    405: "No route takes this method here",
    404: "Missing or hidden",
    409: "The record's state does not allow it",
    413: "The request is larger than the 8 MB accepted",
    422: "Invalid input",
}


def _list_schema(name: str) -> dict:
    return {
        "type": "object",
        "additionalProperties": False,
        "required": ["items", "next"],
        "properties": {
            "items": {"type": "array", "items": ref(name)},
            "next": {
                "anyOf": [{"type": "string"}, {"type": "null"}],
                "description": "URL of the next page, or null on the last.",
            },
        },
    }


def _operation(e: Endpoint) -> dict:
    params = [
        {"name": name, "in": "path", "required": True, "schema": {"type": "integer", "minimum": 1}}
        for name in re.findall(r"\{(\w+)\}", e.path)
    ] + e.query
    op = {
        "operationId": f"{e.method.lower()}_{re.sub(r'[^a-z0-9]+', '_', e.path.lower())}".strip(
            "_"
        ),
        "summary": e.summary,
        "tags": [e.tag],
        "parameters": params,
        "responses": {},
    }
    if e.write:
        op["security"] = [{"bearer": []}]
    if e.request:
        op["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": ref(e.request)}},
        }
    body = _list_schema(e.response) if e.list_of else ref(e.response) if e.response else None
    op["responses"][str(e.status)] = {"description": STATUS_TEXT[e.status]} | (
        {"content": {"application/json": {"schema": body}}} if body else {}
    )
    # With path parameters, a missing record is 404, and an id out of range can leave no route
    # accepting the method (405).
    path_problems = {404, 405} if "{" in e.path else set()
    for status in sorted(set(e.problems) | path_problems):
        op["responses"][str(status)] = {"description": STATUS_TEXT[status], "content": PROBLEM}
    return op


def document(base_url: str) -> dict:
    paths: dict = {}
    for e in ENDPOINTS:
        paths.setdefault("/api/v1" + e.path, {})[e.method.lower()] = _operation(e)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Board governance tracker API",
            "version": "1.0.0",
            "description": "Board data under the foundation's transparency policy: public reads "
            "need no token and show only what is released; writes take a per-user token "
            "(Authorization: Bearer …) and the same permissions as the web pages. Errors are "
            "RFC 9457 problem details naming the offending field.",
        },
        "servers": [{"url": base_url}],
        "paths": paths,
        "components": {
            "schemas": COMPONENTS,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
    }

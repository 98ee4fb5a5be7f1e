"""Schemathesis generates requests from the OpenAPI document: no 5xx, no response that breaks the
document, no undocumented status, and no write that ignores a missing token."""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    ignored_auth,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from governance.rules.vocab import UserRole
from governance.services import records, tokens

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
    negative_data_rejection,
    ignored_auth,
]


@pytest.fixture
def api_schema(app, api_make):
    board, members = api_make.board(seats=3)
    meeting = api_make.meeting(board)
    api_make.item(meeting)
    api_make.present(meeting, members)
    api_make.open_motion(meeting)
    secretary = api_make.user(UserRole.SECRETARY, email="fuzz@example.org")
    _, raw = tokens.create_token(api_make.db, secretary, "fuzz")
    records.save_minutes(api_make.db, secretary, meeting.id, "Minutes")
    app.config["FUZZ_TOKEN"] = raw
    return schemathesis.openapi.from_wsgi("/api/openapi.json", app)


def test_the_api_keeps_its_documented_promises(app, api_schema):
    # Schemathesis' pytest plugin does not run on pytest 9, so each operation's strategy is
    # driven by Hypothesis directly; a bounded number of examples keeps CI fast.
    headers = {"Authorization": f"Bearer {app.config['FUZZ_TOKEN']}"}
    operations = [result.ok() for result in api_schema.get_all_operations()]
    assert len(operations) >= 20

    for operation in operations:

        @given(case=operation.as_strategy())
        @settings(
            max_examples=12, deadline=None, database=None, suppress_health_check=list(HealthCheck)
        )
        def fuzz(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        fuzz()

"""The worker API's OpenAPI document is valid and complete, and the API holds to it: a bounded,
deterministic schemathesis run sends generated requests to every operation."""

import pytest
import schemathesis
from django.core.wsgi import get_wsgi_application
from hypothesis import HealthCheck, given, settings
from openapi_spec_validator import validate
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance

pytestmark = pytest.mark.django_db(transaction=True)

DOCUMENT = "/api/worker/openapi.json"


def document(client):
    response = client.get(DOCUMENT)
    assert response.status_code == 200
    return response.json()


def references(node):
    if isinstance(node, dict):
        if "$ref" in node:
            yield node["$ref"]
        for value in node.values():
            yield from references(value)
    elif isinstance(node, list):
        for value in node:
            yield from references(value)


def test_the_document_validates_and_every_reference_resolves(client):
    spec = document(client)
    validate(spec)
    for reference in set(references(spec)):
        assert reference.startswith("#/"), reference
        target = spec
        for part in reference.removeprefix("#/").split("/"):
            assert part in target, f"{reference} points nowhere"
            target = target[part]


def test_every_operation_that_needs_a_login_documents_the_401(client):
    spec = document(client)
    needing_login = [
        (method, path, operation)
        for path, operations in spec["paths"].items()
        for method, operation in operations.items()
        if operation.get("security")
    ]
    assert {path for _m, path, _o in needing_login} >= {"/api/worker/me", "/api/worker/sync"}
    for method, path, operation in needing_login:
        assert "401" in operation["responses"], f"{method} {path}"


@pytest.fixture
def logged_in_headers(client_as):
    client = client_as("outreach_worker")
    token = client.get("/api/worker/me").json()["csrf_token"]
    cookies = {name: morsel.value for name, morsel in client.cookies.items()}
    return {"X-CSRFToken": token, "Referer": "http://testserver/"}, cookies


def test_generated_requests_get_no_server_error_and_conforming_answers(client, logged_in_headers):
    schema = schemathesis.openapi.from_dict(document(client))
    app = get_wsgi_application()
    checks = (not_a_server_error, status_code_conformance, response_schema_conformance)
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=15,
            deadline=None,
            derandomize=True,
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        def run(case):
            headers, cookies = logged_in_headers
            response = case.call(app=app, headers=headers, cookies=cookies)
            case.validate_response(response, checks=checks)

        run()

"""Every operation of the spec, driven against the sandbox; every answer checked against the spec.

Success bodies are validated with ``jsonschema`` (Draft 2020-12 — the spec is OpenAPI 3.1, whose
schemas are JSON Schema) against the operation's documented response, with ``#/components/...``
references resolved by ``referencing`` against the spec itself, and again by the client's own
strict validator (which also refuses undocumented fields). Error answers (401, 403, 404,
400) are validated against ``ErrorDetail`` / ``ValidationError`` and must be documented for the
operation. Nothing here lists operations by hand: the sweep is over the spec's paths.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sentry_api.sandbox import Sandbox
from sentry_api.sandbox.samples import BUILDERS, sample_call

ROOT = Path(__file__).resolve().parent.parent
# SENTRY_API_SPEC lets a draft spec be checked before it is merged into openapi/sentry.yaml.
SPEC_PATH = Path(os.environ.get("SENTRY_API_SPEC", ROOT / "openapi" / "sentry.yaml"))
RATE_HEADERS = (
    "X-Sentry-Rate-Limit-Limit",
    "X-Sentry-Rate-Limit-Remaining",
    "X-Sentry-Rate-Limit-Reset",
    "X-Sentry-Rate-Limit-ConcurrentLimit",
    "X-Sentry-Rate-Limit-ConcurrentRemaining",
)


@cache
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


SPEC_URI = "urn:sentry-api-spec"


@cache
def registry() -> Registry:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URI, resource)


def spec_operations() -> dict[str, tuple[str, str, dict[str, Any]]]:
    found = {}
    for path, item in (spec().get("paths") or {}).items():
        for method, op in item.items():
            if isinstance(op, dict) and "operationId" in op:
                found[op["operationId"]] = (method.upper(), path, op)
    return found


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


def located(pointer: str, node: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """Follow ``$ref``s from ``node`` (found at JSON pointer ``pointer``) to its target."""
    while "$ref" in node:
        pointer = node["$ref"].removeprefix("#")
        target: Any = spec()
        for part in pointer.lstrip("/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return pointer, node


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    return located("", node)[1]


def validate(pointer: str, instance: Any) -> list[str]:
    """Validate against the schema at ``pointer`` inside the spec, so every ``$ref`` in it
    resolves against the spec document."""
    schema = {"$ref": f"{SPEC_URI}#{pointer}"}
    validator = Draft202012Validator(schema, registry=registry())
    return [
        f"{'/'.join(map(str, e.absolute_path)) or '<root>'}: {e.message}"
        for e in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    ][:10]


def response_spec(
    method: str, path: str, op: dict[str, Any], status: int
) -> tuple[str, dict[str, Any]]:
    responses = op["responses"]
    assert str(status) in responses, f"status {status} is not documented ({sorted(responses)})"
    pointer = f"/paths/{_escape(path)}/{method.lower()}/responses/{status}"
    return located(pointer, responses[str(status)])


def check_response(method: str, path: str, op: dict[str, Any], response: httpx.Response) -> None:
    pointer, documented = response_spec(method, path, op, response.status_code)
    for header in documented.get("headers", {}):
        if header.startswith("X-Sentry-Rate-Limit"):
            assert header in response.headers, f"missing documented header {header}"
    if "Link" in documented.get("headers", {}):
        assert 'rel="next"' in response.headers["Link"]
    content = documented.get("content", {}).get("application/json")
    if content is None:
        assert response.content == b"", "an undocumented body was sent"
        return
    errors = validate(f"{pointer}/content/application~1json/schema", response.json())
    assert not errors, "\n".join(errors)
    strict_problems(op["operationId"], response)


def strict_problems(operation_id: str, response: httpx.Response) -> None:
    """The client's own (strict) reading agrees: its validator, over the generated schemas,
    also refuses fields the spec does not document."""
    from sentry_api.schema_check import response_checker
    from sentry_api_client._operations import OPERATIONS

    if OPERATIONS[operation_id]["response"]["status"] != response.status_code:
        return  # _schemas holds the operation's main success answer
    checker = response_checker(operation_id)
    assert checker is not None
    problems = [str(p) for p in checker.problems(response.json())]
    assert not problems, "\n".join(problems[:10])


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> httpx.Client:
    return sandbox.client()


def test_the_spec_and_the_sandbox_cover_the_same_operations(sandbox: Sandbox) -> None:
    ops = spec_operations()
    assert len(ops) == 42
    assert set(ops) == set(sandbox.operations) == set(BUILDERS)
    from sentry_api.sandbox.handling import HANDLERS

    assert set(ops) <= set(HANDLERS)


@pytest.mark.parametrize("operation_id", sorted(BUILDERS))
def test_success_answer_matches_the_spec(
    sandbox: Sandbox, client: httpx.Client, operation_id: str
) -> None:
    method, path, op = spec_operations()[operation_id]
    call = sample_call(sandbox, operation_id)
    assert (call.method, call.path_template) == (method, path)
    response = client.request(call.method, call.path, params=call.query, json=call.body)
    assert response.status_code < 300, response.text
    check_response(method, path, op, response)
    for header in RATE_HEADERS:
        assert header in response.headers


def _error_probe(operation_id: str) -> bool:
    return bool(spec_operations()[operation_id][2].get("parameters"))


@pytest.mark.parametrize("operation_id", sorted(BUILDERS))
def test_auth_errors_match_the_spec(
    sandbox: Sandbox, client: httpx.Client, operation_id: str
) -> None:
    method, path, op = spec_operations()[operation_id]
    call = sample_call(sandbox, operation_id)
    missing = client.request(method, call.path, headers={"Authorization": ""}, json=call.body)
    assert missing.status_code == 401
    check_response(method, path, op, missing)
    assert missing.json() == {"detail": "Authentication credentials were not provided."}

    token = f"no-scope-{operation_id}"
    sandbox.add_token(token, ["alerts:read"])
    denied = client.request(
        method, call.path, headers={"Authorization": f"Bearer {token}"}, json=call.body
    )
    assert denied.status_code == 403
    check_response(method, path, op, denied)
    first_scope = op["security"][0]["auth_token"][0]
    assert denied.headers["WWW-Authenticate"] == (
        f'Bearer error="insufficient_scope", scope="{first_scope}"'
    )


@pytest.mark.parametrize(
    "operation_id", sorted(o for o in BUILDERS if any(k in o for k in ("retrieve", "update")))
)
def test_not_found_matches_the_spec(
    sandbox: Sandbox, client: httpx.Client, operation_id: str
) -> None:
    method, path, op = spec_operations()[operation_id]
    call = sample_call(sandbox, operation_id)
    call.path_params["organization_id_or_slug"] = "no-such-org"
    response = client.request(method, call.path, json=call.body)
    assert response.status_code == 404
    check_response(method, path, op, response)
    assert response.json() == {"detail": "The requested resource does not exist"}


@pytest.mark.parametrize(
    ("operation_id", "body", "field"),
    [
        ("create_team", {"slug": "Not A Slug!"}, "slug"),
        ("create_release", {"projects": ["web"]}, "version"),
        ("create_release", {"version": "web@1", "projects": "web"}, "projects"),
        ("create_deploy", {"name": "no environment"}, "environment"),
        ("invite_member", {"orgRole": "member"}, "email"),
        ("invite_member", {"email": "x@acme.example", "orgRole": "emperor"}, "orgRole"),
        ("update_issue", {"status": "fixed"}, "status"),
        ("create_project", {"platform": "python"}, "name"),
        ("update_organization", {"storeCrashReports": "lots"}, "storeCrashReports"),
    ],
)
def test_validation_errors_match_the_spec(
    sandbox: Sandbox, client: httpx.Client, operation_id: str, body: Any, field: str
) -> None:
    method, path, op = spec_operations()[operation_id]
    call = sample_call(sandbox, operation_id)
    response = client.request(method, call.path, json=body)
    assert response.status_code == 400, response.text
    check_response(method, path, op, response)
    errors = response.json()
    assert field in errors and all(isinstance(m, str) for m in errors[field])


def test_paginated_lists_send_link_on_every_page(sandbox: Sandbox, client: httpx.Client) -> None:
    for operation_id, (_, _, op) in spec_operations().items():
        names = [resolve(p).get("name") for p in op.get("parameters", [])]
        if "cursor" not in names:
            continue
        call = sample_call(sandbox, operation_id)
        response = client.request(call.method, call.path, params=call.query)
        assert response.status_code == 200
        assert set(response.links) == {"previous", "next"}, operation_id


def _short_id(sandbox: Sandbox) -> str:
    issue = sandbox.state.issues[
        int(sample_call(sandbox, "retrieve_issue").path_params["issue_id"])
    ]
    return issue.short_id


def _two_ids(sandbox: Sandbox) -> list[str]:
    org = sandbox.state.org("acme")
    assert org is not None
    project = sandbox.state.project(org, "api")
    assert project is not None
    return [str(i) for i in list(project.issues)[-2:]]


# (operation, extra query, body) variants that reach the optional parts of the responses.
VARIANTS: list[tuple[str, Any, Any]] = [
    (
        "list_organization_issues",
        {
            "expand": [
                "inbox",
                "owners",
                "sessions",
                "integrationIssues",
                "sentryAppIssues",
                "latestEventHasAttachments",
            ]
        },
        None,
    ),
    (
        "list_organization_issues",
        {"collapse": ["stats", "lifetime"], "groupStatsPeriod": "14d"},
        None,
    ),
    ("list_organization_issues", lambda sb: {"query": _short_id(sb), "shortIdLookup": "1"}, None),
    ("list_project_issues", {"statsPeriod": "14d", "query": "level:error"}, None),
    ("list_project_issues", {"statsPeriod": "", "query": ""}, None),
    ("list_issue_events", {"full": "true"}, None),
    ("list_project_events", {"full": "true"}, None),
    ("list_issue_hashes", {"full": "false"}, None),
    ("retrieve_issue", {"expand": ["inbox"], "collapse": ["stats"]}, None),
    ("update_issue", {}, {"status": "resolved", "statusDetails": {"inRelease": "latest"}}),
    ("update_issue", {}, {"status": "ignored", "statusDetails": {"ignoreDuration": 30}}),
    ("update_issue", {}, {"status": "unresolved", "assignedTo": "dana@acme.example"}),
    ("update_issue", {}, {"isPublic": True, "isSubscribed": True, "priority": "low"}),
    ("bulk_mutate_organization_issues", {}, {"status": "resolvedInNextRelease"}),
    ("bulk_mutate_organization_issues", lambda sb: {"id": _two_ids(sb)}, {"merge": True}),
    ("bulk_mutate_project_issues", {}, {"assignedTo": "", "hasSeen": True}),
    ("retrieve_release", {"project": "web", "health": "1", "adoptionStages": "1"}, None),
    ("list_organization_teams", {"detailed": "0"}, None),
    ("retrieve_organization", {"detailed": "0"}, None),
    ("list_organizations", {"owner": "true"}, None),
    ("list_project_keys", {"status": "inactive"}, None),
    ("list_project_users", {"query": "email:nobody@example.com"}, None),
]


@pytest.mark.parametrize(("operation_id", "query", "body"), VARIANTS)
def test_response_variants_match_the_spec(
    sandbox: Sandbox, client: httpx.Client, operation_id: str, query: Any, body: Any
) -> None:
    method, path, op = spec_operations()[operation_id]
    call = sample_call(sandbox, operation_id)
    params = {**call.query, **(query(sandbox) if callable(query) else query)}
    response = client.request(method, call.path, params=params, json=body or call.body)
    assert response.status_code < 300, response.text
    check_response(method, path, op, response)


def test_release_that_exists_answers_208_and_matches_the_spec(client: httpx.Client) -> None:
    method, path, op = spec_operations()["create_release"]
    body = {"version": "web@2.0.0", "projects": ["web"]}
    response = client.post("/api/0/organizations/acme/releases/", json=body)
    assert response.status_code == 208
    check_response(method, path, op, response)


def test_retrieve_issue_event_by_alias_matches_the_spec(
    sandbox: Sandbox, client: httpx.Client
) -> None:
    method, path, op = spec_operations()["retrieve_issue_event"]
    issue_id = sample_call(sandbox, "retrieve_issue").path_params["issue_id"]
    for alias in ("latest", "oldest", "recommended"):
        url = f"/api/0/organizations/acme/issues/{issue_id}/events/{alias}/"
        response = client.get(url, params={"llmFormat": "markdown"})
        assert response.status_code == 200
        check_response(method, path, op, response)
        assert response.json()["formatted"]["content"].startswith("# ")


def test_sample_calls_map_onto_the_generated_parameter_names(sandbox: Sandbox) -> None:
    from sentry_api_client._operations import OPERATIONS

    for operation_id, meta in OPERATIONS.items():
        params = sample_call(sandbox, operation_id).python_params(OPERATIONS)
        expected = {p["python_name"] for p in meta["path_params"]}
        assert expected <= set(params), operation_id
        known = expected | {p["python_name"] for p in meta["query_params"]} | {"body"}
        assert set(params) <= known, operation_id

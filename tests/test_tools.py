"""sentry_api.tools: JSON-Schema tool definitions for agents, and running the calls they make."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from jsonschema.exceptions import SchemaError
from sentry_api import AsyncSentryClient, SentryClient, tools
from sentry_api.sandbox import Sandbox
from sentry_api_client._operations import OPERATIONS

ALL = sorted(OPERATIONS)


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as running:
        yield running


@pytest.fixture()
def client(sandbox: Sandbox) -> Iterator[SentryClient]:
    sandbox.reset()  # every test starts from the same demo data
    with SentryClient(
        sandbox.token, base_url=sandbox.url, transport=sandbox.sync_transport(), max_retries=0
    ) as running:
        yield running


# --------------------------------------------------------------------------- definitions


def test_one_definition_per_operation_in_spec_order() -> None:
    definitions = tools.definitions()
    assert [d["name"] for d in definitions] == list(OPERATIONS)
    assert len(definitions) == 42


@pytest.mark.parametrize("operation_id", ALL)
def test_definition_parameters_are_a_valid_json_schema(operation_id: str) -> None:
    [definition] = tools.definitions(allow_operations=[operation_id])
    schema = definition["parameters"]
    Draft202012Validator.check_schema(schema)
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) <= set(schema["properties"])


@pytest.mark.parametrize("operation_id", ALL)
def test_definition_covers_every_parameter(operation_id: str) -> None:
    operation = OPERATIONS[operation_id]
    [definition] = tools.definitions(allow_operations=[operation_id])
    schema = definition["parameters"]
    expected = {p["python_name"] for p in operation["path_params"] + operation["query_params"]}
    if operation["body"]:
        expected.add("body")
    if operation["paginated"]:
        expected.add("max_results")
    assert set(schema["properties"]) == expected
    required = {p["python_name"] for p in operation["path_params"] if p["required"]}
    required |= {p["python_name"] for p in operation["query_params"] if p["required"]}
    if operation["body"] and operation["body"]["required"]:
        required.add("body")
    assert set(schema["required"]) == required
    assert definition["scopes"] == operation["scopes"]
    assert definition["x-required-scopes"] == operation["scopes"][:1]
    assert definition["description"].startswith(operation["summary"].rstrip("."))
    assert operation["scopes"][0] in definition["description"]
    assert len(definition["description"]) <= tools.MAX_DESCRIPTION_CHARS


def test_update_issue_definition() -> None:
    [definition] = tools.definitions(allow_operations={"update_issue"})
    schema = definition["parameters"]
    assert schema["required"] == ["organization_id_or_slug", "issue_id", "body"]
    body = schema["properties"]["body"]
    assert body["type"] == "object"
    assert "resolved" in body["properties"]["status"]["enum"]
    assert "$ref" not in repr(schema)  # dereferenced: usable without the spec
    assert definition["scopes"] == ["event:write", "event:admin"]
    assert definition["method"] == "PUT"


def test_paginated_definition_offers_max_results() -> None:
    [definition] = tools.definitions(allow_operations={"list_organization_issues"})
    properties = definition["parameters"]["properties"]
    assert properties["max_results"]["type"] == "integer"
    assert "cursor" in properties


def test_allow_scopes_filters_operations() -> None:
    names = {d["name"] for d in tools.definitions(allow_scopes={"event:read"})}
    expected = {op for op, meta in OPERATIONS.items() if "event:read" in meta["scopes"]}
    assert names == expected
    assert "retrieve_issue" in names
    assert "update_issue" not in names and "retrieve_project" not in names


def test_allow_scopes_accepts_any_listed_scope() -> None:
    names = {d["name"] for d in tools.definitions(allow_scopes=["event:admin", "org:read"])}
    assert {"delete_issue", "update_issue", "retrieve_issue", "list_organization_teams"} <= names
    assert "create_team" not in names
    assert tools.definitions(allow_scopes=[]) == []
    # A lone string is one scope, not a set of letters.
    assert tools.definitions(allow_scopes="event:read") == tools.definitions(
        allow_scopes={"event:read"}
    )


def test_allow_operations_and_scopes_combine() -> None:
    names = [
        d["name"]
        for d in tools.definitions(
            allow_scopes={"event:read"}, allow_operations={"retrieve_issue", "update_issue"}
        )
    ]
    assert names == ["retrieve_issue"]


def test_provider_formats() -> None:
    generic = {d["name"]: d for d in tools.definitions()}
    anthropic = tools.definitions(format="anthropic")
    openai = tools.definitions(format="openai")
    responses = tools.definitions(format="openai-responses")
    assert len(anthropic) == len(openai) == len(responses) == 42
    for tool in anthropic:
        # The Messages API rejects unknown keys in a tool definition.
        assert set(tool) == {"name", "description", "input_schema"}
        assert tool["input_schema"] == generic[tool["name"]]["parameters"]
    for tool in openai:
        assert set(tool) == {"type", "function"} and tool["type"] == "function"
        assert set(tool["function"]) == {"name", "description", "parameters"}
        assert tool["function"]["parameters"] == generic[tool["function"]["name"]]["parameters"]
    for tool in responses:
        assert set(tool) == {"type", "name", "description", "parameters"}
    with pytest.raises(ValueError, match="format"):
        tools.definitions(format="gemini")  # type: ignore[arg-type]


def test_tool_names_suit_model_apis() -> None:
    # Both OpenAI and Anthropic require ^[a-zA-Z0-9_-]{1,64}$.
    import re

    for definition in tools.definitions():
        assert re.fullmatch(r"[a-zA-Z0-9_-]{1,64}", definition["name"])


def test_definitions_are_independent_copies() -> None:
    first = tools.definitions(allow_operations={"update_issue"})
    first[0]["parameters"]["properties"].clear()
    second = tools.definitions(allow_operations={"update_issue"})
    assert second[0]["parameters"]["properties"]
    assert OPERATIONS["update_issue"]["body"]["schema"].get("properties")


def test_parameters_schema_matches_definition() -> None:
    [definition] = tools.definitions(allow_operations={"retrieve_issue"})
    assert tools.parameters_schema("retrieve_issue") == definition["parameters"]
    with pytest.raises(KeyError):
        tools.parameters_schema("no_such_tool")


def test_broken_schema_would_be_caught() -> None:
    # The validity check above is not vacuous: a malformed schema fails it.
    with pytest.raises(SchemaError):
        Draft202012Validator.check_schema({"type": "object", "required": "body"})


# --------------------------------------------------------------------------- execute


def test_execute_runs_the_call(client: SentryClient) -> None:
    listed = tools.execute(
        client, "list_organization_issues", {"organization_id_or_slug": "acme", "limit": 2}
    )
    assert listed["success"] is True, listed
    assert len(listed["data"]) == 2
    issue_id = listed["data"][0]["id"]
    retrieved = tools.execute(
        client, "retrieve_issue", {"organization_id_or_slug": "acme", "issue_id": issue_id}
    )
    assert retrieved["success"] is True
    assert retrieved["data"]["id"] == issue_id
    assert retrieved["status_code"] == 200


def test_execute_changes_state(client: SentryClient, sandbox: Sandbox) -> None:
    issue = next(i for i in sandbox.state.issues.values() if i.status == "unresolved")
    envelope = tools.execute(
        client,
        "update_issue",
        {
            "organization_id_or_slug": "acme",
            "issue_id": str(issue.id),
            "body": {"status": "resolved"},
        },
    )
    assert envelope["success"] is True, envelope
    assert issue.status == "resolved"


def test_execute_follows_pagination_with_max_results(client: SentryClient) -> None:
    envelope = tools.execute(
        client,
        "list_organization_issues",
        {"organization_id_or_slug": "acme", "limit": 5, "max_results": 12},
    )
    assert envelope["success"] is True, envelope
    assert len(envelope["data"]) == 12


def test_execute_unknown_tool_is_an_envelope(client: SentryClient) -> None:
    envelope = tools.execute(client, "drop_database", {})
    assert envelope["success"] is False
    assert "drop_database" in str(envelope["error"])


@pytest.mark.parametrize(
    "arguments, mentions",
    [
        ({}, "organization_id_or_slug"),
        ({"organization_id_or_slug": "acme"}, "issue_id"),
        ({"organization_id_or_slug": "acme", "issue_id": ""}, "issue_id"),
        ({"organization_id_or_slug": "acme", "issue_id": ["1", "2"]}, "issue_id"),
        ({"organization_id_or_slug": "acme", "issue_id": "1", "bogus": True}, "bogus"),
        (
            {"organization_id_or_slug": "acme", "issue_id": "1", "collapse": ["everything"]},
            "collapse",
        ),
        ([("organization_id_or_slug", "acme")], "object"),
        ("organization_id_or_slug=acme", "object"),
    ],
)
def test_execute_invalid_arguments_are_an_envelope(
    client: SentryClient, sandbox: Sandbox, arguments: Any, mentions: str
) -> None:
    before = sandbox.call_count("retrieve_issue")
    envelope = tools.execute(client, "retrieve_issue", arguments)
    assert envelope["success"] is False
    assert mentions in str(envelope["error"])
    assert sandbox.call_count("retrieve_issue") == before  # nothing was sent


def test_execute_invalid_body_is_an_envelope(client: SentryClient, sandbox: Sandbox) -> None:
    envelope = tools.execute(
        client,
        "update_issue",
        {"organization_id_or_slug": "acme", "issue_id": "1", "body": {"status": "fixed-ish"}},
    )
    assert envelope["success"] is False
    assert "status" in str(envelope["error"])
    assert sandbox.call_count("update_issue") == 0


def test_execute_respects_allow_scopes(client: SentryClient, sandbox: Sandbox) -> None:
    envelope = tools.execute(
        client,
        "update_issue",
        {"organization_id_or_slug": "acme", "issue_id": "1", "body": {"status": "resolved"}},
        allow_scopes={"event:read"},
    )
    assert envelope["success"] is False
    assert "event:write" in str(envelope["error"])
    assert sandbox.call_count("update_issue") == 0


def test_execute_api_errors_are_envelopes(client: SentryClient) -> None:
    envelope = tools.execute(
        client, "retrieve_issue", {"organization_id_or_slug": "acme", "issue_id": "999999999999"}
    )
    assert envelope["success"] is False
    assert envelope["status_code"] == 404


def test_execute_never_raises_even_when_the_client_does() -> None:
    class Exploding:
        def call(self, operation_id: str, **params: Any) -> Any:
            raise RuntimeError("boom")

    envelope = tools.execute(
        Exploding(),  # type: ignore[arg-type]
        "retrieve_issue",
        {"organization_id_or_slug": "acme", "issue_id": "1"},
    )
    assert envelope["success"] is False
    assert "boom" in str(envelope["error"])


async def test_execute_async(sandbox: Sandbox) -> None:
    sandbox.reset()
    async with AsyncSentryClient(
        sandbox.token, base_url=sandbox.url, transport=sandbox.async_transport(), max_retries=0
    ) as client:
        listed = await tools.execute_async(
            client, "list_organization_issues", {"organization_id_or_slug": "acme", "limit": 3}
        )
        assert listed["success"] is True, listed
        assert len(listed["data"]) == 3
        refused = await tools.execute_async(client, "retrieve_issue", {"issue_id": "1"})
        assert refused["success"] is False
        assert "organization_id_or_slug" in refused["error"]

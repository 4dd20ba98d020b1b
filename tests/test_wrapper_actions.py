"""The four seed actions: exact output shapes (checked against the reference integration's
JSON Schemas), behaviour against the sandbox, and failures as envelopes."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from sentry_api import SentryClient, actions
from sentry_api.sandbox import Sandbox
from wrapper_fakes import Script, json_response, make_async_client, make_client

# The reference documents live in ../shared beside the checkout (as on CI and developers' machines).
SHARED_REFERENCE = Path(__file__).resolve().parents[2] / "shared" / "reference"
REFERENCE = next(SHARED_REFERENCE.glob("000_*.txt"), None)
NAMES = ["list_issue_events", "list_project_events", "list_project_issues", "update_issue"]


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox() as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[SentryClient]:
    with SentryClient(
        sandbox.token, base_url=sandbox.url, organization="acme", transport=sandbox.sync_transport()
    ) as c:
        yield c


def validate(name: str, output: Any) -> dict[str, Any]:
    data = output.to_dict()
    Draft202012Validator(actions.output_schema(name)).validate(data)
    json.dumps(data)
    return data


def reference_schemas() -> list[dict[str, Any]]:
    assert REFERENCE is not None
    text = REFERENCE.read_text(encoding="utf-8")
    decoder = json.JSONDecoder()
    schemas, index = [], 0
    while (index := text.find('{\n  "$defs"', index)) != -1:
        schema, end = decoder.raw_decode(text, index)
        schemas.append(schema)
        index = end
    return schemas


@pytest.mark.skipif(REFERENCE is None, reason="reference documents not on this machine")
def test_output_schemas_match_the_reference_integration() -> None:
    reference = reference_schemas()
    assert [s["title"] for s in reference] == [
        "ListIssueEventsOutput",
        "ListProjectEventsOutput",
        "ListProjectIssuesOutput",
        "UpdateIssueOutput",
    ]
    for name, expected in zip(NAMES, reference, strict=True):
        ours = actions.output_schema(name)
        if "EventSummary" in ours["$defs"]:
            # The one documented addition: the full event body, only with full=True.
            extra = ours["$defs"]["EventSummary"]["properties"].pop("event")
            assert extra["anyOf"] == [{"type": "object"}, {"type": "null"}]
        assert ours == expected, name


def test_output_schema_rejects_unknown_names() -> None:
    with pytest.raises(KeyError):
        actions.output_schema("delete_everything")
    schema = actions.output_schema("update_issue")
    schema["title"] = "changed"
    assert actions.output_schema("update_issue")["title"] == "UpdateIssueOutput"


def test_list_project_issues_defaults_to_unresolved(client: SentryClient) -> None:
    output = actions.list_project_issues(client, "acme", "web", max_results=5)
    data = validate("list_project_issues", output)
    assert data["success"] is True and data["error"] is None
    assert len(data["issues"]) == 5
    assert {i["status"] for i in data["issues"]} == {"unresolved"}
    first = data["issues"][0]
    assert list(first) == [
        "id",
        "title",
        "short_id",
        "status",
        "level",
        "permalink",
        "assigned_to",
        "has_seen",
        "is_bookmarked",
        "is_public",
        "count",
        "first_seen",
        "last_seen",
    ]
    assert first["short_id"].startswith("WEB-")
    assert output.result is not None and output.result.next_cursor is not None


def test_list_project_issues_with_query_and_short_id(client: SentryClient) -> None:
    everything = actions.list_project_issues(client, "acme", "web", query="", max_results=300)
    short_id = everything.issues[0].short_id
    assert short_id
    found = actions.list_project_issues(
        client, "acme", "web", query=short_id, short_id_lookup=True, stats_period="24h"
    )
    validate("list_project_issues", found)
    assert [i.short_id for i in found.issues][:1] == [short_id]


def test_update_issue_resolves_and_assigns(client: SentryClient, sandbox: Sandbox) -> None:
    issue = actions.list_project_issues(client, "acme", "web", max_results=1).issues[0]
    assert issue.id
    output = actions.update_issue(client, issue.id, status="resolved", is_bookmarked=True)
    data = validate("update_issue", output)
    assert (
        data["success"]
        and data["issue"]["status"] == "resolved"
        and data["issue"]["is_bookmarked"] is True
    )
    again = client.call("retrieve_issue", issue_id=issue.id).unwrap()
    assert again.status == "resolved"


def test_update_issue_assigned_to_round_trips(client: SentryClient) -> None:
    issues = actions.list_project_issues(client, "acme", "web", max_results=50).issues
    assigned = next(i for i in issues if i.assigned_to)
    target = next(i for i in issues if i.id != assigned.id)
    assert target.id and assigned.assigned_to
    output = actions.update_issue(client, target.id, assigned_to=assigned.assigned_to)
    assert output.success, output.error
    assert output.issue is not None and output.issue.assigned_to == assigned.assigned_to


def test_update_issue_needs_a_change_and_reports_errors(client: SentryClient) -> None:
    nothing = actions.update_issue(client, "123")
    assert validate("update_issue", nothing) == {
        "success": False,
        "error": (
            "update_issue: nothing to change; give status, assigned_to, has_seen, "
            "is_bookmarked or is_public"
        ),
        "issue": None,
    }
    missing = validate("update_issue", actions.update_issue(client, "999999999", status="resolved"))
    assert missing["success"] is False and "404" in missing["error"] and missing["issue"] is None
    bad = validate("update_issue", actions.update_issue(client, "1", status="done"))
    assert "body.status must be one of" in bad["error"]


def test_list_issue_events(client: SentryClient) -> None:
    issue = actions.list_project_issues(client, "acme", "web", max_results=1).issues[0]
    assert issue.id
    output = actions.list_issue_events(client, issue.id, max_results=3)
    data = validate("list_issue_events", output)
    assert data["success"] and 0 < len(data["events"]) <= 3
    event = data["events"][0]
    assert list(event) == [
        "event_id",
        "title",
        "message",
        "platform",
        "date_created",
        "date_received",
        "tags",
    ]
    assert all(len(tag) == 1 for tag in event["tags"])
    assert event["event_id"] and event["title"] == issue.title


def test_full_events_carry_the_body_with_the_stacktrace(client: SentryClient) -> None:
    issue = actions.list_project_issues(client, "acme", "web", max_results=1).issues[0]
    assert issue.id
    data = validate(
        "list_issue_events", actions.list_issue_events(client, issue.id, full=True, max_results=2)
    )
    event = data["events"][0]
    assert "event" in event and "entries" in event["event"]
    assert any(entry.get("type") == "exception" for entry in event["event"]["entries"])
    assert event["date_received"] is not None


def test_list_project_events_follows_pages(client: SentryClient) -> None:
    output = actions.list_project_events(client, "acme", "web", max_results=150)
    data = validate("list_project_events", output)
    assert len(data["events"]) == 150
    assert len({e["event_id"] for e in data["events"]}) == 150


@pytest.mark.parametrize("bad", [0, -1, "10", 2.5])
def test_max_results_is_validated(client: SentryClient, bad: Any) -> None:
    data = validate(
        "list_project_events", actions.list_project_events(client, "acme", "web", max_results=bad)
    )
    assert data == {
        "success": False,
        "error": f"max_results must be a positive integer, got {bad!r}",
        "events": [],
    }


def test_failures_come_back_as_envelopes() -> None:
    script = Script(
        json_response(403, {"detail": "You do not have permission to perform this action."})
    )
    client = make_client(script, max_retries=0)
    data = validate("list_project_issues", actions.list_project_issues(client, "acme", "web"))
    assert data["success"] is False and "403" in data["error"] and data["issues"] == []
    no_org = make_client(script, organization=None)
    events = validate("list_issue_events", actions.list_issue_events(no_org, "1"))
    assert "organization" in events["error"]


async def test_actions_work_with_the_async_client(sandbox: Sandbox) -> None:
    from sentry_api import AsyncSentryClient

    async with AsyncSentryClient(
        sandbox.token,
        base_url=sandbox.url,
        organization="acme",
        transport=sandbox.async_transport(),
    ) as client:
        issues = await actions.list_project_issues(client, "acme", "web", max_results=2)  # type: ignore[misc]
        validate("list_project_issues", issues)
        assert len(issues.issues) == 2
        updated = await actions.update_issue(client, issues.issues[0].id, status="ignored")  # type: ignore[misc,arg-type]
        assert validate("update_issue", updated)["issue"]["status"] == "ignored"
        refused = await actions.list_issue_events(client, "1", max_results=0)  # type: ignore[misc]
        assert refused.success is False


async def test_async_failure_envelope() -> None:
    script = Script(json_response(500, {"detail": "down"}))
    async with make_async_client(script, max_retries=0) as client:
        output = await actions.list_project_events(client, "acme", "web")  # type: ignore[misc]
    assert validate("list_project_events", output)["success"] is False


def test_summaries_tolerate_sparse_data() -> None:
    summary = actions.issue_summary(
        {"id": 5, "assignedTo": {"type": "team", "id": "7", "name": "ops"}}
    )
    assert summary.id == "5" and summary.assigned_to == "team:7" and summary.title is None
    event = actions.event_summary(
        {"id": "e1", "tags": [{"key": "level", "value": "error"}, {"bad": 1}]}
    )
    assert event.event_id == "e1" and event.tags == [{"level": "error"}]
    data = copy.deepcopy(event.to_dict())
    Draft202012Validator(
        actions.output_schema("list_issue_events")["$defs"]["EventSummary"]
    ).validate(data)

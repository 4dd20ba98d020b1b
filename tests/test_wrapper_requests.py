"""Turning call arguments into requests: validation before anything is sent, percent-encoded
path segments, query encoding (wire names, booleans, arrays), and JSON bodies."""

from __future__ import annotations

import json

import httpx
import pytest
from sentry_api.operations import Operation, get_operation, operations
from wrapper_fakes import Script, json_response, make_client, sample


def fresh(reply: httpx.Response | None = None) -> tuple[Script, object]:
    script = Script(reply or json_response(200, sample("issue_detail")))
    return script, make_client(script)


# --------------------------------------------------------------------------- the metadata view


def test_all_42_operations_are_known() -> None:
    assert len(operations()) == 42
    op = get_operation("update_issue")
    assert isinstance(op, Operation)
    assert op.method == "PUT" and op.scopes[:1] == ("event:write",)
    assert op.body_model and op.response_model
    assert get_operation("list_project_issues").page_size_param == "limit"  # type: ignore[union-attr]
    assert get_operation("list_issue_events").page_size_param == "per_page"  # type: ignore[union-attr]
    assert get_operation("nope") is None


# --------------------------------------------------------------------------- bad input, not sent


@pytest.mark.parametrize(
    ("operation", "params", "phrase"),
    [
        (
            "retrieve_isue",
            {"issue_id": "1"},
            "unknown operation 'retrieve_isue'; did you mean retrieve_issue",
        ),
        ("retrieve_issue", {}, "retrieve_issue needs issue_id"),
        ("retrieve_issue", {"issue_id": ""}, "issue_id must not be empty or blank"),
        ("retrieve_issue", {"issue_id": "   "}, "issue_id must not be empty or blank"),
        (
            "retrieve_issue",
            {"issue_id": "1", "organization_id_or_slug": " "},
            "organization_id_or_slug must not be empty",
        ),
        ("retrieve_issue", {"issue_id": ".."}, "cannot be '..'"),
        ("retrieve_issue", {"issue_id": 1.5}, "issue_id must be a string, got float"),
        ("retrieve_issue", {"issue_id": True}, "issue_id must be a string, got bool"),
        ("retrieve_issue", {"issue_id": ["1"]}, "issue_id must be a string, got list"),
        ("retrieve_issue", {"issue_id": "1", "verbose": True}, "has no parameter 'verbose'"),
        (
            "retrieve_issue",
            {"issue_id": "1", "expand": ["owners", "bogus"]},
            "expand[1] must be one of",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "stats_period": "7d"},
            "stats_period must be one of '24h', '14d', ''",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "limit": 0},
            "limit must be at least 1",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "limit": 500},
            "limit must be at most 100",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "limit": "ten"},
            "limit must be an integer",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "query": 5.5},
            "query must be a string",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "cursor": 3},
            "cursor must be a string",
        ),
        (
            "list_project_issues",
            {"project_id_or_slug": "web", "stats_period": "24h", "statsPeriod": "14d"},
            "given twice",
        ),
        ("list_issue_events", {"issue_id": "1", "full": "yes"}, "full must be a boolean"),
        (
            "retrieve_issue_event",
            {"issue_id": "1", "event_id": "not-an-id"},
            "does not match the pattern",
        ),
        ("update_issue", {"issue_id": "1"}, "update_issue needs a request body"),
        (
            "update_issue",
            {"issue_id": "1", "body": "resolved"},
            "body must be a dict or a generated model",
        ),
        (
            "update_issue",
            {"issue_id": "1", "body": {"status": "fixed"}},
            "body.status must be one of",
        ),
        (
            "update_issue",
            {"issue_id": "1", "body": {"hasSeen": "yes"}},
            "body.hasSeen must be a boolean",
        ),
        (
            "update_issue",
            {"issue_id": "1", "status": "resolved"},
            "'status' is a field of the request body",
        ),
        ("retrieve_issue", {"issue_id": "1", "body": {}}, "takes no request body"),
        ("create_release", {"body": {"projects": ["web"]}}, "body.version is required"),
    ],
)
def test_bad_input_fails_before_any_request(
    operation: str, params: dict[str, object], phrase: str
) -> None:
    script, client = fresh()
    result = client.call(operation, **params)  # type: ignore[attr-defined]
    assert not result.success
    assert result.error_kind == "invalid_request"
    assert phrase in (result.error or ""), result.error
    assert script.count == 0


def test_missing_organization_says_how_to_set_a_default() -> None:
    script = Script(json_response(200, {}))
    result = make_client(script, organization=None).call("retrieve_issue", issue_id="1")
    assert "needs organization_id_or_slug (or give the client a default organization" in (
        result.error or ""
    )
    assert script.count == 0


def test_the_default_organization_can_be_overridden_per_call() -> None:
    script, client = fresh()
    client.call("retrieve_issue", issue_id="1", organization_id_or_slug="globex")  # type: ignore[attr-defined]
    assert script.requests[0].url.path == "/api/0/organizations/globex/issues/1/"


# --------------------------------------------------------------------------- paths


@pytest.mark.parametrize(
    ("version", "encoded"),
    [
        ("web@1.2.3", "web%401.2.3"),
        ("web@1.2.3+build.7", "web%401.2.3%2Bbuild.7"),
        ("release/2024 Q1", "release%2F2024%20Q1"),
        ("vérsion-ü", "v%C3%A9rsion-%C3%BC"),
        ("a?b#c%d", "a%3Fb%23c%25d"),
    ],
)
def test_path_parameters_are_percent_encoded_as_one_segment(version: str, encoded: str) -> None:
    script = Script(json_response(200, sample("release")))
    make_client(script).call("retrieve_release", version=version)
    assert (
        script.requests[0].url.raw_path.decode() == f"/api/0/organizations/acme/releases/{encoded}/"
    )


def test_integer_ids_are_accepted_for_string_path_parameters() -> None:
    script, client = fresh()
    client.call("retrieve_issue", issue_id=1234)  # type: ignore[attr-defined]
    assert script.requests[0].url.path.endswith("/issues/1234/")


# --------------------------------------------------------------------------- queries


def test_query_uses_wire_names_and_accepts_both_spellings() -> None:
    script = Script(json_response(200, []))
    client = make_client(script)
    client.call(
        "list_project_issues", project_id_or_slug="web", stats_period="14d", short_id_lookup=True
    )
    client.call(
        "list_project_issues", project_id_or_slug="web", statsPeriod="24h", shortIdLookup="0"
    )
    first, second = (r.url.params for r in script.requests)
    assert (first["statsPeriod"], first["shortIdLookup"]) == ("14d", "1")
    assert (second["statsPeriod"], second["shortIdLookup"]) == ("24h", "0")


def test_booleans_and_arrays() -> None:
    script = Script(json_response(200, []))
    client = make_client(script)
    client.call("list_issue_events", issue_id="1", full=True, environment="prod")
    client.call("list_organization_issues", project=["1", "2"], expand=("owners", "inbox"))
    events, org_issues = (r.url for r in script.requests)
    assert events.params["full"] == "true"
    assert events.params.get_list("environment") == ["prod"]
    assert org_issues.params.get_list("project") == ["1", "2"]
    assert org_issues.params.get_list("expand") == ["owners", "inbox"]


def test_none_means_not_given() -> None:
    script = Script(json_response(200, []))
    make_client(script).call(
        "list_project_issues", project_id_or_slug="web", query=None, limit=None
    )
    assert "query" not in script.requests[0].url.params
    assert "limit" not in script.requests[0].url.params


# --------------------------------------------------------------------------- bodies


def test_body_as_a_dict_with_snake_case_keys() -> None:
    script = Script(json_response(200, sample("issues")[0]))
    make_client(script).call(
        "update_issue",
        issue_id="1",
        body={"status": "resolved", "has_seen": True, "assigned_to": "user:1"},
    )
    request = script.requests[0]
    assert request.method == "PUT"
    assert request.headers["Content-Type"] == "application/json"
    assert json.loads(request.content) == {
        "status": "resolved",
        "hasSeen": True,
        "assignedTo": "user:1",
    }


def test_body_as_a_generated_model() -> None:
    from sentry_api_client.models.issue_update import IssueUpdate

    script = Script(json_response(200, sample("issues")[0]))
    result = make_client(script).call(
        "update_issue", issue_id="1", body=IssueUpdate(status="resolved", is_bookmarked=True)
    )
    assert result.success
    assert json.loads(script.requests[0].content) == {"status": "resolved", "isBookmarked": True}


def test_body_and_query_with_the_same_name_stay_apart() -> None:
    script = Script(json_response(200, {"status": "resolved"}))
    make_client(script).call(
        "bulk_mutate_project_issues",
        project_id_or_slug="web",
        status="unresolved",
        id=[1, 2],
        body={"status": "resolved"},
    )
    request = script.requests[0]
    assert request.url.params["status"] == "unresolved"
    assert request.url.params.get_list("id") == ["1", "2"]
    assert json.loads(request.content) == {"status": "resolved"}


def test_standard_headers() -> None:
    script, client = fresh()
    client.call("retrieve_issue", issue_id="1")  # type: ignore[attr-defined]
    headers = script.requests[0].headers
    assert headers["Accept"] == "application/json"
    assert headers["User-Agent"].startswith("sentry-api-python/")


def test_numeric_string_ids_are_accepted_where_the_spec_wants_integers() -> None:
    # Issue.id comes back as "6100000049"; the bulk mutations take id=<integer>.
    script = Script(json_response(200, {"status": "resolved"}))
    result = make_client(script).call(
        "bulk_mutate_organization_issues", id=["42", " 7 "], body={"status": "resolved"}
    )
    assert result.success, result.error
    assert script.requests[0].url.params.get_list("id") == ["42", "7"]


def test_non_numeric_strings_are_still_refused_for_integer_ids() -> None:
    script = Script(json_response(200, {}))
    result = make_client(script).call(
        "bulk_mutate_organization_issues", id=["WEB-1"], body={"status": "resolved"}
    )
    assert not result.success
    assert "id[0] must be an integer" in (result.error or "")
    assert script.requests == []

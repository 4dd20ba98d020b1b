"""Unknown body keys are refused before sending, with a suggestion; ``extra_body`` and
``extra_query`` send what the spec does not know yet (issue 13, item 7)."""

from __future__ import annotations

import json

import pytest
from wrapper_fakes import Script, issues_page, json_response, make_client


def test_a_misspelt_body_field_is_refused_before_sending_with_a_suggestion() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call("update_issue", issue_id="1", body={"stauts": "resolved"})
    assert not result.success
    assert result.error_kind == "invalid_request"
    assert "did you mean 'status'?" in (result.error or "")
    assert "extra_body" in (result.error or "")
    assert server.count == 0


def test_extra_body_sends_fields_the_spec_does_not_know() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call(
        "update_issue",
        issue_id="1",
        body={"status": "resolved"},
        extra_body={"newFlag": True},
    )
    assert result.success, result.error
    assert json.loads(server.requests[0].content) == {"status": "resolved", "newFlag": True}


def test_snake_case_body_keys_are_still_accepted() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call("update_issue", issue_id="1", body={"assigned_to": "me"})
    assert result.success, result.error
    assert json.loads(server.requests[0].content) == {"assignedTo": "me"}


def test_unknown_query_parameter_suggests_and_extra_query_sends() -> None:
    page = Script(json_response(200, []))
    client = make_client(page)
    refused = client.call("list_project_issues", project_id_or_slug="web", querry="is:open")
    assert "did you mean 'query'?" in (refused.error or "")
    assert "extra_query" in (refused.error or "")
    sent = client.call(
        "list_project_issues", project_id_or_slug="web", extra_query={"newParam": "1"}
    )
    assert sent.success, sent.error
    assert page.requests[0].url.params["newParam"] == "1"


# Review of issue 13: arguments httpx cannot encode came back as error_kind="internal".


def _deep(levels: int) -> dict[str, object]:
    body: dict[str, object] = {}
    inner = body
    for _ in range(levels):
        inner["statusDetails"] = {}
        inner = inner["statusDetails"]  # type: ignore[assignment]
    return body


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        ({"issue_id": "1", "body": {"statusDetails": {"inRelease": "\ud800"}}}, "surrogate"),
        ({"issue_id": "1", "body": {"status": "\ud800"}}, "surrogate"),
        ({"issue_id": "\ud800"}, "surrogate"),
        ({"issue_id": "1", "body": _deep(5000)}, "has no field 'statusDetails'"),
        (
            {"issue_id": "1", "body": {}, "extra_body": {"newField": _deep(5000)}},
            "nested too deeply",
        ),
    ],
)
def test_an_unencodable_argument_is_an_invalid_request_and_nothing_is_sent(
    arguments: dict[str, object], said: str
) -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    operation = "update_issue" if "body" in arguments else "retrieve_issue"
    result = make_client(server).call(operation, **arguments)
    assert result.error_kind == "invalid_request", result.error
    assert said in (result.error or "")
    assert server.count == 0


def test_an_unencodable_query_is_an_invalid_request() -> None:
    server = Script(json_response(200, []))
    result = make_client(server).call("list_organization_issues", query="\ud800")
    assert result.error_kind == "invalid_request" and "query" in (result.error or "")
    assert server.count == 0


def test_the_cli_reports_an_unencodable_body_as_an_invalid_request() -> None:
    from click.testing import CliRunner
    from sentry_api.cli import cli

    body = '{"statusDetails": {"inRelease": "\\ud800"}}'
    outcome = CliRunner().invoke(
        cli, ["--sandbox", "call", "update_issue", "--param", "issue_id=WEB-1", "--body", body]
    )
    assert outcome.exit_code == 2, outcome.output
    assert '"error_kind": "invalid_request"' in outcome.output
    assert "surrogate" in outcome.output


def test_a_misspelt_nested_field_is_refused_with_a_suggestion() -> None:
    # Review of issue 13: {"statusDetails": {"ignoreCuont": 5}} archived the issue forever.
    server = Script(json_response(200, issues_page(1)[0]))
    body = {"status": "ignored", "statusDetails": {"ignoreCuont": 5}}
    result = make_client(server).call("update_issue", issue_id="1", body=body)
    assert result.error_kind == "invalid_request"
    assert "body.statusDetails has no field 'ignoreCuont'" in (result.error or "")
    assert "did you mean 'ignoreCount'?" in (result.error or "")
    assert server.count == 0


def test_a_misspelt_field_two_levels_down_is_refused_too() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    body = {"statusDetails": {"inCommit": {"commit": "abc", "repo": "x"}}}
    result = make_client(server).call("update_issue", issue_id="1", body=body)
    assert result.error_kind == "invalid_request"
    assert "body.statusDetails.inCommit has no field 'repo'" in (result.error or "")


def test_extra_body_still_sends_an_unknown_nested_field() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call(
        "update_issue",
        issue_id="1",
        body={"status": "ignored"},
        extra_body={"statusDetails": {"ignoreSomethingNew": 5}},
    )
    assert result.success, result.error
    sent = json.loads(server.requests[0].content)
    assert sent == {"status": "ignored", "statusDetails": {"ignoreSomethingNew": 5}}


def test_extra_body_cannot_override_a_documented_field_inside_a_documented_object() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call(
        "update_issue",
        issue_id="1",
        body={"status": "ignored"},
        extra_body={"statusDetails": {"ignoreCount": "many"}},
    )
    assert result.error_kind == "invalid_request"
    assert "'statusDetails.ignoreCount' is a known field" in (result.error or "")
    assert server.count == 0


def test_a_non_string_key_inside_extra_body_is_an_invalid_request() -> None:
    server = Script(json_response(200, issues_page(1)[0]))
    result = make_client(server).call(
        "update_issue",
        issue_id="1",
        body={"status": "ignored"},
        extra_body={"statusDetails": {1: 2}},
    )
    assert result.error_kind == "invalid_request", result.error
    assert "must be strings" in (result.error or "")
    assert server.count == 0

"""Unknown body keys are refused before sending, with a suggestion; ``extra_body`` and
``extra_query`` send what the spec does not know yet (issue 13, item 7)."""

from __future__ import annotations

import json

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

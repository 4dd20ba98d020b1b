"""Small answers that used to be misreported (issue 13, item 9)."""

from __future__ import annotations

import httpx
from wrapper_fakes import Script, json_response, make_client


def test_204_to_an_operation_that_must_return_a_body_is_a_failure() -> None:
    server = Script(httpx.Response(204))
    result = make_client(server).call("retrieve_organization")
    assert not result.success
    assert result.error_kind == "invalid_response"
    assert result.status_code == 204
    assert "204 No Content" in (result.error or "")


def test_204_to_a_delete_is_still_a_success() -> None:
    server = Script(httpx.Response(204))
    result = make_client(server).call("delete_issue", issue_id="1")
    assert result.success and result.data is None


def test_delete_whose_first_attempt_got_502_and_retry_404_is_a_success_with_a_note() -> None:
    server = Script(
        json_response(502, {"detail": "bad gateway"}),
        json_response(404, {"detail": "The requested resource does not exist"}),
    )
    result = make_client(server).call("delete_issue", issue_id="1")
    assert server.count == 2
    assert result.success, result.error
    assert result.status_code == 404
    assert "most likely deleted it" in (result.details or {}).get("note", "")


def test_delete_that_gets_404_on_its_only_attempt_is_not_found() -> None:
    server = Script(json_response(404, {"detail": "The requested resource does not exist"}))
    result = make_client(server).call("delete_issue", issue_id="1")
    assert not result.success and result.error_kind == "not_found"


def test_delete_after_a_connect_error_then_404_is_not_found() -> None:
    # The first attempt never reached the server, so the 404 is the resource's own state.
    server = Script(httpx.ConnectError("refused"), json_response(404, {"detail": "nope"}))
    result = make_client(server).call("delete_issue", issue_id="1")
    assert server.count == 2
    assert not result.success and result.error_kind == "not_found"


def test_documented_204_of_a_bulk_mutation_is_a_success_without_data() -> None:
    # The spec lists 200 (IssueBulkUpdateResult) and 204 (nothing matched) for bulk mutations.
    for call in (
        lambda c: c.issues.bulk_update("web", id=[999999], body={"status": "resolved"}),
        lambda c: c.call("bulk_mutate_organization_issues", id=[1], body={"status": "resolved"}),
    ):
        server = Script(httpx.Response(204))
        result = call(make_client(server))
        assert result.success, result.error
        assert result.status_code == 204 and result.data is None


def test_documented_204_of_the_sandbox_bulk_mutation_is_a_success() -> None:
    from sentry_api import SentryClient
    from sentry_api.sandbox import Sandbox

    with (
        Sandbox(seed_issues=0) as sandbox,
        SentryClient(
            sandbox.token,
            base_url=sandbox.url,
            organization="acme",
            transport=sandbox.sync_transport(),
        ) as client,
    ):
        result = client.issues.bulk_update("web", id=[999999], body={"status": "resolved"})
    assert result.success, result.error
    assert result.status_code == 204 and result.data is None

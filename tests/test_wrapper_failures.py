"""Every failure kind comes back as a Result (success=False, a clear error, the right kind),
nothing escapes ``call()``, and ``unwrap()`` raises the matching typed exception."""

from __future__ import annotations

import json

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sentry_api import Result, errors
from sentry_api.operations import operations
from wrapper_fakes import Script, json_response, make_client, sample

ISSUE = {"issue_id": "42"}


def call(
    reply: httpx.Response | Exception, operation: str = "retrieve_issue", **params: object
) -> Result:
    return make_client(Script(reply), max_retries=0).call(operation, **(params or ISSUE))


# --------------------------------------------------------------------------- HTTP errors


def test_401_says_the_token_is_missing_invalid_or_expired() -> None:
    result = call(json_response(401, {"detail": "Invalid token"}))
    assert (result.success, result.status_code, result.error_kind) == (False, 401, "authentication")
    assert "the token is missing, invalid or expired" in (result.error or "")
    assert "Invalid token" in (result.error or "")
    with pytest.raises(errors.AuthenticationError):
        result.unwrap()


def test_403_names_the_scope_from_www_authenticate() -> None:
    challenge = 'Bearer realm="api", error="insufficient_scope", scope="event:write"'
    result = call(
        json_response(
            403,
            {"detail": "You do not have permission to perform this action."},
            {"WWW-Authenticate": challenge},
        ),
        "update_issue",
        issue_id="42",
        body={"status": "resolved"},
    )
    assert result.error_kind == "permission"
    assert "the token lacks the event:write scope" in (result.error or "")
    assert "update_issue needs one of event:write, event:admin" in (result.error or "")
    assert result.details is not None and result.details["missing_scope"] == "event:write"
    with pytest.raises(errors.PermissionDeniedError):
        result.unwrap()


def test_403_without_the_header_names_the_scopes_from_the_spec() -> None:
    result = call(
        json_response(403, {"detail": "You do not have permission to perform this action."}),
        "update_issue",
        issue_id="42",
        body={"status": "resolved"},
    )
    assert "update_issue needs one of event:write, event:admin" in (result.error or "")
    assert result.details is not None and result.details["required_scopes"] == [
        "event:write",
        "event:admin",
    ]


def test_404_names_the_resource_path() -> None:
    result = call(json_response(404, {"detail": "The requested resource does not exist"}))
    assert result.error_kind == "not_found"
    assert "/api/0/organizations/acme/issues/42/" in (result.error or "")
    with pytest.raises(errors.NotFoundError) as caught:
        result.unwrap()
    assert caught.value.status_code == 404


def test_400_shows_sentrys_field_errors() -> None:
    body = {"status": ['"bogus" is not a valid choice.'], "assignedTo": ["Unknown actor"]}
    result = call(
        json_response(400, body), "update_issue", issue_id="42", body={"status": "resolved"}
    )
    assert result.error_kind == "bad_request"
    assert 'status: "bogus" is not a valid choice.' in (result.error or "")
    assert "assignedTo: Unknown actor" in (result.error or "")
    assert result.details == body
    with pytest.raises(errors.BadRequestError):
        result.unwrap()


def test_409_conflict() -> None:
    result = call(
        json_response(409, {"detail": "A team with this slug already exists."}),
        "create_team",
        body={"slug": "ops"},
    )
    assert result.error_kind == "conflict" and "already exists" in (result.error or "")


def test_redirect_is_not_followed() -> None:
    script = Script(httpx.Response(302, headers={"Location": "https://elsewhere.example/login"}))
    result = make_client(script).call("retrieve_issue", **ISSUE)
    assert script.count == 1 and not result.success and result.status_code == 302
    assert "not followed" in (result.error or "")


def test_unexpected_status() -> None:
    result = call(json_response(418, {"detail": "teapot"}))
    assert result.error_kind == "http" and "418" in (result.error or "")


# --------------------------------------------------------------------------- unparseable bodies


@pytest.mark.parametrize(
    ("response", "phrase"),
    [
        (
            httpx.Response(200, content=b"{not json", headers={"Content-Type": "application/json"}),
            "not JSON",
        ),
        (
            httpx.Response(
                200,
                content=b"<!DOCTYPE html><html><body>Oops</body></html>",
                headers={"Content-Type": "text/html"},
            ),
            "an HTML page",
        ),
        (httpx.Response(200, content=b""), "the response body was empty"),
        (httpx.Response(200, content=b"   \n"), "the response body was empty"),
        (json_response(200, []), "did not match IssueDetail: expected a JSON object, got array"),
        (json_response(200, "hello"), "got string"),
    ],
)
def test_unparseable_success_bodies_fail_clearly(response: httpx.Response, phrase: str) -> None:
    result = call(response)
    assert not result.success and result.status_code == 200
    assert result.error_kind == "invalid_response"
    assert phrase in (result.error or "")
    with pytest.raises(errors.InvalidResponseError):
        result.unwrap()


def test_missing_required_fields_are_named() -> None:
    body = sample("issue_detail")
    del body["status"], body["title"]
    result = call(json_response(200, body))
    assert result.error_kind == "invalid_response"
    error = result.error or ""
    first, _, also = error.partition(": missing required field (also missing: ")
    assert first.endswith(
        ("did not match IssueDetail at status", "did not match IssueDetail at title")
    )
    assert {first.rpartition(" at ")[2], also.rstrip(")")} == {"status", "title"}, error


def test_wrong_types_are_named() -> None:
    body = sample("issue_detail")
    body["numComments"] = "three"
    result = call(json_response(200, body))
    assert "at numComments: expected integer, got string 'three'" in (result.error or "")


def test_wrong_type_in_a_list_item_is_named() -> None:
    items = sample("issues")
    items[3]["isPublic"] = "no"
    result = call(json_response(200, items), "list_project_issues", project_id_or_slug="web")
    assert "at [3].isPublic: expected boolean" in (result.error or "")


def test_a_nested_problem_fails_the_call() -> None:
    body = sample("issue_detail")
    body["project"] = {"id": 5, "slug": "web", "name": "Web"}  # one level down
    result = call(json_response(200, body))
    assert not result.success and result.error_kind == "invalid_response"
    assert "at project.id: expected string, got integer 5" in (result.error or "")


def test_202_and_204_without_body_succeed_with_no_data() -> None:
    assert call(httpx.Response(202), "delete_issue", issue_id="42").success
    deleted = call(httpx.Response(204), "delete_team", team_id_or_slug="ops")
    assert deleted.success and deleted.data is None and deleted.status_code == 204


# --------------------------------------------------------------------------- never raises


class Boom(Exception):
    pass


def test_an_unexpected_exception_in_a_transport_becomes_a_result() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise Boom("transport bug")

    result = make_client(handler).call("retrieve_issue", **ISSUE)
    assert not result.success and "Boom" in (result.error or "")


def test_call_with_garbage_arguments_never_raises() -> None:
    client = make_client(Script(json_response(200, {})))
    assert not client.call(None).success  # type: ignore[arg-type]
    assert not client.call("retrieve_issue", issue_id=object()).success
    assert not client.call("retrieve_issue", issue_id=["a"]).success
    assert not client.call("update_issue", issue_id="1", body=42).success
    assert not client.call("update_issue", issue_id="1", body={"status": object()}).success


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.recursive(
        st.none()
        | st.booleans()
        | st.integers()
        | st.floats(allow_nan=False)
        | st.text(max_size=8),
        lambda children: (
            st.lists(children, max_size=4)
            | st.dictionaries(st.text(max_size=8), children, max_size=6)
        ),
        max_leaves=25,
    ),
    st.sampled_from(sorted(op for op, meta in operations().items() if meta.response_model)),
)
def test_random_json_never_crashes_the_wrapper(payload: object, operation: str) -> None:
    op = operations()[operation]
    params = {p.python_name: "x" for p in op.path_params}
    if op.body_schema is not None:
        params["body"] = {}  # type: ignore[assignment]
    result = make_client(
        Script(json_response(op.response_status or 200, payload)), max_retries=0
    ).call(operation, **params)
    assert isinstance(result, Result)
    json.dumps(result.to_dict())  # always JSON-ready
    if not result.success:
        assert result.error


def test_unwrap_returns_data_on_success() -> None:
    result = call(json_response(200, sample("issue_detail")))
    assert result.unwrap() is result.data


def test_failure_to_dict_is_plain_json() -> None:
    result = call(json_response(404, {"detail": "nope"}))
    envelope = result.to_dict()
    assert envelope["success"] is False and envelope["status_code"] == 404
    assert envelope["error_kind"] == "not_found" and envelope["data"] is None
    json.dumps(envelope)


def test_success_to_dict_gives_sentrys_field_names() -> None:
    body = sample("issue_detail")
    envelope = call(json_response(200, body)).to_dict()
    assert envelope["data"]["shortId"] == body["shortId"]
    assert envelope["operation"] == "retrieve_issue" and envelope["attempts"] == 1
    json.dumps(envelope)


def test_exception_for_every_kind() -> None:
    for kind in vars(errors.ErrorKind).values():
        if not isinstance(kind, str) or kind.startswith("_") or "." in kind:
            continue
        exc = errors.exception_for(Result.failure(kind, f"{kind} happened"))
        assert isinstance(exc, errors.SentryAPIError)
        assert exc.kind == kind or kind == "internal"
        assert str(exc) == f"{kind} happened"

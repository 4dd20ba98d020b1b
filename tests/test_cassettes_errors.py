"""Recorded error answers, per operation family: 401, 404 and 400.

The 403 (a token without the scope) and the 429-then-success cassettes need the sandbox's
limited tokens and fault injection, so they live in ``test_cassettes_sandbox.py``; these three
can be re-recorded against a real Sentry. Each test checks the envelope the wrapper builds:
``success=False``, the status, the stable ``error_kind``, and an error text that says what
went wrong in Sentry's own words (the field of a 400, the path of a 404).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from conftest import INVALID_TOKEN
from sentry_api import Result
from sentry_api_client._operations import OPERATIONS

pytestmark = [pytest.mark.vcr]

Client = Callable[..., Any]
Params = Callable[[dict[str, Any]], dict[str, Any]]

# One readable operation per family, with its parameters (from the recorded target).
FAMILY_READS: dict[str, tuple[str, Params]] = {
    "issues": ("retrieve_issue", lambda t: {"issue_id": t["issue_id"]}),
    "events": (
        "retrieve_issue_event",
        lambda t: {"issue_id": t["issue_id"], "event_id": t["event_id"]},
    ),
    "projects": ("retrieve_project", lambda t: {"project_id_or_slug": t["project"]}),
    "organizations": ("retrieve_organization", lambda t: {}),
    "teams": ("retrieve_team", lambda t: {"team_id_or_slug": t["team"]}),
    "releases": ("retrieve_release", lambda t: {"version": t["release_version"]}),
    "members": ("retrieve_member", lambda t: {"member_id": t["member_id"]}),
}

# What does not exist, per family: the operation, its parameters, and the missing path segment.
MISSING: dict[str, tuple[str, Params, str]] = {
    "issues": ("retrieve_issue", lambda t: {"issue_id": "1"}, "1"),
    "events": (
        "retrieve_issue_event",
        lambda t: {"issue_id": t["issue_id"], "event_id": "0" * 32},
        "0" * 32,
    ),
    "projects": (
        "retrieve_project",
        lambda t: {"project_id_or_slug": "cassette-no-such-project"},
        "cassette-no-such-project",
    ),
    "organizations": (
        "retrieve_organization",
        lambda t: {"organization_id_or_slug": "cassette-no-such-org"},
        "cassette-no-such-org",
    ),
    "teams": (
        "retrieve_team",
        lambda t: {"team_id_or_slug": "cassette-no-such-team"},
        "cassette-no-such-team",
    ),
    "releases": (
        "retrieve_release",
        lambda t: {"version": "cassette-no-such-release"},
        "cassette-no-such-release",
    ),
    "members": ("retrieve_member", lambda t: {"member_id": "999999999"}, "999999999"),
}

# Requests the wrapper cannot know are wrong (they fit the schema) but Sentry refuses with a
# 400, and the field (or message) it names. None of them changes anything on a real Sentry.
REJECTED: dict[str, tuple[str, Params, str]] = {
    "issues": (
        "update_issue",
        lambda t: {
            "issue_id": t["issue_id"],
            "body": {"assignedTo": "cassette-nobody@example.com"},
        },
        "assignedTo",
    ),
    "events": (
        "list_issue_events",
        lambda t: {"issue_id": t["issue_id"], "start": "yesterday", "end": "today"},
        "start",
    ),
    "projects": (
        "create_project",
        lambda t: {"team_id_or_slug": t["team"], "body": {"name": ""}},
        "name",
    ),
    "organizations": ("update_organization", lambda t: {"body": {"name": ""}}, "name"),
    "teams": ("create_team", lambda t: {"body": {}}, "slug"),
    "releases": (
        "create_release",
        lambda t: {"body": {"version": "cassette@0.0.0", "projects": ["cassette-no-such-project"]}},
        "projects",
    ),
    "members": ("invite_member", lambda t: {"body": {"email": ""}}, "email"),
}
FAMILIES = sorted(FAMILY_READS)


def test_the_tables_cover_every_family() -> None:
    tags = {op["tag"].lower() for op in OPERATIONS.values()}
    assert set(FAMILY_READS) == set(MISSING) == set(REJECTED) == tags
    for table in (FAMILY_READS, MISSING, REJECTED):
        for family, (operation_id, *_rest) in table.items():
            assert OPERATIONS[operation_id]["tag"].lower() == family


def failed(result: Result, status: int, kind: str) -> str:
    assert not result.success, "expected a failure"
    assert result.data is None
    assert (result.status_code, result.error_kind) == (status, kind), result.error
    assert result.error and result.operation
    assert result.error.startswith(f"{result.operation}: ")
    return result.error


@pytest.mark.parametrize("family", FAMILIES)
def test_401_invalid_token(cassette_client: Client, target: dict[str, Any], family: str) -> None:
    operation_id, params = FAMILY_READS[family]
    client = cassette_client(token=INVALID_TOKEN, organization=target["organization"])
    result = client.call(operation_id, **params(target))
    error = failed(result, 401, "authentication")
    assert "missing, invalid or expired" in error
    assert "Invalid token" in error  # Sentry's own words are kept
    assert result.attempts == 1, "a 401 is not retried"
    assert INVALID_TOKEN not in error and INVALID_TOKEN not in repr(result.to_dict())


@pytest.mark.parametrize("family", FAMILIES)
def test_404_not_found(cassette_client: Client, target: dict[str, Any], family: str) -> None:
    operation_id, params, missing = MISSING[family]
    client = cassette_client(organization=target["organization"])
    result = client.call(operation_id, **params(target))
    error = failed(result, 404, "not_found")
    assert f"/{missing}/ does not exist" in error, "the error names the path that was not found"
    assert "The requested resource does not exist" in error
    assert result.attempts == 1


@pytest.mark.parametrize("family", FAMILIES)
def test_400_rejected(cassette_client: Client, target: dict[str, Any], family: str) -> None:
    operation_id, params, field = REJECTED[family]
    client = cassette_client(organization=target["organization"])
    result = client.call(operation_id, **params(target))
    error = failed(result, 400, "bad_request")
    assert "rejected the request (400)" in error
    assert field in error, f"the error should name {field!r}"
    assert result.details, "Sentry's field errors are kept as details"
    assert result.attempts == 1, "a 400 is not retried"

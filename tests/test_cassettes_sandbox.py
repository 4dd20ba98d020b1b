"""Recorded answers only the sandbox can produce on demand: 403 and 429-then-success for every
operation family, and ``delete_issue`` (which would destroy a real issue).

* 403: recorded with a sandbox token holding only ``org:read``. Sentry (and the sandbox) names
  the missing scope in ``WWW-Authenticate: Bearer error="insufficient_scope", scope="..."``;
  the wrapper's error must name it and list the scopes the operation accepts (from the spec).
* 429 then success: while recording, the sandbox's fault injection answers the first request
  with a 429 carrying ``X-Sentry-Rate-Limit-Reset`` one second ahead (or ``Retry-After``); the
  client waits and retries. One test uses the sandbox's real per-token window instead.
  On replay the waits are recorded by a fake sleep, never slept.

``python scripts/record_cassettes.py`` records this module against the sandbox even when the
other modules are recorded against a real Sentry (it is marked ``sandbox_only``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import pytest
from conftest import LIMITED_SCOPES, LIMITED_TOKEN, RATE_LIMITED_TOKEN, Recording, Sleeps
from sentry_api import Result
from sentry_api_client._operations import OPERATIONS

pytestmark = [pytest.mark.vcr, pytest.mark.sandbox_only]

Client = Callable[..., Any]
Params = Callable[[dict[str, Any]], dict[str, Any]]

# Per family, an operation the org:read-only token may not call, with valid parameters
# (the sandbox, like Sentry, checks that the resources exist before it checks scopes).
DENIED: dict[str, tuple[str, Params]] = {
    "issues": ("retrieve_issue", lambda t: {"issue_id": t["issue_id"]}),
    "events": (
        "retrieve_project_event",
        lambda t: {"project_id_or_slug": t["project"], "event_id": t["event_id"]},
    ),
    "projects": ("list_project_keys", lambda t: {"project_id_or_slug": t["project"]}),
    "organizations": ("update_organization", lambda t: {"body": {"name": t["organization_name"]}}),
    "teams": ("create_team", lambda t: {"body": {"slug": "cassette-denied"}}),
    "releases": ("retrieve_release", lambda t: {"version": t["release_version"]}),
    "members": ("list_organization_members", lambda t: {"per_page": 1}),
}

# Per family, the call whose first answer is a 429 (fault kind) and then succeeds.
LIMITED: dict[str, tuple[str, Params, str]] = {
    "issues": (
        "update_issue",
        lambda t: {"issue_id": t["issue_id"], "body": {"isBookmarked": True}},
        "429",
    ),
    "events": (
        "list_issue_events",
        lambda t: {"issue_id": t["issue_id"], "per_page": 1},
        "429_retry_after",
    ),
    "projects": ("retrieve_project", lambda t: {"project_id_or_slug": t["project"]}, "429"),
    "organizations": ("list_organizations", lambda t: {"per_page": 1}, "429"),
    "teams": ("list_organization_teams", lambda t: {"per_page": 1}, "429_retry_after"),
    "releases": ("list_organization_releases", lambda t: {"per_page": 1}, "429"),
    "members": ("retrieve_member", lambda t: {"member_id": t["member_id"]}, "429"),
}
FAMILIES = sorted(DENIED)


def test_the_tables_cover_every_family() -> None:
    tags = {op["tag"].lower() for op in OPERATIONS.values()}
    assert set(DENIED) == set(LIMITED) == tags
    for family, (operation_id, _) in DENIED.items():
        assert OPERATIONS[operation_id]["tag"].lower() == family
        assert not set(OPERATIONS[operation_id]["scopes"]) & set(LIMITED_SCOPES)
    for family, (operation_id, *_rest) in LIMITED.items():
        assert OPERATIONS[operation_id]["tag"].lower() == family


@pytest.mark.parametrize("family", FAMILIES)
def test_403_names_the_missing_scope(
    cassette_client: Client, sandbox_target: dict[str, Any], family: str
) -> None:
    operation_id, params = DENIED[family]
    accepted = OPERATIONS[operation_id]["scopes"]
    client = cassette_client(token=LIMITED_TOKEN, organization=sandbox_target["organization"])
    result = client.call(operation_id, **params(sandbox_target))
    assert not result.success and result.data is None
    assert (result.status_code, result.error_kind) == (403, "permission")
    assert result.error is not None
    assert f"the token lacks the {accepted[0]} scope" in result.error
    assert f"{operation_id} needs one of {', '.join(accepted)}" in result.error
    assert result.details is not None
    assert result.details["missing_scope"] == accepted[0]
    assert list(result.details["required_scopes"]) == accepted
    assert result.attempts == 1, "a 403 is not retried"


@pytest.mark.parametrize("family", FAMILIES)
def test_429_then_success(
    cassette_client: Client,
    sandbox_target: dict[str, Any],
    sandbox_recording: Recording,
    sleeps: Sleeps,
    family: str,
) -> None:
    operation_id, params, kind = LIMITED[family]
    if sandbox_recording.server is not None:
        sandbox_recording.server.faults.add(operation_id, kind, times=1, seconds=1)
    client = cassette_client(organization=sandbox_target["organization"])
    result = client.call(operation_id, **params(sandbox_target))
    assert result.success, result.error
    assert result.attempts == 2, "one 429, then the retry that succeeded"
    assert result.status_code in (200, 201)
    if kind == "429_retry_after":
        # Retry-After is relative: the client waits exactly what the server asked, replay too.
        assert sleeps.calls == [1.0] and result.waited == pytest.approx(1.0)
    else:
        # Reset is absolute (Unix seconds): on replay it lies in the past, so there is nothing
        # left to wait for; while recording it was up to a second.
        assert all(0 <= wait <= 2 for wait in sleeps.calls)
        assert result.rate_limit is not None and result.rate_limit.limit is not None
    assert result.data is not None


def test_429_from_the_per_token_window_then_success(
    cassette_client: Client,
    sandbox_target: dict[str, Any],
    sandbox_recording: Recording,
    sleeps: Sleeps,
) -> None:
    """The sandbox's own limiter (1 request per 2-second window for this token): a second
    client, which has not seen the window used up, gets a real 429 and retries after Reset."""
    server = sandbox_recording.server
    if server is not None:
        from sentry_api.sandbox import RateLimit

        server.sandbox.add_token(
            RATE_LIMITED_TOKEN, rate_limit=RateLimit(requests=1, window=2, concurrent=5)
        )
        while time.time() % 2 > 0.5:  # start early in a window, so both calls share it
            time.sleep(0.05)
    org, issue_id = sandbox_target["organization"], sandbox_target["issue_id"]
    first = cassette_client(token=RATE_LIMITED_TOKEN, organization=org)
    assert first.call("retrieve_issue", issue_id=issue_id).success
    second = cassette_client(token=RATE_LIMITED_TOKEN, organization=org)
    result = second.call("retrieve_issue", issue_id=issue_id)
    assert result.success, result.error
    assert result.attempts == 2 and result.data.id == issue_id
    assert result.rate_limit is not None and result.rate_limit.limit == 1


def test_429_until_the_budget_runs_out(
    cassette_client: Client,
    sandbox_target: dict[str, Any],
    sandbox_recording: Recording,
    sleeps: Sleeps,
) -> None:
    """Persistent 429s: the client stops when its wait budget is spent and says so."""
    if sandbox_recording.server is not None:
        sandbox_recording.server.faults.add("retrieve_team", "429_retry_after", times=3, seconds=1)
    client = cassette_client(organization=sandbox_target["organization"], max_retry_wait=1.5)
    result: Result = client.call("retrieve_team", team_id_or_slug=sandbox_target["team"])
    assert not result.success and result.status_code == 429
    assert result.error_kind == "rate_limited"
    assert result.attempts == 2 and sleeps.calls == [1.0]
    assert "gave up after 2 attempts" in (result.error or "")
    assert "max_retry_wait=1.5" in (result.error or "")


def test_delete_issue(cassette_client: Client, sandbox_target: dict[str, Any]) -> None:
    client = cassette_client(organization=sandbox_target["organization"])
    issue_id = sandbox_target["other_issue_id"]
    deleted = client.call("delete_issue", issue_id=issue_id)
    assert deleted.success and deleted.status_code == 202 and deleted.data is None
    gone = client.call("retrieve_issue", issue_id=issue_id)
    assert not gone.success and gone.status_code == 404


# ------------------------------------------------------------------------------ async


async def test_async_429_then_success_and_403(
    async_cassette_client: Client,
    sandbox_target: dict[str, Any],
    sandbox_recording: Recording,
    sleeps: Sleeps,
) -> None:
    if sandbox_recording.server is not None:
        sandbox_recording.server.faults.add("retrieve_issue", "429_retry_after", times=1, seconds=1)
    client = async_cassette_client(organization=sandbox_target["organization"])
    result = await client.call("retrieve_issue", issue_id=sandbox_target["issue_id"])
    assert result.success and result.attempts == 2 and sleeps.calls == [1.0]
    assert result.data.short_id == sandbox_target["issue_short_id"]
    limited = async_cassette_client(
        token=LIMITED_TOKEN, organization=sandbox_target["organization"]
    )
    denied = await limited.call("delete_issue", issue_id=sandbox_target["issue_id"])
    assert (denied.status_code, denied.error_kind) == (403, "permission")
    assert "the token lacks the event:admin scope" in (denied.error or "")

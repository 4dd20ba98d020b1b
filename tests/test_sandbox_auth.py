"""Tokens, scopes and the 401/403/404/405 answers of the sandbox."""

from __future__ import annotations

import httpx
import pytest
from sentry_api.sandbox import ALL_SCOPES, DEMO_TOKEN, Sandbox
from sentry_api.sandbox.auth import TokenRegistry
from sentry_api.sandbox.samples import sample_call

ORG_URL = "/api/0/organizations/acme/"


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox(tokens={"read-events": ["event:read"], "admin-events": ["event:admin"]})


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> httpx.Client:
    return sandbox.client()


def call(client: httpx.Client, url: str, authorization: str | None) -> httpx.Response:
    headers = {"Authorization": authorization} if authorization is not None else {}
    with httpx.Client(transport=client._transport, base_url=client.base_url) as bare:
        return bare.get(url, headers=headers)


@pytest.mark.parametrize(
    ("authorization", "detail"),
    [
        (None, "Authentication credentials were not provided."),
        ("Basic dXNlcjpwYXNz", "Authentication credentials were not provided."),
        ("Bearer not-a-known-token", "Invalid token"),
        ("Bearer", "Invalid token header. No credentials provided."),
        ("Bearer two parts", "Invalid token header. Token string should not contain spaces."),
    ],
)
def test_401_bodies(client: httpx.Client, authorization: str | None, detail: str) -> None:
    response = call(client, ORG_URL, authorization)
    assert response.status_code == 401
    assert response.json() == {"detail": detail}
    assert response.headers["WWW-Authenticate"].startswith("Bearer")
    # Rate limiting runs before authentication in Sentry, so even a 401 carries the headers.
    assert "X-Sentry-Rate-Limit-Remaining" in response.headers


def test_expired_token(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.add_token("soon-expired", ["org:read"])
    assert call(client, ORG_URL, "Bearer soon-expired").status_code == 200
    sandbox.expire_token("soon-expired")
    response = call(client, ORG_URL, "Bearer soon-expired")
    assert (response.status_code, response.json()) == (401, {"detail": "Token expired"})


def test_403_names_the_first_accepted_scope(sandbox: Sandbox, client: httpx.Client) -> None:
    op = sandbox.operations["update_issue"]
    issue = next(iter(sandbox.state.issues))
    url = f"/api/0/organizations/acme/issues/{issue}/"
    with sandbox.client(token="read-events") as reader:
        response = reader.put(url, json={"hasSeen": True})
    assert response.status_code == 403
    assert response.json() == {"detail": "You do not have permission to perform this action."}
    assert response.headers["WWW-Authenticate"] == (
        f'Bearer error="insufficient_scope", scope="{op.scopes[0]}"'
    )


def test_any_one_accepted_scope_is_enough(sandbox: Sandbox) -> None:
    op = sandbox.operations["update_issue"]
    assert len(op.scopes) > 1
    issue = next(iter(sandbox.state.issues))
    # event:admin is an *additional* accepted scope of update_issue, not the first one.
    assert "event:admin" in op.scopes[1:]
    with sandbox.client(token="admin-events") as admin:
        response = admin.put(f"/api/0/organizations/acme/issues/{issue}/", json={"hasSeen": True})
    assert response.status_code == 200


def test_scopes_come_from_the_operation_metadata(sandbox: Sandbox, client: httpx.Client) -> None:
    # For every operation: a token with only its LAST accepted scope gets in, a token with
    # every other scope does not. The scope lists are the spec's, never the sandbox's own.
    for op_id, op in sandbox.operations.items():
        sandbox.add_token(f"last-{op_id}", [op.scopes[-1]])
        sandbox.add_token(f"others-{op_id}", [s for s in ALL_SCOPES if s not in op.scopes])
        for token, allowed in ((f"others-{op_id}", False), (f"last-{op_id}", True)):
            call_ = sample_call(sandbox, op_id)
            response = client.request(
                call_.method,
                call_.path,
                params=call_.query,
                json=call_.body,
                headers={"Authorization": f"Bearer {token}"},
            )
            assert (response.status_code != 403) is allowed, (op_id, token, response.text)


def test_unknown_resources_are_404(client: httpx.Client) -> None:
    for url in (
        "/api/0/organizations/no-such-org/",
        "/api/0/projects/acme/no-such-project/",
        "/api/0/teams/acme/no-such-team/",
        "/api/0/organizations/acme/issues/999999999/",
        "/api/0/organizations/acme/issues/WEB-ZZZZZZ/",
        "/api/0/organizations/acme/releases/no-such-release/",
        "/api/0/organizations/acme/members/424242/",
        "/api/0/projects/acme/web/events/0123456789abcdef0123456789abcdef/",
    ):
        response = client.get(url)
        assert response.status_code == 404, url
        assert response.json() == {"detail": "The requested resource does not exist"}


def test_404_comes_before_403_like_sentry(sandbox: Sandbox) -> None:
    # Sentry looks the organization up before checking the token's scopes on it.
    with sandbox.client(token="read-events") as reader:
        assert reader.get("/api/0/organizations/no-such-org/").status_code == 404
        assert reader.get(ORG_URL).status_code == 403


def test_issue_by_short_id(sandbox: Sandbox, client: httpx.Client) -> None:
    issue = next(iter(sandbox.state.issues.values()))
    response = client.get(f"/api/0/organizations/acme/issues/{issue.short_id.lower()}/")
    assert response.status_code == 200 and response.json()["id"] == str(issue.id)


def test_unknown_routes_and_methods(client: httpx.Client) -> None:
    assert client.get("/api/0/no/such/route/").status_code == 404
    hint = client.get("/api/0/organizations/acme", headers={"Content-Type": "application/json"})
    assert hint.status_code == 404
    assert hint.json()["info"].endswith("try: /api/0/organizations/acme/")
    response = client.patch(ORG_URL, json={})
    assert response.status_code == 405
    assert response.json() == {"detail": 'Method "PATCH" not allowed.'}
    assert "GET" in response.headers["Allow"]


def test_token_registry_rejects_bad_input() -> None:
    registry = TokenRegistry()
    with pytest.raises(ValueError):
        registry.add("has space", ["org:read"])
    with pytest.raises(TypeError):
        registry.add("token", "org:read")  # type: ignore[arg-type]
    registry.add(DEMO_TOKEN, ALL_SCOPES)
    assert DEMO_TOKEN in registry


def test_tokens_given_to_the_constructor(sandbox: Sandbox, client: httpx.Client) -> None:
    assert call(client, ORG_URL, "Bearer read-events").status_code == 403
    issues = call(client, "/api/0/organizations/acme/issues/", "Bearer read-events")
    assert issues.status_code == 200

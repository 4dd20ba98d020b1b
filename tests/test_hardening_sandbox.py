"""The sandbox as a server (issue 13, item 8): control routes need the admin token, every route
refuses a non-loopback Host, control bodies must be declared JSON, and hostile input gets
Sentry's 400/404 instead of a 500."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sentry_api.sandbox import Sandbox, SandboxServer

ORG = "/api/0/organizations/acme/"


@pytest.fixture(scope="module")
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(seed_issues=5) as sb:
        yield sb


@pytest.fixture
def api(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with sandbox.client() as client:
        yield client


@pytest.fixture
def admin(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with sandbox.client(headers=sandbox.admin_headers()) as client:
        yield client


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/__sandbox__/health"),
        ("POST", "/__sandbox__/tokens"),
        ("POST", "/__sandbox__/reset"),
        ("POST", "/__sandbox__/faults"),
        ("PUT", "/__sandbox__/latency"),
    ],
)
def test_control_routes_refuse_requests_without_the_admin_token(
    api: httpx.Client, method: str, path: str
) -> None:
    body = {"token": "minted", "scopes": ["org:admin"], "seconds": 1, "operation": "x"}
    without = httpx.Client(base_url=api.base_url, transport=api._transport)
    for client in (without, api):  # no credential at all; the demo (API) token
        response = client.request(method, path, json=body)
        assert response.status_code == 401, (client, response.text)


def test_a_minted_token_needs_the_admin_token(sandbox: Sandbox, admin: httpx.Client) -> None:
    assert "minted-2" not in sandbox.tokens
    added = admin.post("/__sandbox__/tokens", json={"token": "minted-2", "scopes": ["org:read"]})
    assert added.status_code == 201
    assert "minted-2" in sandbox.tokens


def test_control_bodies_must_be_declared_json(admin: httpx.Client) -> None:
    # A cross-site form can send text/plain without a preflight; it must not pass.
    response = admin.post(
        "/__sandbox__/tokens",
        content=b'{"token": "csrf", "scopes": ["org:admin"]}',
        headers={"Content-Type": "text/plain"},
    )
    assert response.status_code == 415


@pytest.mark.parametrize("host", ["evil.example", "evil.example:80", "127.0.0.1.nip.io"])
@pytest.mark.parametrize("path", [ORG, "/__sandbox__/health"])
def test_a_foreign_host_header_is_refused_on_every_route(
    admin: httpx.Client, host: str, path: str
) -> None:
    response = admin.get(path, headers={"Host": host})
    assert response.status_code == 400
    assert response.json() == {"detail": "Invalid HTTP_HOST header."}


def test_loopback_hosts_with_a_port_are_accepted_over_a_socket() -> None:
    with SandboxServer(seed_issues=0) as server, server.admin_client(timeout=5) as admin:
        port = server.url.rsplit(":", 1)[1]
        for host in (f"127.0.0.1:{port}", f"localhost:{port}", "[::1]:9", "localhost"):
            assert admin.get("/__sandbox__/health", headers={"Host": host}).status_code == 200
        assert admin.get("/__sandbox__/health", headers={"Host": "evil.example"}).status_code == 400


def test_deeply_nested_json_bodies_are_a_400_even_on_get(api: httpx.Client) -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    response = api.request("GET", ORG, content=deep, headers={"Content-Type": "application/json"})
    assert response.status_code == 400
    assert "JSON parse error" in response.json()["detail"]
    update = api.put(f"{ORG}issues/", params={"id": "1"}, content=deep)
    assert update.status_code == 400


def test_a_5000_digit_issue_id_in_the_path_is_a_404(api: httpx.Client) -> None:
    response = api.get(f"{ORG}issues/{'9' * 5000}/")
    assert response.status_code == 404
    assert response.json() == {"detail": "The requested resource does not exist"}


def test_a_5000_digit_bulk_id_is_a_400(api: httpx.Client) -> None:
    response = api.put(f"{ORG}issues/", params={"id": "9" * 5000}, json={"status": "resolved"})
    assert response.status_code == 400
    assert response.json() == {"id": ["A valid integer is required."]}


def test_an_enormous_ignore_duration_is_a_400(api: httpx.Client) -> None:
    issue = api.get("/api/0/projects/acme/web/issues/").json()[0]["id"]
    response = api.put(
        f"{ORG}issues/{issue}/",
        json={"status": "ignored", "statusDetails": {"ignoreDuration": 1e30}},
    )
    assert response.status_code == 400
    assert "ignoreDuration" in response.json()


def test_deleting_a_fault_with_a_5000_digit_id_is_a_404(admin: httpx.Client) -> None:
    assert admin.delete(f"/__sandbox__/faults/{'9' * 5000}").status_code == 404
    assert admin.delete("/__sandbox__/faults/123456").status_code == 404


# Review of issue 13: more hostile input that gave a 500 or an internal message.


@pytest.mark.parametrize(
    ("params", "said"),
    [
        ({"statsPeriod": "9" * 5000 + "d"}, "Invalid statsPeriod"),
        ({"query": "age:-" + "9" * 5000 + "d"}, "Invalid date"),
    ],
)
def test_a_5000_digit_period_is_a_400(api: httpx.Client, params: dict[str, str], said: str) -> None:
    response = api.get(f"{ORG}issues/", params=params)
    assert response.status_code == 400
    assert said in response.json()["detail"]


@pytest.mark.parametrize("window", [1e-300, 1e300])
def test_a_token_with_an_impossible_rate_limit_window_is_refused(
    admin: httpx.Client, window: float
) -> None:
    body = {"token": f"rl-{window}", "scopes": ["org:read"], "rateLimit": {"window": window}}
    response = admin.post("/__sandbox__/tokens", json=body)
    assert response.status_code == 400
    assert "window" in response.json()["detail"]


def test_a_lone_surrogate_in_a_body_gets_sentrys_own_400(api: httpx.Client) -> None:
    issue = api.get("/api/0/projects/acme/web/issues/").json()[0]["id"]
    response = api.put(
        f"{ORG}issues/{issue}/",
        content=b'{"status": "\\ud800"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 400
    assert response.json() == {"status": ['"\ufffd" is not a valid choice.']}

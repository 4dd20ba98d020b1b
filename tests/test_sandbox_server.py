"""SandboxServer, the command line entry point, the in-process transports and admin routes."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator

import httpx
import pytest
from sentry_api.sandbox import DEMO_TOKEN, Sandbox, SandboxServer


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(tokens={"my-token": ["event:read"]}, seed_issues=20) as srv:
        yield srv


def test_server_listens_on_loopback_with_the_demo_token(server: SandboxServer) -> None:
    assert server.url.startswith("http://127.0.0.1:") and server.token == DEMO_TOKEN
    response = httpx.get(
        f"{server.url}/api/0/organizations/", headers={"Authorization": f"Bearer {server.token}"}
    )
    assert response.status_code == 200
    assert {o["slug"] for o in response.json()} == {"acme", "globex"}


def test_extra_tokens_have_their_scopes(server: SandboxServer) -> None:
    headers = {"Authorization": "Bearer my-token"}
    issues = httpx.get(f"{server.url}/api/0/organizations/acme/issues/", headers=headers)
    assert issues.status_code == 200
    org = httpx.get(f"{server.url}/api/0/organizations/acme/", headers=headers)
    assert org.status_code == 403


def test_two_servers_get_different_ports() -> None:
    with SandboxServer(seed_issues=0) as one, SandboxServer(seed_issues=0) as two:
        assert one.url != two.url
    # Stopped: nothing listens any more.
    with pytest.raises(httpx.ConnectError):
        httpx.get(one.url + "/__sandbox__/health", timeout=1)


def test_a_server_can_share_an_existing_sandbox() -> None:
    sandbox = Sandbox(seed_issues=0)
    sandbox.state.create_team(sandbox.state.org("acme"), "shared")  # type: ignore[arg-type]
    with SandboxServer(sandbox) as srv:
        teams = httpx.get(
            f"{srv.url}/api/0/organizations/acme/teams/",
            headers={"Authorization": f"Bearer {srv.token}"},
        ).json()
    assert "shared" in [t["slug"] for t in teams]
    with pytest.raises(TypeError):
        SandboxServer(sandbox, seed_issues=3)


def test_admin_routes(server: SandboxServer) -> None:
    with server.admin_client() as admin:
        assert admin.get("/__sandbox__/health").json()["ok"] is True
        added = admin.post(
            "/__sandbox__/tokens",
            json={
                "token": "ci-token",
                "scopes": ["org:read"],
                "rateLimit": {"requests": 1, "window": 60, "concurrent": 1},
            },
        )
        assert added.status_code == 201
        headers = {"Authorization": "Bearer ci-token"}
        assert admin.get("/api/0/organizations/acme/", headers=headers).status_code == 200
        assert admin.get("/api/0/organizations/acme/", headers=headers).status_code == 429
        stats = admin.get("/__sandbox__/ratelimits", params={"token": "ci-token"}).json()
        assert stats["rejected_window"] == 1 and stats["requests"] == 2
        assert admin.put("/__sandbox__/latency", json={"seconds": 0.05}).json() == {"seconds": 0.05}
        started = time.perf_counter()
        admin.get("/api/0/organizations/", headers={"Authorization": f"Bearer {server.token}"})
        assert time.perf_counter() - started >= 0.05
        admin.put("/__sandbox__/latency", json={"seconds": 0})
        assert admin.get("/__sandbox__/calls").json()["retrieve_organization"] >= 2
        assert admin.post("/__sandbox__/reset").status_code == 204


def test_sync_transport_is_an_httpx_transport() -> None:
    sandbox = Sandbox(seed_issues=5)
    transport = sandbox.sync_transport()
    assert isinstance(transport, httpx.BaseTransport)
    with httpx.Client(
        transport=transport,
        base_url="https://sentry.io",
        headers={"Authorization": f"Bearer {sandbox.token}"},
    ) as client:
        assert client.get("/api/0/organizations/acme/").json()["slug"] == "acme"
        created = client.post("/api/0/organizations/acme/teams/", json={"slug": "sync"})
        assert created.status_code == 201
    sandbox.close()


async def test_async_transport_is_an_asgi_transport() -> None:
    sandbox = Sandbox(seed_issues=5)
    transport = sandbox.async_transport()
    assert isinstance(transport, httpx.ASGITransport)
    async with httpx.AsyncClient(
        transport=transport,
        base_url="https://sentry.io",
        headers={"Authorization": f"Bearer {sandbox.token}"},
    ) as client:
        response = await client.get("/api/0/organizations/acme/projects/")
    assert [p["slug"] for p in response.json()] == ["api", "mobile", "web", "worker"]


def test_command_line_prints_url_and_token() -> None:
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "sentry_api.sandbox",
            "--port",
            "0",
            "--seed-issues",
            "5",
            "--regions",
            "us,de",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        lines = [process.stdout.readline() for _ in range(6)]
        url = lines[0].strip().rsplit(" ", 1)[-1]
        assert url.startswith("http://127.0.0.1:")
        assert any(line.startswith("  region de: http://127.0.0.1:") for line in lines)
        assert f"Token: {DEMO_TOKEN}" in "".join(lines)
        admin = next(line for line in lines if line.startswith("Admin token"))
        headers = {"Authorization": f"Bearer {admin.strip().rsplit(' ', 1)[-1]}"}
        health = httpx.get(url + "/__sandbox__/health", headers=headers, timeout=5).json()
        assert health["issues"] == 5 + 24 and set(health["regions"]) == {"us", "de"}
    finally:
        process.terminate()
        process.wait(10)

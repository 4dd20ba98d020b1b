"""Fault injection, in process and over real HTTP."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import httpx
import pytest
from sentry_api.sandbox import FAULT_KINDS, Sandbox, SandboxServer
from sentry_api.sandbox.faults import FaultInjector

ORG_URL = "/api/0/organizations/acme/"
TEAMS_URL = "/api/0/organizations/acme/teams/"


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    sb = Sandbox(seed_issues=40)
    yield sb
    sb.close()


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with sandbox.client(timeout=5) as c:
        yield c


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(seed_issues=40) as srv:
        yield srv


@pytest.fixture
def http(server: SandboxServer) -> Iterator[httpx.Client]:
    server.faults.clear()
    headers = {"Authorization": f"Bearer {server.token}"}
    with httpx.Client(base_url=server.url, headers=headers, timeout=5) as c:
        yield c
    server.faults.clear()


# ------------------------------------------------------------------------------ the injector


def test_rules_fire_the_given_number_of_times() -> None:
    faults = FaultInjector(["retrieve_issue"])
    faults.add("retrieve_issue", "503", times=2)
    assert [getattr(faults.pick("retrieve_issue"), "kind", None) for _ in range(3)] == [
        "503",
        "503",
        None,
    ]
    faults.add("*", "500")
    assert faults.pick("anything") is not None and faults.pick("anything") is None


def test_rate_is_reproducible_with_the_seed() -> None:
    def draws(seed: int) -> list[bool]:
        faults = FaultInjector(seed=seed)
        faults.add("op", "hang", rate=0.5)
        return [faults.pick("op") is not None for _ in range(40)]

    assert draws(7) == draws(7)
    assert 5 < sum(draws(7)) < 35


def test_bad_rules_are_refused() -> None:
    faults = FaultInjector(["retrieve_issue"])
    for kwargs in (
        {"operation": "no_such_op", "kind": "503"},
        {"operation": "retrieve_issue", "kind": "teapot"},
        {"operation": "retrieve_issue", "kind": "503", "times": 0},
        {"operation": "retrieve_issue", "kind": "503", "rate": 1.5},
    ):
        with pytest.raises(ValueError):
            faults.add(**kwargs)  # type: ignore[arg-type]
    faults.add("retrieve_issue", "html")
    assert faults.clear("retrieve_issue") == 1 and len(faults) == 0


# ------------------------------------------------------------------------------ in process


@pytest.mark.parametrize("kind", ["500", "502", "503", "504"])
def test_server_errors(sandbox: Sandbox, client: httpx.Client, kind: str) -> None:
    sandbox.faults.add("retrieve_organization", kind)
    response = client.get(ORG_URL)
    assert response.status_code == int(kind)
    assert isinstance(response.json()["detail"], str)
    assert client.get(ORG_URL).status_code == 200  # only the next call


@pytest.mark.parametrize(
    ("kind", "status", "content_type"),
    [
        ("html", 502, "text/html"),
        ("invalid_json", 200, "application/json"),
        ("empty", 200, "application/json"),
    ],
)
def test_bad_bodies(
    sandbox: Sandbox, client: httpx.Client, kind: str, status: int, content_type: str
) -> None:
    sandbox.faults.add("retrieve_organization", kind)
    response = client.get(ORG_URL)
    assert response.status_code == status
    assert response.headers["Content-Type"].startswith(content_type)
    if kind == "html":
        assert response.text.lstrip().startswith("<!DOCTYPE html>")
    elif kind == "empty":
        assert response.content == b""
    else:
        with pytest.raises(ValueError):
            response.json()


def test_status_can_be_chosen(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "html", status=503)
    assert client.get(ORG_URL).status_code == 503


def test_429_variants(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "429", seconds=3)
    sandbox.faults.add("retrieve_organization", "429_no_reset")
    sandbox.faults.add("retrieve_organization", "429_retry_after", seconds=2)
    with_reset, bare, retry_after = (client.get(ORG_URL) for _ in range(3))
    assert {r.status_code for r in (with_reset, bare, retry_after)} == {429}
    assert int(with_reset.headers["X-Sentry-Rate-Limit-Reset"]) >= int(time.time()) + 2
    assert with_reset.headers["X-Sentry-Rate-Limit-Remaining"] == "0"
    assert not any(h.lower().startswith("x-sentry-rate-limit") for h in bare.headers)
    assert "Retry-After" not in bare.headers
    assert retry_after.headers["Retry-After"] == "2"
    assert "X-Sentry-Rate-Limit-Reset" not in retry_after.headers


def test_drop_and_reset_raise_transport_errors(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "drop")
    with pytest.raises(httpx.RemoteProtocolError):
        client.get(ORG_URL)
    sandbox.faults.add("retrieve_organization", "reset")
    with pytest.raises(httpx.ReadError):
        client.get(ORG_URL)
    assert client.get(ORG_URL).status_code == 200


async def test_drop_in_the_async_transport(sandbox: Sandbox) -> None:
    sandbox.faults.add("retrieve_organization", "drop")
    async with sandbox.async_client() as client:
        with pytest.raises(httpx.RemoteProtocolError):
            await client.get(ORG_URL)


def test_hang_times_out_at_the_clients_read_timeout(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "hang", seconds=30)
    started = time.perf_counter()
    with pytest.raises(httpx.ReadTimeout):
        client.get(ORG_URL, timeout=0.2)
    assert time.perf_counter() - started < 2


def test_a_short_hang_is_just_a_slow_answer(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "hang", seconds=0.1)
    started = time.perf_counter()
    assert client.get(ORG_URL).status_code == 200
    assert time.perf_counter() - started >= 0.1


def test_faulted_calls_change_nothing(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("create_team", "503")
    assert client.post(TEAMS_URL, json={"slug": "ghost"}).status_code == 503
    assert "ghost" not in [t["slug"] for t in client.get(TEAMS_URL).json()]
    assert sandbox.call_count("create_team") == 1


def test_missing_fields(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("list_organization_teams", "missing_fields")
    sandbox.faults.add("retrieve_organization", "missing_fields")
    teams = client.get(TEAMS_URL)
    assert teams.status_code == 200 and teams.json() and all(t == {} for t in teams.json())
    assert client.get(ORG_URL).json() == {}


def test_repeat_cursor_points_back_at_the_same_page(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("list_organization_issues", "repeat_cursor", times=3)
    url = "/api/0/organizations/acme/issues/?limit=5&cursor=0:5:0"
    first = client.get(url)
    following = first.links["next"]
    assert following["cursor"] == "0:5:0" and following["results"] == "true"
    second = client.get(following["url"])
    assert [i["id"] for i in second.json()] == [i["id"] for i in first.json()]


def test_rate_applies_to_a_fraction_of_calls(sandbox: Sandbox, client: httpx.Client) -> None:
    sandbox.faults.add("retrieve_organization", "503", rate=0.5)
    statuses = [client.get(ORG_URL).status_code for _ in range(40)]
    assert 5 < statuses.count(503) < 35 and statuses.count(200) == 40 - statuses.count(503)


def test_every_kind_is_covered_here() -> None:
    exercised = {
        "500",
        "502",
        "503",
        "504",
        "html",
        "invalid_json",
        "empty",
        "429",
        "429_no_reset",
        "429_retry_after",
        "hang",
        "drop",
        "reset",
        "missing_fields",
        "repeat_cursor",
    }
    assert exercised == set(FAULT_KINDS)


# ------------------------------------------------------------------------------ over HTTP


def test_drop_over_http_closes_without_a_response(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.faults.add("retrieve_organization", "drop")
    with pytest.raises(httpx.RemoteProtocolError):
        http.get(ORG_URL)
    assert http.get(ORG_URL).status_code == 200


def test_reset_over_http(server: SandboxServer, http: httpx.Client) -> None:
    server.faults.add("retrieve_organization", "reset")
    with pytest.raises((httpx.ReadError, httpx.RemoteProtocolError)):
        http.get(ORG_URL)
    assert http.get(ORG_URL).status_code == 200


def test_hang_over_http_does_not_block_other_requests(
    server: SandboxServer, http: httpx.Client
) -> None:
    server.faults.add("retrieve_organization", "hang", seconds=30)
    outcome: dict[str, BaseException] = {}

    def hung_call() -> None:
        headers = {"Authorization": f"Bearer {server.token}"}
        try:
            httpx.get(server.url + ORG_URL, headers=headers, timeout=1.0)
        except httpx.TimeoutException as exc:
            outcome["error"] = exc

    worker = threading.Thread(target=hung_call)
    started = time.perf_counter()
    worker.start()
    time.sleep(0.1)
    assert http.get(TEAMS_URL).status_code == 200  # served while the other one hangs
    assert time.perf_counter() - started < 0.9
    worker.join(5)
    assert isinstance(outcome.get("error"), httpx.ReadTimeout)


@pytest.mark.parametrize("kind", ["invalid_json", "html", "empty", "503"])
def test_canned_faults_over_http(server: SandboxServer, http: httpx.Client, kind: str) -> None:
    server.faults.add("retrieve_organization", kind)
    response = http.get(ORG_URL)
    assert response.status_code in (200, 502, 503)
    assert response.status_code != 200 or kind in ("invalid_json", "empty")


def test_faults_over_the_admin_route(server: SandboxServer, http: httpx.Client) -> None:
    admin = server.admin_client(timeout=5)
    created = admin.post(
        "/__sandbox__/faults",
        json={"operation": "retrieve_organization", "kind": "504", "times": 2},
    )
    assert created.status_code == 201 and created.json()["kind"] == "504"
    listed = admin.get("/__sandbox__/faults").json()
    assert [r["operation"] for r in listed["rules"]] == ["retrieve_organization"]
    assert http.get(ORG_URL).status_code == 504
    assert admin.delete("/__sandbox__/faults").json() == {"removed": 1}
    assert http.get(ORG_URL).status_code == 200
    bad = admin.post("/__sandbox__/faults", json={"operation": "nope", "kind": "504"})
    assert bad.status_code == 400
    admin.close()


def test_stopping_the_server_releases_hung_requests() -> None:
    server = SandboxServer(seed_issues=10).start()
    server.faults.add("retrieve_organization", "hang", seconds=60)
    errors: list[BaseException] = []

    def hung_call() -> None:
        try:
            httpx.get(
                server.url + ORG_URL,
                headers={"Authorization": f"Bearer {server.token}"},
                timeout=30,
            )
        except httpx.HTTPError as exc:
            errors.append(exc)

    worker = threading.Thread(target=hung_call)
    worker.start()
    time.sleep(0.2)
    started = time.perf_counter()
    server.stop()
    assert time.perf_counter() - started < 5
    worker.join(5)
    assert not worker.is_alive()

"""End to end against the sandbox: in process (sync and async transports) and over real HTTP on
127.0.0.1 (region discovery across listeners, rate and concurrency limits, faults)."""

from __future__ import annotations

import asyncio
import math
from collections.abc import Iterator

import pytest
from sentry_api import AsyncSentryClient, SentryClient
from sentry_api.sandbox import RateLimit, Sandbox, SandboxServer


@pytest.fixture
def sandbox() -> Iterator[Sandbox]:
    with Sandbox(allow_slash_in_versions=True) as sb:
        yield sb


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[SentryClient]:
    with SentryClient(
        sandbox.token, base_url=sandbox.url, organization="acme", transport=sandbox.sync_transport()
    ) as c:
        yield c


def test_list_resolve_and_stream_events_sync(client: SentryClient, sandbox: Sandbox) -> None:
    listed = client.issues.list(project_id_or_slug="web", query="is:unresolved", max_results=500)
    assert listed.success, listed.error
    assert listed.data and all(issue.status == "unresolved" for issue in listed.data)
    assert listed.next_cursor is None
    target = listed.data[0]

    resolved = client.issues.update(issue_id=target.id, body={"status": "resolved"})
    assert resolved.success and resolved.data.status == "resolved"
    still_open = client.issues.list(
        project_id_or_slug="web", query="is:unresolved", max_results=500
    )
    assert target.id not in {i.id for i in still_open.data}
    assert len(still_open.data) == len(listed.data) - 1

    events = list(client.paginate("list_project_events", project_id_or_slug="web"))
    assert len(events) > 100, "more than one page"
    assert len({e.event_id for e in events}) == len(events)
    assert sandbox.call_count("list_project_events") == math.ceil(len(events) / 100), (
        "one request per page"
    )


async def test_list_resolve_and_stream_events_async(sandbox: Sandbox) -> None:
    async with AsyncSentryClient(
        sandbox.token,
        base_url=sandbox.url,
        organization="acme",
        transport=sandbox.async_transport(),
    ) as client:
        listed = await client.issues.list(project_id_or_slug="web", max_results=20)
        assert listed.success and len(listed.data) == 20
        target = listed.data[0]
        resolved = await client.call(
            "update_issue", issue_id=target.id, body={"status": "resolved"}
        )
        assert resolved.success and resolved.data.status == "resolved"
        events = [e async for e in client.paginate("list_project_events", project_id_or_slug="web")]
        assert len(events) > 100
        details = await asyncio.gather(
            *(client.issues.retrieve(issue_id=i.id) for i in listed.data[:10])
        )
        assert [d.data.id for d in details] == [i.id for i in listed.data[:10]]


def test_resume_through_the_sandbox_without_gaps(client: SentryClient) -> None:
    everything = [
        i.id for i in client.paginate("list_project_issues", project_id_or_slug="web", query="")
    ]
    seen: list[str] = []
    cursor = None
    while True:
        page = client.call(
            "list_project_issues", project_id_or_slug="web", query="", max_results=37, cursor=cursor
        )
        assert page.success, page.error
        seen += [i.id for i in page.data]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == everything


@pytest.mark.parametrize(
    "version", ["web@2.0.0+build.7", "feature/new login", "vérsion ü 1.0", "a@b+c d/e"]
)
def test_release_versions_round_trip_percent_encoded(client: SentryClient, version: str) -> None:
    created = client.releases.create(body={"version": version, "projects": ["web"]})
    assert created.success, created.error
    fetched = client.releases.retrieve(version=version)
    assert fetched.success, fetched.error
    assert fetched.data.version == version
    assert client.releases.delete(version=version).success
    assert client.releases.retrieve(version=version).status_code == 404


def test_every_namespace_reaches_the_sandbox(client: SentryClient) -> None:
    assert client.organizations.retrieve().data.slug == "acme"
    assert client.projects.retrieve(project_id_or_slug="web").data.slug == "web"
    assert client.teams.list().success
    assert client.members.list().success
    assert client.releases.list().success
    assert client.projects.keys(project_id_or_slug="web").success


def test_errors_from_the_sandbox(sandbox: Sandbox) -> None:
    sandbox.add_token("read-only", ["event:read"])
    with SentryClient(
        "read-only", base_url=sandbox.url, organization="acme", transport=sandbox.sync_transport()
    ) as client:
        denied = client.call("update_issue", issue_id="1", body={"status": "resolved"})
        assert denied.status_code in (403, 404)
        issue = client.call("list_project_issues", project_id_or_slug="web", max_results=1).data[0]
        forbidden = client.call("update_issue", issue_id=issue.id, body={"status": "resolved"})
        assert forbidden.status_code == 403
        assert "the token lacks the event:write scope" in (forbidden.error or "")
    with SentryClient(
        "not-a-token", base_url=sandbox.url, organization="acme", transport=sandbox.sync_transport()
    ) as client:
        assert "the token is missing, invalid or expired" in (
            client.call("list_organizations").error or ""
        )


def test_faults_are_retried_or_reported(sandbox: Sandbox) -> None:
    clock_sleeps: list[float] = []
    with SentryClient(
        sandbox.token,
        base_url=sandbox.url,
        organization="acme",
        transport=sandbox.sync_transport(),
        sleep=clock_sleeps.append,
    ) as client:
        sandbox.faults.add("retrieve_organization", "503", times=2)
        assert client.organizations.retrieve().success
        sandbox.faults.add("create_team", "502", times=1)
        failed = client.teams.create(body={"slug": "never-twice"})
        assert failed.status_code == 502 and "not retried" in (failed.error or "")
        assert sandbox.call_count("create_team") == 1
        sandbox.faults.add("list_organization_teams", "repeat_cursor", times=5)
        looped = client.teams.list(max_results=1000, per_page=1)
        assert looped.error_kind == "pagination"
        sandbox.faults.add("retrieve_project", "missing_fields", times=1)
        broken = client.projects.retrieve(project_id_or_slug="web")
        assert broken.error_kind == "invalid_response" and "missing required field" in (
            broken.error or ""
        )
        sandbox.faults.add("retrieve_project", "html", times=5)
        html = client.projects.retrieve(project_id_or_slug="web")
        assert not html.success and html.status_code == 502
    assert len(clock_sleeps) >= 2


def test_region_discovery_over_http() -> None:
    with SandboxServer(regions=("us", "de"), seed_issues=20) as server:
        with SentryClient(server.token, base_url=server.url, region="auto") as client:
            acme = client.call(
                "list_project_issues", organization_id_or_slug="acme", project_id_or_slug="web"
            )
            globex = client.call("list_organization_projects", organization_id_or_slug="globex")
            assert acme.success and globex.success, (acme.error, globex.error)
            assert client.region_urls == {
                "acme": server.region_urls["us"],
                "globex": server.region_urls["de"],
            }


async def test_async_client_stays_under_the_sandbox_limits() -> None:
    limit = RateLimit(requests=25, window=1.0, concurrent=3)
    with Sandbox(seed_issues=40, rate_limits={"limited": limit}) as sandbox:
        sandbox.add_token("limited")
        async with AsyncSentryClient(
            "limited",
            base_url=sandbox.url,
            organization="acme",
            transport=sandbox.async_transport(),
            max_retry_wait=10,
        ) as client:
            ids = [
                i.id
                for i in (await client.issues.list(project_id_or_slug="web", max_results=10)).data
            ]
            results = await asyncio.gather(
                *(client.issues.retrieve(issue_id=ids[n % len(ids)]) for n in range(40))
            )
        stats = sandbox.rate_limit_stats("limited")
    assert [r.error for r in results if not r.success] == []
    assert stats["peak_attempted"] <= 3, stats
    assert stats["rejected_concurrent"] == 0, stats

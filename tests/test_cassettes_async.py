"""Recorded exchanges replayed through ``AsyncSentryClient``: reads, a mutation, a lifecycle,
pagination across three pages (``pages()`` and ``max_results``), concurrent calls, an error.

The async client shares the sync client's call logic, but not its I/O (``httpx.AsyncClient``,
``asyncio.sleep``, the concurrency gate); these cassettes lock that side down.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any

import pytest

pytestmark = [pytest.mark.vcr]

Client = Callable[..., Any]


async def test_retrieve_issue(async_cassette_client: Client, target: dict[str, Any]) -> None:
    client = async_cassette_client(organization=target["organization"])
    result = await client.call("retrieve_issue", issue_id=target["issue_id"])
    assert result.success, result.error
    assert result.data.short_id == target["issue_short_id"]
    assert result.data.title == target["issue_title"]


async def test_list_project_issues_three_pages(
    async_cassette_client: Client, target: dict[str, Any]
) -> None:
    client = async_cassette_client(organization=target["organization"])
    pages = []
    async for page in client.pages(
        "list_project_issues",
        project_id_or_slug=target["project"],
        query="is:unresolved",
        limit=2,
        max_results=6,
    ):
        assert page.success, page.error
        pages.append(page)
    assert [len(page.data) for page in pages] == [2, 2, 2]
    issues = [issue for page in pages for issue in page.data]
    assert issues[0].short_id == target["issue_short_id"]
    assert len({issue.id for issue in issues}) == 6
    assert all(page.next_cursor for page in pages), "the list goes on after six"


async def test_paginate_members_with_max_results(
    async_cassette_client: Client, target: dict[str, Any]
) -> None:
    client = async_cassette_client(organization=target["organization"])
    result = await client.call("list_organization_members", per_page=1, max_results=3)
    assert result.success, result.error
    assert len(result.data) == 3 and result.attempts == 3
    assert len({member.id for member in result.data}) == 3
    members = [m async for m in client.paginate("list_organization_members", per_page=4)]
    assert {m.id for m in result.data} <= {m.id for m in members}


async def test_update_issue_resolves_and_reopens(
    async_cassette_client: Client, target: dict[str, Any]
) -> None:
    client = async_cassette_client(organization=target["organization"])
    issue_id = target["issue_id"]
    resolved = await client.call("update_issue", issue_id=issue_id, body={"status": "resolved"})
    assert resolved.success and resolved.data.status == "resolved"
    reopened = await client.issues.update(issue_id=issue_id, body={"status": "unresolved"})
    assert reopened.success and reopened.data.status == "unresolved"


async def test_release_lifecycle(async_cassette_client: Client, target: dict[str, Any]) -> None:
    client = async_cassette_client(organization=target["organization"])
    version = target["new_release_version"]
    created = await client.call(
        "create_release", body={"version": version, "projects": [target["project"]]}
    )
    assert created.success and created.status_code == 201 and created.data.version == version
    deploy = await client.call("create_deploy", version=version, body={"environment": "staging"})
    assert deploy.success and deploy.data.environment == "staging"
    deleted = await client.call("delete_release", version=version)
    assert deleted.success and deleted.status_code == 204
    gone = await client.call("retrieve_release", version=version)
    assert gone.status_code == 404 and gone.error_kind == "not_found"
    assert f"/releases/{version.replace('@', '%40')}/ does not exist" in (gone.error or "")


async def test_concurrent_calls(async_cassette_client: Client, target: dict[str, Any]) -> None:
    client = async_cassette_client(organization=target["organization"])
    project, team, release = await asyncio.gather(
        client.call("retrieve_project", project_id_or_slug=target["project"]),
        client.call("retrieve_team", team_id_or_slug=target["team"]),
        client.call("retrieve_release", version=target["release_version"]),
    )
    assert project.success and project.data.slug == target["project"]
    assert team.success and team.data.slug == target["team"]
    assert release.success and release.data.version == target["release_version"]


async def test_404_and_401(async_cassette_client: Client, target: dict[str, Any]) -> None:
    from conftest import INVALID_TOKEN

    client = async_cassette_client(organization=target["organization"])
    missing = await client.call("retrieve_team", team_id_or_slug="cassette-no-such-team")
    assert (missing.success, missing.status_code, missing.error_kind) == (False, 404, "not_found")
    bad = async_cassette_client(token=INVALID_TOKEN, organization=target["organization"])
    denied = await bad.call("list_organization_teams", per_page=1)
    assert (denied.status_code, denied.error_kind) == (401, "authentication")
    assert "missing, invalid or expired" in (denied.error or "")

"""Recorded successes for every operation, through the synchronous ``SentryClient``.

Each test replays ``tests/cassettes/test_cassettes_operations/<test>.yaml`` (re-record with
``python scripts/record_cassettes.py``) and checks what the wrapper made of the answers: the
parsed models' fields, ``next_cursor`` across pages, the state a mutation left behind. Slugs
and ids come from ``target`` (``tests/cassettes/target.json``), never from constants, so the
same tests can be re-recorded against a real Sentry organization. Lists are kept small with
``per_page`` / ``limit`` so the cassettes stay small.

``delete_issue`` is in ``test_cassettes_sandbox.py`` (it would destroy a real issue).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from sentry_api import Result

pytestmark = [pytest.mark.vcr]

Client = Callable[..., Any]


def ok(result: Result) -> Any:
    assert result.success, result.error
    assert result.error is None and result.error_kind is None
    return result.data


def ids(items: list[Any]) -> list[str]:
    return [str(item.id) for item in items]


def walk_pages(
    client: Any, operation_id: str, pages: int = 3, *, ends: bool = False, **params: Any
) -> list[Result]:
    """Fetch ``pages`` pages one call at a time, resuming each from ``next_cursor``. With
    ``ends`` the list must end on the last page (``next_cursor`` None), else go on after it."""
    results: list[Result] = []
    cursor = None
    for number in range(1, pages + 1):
        result = client.call(operation_id, cursor=cursor, **params)
        ok(result)
        results.append(result)
        cursor = result.next_cursor
        if ends and number == pages:
            assert cursor is None, f"{operation_id}: expected the list to end after {pages} pages"
        else:
            assert cursor is not None, f"{operation_id}: expected more than {number} page(s)"
    return results


def assert_distinct_pages(results: list[Result], per_page: int) -> None:
    seen = [item_id for result in results for item_id in ids(result.data)]
    assert all(len(result.data) == per_page for result in results)
    assert len(seen) == len(set(seen)) == per_page * len(results), "pages overlap"
    cursors = [result.next_cursor for result in results if result.next_cursor is not None]
    assert len(set(cursors)) == len(cursors), "the cursor did not move"


# ------------------------------------------------------------------------------ issues


def test_list_project_issues(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    result = client.call(
        "list_project_issues",
        project_id_or_slug=target["project"],
        query="is:unresolved",
        limit=2,
    )
    issues = ok(result)
    assert len(issues) == 2
    assert issues[0].id == target["issue_id"]
    assert issues[0].short_id == target["issue_short_id"]
    assert issues[0].title == target["issue_title"]
    assert {issue.status for issue in issues} == {"unresolved"}
    assert {issue.project.slug for issue in issues} == {target["project"]}
    assert result.next_cursor is not None and result.status_code == 200
    assert result.rate_limit is not None and result.rate_limit.limit is not None


def test_list_project_issues_max_results_follows_three_pages_and_resumes(
    cassette_client: Client, target: dict[str, Any]
) -> None:
    client = cassette_client(organization=target["organization"])
    params = {"project_id_or_slug": target["project"], "query": "is:unresolved", "limit": 1}
    first = client.call("list_project_issues", max_results=3, **params)
    assert len(ok(first)) == 3
    assert first.attempts == 3, "one request per page of one issue"
    assert first.data[0].short_id == target["issue_short_id"]
    assert first.next_cursor is not None
    resumed = client.call("list_project_issues", cursor=first.next_cursor, max_results=1, **params)
    assert len(ok(resumed)) == 1
    assert resumed.data[0].id not in ids(first.data), "resuming repeated an issue"


def test_list_organization_issues_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client()
    pages = walk_pages(
        client,
        "list_organization_issues",
        organization_id_or_slug=target["organization"],
        query="is:unresolved",
        limit=2,
    )
    assert_distinct_pages(pages, 2)
    assert all(issue.status == "unresolved" for page in pages for issue in page.data)
    assert all(issue.short_id for page in pages for issue in page.data)


def test_retrieve_issue(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    issue = ok(client.call("retrieve_issue", issue_id=target["issue_id"]))
    assert (issue.id, issue.short_id, issue.title) == (
        target["issue_id"],
        target["issue_short_id"],
        target["issue_title"],
    )
    assert issue.project.slug == target["project"]
    assert issue.first_seen is not None and issue.first_seen <= issue.last_seen


def test_update_issue_resolves_and_reopens(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    issue_id = target["issue_id"]
    resolved = ok(client.call("update_issue", issue_id=issue_id, body={"status": "resolved"}))
    assert resolved.status == "resolved" and resolved.id == issue_id
    assert ok(client.call("retrieve_issue", issue_id=issue_id)).status == "resolved"
    reopened = ok(client.call("update_issue", issue_id=issue_id, body={"status": "unresolved"}))
    assert reopened.status == "unresolved"


def test_bulk_mutate_project_issues(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    chosen = [int(target["issue_id"]), int(target["other_issue_id"])]  # the spec: integers
    params = {"project_id_or_slug": target["project"], "id": chosen}
    marked = ok(client.call("bulk_mutate_project_issues", body={"isBookmarked": True}, **params))
    assert marked.is_bookmarked is True
    after = ok(client.call("retrieve_issue", issue_id=target["other_issue_id"]))
    assert after.is_bookmarked is True
    unmarked = ok(client.call("bulk_mutate_project_issues", body={"isBookmarked": False}, **params))
    assert unmarked.is_bookmarked is False


def test_bulk_mutate_organization_issues(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    chosen = [int(target["issue_id"]), int(target["other_issue_id"])]  # the spec: integers
    result = client.call("bulk_mutate_organization_issues", id=chosen, body={"hasSeen": True})
    assert ok(result).has_seen is True
    assert ok(client.call("retrieve_issue", issue_id=target["issue_id"])).has_seen is True


def test_list_issue_hashes_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    # Issues rarely have more than two hashes (the sandbox's have at most two): two pages.
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(
        client, "list_issue_hashes", 2, ends=True, issue_id=target["hashes_issue_id"], per_page=1
    )
    assert_distinct_pages(pages, 1)
    assert all(len(page.data[0].id) == 32 and int(page.data[0].id, 16) >= 0 for page in pages)


def test_issue_namespace(cassette_client: Client, target: dict[str, Any]) -> None:
    """The people-facing namespace goes through the same path and records the same request."""
    client = cassette_client(organization=target["organization"])
    issue = ok(client.issues.retrieve(issue_id=target["issue_id"]))
    assert issue.short_id == target["issue_short_id"]


# ------------------------------------------------------------------------------ events


def test_list_issue_events_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(
        client,
        "list_issue_events",
        issue_id=target["busy_issue_id"],
        per_page=1,
        ends=target["busy_issue_events"] == 3,
    )
    assert_distinct_pages(pages, 1)
    assert {page.data[0].group_id for page in pages} == {target["busy_issue_id"]}


def test_list_issue_events(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    result = client.call("list_issue_events", issue_id=target["issue_id"], per_page=1)
    events = ok(result)
    assert len(events) == 1
    assert events[0].event_id == target["event_id"]
    assert events[0].group_id == target["issue_id"]
    assert all(tag.key for tag in events[0].tags)


def test_retrieve_issue_event(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    event = ok(
        client.call(
            "retrieve_issue_event", issue_id=target["issue_id"], event_id=target["event_id"]
        )
    )
    assert event.event_id == target["event_id"]
    assert event.group_id == target["issue_id"]
    assert event.entries, "the full event carries its entries (stack trace, breadcrumbs...)"
    latest = ok(client.call("retrieve_issue_event", issue_id=target["issue_id"], event_id="latest"))
    assert latest.group_id == target["issue_id"]


def test_list_project_events_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(
        client, "list_project_events", project_id_or_slug=target["project"], per_page=2
    )
    assert_distinct_pages(pages, 2)
    assert all(len(event.event_id) == 32 for page in pages for event in page.data)


def test_retrieve_project_event(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    event = ok(
        client.call(
            "retrieve_project_event",
            project_id_or_slug=target["project"],
            event_id=target["event_id"],
        )
    )
    assert event.event_id == target["event_id"]
    assert event.group_id == target["issue_id"]
    assert event.title


# ------------------------------------------------------------------------------ projects


def test_list_projects_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    pages = walk_pages(cassette_client(), "list_projects", per_page=1)
    assert_distinct_pages(pages, 1)
    assert all(page.data[0].organization.slug for page in pages)


def test_retrieve_project(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    project = ok(client.call("retrieve_project", project_id_or_slug=target["project"]))
    assert project.slug == target["project"]
    assert project.organization.slug == target["organization"]
    assert target["team"] in [team.slug for team in project.teams]


def test_list_project_users_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(
        client, "list_project_users", project_id_or_slug=target["project"], per_page=2
    )
    users = [user for page in pages for user in page.data]
    assert len({user.hash_ for user in users}) == 6
    assert all(user.hash_ and user.tag_value for user in users)


def test_list_project_keys_pages(
    cassette_client: Client, target: dict[str, Any], recording: Any
) -> None:
    # A project has few client keys (the sandbox's web project two): two pages of one.
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(
        client, "list_project_keys", 2, ends=True, project_id_or_slug=target["project"], per_page=1
    )
    assert_distinct_pages(pages, 1)
    for key in (page.data[0] for page in pages):
        assert key.dsn.public.startswith("http") and key.public in key.dsn.public
        if recording.replaying:
            # The cassette keeps the public key but never the secret half.
            assert key.secret in (None, "[REDACTED]")


def test_project_lifecycle(cassette_client: Client, target: dict[str, Any]) -> None:
    """create_project, retrieve_project, update_project, delete_project on a fresh project."""
    client = cassette_client(organization=target["organization"])
    slug = target["project_slug"]
    created = client.call(
        "create_project",
        team_id_or_slug=target["team"],
        body={
            "name": target["project_name"],
            "slug": slug,
            "platform": "python",
            "default_rules": False,
        },
    )
    assert ok(created).slug == slug and created.status_code == 201
    assert created.data.name == target["project_name"]
    fetched = ok(client.call("retrieve_project", project_id_or_slug=slug))
    assert fetched.platform == "python"
    renamed = ok(
        client.call("update_project", project_id_or_slug=slug, body={"name": "Cassette Renamed"})
    )
    assert renamed.name == "Cassette Renamed" and renamed.slug == slug
    deleted = client.call("delete_project", project_id_or_slug=slug)
    assert deleted.success and deleted.data is None and deleted.status_code == 204


# ------------------------------------------------------------------------------ organizations


def test_list_organizations_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    """Every organization the token sees, one per page (the sandbox has two)."""
    pages = list(cassette_client().pages("list_organizations", per_page=1, max_results=3))
    assert len(pages) >= 2 and all(page.success for page in pages)
    orgs = [org for page in pages for org in page.data]
    assert [len(page.data) for page in pages] == [1] * len(pages)
    assert len({org.slug for org in orgs}) == len(orgs)
    assert target["organization"] in {org.slug for org in orgs}
    assert all(org.links.organization_url.startswith("http") for org in orgs)


def test_retrieve_organization(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client()
    org = ok(client.call("retrieve_organization", organization_id_or_slug=target["organization"]))
    assert org.slug == target["organization"]
    assert org.name == target["organization_name"]
    assert org.links.region_url.startswith("http")


def test_update_organization(cassette_client: Client, target: dict[str, Any]) -> None:
    # Sends the current name: a real test organization is left as it was.
    client = cassette_client(organization=target["organization"])
    org = ok(client.call("update_organization", body={"name": target["organization_name"]}))
    assert org.name == target["organization_name"] and org.slug == target["organization"]


def test_list_organization_projects_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(client, "list_organization_projects", per_page=1)
    assert_distinct_pages(pages, 1)
    assert all(page.data[0].slug for page in pages)


# ------------------------------------------------------------------------------ teams


def test_list_organization_teams_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(client, "list_organization_teams", per_page=1)
    assert_distinct_pages(pages, 1)
    assert all(page.data[0].slug and page.data[0].member_count >= 0 for page in pages)


def test_retrieve_team(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    team = ok(client.call("retrieve_team", team_id_or_slug=target["team"]))
    assert team.slug == target["team"] and team.member_count >= 1


def test_list_team_projects(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    projects = ok(client.call("list_team_projects", team_id_or_slug=target["team"], per_page=10))
    assert target["project"] in [project.slug for project in projects]


def test_list_team_projects_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    """Two extra projects on the team make sure its list spans three pages of one."""
    client = cassette_client(organization=target["organization"])
    extra = [f"{target['project_slug']}-{n}" for n in (1, 2)]
    for slug in extra:
        created = client.call(
            "create_project",
            team_id_or_slug=target["team"],
            body={"name": slug, "slug": slug, "default_rules": False},
        )
        assert ok(created).slug == slug
    try:
        alone = target["team_projects"] == 1  # then the team has exactly three projects now
        pages = walk_pages(
            client, "list_team_projects", 3, ends=alone, team_id_or_slug=target["team"], per_page=1
        )
        assert_distinct_pages(pages, 1)
        if alone:
            assert {page.data[0].slug for page in pages} == {target["project"], *extra}
    finally:
        for slug in extra:
            assert client.call("delete_project", project_id_or_slug=slug).status_code == 204


def test_list_team_members_paginate(cassette_client: Client, target: dict[str, Any]) -> None:
    """``paginate`` yields every member, one page of one member at a time."""
    client = cassette_client(organization=target["organization"])
    pages = list(client.pages("list_team_members", team_id_or_slug=target["team"], per_page=1))
    assert len(pages) >= 3 and all(page.success for page in pages)
    assert [page.next_cursor is None for page in pages] == [False] * (len(pages) - 1) + [True]
    members = [member for page in pages for member in page.data]
    assert len({member.id for member in members}) == len(members)
    assert {member.team_slug for member in members} == {target["team"]}


def test_team_lifecycle(cassette_client: Client, target: dict[str, Any]) -> None:
    """create_team, retrieve_team, update_team, delete_team on a fresh team."""
    client = cassette_client(organization=target["organization"])
    slug = target["team_slug"]
    created = client.call("create_team", body={"slug": slug, "name": target["team_name"]})
    assert ok(created).slug == slug and created.status_code == 201
    assert ok(client.call("retrieve_team", team_id_or_slug=slug)).name == target["team_name"]
    updated = ok(
        client.call("update_team", team_id_or_slug=slug, body={"slug": slug, "name": "Renamed"})
    )
    assert updated.name == "Renamed"
    deleted = client.call("delete_team", team_id_or_slug=slug)
    assert deleted.success and deleted.status_code == 204
    gone = client.call("retrieve_team", team_id_or_slug=slug)
    assert not gone.success and gone.status_code == 404


# ------------------------------------------------------------------------------ releases


def test_list_organization_releases_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(client, "list_organization_releases", per_page=1)
    assert_distinct_pages(pages, 1)
    assert pages[0].data[0].version == target["release_version"]


def test_retrieve_release(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    release = ok(client.call("retrieve_release", version=target["release_version"]))
    assert release.version == target["release_version"]
    assert release.projects and release.date_created is not None


def test_list_release_deploys(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    deploys = ok(client.call("list_release_deploys", version=target["release_version"]))
    assert deploys and all(deploy.environment for deploy in deploys)


def test_release_lifecycle(cassette_client: Client, target: dict[str, Any]) -> None:
    """create_release, retrieve_release, update_release, create_deploy, list_release_deploys,
    delete_release on a fresh release."""
    client = cassette_client(organization=target["organization"])
    version = target["new_release_version"]
    created = client.call(
        "create_release", body={"version": version, "projects": [target["project"]]}
    )
    assert ok(created).version == version and created.status_code == 201
    assert [p.slug for p in created.data.projects] == [target["project"]]
    fetched = ok(client.call("retrieve_release", version=version))
    assert fetched.version == version and fetched.deploy_count == 0
    updated = ok(client.call("update_release", version=version, body={"ref": "cassette-ref"}))
    assert updated.ref == "cassette-ref"
    deploys = []
    for environment in ("staging", "qa", "production"):
        deploy = client.call(
            "create_deploy", version=version, body={"environment": environment, "name": "cassette"}
        )
        assert ok(deploy).environment == environment and deploy.status_code == 201
        deploys.append(deploy.data.id)
    pages = walk_pages(client, "list_release_deploys", 3, ends=True, version=version, per_page=1)
    assert sorted(page.data[0].id for page in pages) == sorted(deploys)
    deleted = client.call("delete_release", version=version)
    assert deleted.success and deleted.status_code == 204
    assert client.call("retrieve_release", version=version).status_code == 404


# ------------------------------------------------------------------------------ members


def test_list_organization_members_pages(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    pages = walk_pages(client, "list_organization_members", per_page=2)
    assert_distinct_pages(pages, 2)
    assert all("@" in member.email for page in pages for member in page.data)


def test_retrieve_member(cassette_client: Client, target: dict[str, Any]) -> None:
    client = cassette_client(organization=target["organization"])
    member = ok(client.call("retrieve_member", member_id=target["member_id"]))
    assert member.id == target["member_id"] and member.email == target["member_email"]


def test_member_lifecycle(cassette_client: Client, target: dict[str, Any]) -> None:
    """invite_member, retrieve_member, update_member, remove_member on a fresh invitation."""
    client = cassette_client(organization=target["organization"])
    invited = client.call(
        "invite_member",
        body={"email": target["invite_email"], "orgRole": "member", "sendInvite": False},
    )
    member = ok(invited)
    assert member.email == target["invite_email"] and member.pending is True
    assert invited.status_code == 201
    fetched = ok(client.call("retrieve_member", member_id=member.id))
    assert fetched.org_role == "member"
    updated = ok(client.call("update_member", member_id=member.id, body={"orgRole": "manager"}))
    assert updated.org_role == "manager"
    removed = client.call("remove_member", member_id=member.id)
    assert removed.success and removed.status_code == 204
    assert client.call("retrieve_member", member_id=member.id).status_code == 404


# ------------------------------------------------------------------------------ replay itself


def test_replay_makes_no_real_connection(
    cassette_client: Client, target: dict[str, Any], replay_guard: Any
) -> None:
    """On replay VCR answers from the cassette; nothing may reach the network."""
    client = cassette_client(organization=target["organization"])
    result = client.call("retrieve_organization", organization_id_or_slug=target["organization"])
    assert ok(result).slug == target["organization"]
    if replay_guard is not None:
        assert replay_guard.attempts == []
        assert client.base_url == "http://127.0.0.1:9"
        # And the guard is live: an unrecorded request neither connects nor raises.
        stray = client.call("retrieve_organization", organization_id_or_slug="not-recorded")
        assert not stray.success and stray.status_code is None
        assert replay_guard.attempts == []

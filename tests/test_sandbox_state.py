"""The sandbox keeps state: what one call changes, the next call sees."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sentry_api.sandbox import Sandbox

ORG = "/api/0/organizations/acme"


@pytest.fixture
def sandbox() -> Sandbox:
    return Sandbox(seed_issues=120)


@pytest.fixture
def client(sandbox: Sandbox) -> Iterator[httpx.Client]:
    with sandbox.client() as c:
        yield c


def ids(response: httpx.Response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()]


def all_issue_ids(client: httpx.Client, query: str) -> set[str]:
    found: set[str] = set()
    response = client.get(f"{ORG}/issues/", params={"query": query})
    while True:
        found.update(ids(response))
        if response.links["next"]["results"] != "true":
            return found
        response = client.get(response.links["next"]["url"])


# ------------------------------------------------------------------------------ issues


def test_resolving_an_issue_moves_it_between_searches(client: httpx.Client) -> None:
    issue_id = sorted(all_issue_ids(client, "is:unresolved"))[0]
    resolved = client.put(f"{ORG}/issues/{issue_id}/", json={"status": "resolved"})
    assert resolved.status_code == 200 and resolved.json()["status"] == "resolved"
    assert issue_id not in all_issue_ids(client, "is:unresolved")
    assert issue_id in all_issue_ids(client, "is:resolved")
    client.put(f"{ORG}/issues/{issue_id}/", json={"status": "ignored"})
    assert issue_id in all_issue_ids(client, "is:ignored")
    assert client.get(f"{ORG}/issues/{issue_id}/").json()["substatus"] == "archived_forever"


def test_assigning_and_searching_by_assignee(client: httpx.Client) -> None:
    issue_id = sorted(all_issue_ids(client, "is:unresolved is:unassigned"))[0]
    answer = client.put(f"{ORG}/issues/{issue_id}/", json={"assignedTo": "riley@acme.example"})
    assert answer.json()["assignedTo"]["email"] == "riley@acme.example"
    assert issue_id in all_issue_ids(client, "assigned:riley@acme.example")
    assert issue_id not in all_issue_ids(client, "assigned:none")
    team = client.put(f"{ORG}/issues/{issue_id}/", json={"assignedTo": "team:" + _team_id(client)})
    assert team.json()["assignedTo"]["type"] == "team"
    assert issue_id in all_issue_ids(client, "assigned:#backend")
    bad = client.put(f"{ORG}/issues/{issue_id}/", json={"assignedTo": "nobody@nowhere"})
    assert bad.status_code == 400 and "assignedTo" in bad.json()


def _team_id(client: httpx.Client) -> str:
    return str(client.get("/api/0/teams/acme/backend/").json()["id"])


def test_assigned_to_me_is_the_token_user(client: httpx.Client) -> None:
    issue_id = sorted(all_issue_ids(client, "is:unresolved"))[-1]
    client.put(f"{ORG}/issues/{issue_id}/", json={"assignedTo": "alex@acme.example"})
    assert issue_id in all_issue_ids(client, "assigned:me")


def test_bulk_mutation_applies_to_the_given_ids(client: httpx.Client) -> None:
    chosen = sorted(all_issue_ids(client, "is:unresolved"))[:3]
    response = client.put(f"{ORG}/issues/", params={"id": chosen}, json={"status": "resolved"})
    assert response.status_code == 200
    assert response.json()["status"] == "resolved"
    assert not set(chosen) & all_issue_ids(client, "is:unresolved")


def test_bulk_mutation_without_ids_applies_to_the_query(client: httpx.Client) -> None:
    fatal = all_issue_ids(client, "is:unresolved level:fatal")
    assert fatal
    response = client.put(
        f"{ORG}/issues/", params={"query": "is:unresolved level:fatal"}, json={"status": "ignored"}
    )
    assert response.status_code == 200
    assert not all_issue_ids(client, "is:unresolved level:fatal")
    assert fatal <= all_issue_ids(client, "is:ignored")


def test_bulk_mutation_that_matches_nothing_is_204(client: httpx.Client) -> None:
    response = client.put(f"{ORG}/issues/", params={"id": ["1"]}, json={"status": "resolved"})
    assert response.status_code == 204 and response.content == b""


def test_project_bulk_mutation_and_merge(client: httpx.Client) -> None:
    listed = client.get("/api/0/projects/acme/api/issues/", params={"query": ""}).json()
    two = [listed[0]["id"], listed[1]["id"]]
    merged = client.put(
        "/api/0/projects/acme/api/issues/", params={"id": two}, json={"merge": True}
    )
    assert merged.status_code == 200
    merge = merged.json()["merge"]
    assert {merge["parent"], *merge["children"]} == set(two)
    assert client.get(f"{ORG}/issues/{merge['children'][0]}/").status_code == 404
    bookmarked = client.put(
        "/api/0/projects/acme/api/issues/",
        params={"id": [merge["parent"]]},
        json={"isBookmarked": True},
    )
    assert bookmarked.json() == {"isBookmarked": True}
    assert merge["parent"] in all_issue_ids(client, "bookmarks:me")


def test_deleting_an_issue(client: httpx.Client) -> None:
    issue_id = sorted(all_issue_ids(client, ""))[0]
    response = client.delete(f"{ORG}/issues/{issue_id}/")
    assert response.status_code == 202 and response.content == b""
    assert client.get(f"{ORG}/issues/{issue_id}/").status_code == 404
    assert issue_id not in all_issue_ids(client, "")


def test_discard_removes_the_issue(client: httpx.Client) -> None:
    issue_id = sorted(all_issue_ids(client, ""))[1]
    assert client.put(f"{ORG}/issues/{issue_id}/", json={"discard": True}).status_code == 204
    assert client.get(f"{ORG}/issues/{issue_id}/").status_code == 404


def test_resolve_in_release_and_next_release(sandbox: Sandbox, client: httpx.Client) -> None:
    issue = next(iter(sandbox.state.issues.values()))
    body = {"status": "resolved", "statusDetails": {"inRelease": "latest"}}
    details = client.put(f"{ORG}/issues/{issue.id}/", json=body).json()["statusDetails"]
    assert details["inRelease"] == "web@2.0.0" and details["actor"]["email"] == "alex@acme.example"
    nxt = client.put(f"{ORG}/issues/{issue.id}/", json={"status": "resolvedInNextRelease"})
    assert nxt.json()["status"] == "resolved"
    assert nxt.json()["statusDetails"]["inNextRelease"] is True
    missing = {"status": "resolved", "statusDetails": {"inRelease": "no-such-version"}}
    assert client.put(f"{ORG}/issues/{issue.id}/", json=missing).status_code == 400


def test_search_queries(sandbox: Sandbox, client: httpx.Client) -> None:
    issues = list(sandbox.state.issues.values())
    target = issues[5]
    word = target.title.split(":")[0]
    assert str(target.id) in all_issue_ids(client, f"{word} is:{target.status}")
    # An explicit query replaces the default is:unresolved, so level alone spans every status.
    errors = all_issue_ids(client, "level:error")
    assert errors == {str(i.id) for i in issues if i.level == "error" and i.org.slug == "acme"}
    not_errors = all_issue_ids(client, "!level:error")
    assert errors.isdisjoint(not_errors)
    both = all_issue_ids(client, "level:[error,fatal]")
    assert errors < both
    bad = client.get(f"{ORG}/issues/", params={"query": "is:sleepy"})
    assert bad.status_code == 400 and "is" in bad.json()["detail"]


def test_short_id_lookup_is_a_direct_hit(sandbox: Sandbox, client: httpx.Client) -> None:
    issue = next(iter(sandbox.state.issues.values()))
    response = client.get(f"{ORG}/issues/", params={"query": issue.short_id, "shortIdLookup": "1"})
    assert ids(response) == [str(issue.id)]
    assert response.headers["X-Sentry-Direct-Hit"] == "1"


def test_new_events_regress_resolved_issues(sandbox: Sandbox, client: httpx.Client) -> None:
    issue = next(iter(sandbox.state.issues.values()))
    client.put(f"{ORG}/issues/{issue.id}/", json={"status": "resolved"})
    before = len(client.get(f"{ORG}/issues/{issue.id}/events/").json())
    sandbox.state.record_event(issue)
    assert len(client.get(f"{ORG}/issues/{issue.id}/events/").json()) == before + 1
    current = client.get(f"{ORG}/issues/{issue.id}/").json()
    assert (current["status"], current["substatus"]) == ("unresolved", "regressed")


# ------------------------------------------------------------------------------ events


def test_events_resolve_through_both_routes(sandbox: Sandbox, client: httpx.Client) -> None:
    issue = next(iter(sandbox.state.issues.values()))
    events = client.get(f"{ORG}/issues/{issue.id}/events/").json()
    newest = events[0]["id"]
    assert client.get(f"{ORG}/issues/{issue.id}/events/{newest}/").json()["groupID"] == str(
        issue.id
    )
    project = issue.project.slug
    assert client.get(f"/api/0/projects/acme/{project}/events/{newest}/").status_code == 200
    other = "api" if project != "api" else "web"
    assert client.get(f"/api/0/projects/acme/{other}/events/{newest}/").status_code == 404
    project_events = client.get(f"/api/0/projects/acme/{project}/events/", params={"per_page": 100})
    assert newest in ids(project_events) or project_events.links["next"]["results"] == "true"


# ------------------------------------------------------------------------------ teams, projects


def test_created_team_is_listed_then_deleted(client: httpx.Client) -> None:
    created = client.post(f"{ORG}/teams/", json={"name": "Data Science"})
    assert created.status_code == 201 and created.json()["slug"] == "data-science"
    assert created.json()["isMember"] is True
    assert "data-science" in [t["slug"] for t in client.get(f"{ORG}/teams/").json()]
    duplicate = client.post(f"{ORG}/teams/", json={"slug": "data-science"})
    assert duplicate.status_code == 409
    assert client.delete("/api/0/teams/acme/data-science/").status_code == 204
    assert client.get("/api/0/teams/acme/data-science/").status_code == 404


def test_team_validation_errors(client: httpx.Client) -> None:
    assert client.post(f"{ORG}/teams/", json={}).json() == {
        "non_field_errors": ["Name or slug is required"]
    }
    bad = client.post(f"{ORG}/teams/", json={"slug": "UPPER case"})
    assert bad.status_code == 400 and bad.json()["slug"][0].startswith("Enter a valid slug")


def test_project_lifecycle(client: httpx.Client) -> None:
    created = client.post("/api/0/teams/acme/frontend/projects/", json={"name": "Docs Site"})
    assert created.status_code == 201 and created.json()["slug"] == "docs-site"
    assert "docs-site" in [
        p["slug"] for p in client.get("/api/0/teams/acme/frontend/projects/").json()
    ]
    updated = client.put(
        "/api/0/projects/acme/docs-site/", json={"slug": "docs", "platform": "python"}
    )
    assert updated.json()["slug"] == "docs" and updated.json()["platform"] == "python"
    assert client.get("/api/0/projects/acme/docs-site/").status_code == 404
    assert client.delete("/api/0/projects/acme/docs/").status_code == 204
    assert "docs" not in [p["slug"] for p in client.get(f"{ORG}/projects/").json()]


def test_deleting_a_project_removes_its_issues(sandbox: Sandbox, client: httpx.Client) -> None:
    org = sandbox.state.org("acme")
    assert org is not None
    project = sandbox.state.project(org, "mobile")
    assert project is not None
    issue_id = next(iter(project.issues))
    assert client.delete("/api/0/projects/acme/mobile/").status_code == 204
    assert client.get(f"{ORG}/issues/{issue_id}/").status_code == 404


# ------------------------------------------------------------------------------ releases


@pytest.mark.parametrize("version", ["api@1.0.0+build.5", "frontend@2.0 rc 1", "app@1.0-ünï", "x"])
def test_release_versions_round_trip(client: httpx.Client, version: str) -> None:
    created = client.post(f"{ORG}/releases/", json={"version": version, "projects": ["api"]})
    assert created.status_code == 201, created.text
    path = f"{ORG}/releases/{quote(version, safe='')}/"
    assert client.get(path).json()["version"] == version
    assert client.put(path, json={"ref": "abc"}).json()["ref"] == "abc"
    assert client.post(path + "deploys/", json={"environment": "qa"}).status_code == 201
    assert client.delete(path).status_code == 204
    assert client.get(path).status_code == 404


def test_slashes_are_refused_like_sentry_unless_allowed() -> None:
    body = {"version": "feature/login@1.0", "projects": ["web"]}
    with Sandbox(seed_issues=0).client() as strict:
        refused = strict.post(f"{ORG}/releases/", json=body)
    assert refused.status_code == 400
    assert refused.json() == {"version": ["Release with name feature/login@1.0 is not allowed"]}
    with Sandbox(seed_issues=0, allow_slash_in_versions=True).client() as lenient:
        assert lenient.post(f"{ORG}/releases/", json=body).status_code == 201
        encoded = f"{ORG}/releases/{quote(body['version'], safe='')}/"
        assert lenient.get(encoded).json()["version"] == "feature/login@1.0"
        # Unencoded, the slash splits the path and no route matches.
        assert lenient.get(f"{ORG}/releases/feature/login@1.0/").status_code == 404


def test_deploys_count_and_list(client: httpx.Client) -> None:
    path = f"{ORG}/releases/api@3.5.0/"
    before = client.get(path).json()["deployCount"]
    deploy = client.post(path + "deploys/", json={"environment": "production", "name": "go"})
    assert deploy.status_code == 201
    after = client.get(path).json()
    assert after["deployCount"] == before + 1
    assert after["lastDeploy"]["id"] == deploy.json()["id"]
    assert deploy.json()["id"] in ids(client.get(path + "deploys/"))


def test_release_validation(client: httpx.Client) -> None:
    cases: list[tuple[dict[str, Any], str]] = [
        ({"projects": ["web"]}, "version"),
        ({"version": "latest", "projects": ["web"]}, "version"),
        ({"version": "ok@1"}, "projects"),
        ({"version": "ok@1", "projects": ["nope"]}, "projects"),
    ]
    for body, field in cases:
        response = client.post(f"{ORG}/releases/", json=body)
        assert response.status_code == 400 and field in response.json(), body


def test_a_release_issues_point_at_cannot_be_deleted(
    sandbox: Sandbox, client: httpx.Client
) -> None:
    used = next(i.first_release for i in sandbox.state.issues.values() if i.first_release)
    assert used is not None
    response = client.delete(f"{ORG}/releases/{quote(used.version, safe='')}/")
    assert response.status_code == 400


# ------------------------------------------------------------------------------ members, orgs


def test_member_lifecycle(client: httpx.Client) -> None:
    invited = client.post(
        f"{ORG}/members/",
        json={
            "email": "new@acme.example",
            "orgRole": "member",
            "teamRoles": [{"teamSlug": "frontend", "role": "contributor"}],
        },
    )
    assert invited.status_code == 201
    member = invited.json()
    assert member["pending"] is True and member["inviteStatus"] == "pending"
    assert member["teams"] == ["frontend"]
    again = client.post(f"{ORG}/members/", json={"email": "new@acme.example"})
    assert again.status_code == 400 and "email" in again.json()
    url = f"{ORG}/members/{member['id']}/"
    assert client.put(url, json={"orgRole": "admin"}).json()["orgRole"] == "admin"
    assert client.delete(url).status_code == 204
    assert client.get(url).status_code == 404


def test_last_owner_cannot_be_removed(client: httpx.Client) -> None:
    owner = next(m for m in client.get(f"{ORG}/members/").json() if m["orgRole"] == "owner")
    response = client.delete(f"{ORG}/members/{owner['id']}/")
    assert response.status_code == 403


def test_member_me(client: httpx.Client) -> None:
    assert client.get(f"{ORG}/members/me/").json()["email"] == "alex@acme.example"


def test_organization_update(client: httpx.Client) -> None:
    updated = client.put(f"{ORG}/", json={"name": "Acme Inc", "openMembership": False})
    assert updated.json()["name"] == "Acme Inc" and updated.json()["openMembership"] is False
    assert client.get(f"{ORG}/").json()["name"] == "Acme Inc"
    clash = client.put(f"{ORG}/", json={"slug": "globex"})
    assert clash.status_code == 409


# ------------------------------------------------------------------------------ webhooks hook


def test_change_notifications(sandbox: Sandbox, client: httpx.Client) -> None:
    seen: list[tuple[str, str, dict[str, Any]]] = []
    unsubscribe = sandbox.state.on_change(lambda r, a, p: seen.append((r, a, p)))
    issue = next(iter(sandbox.state.issues.values()))
    url = f"{ORG}/issues/{issue.id}/"
    client.put(url, json={"status": "resolved"})
    client.put(url, json={"status": "unresolved"})
    client.put(url, json={"status": "ignored"})
    client.put(url, json={"assignedTo": "sam@acme.example"})
    client.put(url, json={"hasSeen": True})  # not an issue webhook action
    created = sandbox.state.create_issue(issue.project, "Error: brand new")
    sandbox.state.record_event(created)
    client.delete(url)
    unsubscribe()
    client.put(f"{ORG}/issues/{created.id}/", json={"status": "resolved"})
    assert [(r, a) for r, a, _ in seen] == [
        ("issue", "resolved"),
        ("issue", "unresolved"),
        ("issue", "ignored"),
        ("issue", "assigned"),
        ("issue", "created"),
        ("error", "created"),
        ("issue", "deleted"),
    ]
    resolved = seen[0][2]["issue"]
    assert resolved["id"] == str(issue.id) and resolved["status"] == "resolved"
    assert seen[5][2]["error"]["groupID"] == str(created.id)

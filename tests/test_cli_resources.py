"""Every resource command against the in-process sandbox, checked against what the Python client
reads from the same sandbox (ids, titles, counts), and for changes, against the state after."""

from __future__ import annotations

import json
from typing import Any

from cli_support import CLEAN_ENV
from click.testing import CliRunner, Result
from sentry_api import SentryClient
from sentry_api.cli import cli


def sb(*args: str) -> Result:
    result = CliRunner().invoke(cli, ["--sandbox", *args], env=CLEAN_ENV)
    return result


def ok(*args: str) -> str:
    """stdout of a successful command. stdout is not a terminal here, so tables are plain
    tab-separated rows (one per item) and notes such as "more available" go to stderr."""
    result = sb(*args)
    assert result.exit_code == 0, (args, result.stdout, result.stderr)
    assert result.stderr == "" or "more available" in result.stderr, result.stderr
    return result.stdout


def rows(out: str) -> list[list[str]]:
    return [line.split("\t") for line in out.splitlines()]


def data(client: SentryClient, operation: str, **params: Any) -> Any:
    result = client.call(operation, **params)
    assert result.success, result.error
    return result.to_dict()["data"]


# --------------------------------------------------------------------------- issues


def test_issues_list_shows_the_unresolved_issues_in_order(client: SentryClient) -> None:
    expected = data(client, "list_project_issues", project_id_or_slug="web", max_results=10)
    result = sb("issues", "list", "web", "--max", "10")
    out = result.stdout
    lines = out.splitlines()
    positions = [
        next(n for n, line in enumerate(lines) if issue["shortId"] in line.split())
        for issue in expected
    ]
    assert positions == sorted(positions), "issues out of order"
    for issue in expected:
        assert issue["title"] in out
        assert issue["status"] == "unresolved"
    assert result.stderr.startswith("10 issues shown; more available")
    # Plain rows in a pipe: no header, no rules; the columns of the terminal table, in order.
    assert len(lines) == 10 and "Short ID" not in out and "─" not in out
    first = expected[0]
    assert rows(out)[0] == [
        first["id"], first["shortId"], first["status"], first["level"], first["count"],
        str(first["userCount"]), first["lastSeen"], first["title"],
    ]  # fmt: skip


def test_issues_list_all_and_query(client: SentryClient) -> None:
    total = len(data(client, "list_project_issues", project_id_or_slug="web", max_results=1000))
    everything = json.loads(ok("issues", "list", "web", "--max", "0", "--json"))
    assert len(everything) == total > 25  # more than one default screen, all pages followed
    resolved = json.loads(
        ok("issues", "list", "web", "--query", "is:resolved", "--max", "0", "--json")
    )
    assert resolved and all(issue["status"] == "resolved" for issue in resolved)
    assert {i["id"] for i in resolved}.isdisjoint(i["id"] for i in everything)
    out = ok("issues", "list", "web", "--query", "is:unresolved level:fatal", "--max", "0")
    fatal = [i for i in everything if i["level"] == "fatal"]
    assert [row[1] for row in rows(out)] == [i["shortId"] for i in fatal]


def test_issues_list_empty_and_unknown_project() -> None:
    empty = sb("issues", "list", "web", "--query", "no-such-title-anywhere")
    assert empty.exit_code == 0 and empty.stdout == ""
    assert empty.stderr == "No issues found.\n"
    missing = sb("issues", "list", "no-such-project")
    assert missing.exit_code == 1
    assert missing.stderr.startswith("error: list_project_issues failed (HTTP 404)")


def test_issues_show(client: SentryClient) -> None:
    issue = data(client, "retrieve_issue", issue_id="WEB-1")
    out = ok("issues", "retrieve", "WEB-1")
    for value in (issue["id"], issue["shortId"], issue["title"], issue["permalink"], "web"):
        assert value in out
    by_id = ok("issues", "retrieve", issue["id"])
    assert issue["title"] in by_id


def test_issues_resolve_unresolve_ignore(client: SentryClient) -> None:
    out = ok("issues", "resolve", "WEB-1")
    assert "Resolved issue WEB-1." in out and "resolved" in out
    assert data(client, "retrieve_issue", issue_id="WEB-1")["status"] == "resolved"
    assert "WEB-1" not in [
        i["shortId"] for i in json.loads(ok("issues", "list", "web", "--max", "0", "--json"))
    ]

    assert "Reopened issue WEB-1." in ok("issues", "unresolve", "WEB-1")
    assert data(client, "retrieve_issue", issue_id="WEB-1")["status"] == "unresolved"

    assert "Ignored issue WEB-1." in ok("issues", "ignore", "WEB-1", "--minutes", "60")
    ignored = data(client, "retrieve_issue", issue_id="WEB-1")
    assert ignored["status"] == "ignored"


def test_issues_assign(client: SentryClient) -> None:
    out = ok("issues", "assign", "WEB-2", "dana@acme.example")
    assert "Assigned issue WEB-2 to dana@acme.example." in out
    assigned = data(client, "retrieve_issue", issue_id="WEB-2")["assignedTo"]
    assert assigned["name"] in out
    frontend = data(client, "retrieve_team", team_id_or_slug="frontend")
    team = ok("issues", "assign", "WEB-2", f"team:{frontend['id']}")
    assigned = data(client, "retrieve_issue", issue_id="WEB-2")["assignedTo"]
    assert assigned["type"] == "team" and assigned["name"] in team
    ok("issues", "assign", "WEB-2", "")
    assert data(client, "retrieve_issue", issue_id="WEB-2")["assignedTo"] is None


def test_issues_delete_needs_yes_then_deletes(client: SentryClient) -> None:
    refused = sb("issues", "delete", "WEB-3")
    assert refused.exit_code == 2 and "pass --yes" in refused.stderr
    assert client.call("retrieve_issue", issue_id="WEB-3").success
    out = ok("issues", "delete", "WEB-3", "--yes")
    assert "Deletion of issue WEB-3 scheduled." in out
    assert client.call("retrieve_issue", issue_id="WEB-3").status_code == 404


def test_issues_events(client: SentryClient) -> None:
    events = data(client, "list_issue_events", issue_id="WEB-1", max_results=5)
    out = ok("issues", "events", "WEB-1", "--max", "5")
    for event in events:
        assert event["eventID"] in out
    assert len(rows(out)) == len(events)


# --------------------------------------------------------------------------- events


def test_events_list_and_show(client: SentryClient) -> None:
    events = data(client, "list_project_events", project_id_or_slug="web", max_results=3)
    out = ok("events", "list", "web", "--max", "3")
    assert all(event["eventID"] in out for event in events)
    event_id = events[0]["eventID"]
    full = data(client, "retrieve_project_event", project_id_or_slug="web", event_id=event_id)
    shown = ok("events", "retrieve", "web", event_id)
    assert event_id in shown and full["title"] in shown and full["groupID"] in shown
    tag = full["tags"][0]
    assert f"{tag['key']}={tag['value']}" in shown


# --------------------------------------------------------------------------- projects


def test_projects_list_show(client: SentryClient) -> None:
    projects = data(client, "list_organization_projects", max_results=100)
    out = ok("projects", "list")
    for project in projects:
        assert project["slug"] in out and project["name"] in out
    assert len(rows(out)) == len(projects)
    web = data(client, "retrieve_project", project_id_or_slug="web")
    shown = ok("projects", "retrieve", "web")
    assert web["id"] in shown and web["platform"] in shown and "frontend" in shown


def test_projects_create_update_delete(client: SentryClient) -> None:
    created = ok(
        "projects", "create", "backend", "Billing API", "--slug", "billing", "--platform", "python"
    )
    assert "Created project Billing API." in created and "billing" in created
    project = data(client, "retrieve_project", project_id_or_slug="billing")
    assert project["name"] == "Billing API" and project["platform"] == "python"

    updated = ok("projects", "update", "billing", "--name", "Billing Service")
    assert "Updated project billing." in updated and "Billing Service" in updated
    assert (
        data(client, "retrieve_project", project_id_or_slug="billing")["name"] == "Billing Service"
    )

    assert "Deletion of project billing scheduled." in ok("projects", "delete", "billing", "--yes")
    assert client.call("retrieve_project", project_id_or_slug="billing").status_code == 404


def test_projects_keys_and_users(client: SentryClient) -> None:
    keys = data(client, "list_project_keys", project_id_or_slug="web")
    out = ok("projects", "keys", "web")
    for key in keys:
        assert key["dsn"]["public"] in out and key["name"] in out
    assert len(rows(out)) == len(keys)
    users = data(client, "list_project_users", project_id_or_slug="web", max_results=5)
    listed = ok("projects", "users", "web", "--max", "5")
    for user in users:
        assert user["id"] in listed


# --------------------------------------------------------------------------- orgs


def test_orgs_list_show_update(client: SentryClient) -> None:
    orgs = data(client, "list_organizations")
    out = ok("organizations", "list")
    for org in orgs:
        assert org["slug"] in out and org["name"] in out
    acme = data(client, "retrieve_organization", organization_id_or_slug="acme")
    shown = ok("organizations", "retrieve")  # defaults to the sandbox organization
    assert acme["name"] in shown and acme["id"] in shown
    assert ok("organizations", "retrieve", "acme") == shown
    updated = ok("organizations", "update", "--name", "Acme Corporation")
    assert "Updated organization." in updated and "Acme Corporation" in updated
    assert (
        data(client, "retrieve_organization", organization_id_or_slug="acme")["name"]
        == "Acme Corporation"
    )


def test_org_option_selects_another_organization(client: SentryClient) -> None:
    out = ok("--org", "globex", "projects", "list")
    assert "checkout" in out and "storefront" in out and "web" not in out.split()


# --------------------------------------------------------------------------- teams


def test_teams_list_show_members_projects(client: SentryClient) -> None:
    teams = data(client, "list_organization_teams")
    out = ok("teams", "list")
    for team in teams:
        assert team["slug"] in out
    assert len(rows(out)) == len(teams)
    backend = data(client, "retrieve_team", team_id_or_slug="backend")
    assert backend["name"] in ok("teams", "retrieve", "backend")
    members = data(client, "list_team_members", team_id_or_slug="backend")
    listed = ok("teams", "members", "backend")
    for member in members:
        assert member["email"] in listed
    projects = data(client, "list_team_projects", team_id_or_slug="backend")
    owned = ok("teams", "projects", "backend")
    assert {p["slug"] for p in projects} == {"api", "worker"}
    assert "api" in owned and "worker" in owned


def test_teams_create_delete(client: SentryClient) -> None:
    created = ok("teams", "create", "Data Platform", "--slug", "data")
    assert "Created team Data Platform." in created
    assert data(client, "retrieve_team", team_id_or_slug="data")["name"] == "Data Platform"
    assert "data" in ok("teams", "list")
    assert "Deletion of team data scheduled." in ok("teams", "delete", "data", "--yes")
    assert client.call("retrieve_team", team_id_or_slug="data").status_code == 404


# --------------------------------------------------------------------------- releases


def test_releases_list_show_deploys(client: SentryClient) -> None:
    releases = data(client, "list_organization_releases", max_results=100)
    out = ok("releases", "list", "--max", "0")
    for release in releases:
        assert release["version"] in out
    assert len(rows(out)) == len(releases)
    version = "api@3.4.1+build.27"  # '+' must survive path encoding
    release = data(client, "retrieve_release", version=version)
    shown = ok("releases", "retrieve", version)
    assert version in shown and release["ref"] in shown
    deploys = data(client, "list_release_deploys", version=version)
    listed = ok("releases", "deploys", version)
    assert {"staging", "production"} <= {d["environment"] for d in deploys}
    for deploy in deploys:
        assert deploy["id"] in listed and deploy["environment"] in listed


def test_releases_create_update_deploy_delete(client: SentryClient) -> None:
    created = ok("releases", "create", "web@9.9.9", "--project", "web", "--ref", "abc123")
    assert "Created release web@9.9.9." in created and "abc123" in created
    assert data(client, "retrieve_release", version="web@9.9.9")["projects"][0]["slug"] == "web"

    updated = ok("releases", "update", "web@9.9.9", "--url", "https://example.com/changelog")
    assert "Updated release web@9.9.9." in updated
    assert (
        data(client, "retrieve_release", version="web@9.9.9")["url"]
        == "https://example.com/changelog"
    )

    deployed = ok("releases", "create-deploy", "web@9.9.9", "production", "--name", "deploy #42")
    assert "Recorded deploy of web@9.9.9 to production." in deployed and "deploy #42" in deployed
    deploys = data(client, "list_release_deploys", version="web@9.9.9")
    assert [d["name"] for d in deploys] == ["deploy #42"]

    assert "Deleted release web@9.9.9." in ok("releases", "delete", "web@9.9.9", "--yes")
    assert client.call("retrieve_release", version="web@9.9.9").status_code == 404


# --------------------------------------------------------------------------- members


def test_members_list_show(client: SentryClient) -> None:
    members = data(client, "list_organization_members", max_results=100)
    out = ok("members", "list")
    for member in members:
        assert member["email"] in out
    assert len(rows(out)) == len(members)
    first = members[0]
    shown = ok("members", "retrieve", first["id"])
    assert first["email"] in shown and first["orgRole"] in shown


def test_members_invite_update_remove(client: SentryClient) -> None:
    invited = ok(
        "members", "invite", "new.hire@example.com", "--role", "member", "--team", "backend"
    )
    assert "Invited new.hire@example.com." in invited
    member = next(
        m
        for m in data(client, "list_organization_members", max_results=100)
        if m["email"] == "new.hire@example.com"
    )
    assert member["pending"] is True
    assert member["id"] in invited

    updated = ok("members", "update", member["id"], "--role", "manager")
    assert f"Updated member {member['id']}." in updated and "manager" in updated
    assert data(client, "retrieve_member", member_id=member["id"])["orgRole"] == "manager"

    assert f"Removed member {member['id']}." in ok("members", "remove", member["id"], "--yes")
    assert client.call("retrieve_member", member_id=member["id"]).status_code == 404

"""Resource namespaces: thin declarations that together cover all 42 operations, sync and async."""

from __future__ import annotations

import inspect

from sentry_api import resources
from sentry_api.operations import operations
from wrapper_fakes import Script, json_response, make_async_client, make_client, sample


def declared() -> dict[str, str]:
    """ "namespace.method" -> operationId over every namespace."""
    return {
        f"{name}.{method}": operation_id
        for name, namespace in resources.NAMESPACES.items()
        for method, operation_id in resources.operation_map(namespace).items()
    }


def test_the_namespaces_cover_every_operation_of_the_spec() -> None:
    covered = set(declared().values())
    assert covered == set(operations()), (
        f"missing: {set(operations()) - covered}, unknown: {covered - set(operations())}"
    )


def test_the_names_people_expect_exist() -> None:
    expected = {
        "issues.list": "list_project_issues",
        "issues.retrieve": "retrieve_issue",
        "issues.update": "update_issue",
        "issues.delete": "delete_issue",
        "issues.bulk_update": "bulk_mutate_project_issues",
        "issues.events": "list_issue_events",
        "issues.event": "retrieve_issue_event",
        "issues.hashes": "list_issue_hashes",
        "events.list": "list_project_events",
        "events.retrieve": "retrieve_project_event",
        "projects.list": "list_projects",
        "projects.create": "create_project",
        "projects.users": "list_project_users",
        "projects.keys": "list_project_keys",
        "organizations.list": "list_organizations",
        "organizations.projects": "list_organization_projects",
        "organizations.teams": "list_organization_teams",
        "teams.create": "create_team",
        "teams.projects": "list_team_projects",
        "teams.members": "list_team_members",
        "releases.create": "create_release",
        "releases.deploys": "list_release_deploys",
        "releases.create_deploy": "create_deploy",
        "members.invite": "invite_member",
        "members.remove": "remove_member",
    }
    assert expected.items() <= declared().items()


def test_namespaces_hold_no_per_operation_code() -> None:
    for namespace in resources.NAMESPACES.values():
        own = {k: v for k, v in vars(namespace).items() if not k.startswith("__")}
        assert all(isinstance(v, resources.op) for v in own.values()), namespace
        assert not [k for k, v in own.items() if inspect.isfunction(v)]


def test_a_namespace_method_is_the_generic_call() -> None:
    script = Script(json_response(200, sample("issues")[0]))
    client = make_client(script)
    result = client.issues.update(issue_id="5", body={"status": "resolved"})
    assert result.success and result.operation == "update_issue"
    assert script.requests[0].method == "PUT"
    assert script.requests[0].url.path == "/api/0/organizations/acme/issues/5/"


def test_list_methods_paginate() -> None:
    from wrapper_fakes import PagedServer

    client = make_client(PagedServer(150))
    assert len(list(client.issues.list.paginate(project_id_or_slug="web"))) == 150
    assert [len(p.data) for p in client.issues.list.pages(project_id_or_slug="web")] == [100, 50]


def test_bound_operations_document_themselves() -> None:
    client = make_client(Script(json_response(200, {})))
    method = client.releases.create
    assert isinstance(method, resources.SyncOperation)
    assert "POST /api/0/organizations/{organization_id_or_slug}/releases/" in (method.__doc__ or "")
    assert "create_release" in repr(method)
    assert "create" in repr(client.releases)
    assert client.issues is client.issues  # namespaces are made once


async def test_async_namespaces_return_awaitables() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    async with make_async_client(script) as client:
        method = client.issues.retrieve
        assert isinstance(method, resources.AsyncOperation)
        result = await method(issue_id="1")
    assert result.success

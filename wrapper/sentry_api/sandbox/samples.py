"""A valid request for every operation, built from a sandbox's demo data.

Tests that sweep all operations (spec conformance, fault injection, auth) need arguments that
succeed: real slugs, an issue ID, an event ID, a body the operation accepts. ``sample_call``
provides them. Destructive operations get a throwaway resource made for the occasion, and
create operations a fresh unique name, so a sweep can run any number of times without using up
the demo data.

``python_params`` gives the same arguments under the generated client's parameter names (for
``SentryClient.call(operation_id, **params)``).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .state import State

if TYPE_CHECKING:
    from .sandbox import Sandbox

ORG = "acme"
PROJECT = "web"
TEAM = "backend"
_counter = itertools.count(1)


@dataclass
class SampleCall:
    operation_id: str
    method: str
    path_template: str
    path_params: dict[str, str]
    query: dict[str, Any] = field(default_factory=dict)
    body: Any = None

    @property
    def path(self) -> str:
        """The request path with each parameter percent-encoded as one segment."""
        path = self.path_template
        for name, value in self.path_params.items():
            path = path.replace("{" + name + "}", quote(value, safe=""))
        return path

    def python_params(self, operations_meta: dict[str, Any]) -> dict[str, Any]:
        """Arguments keyed by the generated client's python names (body as ``body``)."""
        meta = operations_meta[self.operation_id]
        names = {p["name"]: p["python_name"] for p in meta["path_params"] + meta["query_params"]}
        params = {names.get(k, k): v for k, v in {**self.path_params, **self.query}.items()}
        if self.body is not None:
            params["body"] = self.body
        return params


def _unique(prefix: str) -> str:
    return f"{prefix}-{next(_counter)}"


def _first_issue(state: State) -> str:
    org = state.org(ORG)
    assert org is not None
    project = state.project(org, PROJECT)
    assert project is not None
    return str(next(iter(project.issues)))


def _event_id(state: State) -> str:
    from .events import issue_events

    issue = state.issues[int(_first_issue(state))]
    ref = issue_events(state, issue)[0]
    return state.event_ids.encode(ref[0].id, ref[1])


def _member_id(state: State, email: str) -> str:
    org = state.org(ORG)
    assert org is not None
    return next(str(m.id) for m in state.org_members(org) if m.email == email)


def _release(state: State) -> str:
    org = state.org(ORG)
    assert org is not None
    releases = [r for r in state.org_releases(org) if any(p.slug == PROJECT for p in r.projects)]
    return max(releases, key=lambda r: r.date_created).version


Builder = Callable[["Sandbox"], tuple[dict[str, str], dict[str, Any], Any]]


def _throwaway_issue(sb: Sandbox) -> str:
    org = sb.state.org(ORG)
    assert org is not None
    project = sb.state.project(org, PROJECT)
    assert project is not None
    return str(sb.state.create_issue(project, "Error: throwaway issue for a sample call").id)


def _throwaway_release(sb: Sandbox) -> str:
    org = sb.state.org(ORG)
    assert org is not None
    project = sb.state.project(org, PROJECT)
    assert project is not None
    return sb.state.create_release(org, _unique("sample@1.0.0"), [project]).version


def _throwaway_team(sb: Sandbox) -> str:
    org = sb.state.org(ORG)
    assert org is not None
    return sb.state.create_team(org, _unique("sample-team")).slug


def _throwaway_project(sb: Sandbox) -> str:
    org = sb.state.org(ORG)
    assert org is not None
    team = sb.state.team(org, TEAM)
    assert team is not None
    slug = _unique("sample-project")
    return sb.state.create_project(team, slug.title(), slug, "python").slug


def _throwaway_member(sb: Sandbox) -> str:
    org = sb.state.org(ORG)
    assert org is not None
    email = f"{_unique('sample')}@acme.example"
    return str(sb.state.add_member(org, email, user=None, pending=True).id)


_O = {"organization_id_or_slug": ORG}
_P = {**_O, "project_id_or_slug": PROJECT}
_T = {**_O, "team_id_or_slug": TEAM}

BUILDERS: dict[str, Builder] = {
    "list_project_issues": lambda sb: (_P, {"query": "is:unresolved"}, None),
    "bulk_mutate_project_issues": lambda sb: (
        _P,
        {"id": [_first_issue(sb.state)]},
        {"isBookmarked": True},
    ),
    "retrieve_issue": lambda sb: ({**_O, "issue_id": _first_issue(sb.state)}, {}, None),
    "update_issue": lambda sb: ({**_O, "issue_id": _first_issue(sb.state)}, {}, {"hasSeen": True}),
    "delete_issue": lambda sb: ({**_O, "issue_id": _throwaway_issue(sb)}, {}, None),
    "list_issue_events": lambda sb: ({**_O, "issue_id": _first_issue(sb.state)}, {}, None),
    "retrieve_issue_event": lambda sb: (
        {**_O, "issue_id": _first_issue(sb.state), "event_id": _event_id(sb.state)},
        {},
        None,
    ),
    "list_issue_hashes": lambda sb: ({**_O, "issue_id": _first_issue(sb.state)}, {}, None),
    "list_organization_issues": lambda sb: (_O, {"query": "is:unresolved"}, None),
    "bulk_mutate_organization_issues": lambda sb: (
        _O,
        {"id": [_first_issue(sb.state)]},
        {"isBookmarked": False},
    ),
    "list_project_events": lambda sb: (_P, {}, None),
    "retrieve_project_event": lambda sb: ({**_P, "event_id": _event_id(sb.state)}, {}, None),
    "list_projects": lambda sb: ({}, {}, None),
    "create_project": lambda sb: (
        _T,
        {},
        {"name": _unique("Sample Project"), "platform": "python"},
    ),
    "retrieve_project": lambda sb: (_P, {}, None),
    "update_project": lambda sb: (_P, {}, {"subjectPrefix": "[web] "}),
    "delete_project": lambda sb: ({**_O, "project_id_or_slug": _throwaway_project(sb)}, {}, None),
    "list_project_users": lambda sb: (_P, {}, None),
    "list_project_keys": lambda sb: (_P, {}, None),
    "list_organizations": lambda sb: ({}, {}, None),
    "retrieve_organization": lambda sb: (_O, {}, None),
    "update_organization": lambda sb: (_O, {}, {"isEarlyAdopter": True}),
    "list_organization_projects": lambda sb: (_O, {}, None),
    "list_organization_teams": lambda sb: (_O, {}, None),
    "create_team": lambda sb: (_O, {}, {"slug": _unique("sample-team")}),
    "retrieve_team": lambda sb: (_T, {}, None),
    "update_team": lambda sb: (_T, {}, {"slug": TEAM, "name": "Backend"}),
    "delete_team": lambda sb: ({**_O, "team_id_or_slug": _throwaway_team(sb)}, {}, None),
    "list_team_projects": lambda sb: (_T, {}, None),
    "list_team_members": lambda sb: (_T, {}, None),
    "list_organization_releases": lambda sb: (_O, {}, None),
    "create_release": lambda sb: (_O, {}, {"version": _unique("web@9.0.0"), "projects": [PROJECT]}),
    "retrieve_release": lambda sb: ({**_O, "version": _release(sb.state)}, {}, None),
    "update_release": lambda sb: (
        {**_O, "version": _release(sb.state)},
        {},
        {"url": "https://ci.example.com/r/1"},
    ),
    "delete_release": lambda sb: ({**_O, "version": _throwaway_release(sb)}, {}, None),
    "list_release_deploys": lambda sb: ({**_O, "version": _release(sb.state)}, {}, None),
    "create_deploy": lambda sb: (
        {**_O, "version": _release(sb.state)},
        {},
        {"environment": "production"},
    ),
    "list_organization_members": lambda sb: (_O, {}, None),
    "invite_member": lambda sb: (
        _O,
        {},
        {"email": f"{_unique('invitee')}@acme.example", "orgRole": "member"},
    ),
    "retrieve_member": lambda sb: (
        {**_O, "member_id": _member_id(sb.state, "dana@acme.example")},
        {},
        None,
    ),
    "update_member": lambda sb: (
        {**_O, "member_id": _member_id(sb.state, "sam@acme.example")},
        {},
        {"orgRole": "member"},
    ),
    "remove_member": lambda sb: ({**_O, "member_id": _throwaway_member(sb)}, {}, None),
}


def sample_call(sandbox: Sandbox, operation_id: str) -> SampleCall:
    """Valid arguments for ``operation_id`` against ``sandbox``'s demo data."""
    op = sandbox.operations[operation_id]
    with sandbox.state.lock:
        path_params, query, body = BUILDERS[operation_id](sandbox)
    return SampleCall(operation_id, op.method, op.path, dict(path_params), dict(query), body)

"""Resource namespaces for people: ``client.issues.list(...)``, ``client.releases.create(...)``.

Each namespace is a table of ``name = op("operationId")`` declarations over the one generic
call path - no per-operation code. A declared method takes the operation's parameters as
keyword arguments (snake_case, the body as ``body=``) and returns a
:class:`~sentry_api.result.Result` (awaitable on the async client); list methods also offer
``.paginate(...)`` (items, lazily) and ``.pages(...)`` (one Result per page)::

    client.issues.list(project_id_or_slug="web", query="is:unresolved")
    client.issues.update(issue_id="123", body={"status": "resolved"})
    for event in client.events.list.paginate(project_id_or_slug="web"):
        ...

Together the namespaces cover all 42 operations (``tests/test_wrapper_resources.py`` checks it
against the spec).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar, overload

if TYPE_CHECKING:
    from sentry_api.client import AsyncSentryClient, SentryClient
    from sentry_api.result import Result

__all__ = [
    "NAMESPACES",
    "Events",
    "Issues",
    "Members",
    "Namespace",
    "Organizations",
    "Projects",
    "Releases",
    "Teams",
    "operation_map",
]

C = TypeVar("C")


class Namespace(Generic[C]):
    """A group of operations bound to one client."""

    def __init__(self, client: C) -> None:
        self._client = client

    def __repr__(self) -> str:
        names = ", ".join(sorted(operation_map(type(self))))
        return f"<{type(self).__name__} namespace: {names}>"


def _describe(bound: _Bound) -> str | None:
    """The operation's summary, method, path and scopes (``help()`` on a bound operation)."""
    from sentry_api.operations import get_operation

    op = get_operation(bound.operation_id)
    if op is None:
        return None
    scopes = ", ".join(op.scopes) or "none"
    where = f"{op.method} {op.path} (operationId {op.operation_id}; scopes: {scopes})"
    return f"{op.summary}\n\n{where}"


class _Bound:
    __slots__ = ("_client", "operation_id")

    def __init__(self, client: Any, operation_id: str) -> None:
        self._client = client
        self.operation_id = operation_id

    def __repr__(self) -> str:
        return f"<operation {self.operation_id}>"


class SyncOperation(_Bound):
    # An operation bound to a SentryClient; its docstring is the operation's own.
    __slots__ = ()
    __doc__ = property(_describe)

    def __call__(self, **params: Any) -> Result:
        return self._client.call(self.operation_id, **params)  # type: ignore[no-any-return]

    def paginate(self, **params: Any) -> Iterator[Any]:
        return self._client.paginate(self.operation_id, **params)  # type: ignore[no-any-return]

    def pages(self, **params: Any) -> Iterator[Result]:
        return self._client.pages(self.operation_id, **params)  # type: ignore[no-any-return]


class AsyncOperation(_Bound):
    # An operation bound to an AsyncSentryClient; its docstring is the operation's own.
    __slots__ = ()
    __doc__ = property(_describe)

    def __call__(self, **params: Any) -> Coroutine[Any, Any, Result]:
        return self._client.call(self.operation_id, **params)  # type: ignore[no-any-return]

    def paginate(self, **params: Any) -> AsyncIterator[Any]:
        return self._client.paginate(self.operation_id, **params)  # type: ignore[no-any-return]

    def pages(self, **params: Any) -> AsyncIterator[Result]:
        return self._client.pages(self.operation_id, **params)  # type: ignore[no-any-return]


class op:  # noqa: N801 - reads as a declaration: `list = op("list_project_issues")`
    """Declares that a namespace attribute is the operation ``operation_id``."""

    def __init__(self, operation_id: str) -> None:
        self.operation_id = operation_id

    @overload
    def __get__(self, obj: None, owner: type) -> op: ...
    @overload
    def __get__(self, obj: Namespace[SentryClient], owner: type) -> SyncOperation: ...
    @overload
    def __get__(self, obj: Namespace[AsyncSentryClient], owner: type) -> AsyncOperation: ...
    @overload
    def __get__(self, obj: Namespace[Any], owner: type) -> Any: ...

    def __get__(self, obj: Namespace[Any] | None, owner: type) -> Any:
        if obj is None:
            return self
        client = obj._client
        from sentry_api.client import AsyncSentryClient

        bound = AsyncOperation if isinstance(client, AsyncSentryClient) else SyncOperation
        return bound(client, self.operation_id)


# --------------------------------------------------------------------------- the namespaces


class Issues(Namespace[C]):
    list = op("list_project_issues")  # a project's issues (default query: is:unresolved)
    list_for_organization = op("list_organization_issues")
    retrieve = op("retrieve_issue")
    update = op("update_issue")  # body={"status": "resolved"}, {"assignedTo": ...}, ...
    delete = op("delete_issue")
    bulk_update = op("bulk_mutate_project_issues")
    bulk_update_for_organization = op("bulk_mutate_organization_issues")
    events = op("list_issue_events")
    event = op("retrieve_issue_event")  # event_id may be "latest", "oldest", "recommended"
    hashes = op("list_issue_hashes")


class Events(Namespace[C]):
    list = op("list_project_events")
    retrieve = op("retrieve_project_event")


class Projects(Namespace[C]):
    list = op("list_projects")  # every project the token can see
    create = op("create_project")  # created under a team: team_id_or_slug=
    retrieve = op("retrieve_project")
    update = op("update_project")
    delete = op("delete_project")
    users = op("list_project_users")
    keys = op("list_project_keys")  # client keys (DSNs)


class Organizations(Namespace[C]):
    list = op("list_organizations")
    retrieve = op("retrieve_organization")
    update = op("update_organization")
    projects = op("list_organization_projects")
    teams = op("list_organization_teams")


class Teams(Namespace[C]):
    list = op("list_organization_teams")
    create = op("create_team")
    retrieve = op("retrieve_team")
    update = op("update_team")
    delete = op("delete_team")
    projects = op("list_team_projects")
    members = op("list_team_members")


class Releases(Namespace[C]):
    list = op("list_organization_releases")
    create = op("create_release")
    retrieve = op("retrieve_release")  # version= is percent-encoded: "web@1.2.3+build 7" works
    update = op("update_release")
    delete = op("delete_release")
    deploys = op("list_release_deploys")
    create_deploy = op("create_deploy")


class Members(Namespace[C]):
    list = op("list_organization_members")
    invite = op("invite_member")
    retrieve = op("retrieve_member")
    update = op("update_member")
    remove = op("remove_member")


NAMESPACES: dict[str, type[Namespace[Any]]] = {
    "issues": Issues,
    "events": Events,
    "projects": Projects,
    "organizations": Organizations,
    "teams": Teams,
    "releases": Releases,
    "members": Members,
}


def operation_map(namespace: type[Namespace[Any]]) -> dict[str, str]:
    """Method name -> operationId for one namespace class."""
    return {
        name: value.operation_id
        for klass in reversed(namespace.__mro__)
        for name, value in vars(klass).items()
        if isinstance(value, op)
    }


def namespace(name: str, client: Any) -> Namespace[Any]:
    return NAMESPACES[name](client)

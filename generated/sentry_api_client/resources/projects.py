"""The ``projects`` namespace: ``client.projects.<method>(...)``, sync and async.

Rendered by scripts/generate.py from openapi/sentry.yaml with
templates/resources/namespace.py.jinja; do not edit. Each method hands its arguments to the
client's one call path; the names come from the spec's ``x-sentry-method``.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, ClassVar, Literal

import httpx
from sentry_api.resources import (
    AsyncCaller,
    AsyncListing,
    AsyncNamespace,
    SyncCaller,
    SyncListing,
    SyncNamespace,
    async_call,
    async_items,
    async_pages,
    sync_call,
    sync_items,
    sync_pages,
)
from sentry_api.result import Result

# Imported at run time so that typing.get_type_hints() resolves every annotation: httpx is
# loaded by the client anyway, the bodies are one small module, and the models package loads
# a model only when ``models.Issue`` is first read.
from .. import models
from .bodies import (
    ProjectCreateBody,
    ProjectUpdateBody,
)

__all__ = [
    "AsyncProjects",
    "AsyncProjectsListAll",
    "AsyncProjectsUsers",
    "AsyncProjectsKeys",
    "AsyncProjectsList",
    "Projects",
    "ProjectsListAll",
    "ProjectsUsers",
    "ProjectsKeys",
    "ProjectsList",
]


class ProjectsListAll(SyncListing):
    """List your projects: ``client.projects.list_all(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_projects")
    def __call__(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectWithOrganization]]:
        """List your projects

        ``GET /api/0/projects/`` (operationId ``list_projects``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            query: Filter the projects. Free text matches the name or slug (case-insensitive substring);
                the tokens `slug:<slug>`, `name:<name>`, `platform:<platform>`, `id:<project id>` and
                `dsn:<public key>` match exactly. An unknown token matches nothing.
            status: `active` (the default) lists live projects; `deleted` lists projects that are pending
                deletion or disabled. Sentry's default: ``active``.
            organization_id: With a user token, only projects of the organization with this numeric ID. (Organization
                tokens are already limited to their own organization.)
            per_page: Projects per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectWithOrganization]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_projects")
    def pages(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.ProjectWithOrganization]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_projects")
    def paginate(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.ProjectWithOrganization]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncProjectsListAll(AsyncListing):
    """List your projects: ``await client.projects.list_all(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_projects")
    async def __call__(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectWithOrganization]]:
        """List your projects

        ``GET /api/0/projects/`` (operationId ``list_projects``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            query: Filter the projects. Free text matches the name or slug (case-insensitive substring);
                the tokens `slug:<slug>`, `name:<name>`, `platform:<platform>`, `id:<project id>` and
                `dsn:<public key>` match exactly. An unknown token matches nothing.
            status: `active` (the default) lists live projects; `deleted` lists projects that are pending
                deletion or disabled. Sentry's default: ``active``.
            organization_id: With a user token, only projects of the organization with this numeric ID. (Organization
                tokens are already limited to their own organization.)
            per_page: Projects per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectWithOrganization]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_projects")
    def pages(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.ProjectWithOrganization]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_projects")
    def paginate(
        self,
        *,
        query: str | None = None,
        status: Literal["active", "deleted"] | None = None,
        organization_id: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.ProjectWithOrganization]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_projects",
            query=query,
            status=status,
            organization_id=organization_id,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class ProjectsUsers(SyncListing):
    """List a project's users: ``client.projects.users(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_project_users")
    def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectUser]]:
        """List a project's users

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/users/`` (operationId ``list_project_users``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Only users matching this value. Prefix it with the field to match: `id:`, `email:`,
                `username:` or `ip:`, e.g. `email:ada@example.com`.
            per_page: Users per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectUser]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_project_users")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.ProjectUser]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_project_users")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.ProjectUser]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncProjectsUsers(AsyncListing):
    """List a project's users: ``await client.projects.users(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_project_users")
    async def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectUser]]:
        """List a project's users

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/users/`` (operationId ``list_project_users``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Only users matching this value. Prefix it with the field to match: `id:`, `email:`,
                `username:` or `ip:`, e.g. `email:ada@example.com`.
            per_page: Users per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectUser]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_project_users")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.ProjectUser]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_project_users")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.ProjectUser]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_users",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class ProjectsKeys(SyncListing):
    """List a project's client keys: ``client.projects.keys(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_project_keys")
    def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectKey]]:
        """List a project's client keys

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/keys/`` (operationId ``list_project_keys``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            status: Only `active` or only `inactive` (disabled) keys. Left out, every key is listed.
            per_page: Keys per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectKey]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_project_keys")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.ProjectKey]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_project_keys")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.ProjectKey]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncProjectsKeys(AsyncListing):
    """List a project's client keys: ``await client.projects.keys(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_project_keys")
    async def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectKey]]:
        """List a project's client keys

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/keys/`` (operationId ``list_project_keys``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            status: Only `active` or only `inactive` (disabled) keys. Left out, every key is listed.
            per_page: Keys per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectKey]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_project_keys")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.ProjectKey]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_project_keys")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        status: Literal["active", "inactive"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.ProjectKey]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_keys",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            status=status,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class ProjectsList(SyncListing):
    """List an organization's projects: ``client.projects.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organization_projects")
    def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectSummary]]:
        """List an organization's projects

        ``GET /api/0/organizations/{organization_id_or_slug}/projects/`` (operationId ``list_organization_projects``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Filter the projects. Free text matches the name or slug (case-insensitive substring);
                the tokens `id:<project id>`, `slug:<slug>`, `team:<team slug>` and `!team:<team slug>`
                match exactly, and `is_member:1` keeps the caller's own projects.
            per_page: Projects per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organization_projects")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.ProjectSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organization_projects")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.ProjectSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncProjectsList(AsyncListing):
    """List an organization's projects: ``await client.projects.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organization_projects")
    async def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectSummary]]:
        """List an organization's projects

        ``GET /api/0/organizations/{organization_id_or_slug}/projects/`` (operationId ``list_organization_projects``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Filter the projects. Free text matches the name or slug (case-insensitive substring);
                the tokens `id:<project id>`, `slug:<slug>`, `team:<team slug>` and `!team:<team slug>`
                match exactly, and `is_member:1` keeps the caller's own projects.
            per_page: Projects per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.ProjectSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organization_projects")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.ProjectSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organization_projects")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.ProjectSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_projects",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Projects(SyncNamespace):
    """``client.projects``: 8 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list_all": "list_projects",
        "create": "create_project",
        "retrieve": "retrieve_project",
        "update": "update_project",
        "delete": "delete_project",
        "users": "list_project_users",
        "keys": "list_project_keys",
        "list": "list_organization_projects",
    }
    list_all: ProjectsListAll
    users: ProjectsUsers
    keys: ProjectsKeys
    list: ProjectsList

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list_all = ProjectsListAll(client)
        self.users = ProjectsUsers(client)
        self.keys = ProjectsKeys(client)
        self.list = ProjectsList(client)

    @sync_call("create_project")
    def create(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ProjectCreateBody | models.ProjectCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.ProjectSummary]:
        """Create a project

        ``POST /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/`` (operationId ``create_project``). Scopes: any of ``project:write``, ``project:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ProjectCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.ProjectSummary]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "create_project",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_project")
    def retrieve(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Project]:
        """Retrieve a project

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``retrieve_project``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Project]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_project")
    def update(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ProjectUpdateBody | models.ProjectUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Project]:
        """Update a project

        ``PUT /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``update_project``). Scopes: any of ``project:write``, ``project:admin``, ``project:read``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ProjectUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Project]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("delete_project")
    def delete(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a project

        ``DELETE /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``delete_project``). Scopes: any of ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "delete_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncProjects(AsyncNamespace):
    """``client.projects`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Projects.OPERATIONS
    list_all: AsyncProjectsListAll
    users: AsyncProjectsUsers
    keys: AsyncProjectsKeys
    list: AsyncProjectsList

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list_all = AsyncProjectsListAll(client)
        self.users = AsyncProjectsUsers(client)
        self.keys = AsyncProjectsKeys(client)
        self.list = AsyncProjectsList(client)

    @async_call("create_project")
    async def create(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ProjectCreateBody | models.ProjectCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.ProjectSummary]:
        """Create a project

        ``POST /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/`` (operationId ``create_project``). Scopes: any of ``project:write``, ``project:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ProjectCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.ProjectSummary]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "create_project",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_project")
    async def retrieve(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Project]:
        """Retrieve a project

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``retrieve_project``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Project]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_project")
    async def update(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ProjectUpdateBody | models.ProjectUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Project]:
        """Update a project

        ``PUT /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``update_project``). Scopes: any of ``project:write``, ``project:admin``, ``project:read``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ProjectUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Project]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("delete_project")
    async def delete(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a project

        ``DELETE /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/`` (operationId ``delete_project``). Scopes: any of ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "delete_project",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

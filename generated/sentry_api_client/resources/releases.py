"""The ``releases`` namespace: ``client.releases.<method>(...)``, sync and async.

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
    DeployCreateBody,
    ReleaseCreateBody,
    ReleaseUpdateBody,
)

__all__ = [
    "AsyncReleases",
    "AsyncReleasesList",
    "AsyncReleasesDeploys",
    "Releases",
    "ReleasesList",
    "ReleasesDeploys",
]


class ReleasesList(SyncListing):
    """List an organization's releases: ``client.releases.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organization_releases")
    def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Release]]:
        """List an organization's releases

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/`` (operationId ``list_organization_releases``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project: Only releases of these projects (IDs or slugs; repeat the parameter for several). Leave
                it out, or pass `-1`, for every project the token can access.
            environment: Only releases seen in these environments (repeat the parameter for several).
            query: Filter on the release version: a plain value is a case-insensitive substring match;
                release search syntax such as `release.version:1.2.*` or `release.package:frontend` also
                works.
            status: Which releases to list by status; `open` (the default) leaves out archived releases.
                Sentry's default: ``open``.
            sort: Order of the list: `date` (creation date, newest first; the default), `semver` (semantic
                version, highest first), `build` (build number; releases without one are left out) or
                `adoption` (most recently adopted first). Sentry's default: ``date``.
            per_page: Releases per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Release]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organization_releases")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.Release]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organization_releases")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.Release]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncReleasesList(AsyncListing):
    """List an organization's releases: ``await client.releases.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organization_releases")
    async def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Release]]:
        """List an organization's releases

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/`` (operationId ``list_organization_releases``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project: Only releases of these projects (IDs or slugs; repeat the parameter for several). Leave
                it out, or pass `-1`, for every project the token can access.
            environment: Only releases seen in these environments (repeat the parameter for several).
            query: Filter on the release version: a plain value is a case-insensitive substring match;
                release search syntax such as `release.version:1.2.*` or `release.package:frontend` also
                works.
            status: Which releases to list by status; `open` (the default) leaves out archived releases.
                Sentry's default: ``open``.
            sort: Order of the list: `date` (creation date, newest first; the default), `semver` (semantic
                version, highest first), `build` (build number; releases without one are left out) or
                `adoption` (most recently adopted first). Sentry's default: ``date``.
            per_page: Releases per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Release]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organization_releases")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.Release]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organization_releases")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        status: Literal["open", "archived"] | None = None,
        sort: Literal["date", "semver", "build", "adoption"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.Release]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_releases",
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class ReleasesDeploys(SyncListing):
    """List a release's deploys: ``client.releases.deploys(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_release_deploys")
    def __call__(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Deploy]]:
        """List a release's deploys

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/`` (operationId ``list_release_deploys``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project: Only deploys to these projects (numeric IDs; repeat for several). `-1` or leaving it out
                means every accessible project.
            per_page: Deploys per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Deploy]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_release_deploys")
    def pages(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.Deploy]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_release_deploys")
    def paginate(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.Deploy]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncReleasesDeploys(AsyncListing):
    """List a release's deploys: ``await client.releases.deploys(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_release_deploys")
    async def __call__(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Deploy]]:
        """List a release's deploys

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/`` (operationId ``list_release_deploys``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project: Only deploys to these projects (numeric IDs; repeat for several). `-1` or leaving it out
                means every accessible project.
            per_page: Deploys per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Deploy]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_release_deploys")
    def pages(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.Deploy]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_release_deploys")
    def paginate(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project: str | Sequence[str] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.Deploy]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_release_deploys",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project=project,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Releases(SyncNamespace):
    """``client.releases``: 7 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list": "list_organization_releases",
        "create": "create_release",
        "retrieve": "retrieve_release",
        "update": "update_release",
        "delete": "delete_release",
        "deploys": "list_release_deploys",
        "create_deploy": "create_deploy",
    }
    list: ReleasesList
    deploys: ReleasesDeploys

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list = ReleasesList(client)
        self.deploys = ReleasesDeploys(client)

    @sync_call("create_release")
    def create(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ReleaseCreateBody | models.ReleaseCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Create a release

        ``POST /api/0/organizations/{organization_id_or_slug}/releases/`` (operationId ``create_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ReleaseCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "create_release",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_release")
    def retrieve(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project_id: str | None = None,
        project: str | None = None,
        health: int | None = None,
        adoption_stages: int | None = None,
        summary_stats_period: Literal["1h", "24h", "1d", "48h", "2d", "7d", "14d", "30d", "90d"]
        | None = None,
        health_stats_period: Literal["1h", "24h", "1d", "48h", "2d", "7d", "14d", "30d", "90d"]
        | None = None,
        sort: Literal["date", "sessions", "users", "crash_free_sessions", "crash_free_users"]
        | None = None,
        status: Literal["open", "archived"] | None = None,
        query: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Retrieve a release

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``retrieve_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project_id: Deprecated. Deprecated; use `project`. Ignored when `project` is also sent.
            project: The project (ID or slug) whose view of the release to describe in `currentProjectMeta`
                and `healthData`.
            health: Send `1` to include release-health data (`projects[].healthData`). Sentry's default:
                ``0``.
            adoption_stages: Send `1` to include the per-project adoption stages (`adoptionStages`). Sentry's
                default: ``0``.
            summary_stats_period: Period the summary statistics cover. Sentry's default: ``14d``.
            health_stats_period: Period the health statistics cover; Sentry uses `24h` when `health=1` and this is not
                set.
            sort: Ordering used to find the neighbouring releases in `currentProjectMeta`. Only `date`
                (the default) is implemented by Sentry; the others answer `400` when `project` is set.
                Sentry's default: ``date``.
            status: Status of the releases considered as neighbours in `currentProjectMeta`. Sentry's
                default: ``open``.
            query: Filter (release search syntax) applied when finding the neighbouring releases.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project_id=project_id,
            project=project,
            health=health,
            adoption_stages=adoption_stages,
            summary_stats_period=summary_stats_period,
            health_stats_period=health_stats_period,
            sort=sort,
            status=status,
            query=query,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_release")
    def update(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ReleaseUpdateBody | models.ReleaseUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Update a release

        ``PUT /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``update_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ReleaseUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("delete_release")
    def delete(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a release

        ``DELETE /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``delete_release``). Scopes: any of ``project:releases``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "delete_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("create_deploy")
    def create_deploy(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: DeployCreateBody | models.DeployCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Deploy]:
        """Create a deploy

        ``POST /api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/`` (operationId ``create_deploy``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``DeployCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Deploy]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "create_deploy",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncReleases(AsyncNamespace):
    """``client.releases`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Releases.OPERATIONS
    list: AsyncReleasesList
    deploys: AsyncReleasesDeploys

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list = AsyncReleasesList(client)
        self.deploys = AsyncReleasesDeploys(client)

    @async_call("create_release")
    async def create(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ReleaseCreateBody | models.ReleaseCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Create a release

        ``POST /api/0/organizations/{organization_id_or_slug}/releases/`` (operationId ``create_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ReleaseCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "create_release",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_release")
    async def retrieve(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        project_id: str | None = None,
        project: str | None = None,
        health: int | None = None,
        adoption_stages: int | None = None,
        summary_stats_period: Literal["1h", "24h", "1d", "48h", "2d", "7d", "14d", "30d", "90d"]
        | None = None,
        health_stats_period: Literal["1h", "24h", "1d", "48h", "2d", "7d", "14d", "30d", "90d"]
        | None = None,
        sort: Literal["date", "sessions", "users", "crash_free_sessions", "crash_free_users"]
        | None = None,
        status: Literal["open", "archived"] | None = None,
        query: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Retrieve a release

        ``GET /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``retrieve_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:read``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            project_id: Deprecated. Deprecated; use `project`. Ignored when `project` is also sent.
            project: The project (ID or slug) whose view of the release to describe in `currentProjectMeta`
                and `healthData`.
            health: Send `1` to include release-health data (`projects[].healthData`). Sentry's default:
                ``0``.
            adoption_stages: Send `1` to include the per-project adoption stages (`adoptionStages`). Sentry's
                default: ``0``.
            summary_stats_period: Period the summary statistics cover. Sentry's default: ``14d``.
            health_stats_period: Period the health statistics cover; Sentry uses `24h` when `health=1` and this is not
                set.
            sort: Ordering used to find the neighbouring releases in `currentProjectMeta`. Only `date`
                (the default) is implemented by Sentry; the others answer `400` when `project` is set.
                Sentry's default: ``date``.
            status: Status of the releases considered as neighbours in `currentProjectMeta`. Sentry's
                default: ``open``.
            query: Filter (release search syntax) applied when finding the neighbouring releases.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            project_id=project_id,
            project=project,
            health=health,
            adoption_stages=adoption_stages,
            summary_stats_period=summary_stats_period,
            health_stats_period=health_stats_period,
            sort=sort,
            status=status,
            query=query,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_release")
    async def update(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: ReleaseUpdateBody | models.ReleaseUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Release]:
        """Update a release

        ``PUT /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``update_release``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``ReleaseUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Release]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("delete_release")
    async def delete(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a release

        ``DELETE /api/0/organizations/{organization_id_or_slug}/releases/{version}/`` (operationId ``delete_release``). Scopes: any of ``project:releases``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "delete_release",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("create_deploy")
    async def create_deploy(
        self,
        version: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: DeployCreateBody | models.DeployCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Deploy]:
        """Create a deploy

        ``POST /api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/`` (operationId ``create_deploy``). Scopes: any of ``project:releases``, ``org:ci``, ``project:write``, ``project:admin``.

        Args:
            version: The version identifier of the release. Versions may contain characters such as `/`, `+`
                or `@`; they must be percent-encoded in the path.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``DeployCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Deploy]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "create_deploy",
            version=version,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

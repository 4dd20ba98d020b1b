"""The ``issues`` namespace: ``client.issues.<method>(...)``, sync and async.

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
    IssueBulkUpdateBody,
    IssueUpdateBody,
)

__all__ = [
    "AsyncIssues",
    "AsyncIssuesList",
    "AsyncIssuesEvents",
    "AsyncIssuesHashes",
    "AsyncIssuesListForOrganization",
    "Issues",
    "IssuesList",
    "IssuesEvents",
    "IssuesHashes",
    "IssuesListForOrganization",
]


class IssuesList(SyncListing):
    """List a project's issues: ``client.issues.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_project_issues")
    def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Issue]]:
        """List a project's issues

        Deprecated by Sentry.

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/`` (operationId ``list_project_issues``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: A Sentry issue search query, e.g. `is:unresolved level:error`. When omitted Sentry uses
                `is:unresolved`; pass an empty string to match issues of every status. (The default is
                not declared as a schema default so that clients do not send it along with `hashes`,
                which Sentry rejects.)
            stats_period: The timeline to include in each issue's `stats`: `24h` (hourly buckets, the default),
                `14d` (daily buckets), or an empty string for no timeline. Sentry's default: ``24h``.
            short_id_lookup: Set to `1` to also treat `query` as an issue short ID (such as `WEB-1A`). A short ID may
                resolve to an issue of another project, which is why this is opt-in. Sentry's default:
                ``0``.
            environment: Only count and list issues that have events in this environment.
            hashes: Return the issues owning these grouping hashes instead of running a search. At most 100
                hashes are used; cannot be combined with `query`.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected) or `inbox` (date added to the review inbox). Sentry's default:
                ``date``.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Issue]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_project_issues")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.Issue]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_project_issues")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.Issue]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncIssuesList(AsyncListing):
    """List a project's issues: ``await client.issues.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_project_issues")
    async def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Issue]]:
        """List a project's issues

        Deprecated by Sentry.

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/`` (operationId ``list_project_issues``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: A Sentry issue search query, e.g. `is:unresolved level:error`. When omitted Sentry uses
                `is:unresolved`; pass an empty string to match issues of every status. (The default is
                not declared as a schema default so that clients do not send it along with `hashes`,
                which Sentry rejects.)
            stats_period: The timeline to include in each issue's `stats`: `24h` (hourly buckets, the default),
                `14d` (daily buckets), or an empty string for no timeline. Sentry's default: ``24h``.
            short_id_lookup: Set to `1` to also treat `query` as an issue short ID (such as `WEB-1A`). A short ID may
                resolve to an issue of another project, which is why this is opt-in. Sentry's default:
                ``0``.
            environment: Only count and list issues that have events in this environment.
            hashes: Return the issues owning these grouping hashes instead of running a search. At most 100
                hashes are used; cannot be combined with `query`.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected) or `inbox` (date added to the review inbox). Sentry's default:
                ``date``.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Issue]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_project_issues")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.Issue]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_project_issues")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        query: str | None = None,
        stats_period: Literal["24h", "14d", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        environment: str | None = None,
        hashes: str | Sequence[str] | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox"] | None = None,
        limit: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.Issue]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class IssuesEvents(SyncListing):
    """List an issue's events: ``client.issues.events(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_issue_events")
    def __call__(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.EventSummary]]:
        """List an issue's events

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/`` (operationId ``list_issue_events``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            full: Set to `true` to include the full event body (entries with stack traces, contexts, SDK,
                ...) in every item instead of a short summary. Sentry's default: ``false``.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            environment: Only consider data from these environments (repeat the parameter for several).
            query: An event search query, e.g. `release:1.2.0 browser.name:Chrome`. See Sentry's search
                documentation for the searchable event properties.
            sample: Set to `true` to return events in a pseudo-random order that is stable: the same query
                always returns the same events in the same order. Sentry's default: ``false``.
            per_page: Items per page (at most 100; Sentry lowers the cap when full bodies are requested).
                Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.EventSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_issue_events")
    def pages(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.EventSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_issue_events")
    def paginate(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.EventSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncIssuesEvents(AsyncListing):
    """List an issue's events: ``await client.issues.events(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_issue_events")
    async def __call__(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.EventSummary]]:
        """List an issue's events

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/`` (operationId ``list_issue_events``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            full: Set to `true` to include the full event body (entries with stack traces, contexts, SDK,
                ...) in every item instead of a short summary. Sentry's default: ``false``.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            environment: Only consider data from these environments (repeat the parameter for several).
            query: An event search query, e.g. `release:1.2.0 browser.name:Chrome`. See Sentry's search
                documentation for the searchable event properties.
            sample: Set to `true` to return events in a pseudo-random order that is stable: the same query
                always returns the same events in the same order. Sentry's default: ``false``.
            per_page: Items per page (at most 100; Sentry lowers the cap when full bodies are requested).
                Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.EventSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_issue_events")
    def pages(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.EventSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_issue_events")
    def paginate(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        stats_period: str | None = None,
        environment: str | Sequence[str] | None = None,
        query: str | None = None,
        sample: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.EventSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_issue_events",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class IssuesHashes(SyncListing):
    """List an issue's hashes: ``client.issues.hashes(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_issue_hashes")
    def __call__(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.IssueHash]]:
        """List an issue's hashes

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/hashes/`` (operationId ``list_issue_hashes``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            full: Whether each `latestEvent` carries the full event body (entries, contexts, ...) rather
                than a short summary. Sentry's default is `true`. Sentry's default: ``true``.
            per_page: Items per page (at most 100; Sentry lowers the cap when full bodies are requested).
                Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.IssueHash]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_issue_hashes")
    def pages(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.IssueHash]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_issue_hashes")
    def paginate(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.IssueHash]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncIssuesHashes(AsyncListing):
    """List an issue's hashes: ``await client.issues.hashes(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_issue_hashes")
    async def __call__(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.IssueHash]]:
        """List an issue's hashes

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/hashes/`` (operationId ``list_issue_hashes``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            full: Whether each `latestEvent` carries the full event body (entries, contexts, ...) rather
                than a short summary. Sentry's default is `true`. Sentry's default: ``true``.
            per_page: Items per page (at most 100; Sentry lowers the cap when full bodies are requested).
                Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.IssueHash]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_issue_hashes")
    def pages(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.IssueHash]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_issue_hashes")
    def paginate(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        full: bool | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.IssueHash]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_issue_hashes",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            full=full,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class IssuesListForOrganization(SyncListing):
    """List an organization's issues: ``client.issues.list_for_organization(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organization_issues")
    def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Issue]]:
        """List an organization's issues

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/`` (operationId ``list_organization_issues``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            project: Only consider these projects, by ID or slug (repeat the parameter for several). Omit it,
                or pass `-1`, for every project the token can access.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            group_stats_period: The timeline in each issue's `stats`: `24h` (the default), `14d`, `auto` (fit to the
                queried time range) or an empty string for none. Sentry's default: ``24h``.
            short_id_lookup: Set to `1` to also treat `query` as an issue short ID (such as `WEB-1A`). A short ID
                lookup ignores the other filters, which is why it is opt-in. Sentry's default: ``0``.
            query: A Sentry issue search query, e.g. `is:unresolved assigned:me`. When neither `query` nor
                `viewId` is given Sentry uses `is:unresolved`; pass an empty string to match issues of
                every status. (That default is not declared as a schema default: a client that always
                sent it would override the view chosen with `viewId`.)
            view_id: The ID of a saved issue view. Without `query` the view's query, sort and filters are
                used.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected), `inbox` (date added to the review inbox; needs `is:for_review`) or
                `recommended`. Without it Sentry sorts by `date`, or as the view chosen with `viewId`
                says.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            expand: Extra data to include in each issue: `inbox`, `integrationIssues`,
                `latestEventHasAttachments`, `owners`, `sentryAppIssues`, `sessions` (adds
                `sessionCount`).
            collapse: Parts to leave out to make the request cheaper: `stats` (the timeline and
                `lifetime`/`filtered`), `lifetime`, `filtered`, `unhandled` (`isUnhandled`).
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Issue]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organization_issues")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.Issue]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organization_issues")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.Issue]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncIssuesListForOrganization(AsyncListing):
    """List an organization's issues: ``await client.issues.list_for_organization(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organization_issues")
    async def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Issue]]:
        """List an organization's issues

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/`` (operationId ``list_organization_issues``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            project: Only consider these projects, by ID or slug (repeat the parameter for several). Omit it,
                or pass `-1`, for every project the token can access.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            group_stats_period: The timeline in each issue's `stats`: `24h` (the default), `14d`, `auto` (fit to the
                queried time range) or an empty string for none. Sentry's default: ``24h``.
            short_id_lookup: Set to `1` to also treat `query` as an issue short ID (such as `WEB-1A`). A short ID
                lookup ignores the other filters, which is why it is opt-in. Sentry's default: ``0``.
            query: A Sentry issue search query, e.g. `is:unresolved assigned:me`. When neither `query` nor
                `viewId` is given Sentry uses `is:unresolved`; pass an empty string to match issues of
                every status. (That default is not declared as a schema default: a client that always
                sent it would override the view chosen with `viewId`.)
            view_id: The ID of a saved issue view. Without `query` the view's query, sort and filters are
                used.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected), `inbox` (date added to the review inbox; needs `is:for_review`) or
                `recommended`. Without it Sentry sorts by `date`, or as the view chosen with `viewId`
                says.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            expand: Extra data to include in each issue: `inbox`, `integrationIssues`,
                `latestEventHasAttachments`, `owners`, `sentryAppIssues`, `sessions` (adds
                `sessionCount`).
            collapse: Parts to leave out to make the request cheaper: `stats` (the timeline and
                `lifetime`/`filtered`), `lifetime`, `filtered`, `unhandled` (`isUnhandled`).
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Issue]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organization_issues")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.Issue]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organization_issues")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        group_stats_period: Literal["24h", "14d", "auto", ""] | None = None,
        short_id_lookup: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        expand: Literal[
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
            "sessions",
        ]
        | Sequence[
            Literal[
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
                "sessions",
            ]
        ]
        | None = None,
        collapse: Literal["filtered", "lifetime", "stats", "unhandled"]
        | Sequence[Literal["filtered", "lifetime", "stats", "unhandled"]]
        | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.Issue]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            project=project,
            stats_period=stats_period,
            start=start,
            end=end,
            group_stats_period=group_stats_period,
            short_id_lookup=short_id_lookup,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            expand=expand,
            collapse=collapse,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Issues(SyncNamespace):
    """``client.issues``: 10 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list": "list_project_issues",
        "bulk_update": "bulk_mutate_project_issues",
        "retrieve": "retrieve_issue",
        "update": "update_issue",
        "delete": "delete_issue",
        "events": "list_issue_events",
        "event": "retrieve_issue_event",
        "hashes": "list_issue_hashes",
        "list_for_organization": "list_organization_issues",
        "bulk_update_for_organization": "bulk_mutate_organization_issues",
    }
    list: IssuesList
    events: IssuesEvents
    hashes: IssuesHashes
    list_for_organization: IssuesListForOrganization

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list = IssuesList(client)
        self.events = IssuesEvents(client)
        self.hashes = IssuesHashes(client)
        self.list_for_organization = IssuesListForOrganization(client)

    @sync_call("bulk_mutate_project_issues")
    def bulk_update(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueBulkUpdateBody | models.IssueBulkUpdate,
        id: int | Sequence[int] | None = None,
        status: Literal["resolved", "reprocessing", "unresolved", "ignored"] | None = None,
        query: str | None = None,
        environment: str | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueBulkUpdateResult | None]:
        """Bulk mutate a project's issues

        ``PUT /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/`` (operationId ``bulk_mutate_project_issues``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueBulkUpdateBody``) or the
                generated model.
            id: The numeric IDs of the issues to change, one `id` parameter per issue. Required for
                every change except a status change, which otherwise applies to all matching issues.
            status: Only change issues that currently have this status: `resolved`, `reprocessing`,
                `unresolved` or `ignored`.
            query: When no `id` is given, the issue search that selects the issues to change. When omitted
                Sentry uses `is:unresolved`.
            environment: When no `id` is given, only select issues with events in this environment.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.IssueBulkUpdateResult | None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "bulk_mutate_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            id=id,
            status=status,
            query=query,
            environment=environment,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_issue")
    def retrieve(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        expand: Literal[
            "forecast",
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
        ]
        | Sequence[
            Literal[
                "forecast",
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
            ]
        ]
        | None = None,
        collapse: Literal["release", "stats", "tags"]
        | Sequence[Literal["release", "stats", "tags"]]
        | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueDetail]:
        """Retrieve an issue

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``retrieve_issue``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            expand: Extra data to include: `forecast` (escalation forecast), `inbox` (why the issue is in
                the review inbox), `integrationIssues` and `sentryAppIssues` (linked external tickets),
                `latestEventHasAttachments`, `owners` (suggested owners). Asking for
                `latestEventHasAttachments` answers `404` when the organization lacks the event-
                attachments feature.
            collapse: Parts to leave out to make the request cheaper: `release` (`firstRelease`,
                `lastRelease`), `stats`, `tags`.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.IssueDetail]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            expand=expand,
            collapse=collapse,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_issue")
    def update(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueUpdateBody | models.IssueUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Issue | None]:
        """Update an issue

        ``PUT /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``update_issue``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Issue | None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("delete_issue")
    def delete(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete an issue

        ``DELETE /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``delete_issue``). Scopes: any of ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "delete_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_issue_event")
    def event(
        self,
        issue_id: str | int,
        event_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        llm_format: Literal["markdown", "xml"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Event]:
        """Retrieve an issue's event

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/{event_id}/`` (operationId ``retrieve_issue_event``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            event_id: The ID of an event of the issue (32 lowercase hexadecimal characters), or one of the
                keywords `latest`, `oldest` and `recommended`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            llm_format: Also render the event as `markdown` or `xml` text (for language models); the text is
                returned in the `formatted` field.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Event]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_issue_event",
            issue_id=issue_id,
            event_id=event_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            llm_format=llm_format,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("bulk_mutate_organization_issues")
    def bulk_update_for_organization(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueBulkUpdateBody | models.IssueBulkUpdate,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        id: int | Sequence[int] | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueBulkUpdateResult | None]:
        """Bulk mutate an organization's issues

        ``PUT /api/0/organizations/{organization_id_or_slug}/issues/`` (operationId ``bulk_mutate_organization_issues``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueBulkUpdateBody``) or the
                generated model.
            environment: Only consider data from these environments (repeat the parameter for several).
            project: Only consider these projects, by ID or slug (repeat the parameter for several). Omit it,
                or pass `-1`, for every project the token can access.
            id: The numeric IDs of the issues to change, one `id` parameter per issue. Required for
                every change except a status change, which otherwise applies to all matching issues.
            query: A Sentry issue search query, e.g. `is:unresolved assigned:me`. When neither `query` nor
                `viewId` is given Sentry uses `is:unresolved`; pass an empty string to match issues of
                every status. (That default is not declared as a schema default: a client that always
                sent it would override the view chosen with `viewId`.)
            view_id: The ID of a saved issue view. Without `query` the view's query, sort and filters are
                used.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected), `inbox` (date added to the review inbox; needs `is:for_review`) or
                `recommended`. Without it Sentry sorts by `date`, or as the view chosen with `viewId`
                says.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.IssueBulkUpdateResult | None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "bulk_mutate_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            environment=environment,
            project=project,
            id=id,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncIssues(AsyncNamespace):
    """``client.issues`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Issues.OPERATIONS
    list: AsyncIssuesList
    events: AsyncIssuesEvents
    hashes: AsyncIssuesHashes
    list_for_organization: AsyncIssuesListForOrganization

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list = AsyncIssuesList(client)
        self.events = AsyncIssuesEvents(client)
        self.hashes = AsyncIssuesHashes(client)
        self.list_for_organization = AsyncIssuesListForOrganization(client)

    @async_call("bulk_mutate_project_issues")
    async def bulk_update(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueBulkUpdateBody | models.IssueBulkUpdate,
        id: int | Sequence[int] | None = None,
        status: Literal["resolved", "reprocessing", "unresolved", "ignored"] | None = None,
        query: str | None = None,
        environment: str | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueBulkUpdateResult | None]:
        """Bulk mutate a project's issues

        ``PUT /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/`` (operationId ``bulk_mutate_project_issues``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueBulkUpdateBody``) or the
                generated model.
            id: The numeric IDs of the issues to change, one `id` parameter per issue. Required for
                every change except a status change, which otherwise applies to all matching issues.
            status: Only change issues that currently have this status: `resolved`, `reprocessing`,
                `unresolved` or `ignored`.
            query: When no `id` is given, the issue search that selects the issues to change. When omitted
                Sentry uses `is:unresolved`.
            environment: When no `id` is given, only select issues with events in this environment.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.IssueBulkUpdateResult | None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "bulk_mutate_project_issues",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            id=id,
            status=status,
            query=query,
            environment=environment,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_issue")
    async def retrieve(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        expand: Literal[
            "forecast",
            "inbox",
            "integrationIssues",
            "latestEventHasAttachments",
            "owners",
            "sentryAppIssues",
        ]
        | Sequence[
            Literal[
                "forecast",
                "inbox",
                "integrationIssues",
                "latestEventHasAttachments",
                "owners",
                "sentryAppIssues",
            ]
        ]
        | None = None,
        collapse: Literal["release", "stats", "tags"]
        | Sequence[Literal["release", "stats", "tags"]]
        | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueDetail]:
        """Retrieve an issue

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``retrieve_issue``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            expand: Extra data to include: `forecast` (escalation forecast), `inbox` (why the issue is in
                the review inbox), `integrationIssues` and `sentryAppIssues` (linked external tickets),
                `latestEventHasAttachments`, `owners` (suggested owners). Asking for
                `latestEventHasAttachments` answers `404` when the organization lacks the event-
                attachments feature.
            collapse: Parts to leave out to make the request cheaper: `release` (`firstRelease`,
                `lastRelease`), `stats`, `tags`.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.IssueDetail]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            expand=expand,
            collapse=collapse,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_issue")
    async def update(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueUpdateBody | models.IssueUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Issue | None]:
        """Update an issue

        ``PUT /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``update_issue``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Issue | None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("delete_issue")
    async def delete(
        self,
        issue_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete an issue

        ``DELETE /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/`` (operationId ``delete_issue``). Scopes: any of ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "delete_issue",
            issue_id=issue_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_issue_event")
    async def event(
        self,
        issue_id: str | int,
        event_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        llm_format: Literal["markdown", "xml"] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Event]:
        """Retrieve an issue's event

        ``GET /api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/{event_id}/`` (operationId ``retrieve_issue_event``). Scopes: any of ``event:read``, ``event:write``, ``event:admin``.

        Args:
            issue_id: The ID of the issue (a numeric string), or its short ID such as `WEB-1A`.
            event_id: The ID of an event of the issue (32 lowercase hexadecimal characters), or one of the
                keywords `latest`, `oldest` and `recommended`.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            llm_format: Also render the event as `markdown` or `xml` text (for language models); the text is
                returned in the `formatted` field.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Event]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_issue_event",
            issue_id=issue_id,
            event_id=event_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            llm_format=llm_format,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("bulk_mutate_organization_issues")
    async def bulk_update_for_organization(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: IssueBulkUpdateBody | models.IssueBulkUpdate,
        environment: str | Sequence[str] | None = None,
        project: str | Sequence[str] | None = None,
        id: int | Sequence[int] | None = None,
        query: str | None = None,
        view_id: str | None = None,
        sort: Literal["date", "new", "trends", "freq", "user", "inbox", "recommended"]
        | None = None,
        limit: int | None = None,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.IssueBulkUpdateResult | None]:
        """Bulk mutate an organization's issues

        ``PUT /api/0/organizations/{organization_id_or_slug}/issues/`` (operationId ``bulk_mutate_organization_issues``). Scopes: any of ``event:write``, ``event:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``IssueBulkUpdateBody``) or the
                generated model.
            environment: Only consider data from these environments (repeat the parameter for several).
            project: Only consider these projects, by ID or slug (repeat the parameter for several). Omit it,
                or pass `-1`, for every project the token can access.
            id: The numeric IDs of the issues to change, one `id` parameter per issue. Required for
                every change except a status change, which otherwise applies to all matching issues.
            query: A Sentry issue search query, e.g. `is:unresolved assigned:me`. When neither `query` nor
                `viewId` is given Sentry uses `is:unresolved`; pass an empty string to match issues of
                every status. (That default is not declared as a schema default: a client that always
                sent it would override the view chosen with `viewId`.)
            view_id: The ID of a saved issue view. Without `query` the view's query, sort and filters are
                used.
            sort: Sort order: `date` (last seen), `new` (first seen), `trends`, `freq` (events), `user`
                (users affected), `inbox` (date added to the review inbox; needs `is:for_review`) or
                `recommended`. Without it Sentry sorts by `date`, or as the view chosen with `viewId`
                says.
            limit: The maximum number of issues per page (at most 100). Sentry's default: ``100``.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.IssueBulkUpdateResult | None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "bulk_mutate_organization_issues",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            environment=environment,
            project=project,
            id=id,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

"""The ``events`` namespace: ``client.events.<method>(...)``, sync and async.

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

__all__ = [
    "AsyncEvents",
    "AsyncEventsList",
    "Events",
    "EventsList",
]


class EventsList(SyncListing):
    """List a project's error events: ``client.events.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_project_events")
    def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.EventSummary]]:
        """List a project's error events

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/events/`` (operationId ``list_project_events``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            full: Set to `true` to include the full event body (entries with stack traces, contexts, SDK,
                ...) in every item instead of a short summary. Sentry's default: ``false``.
            sample: Set to `true` to return events in a pseudo-random order that is stable: the same query
                always returns the same events in the same order. Sentry's default: ``false``.
            query: Only list events whose message contains this text (case-insensitive). Unlike the issue
                endpoints this is a plain substring, not search syntax.
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
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_project_events")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.EventSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_project_events")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.EventSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncEventsList(AsyncListing):
    """List a project's error events: ``await client.events.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_project_events")
    async def __call__(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.EventSummary]]:
        """List a project's error events

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/events/`` (operationId ``list_project_events``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            stats_period: A time range ending now, as a number and a unit: `s`, `m`, `h`, `d` or `w` (e.g. `24h`,
                `14d`). Takes precedence over `start` and `end`.
            start: Start of the time range (ISO 8601, UTC if no offset is given); use with `end`.
            end: End of the time range (ISO 8601, UTC if no offset is given); use with `start`.
            full: Set to `true` to include the full event body (entries with stack traces, contexts, SDK,
                ...) in every item instead of a short summary. Sentry's default: ``false``.
            sample: Set to `true` to return events in a pseudo-random order that is stable: the same query
                always returns the same events in the same order. Sentry's default: ``false``.
            query: Only list events whose message contains this text (case-insensitive). Unlike the issue
                endpoints this is a plain substring, not search syntax.
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
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_project_events")
    def pages(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.EventSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_project_events")
    def paginate(
        self,
        project_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: str | None = None,
        start: str | datetime.datetime | None = None,
        end: str | datetime.datetime | None = None,
        full: bool | None = None,
        sample: bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.EventSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_project_events",
            project_id_or_slug=project_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            start=start,
            end=end,
            full=full,
            sample=sample,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Events(SyncNamespace):
    """``client.events``: 2 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list": "list_project_events",
        "retrieve": "retrieve_project_event",
    }
    list: EventsList

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list = EventsList(client)

    @sync_call("retrieve_project_event")
    def retrieve(
        self,
        project_id_or_slug: str | int,
        event_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Event]:
        """Retrieve a project's event

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/events/{event_id}/`` (operationId ``retrieve_project_event``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            event_id: The ID of the event, 32 lowercase hexadecimal characters as the SDK reported it.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Event]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_project_event",
            project_id_or_slug=project_id_or_slug,
            event_id=event_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncEvents(AsyncNamespace):
    """``client.events`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Events.OPERATIONS
    list: AsyncEventsList

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list = AsyncEventsList(client)

    @async_call("retrieve_project_event")
    async def retrieve(
        self,
        project_id_or_slug: str | int,
        event_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        environment: str | Sequence[str] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Event]:
        """Retrieve a project's event

        ``GET /api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/events/{event_id}/`` (operationId ``retrieve_project_event``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            project_id_or_slug: The ID or slug of the project.
            event_id: The ID of the event, 32 lowercase hexadecimal characters as the SDK reported it.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            environment: Only consider data from these environments (repeat the parameter for several).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Event]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_project_event",
            project_id_or_slug=project_id_or_slug,
            event_id=event_id,
            organization_id_or_slug=organization_id_or_slug,
            environment=environment,
            timeout=timeout,
            extra_query=extra_query,
        )

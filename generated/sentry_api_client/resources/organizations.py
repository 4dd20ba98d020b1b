"""The ``organizations`` namespace: ``client.organizations.<method>(...)``, sync and async.

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
    OrganizationUpdateBody,
)

__all__ = [
    "AsyncOrganizations",
    "AsyncOrganizationsList",
    "Organizations",
    "OrganizationsList",
]


class OrganizationsList(SyncListing):
    """List your organizations: ``client.organizations.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organizations")
    def __call__(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.OrganizationSummary]]:
        """List your organizations

        ``GET /api/0/organizations/`` (operationId ``list_organizations``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            owner: `true`: only organizations in which the user is an owner (user tokens).
            query: Filter with Sentry search syntax. Fields: `id`, `slug`, `status` (`active`,
                `pending_deletion`, `deletion_in_progress`), `email` or `member_id` (organizations that
                have these members), and `query` (substring of name, slug or member). Example:
                `(slug:acme AND status:active) OR email:[ada@example.com,grace@example.com]`.
            sort_by: Sort, in descending order, by `members` (member count) or `events` (events in the past
                24 hours). Left out, the newest organizations come first.
            per_page: Organizations per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.OrganizationSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organizations")
    def pages(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.OrganizationSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organizations")
    def paginate(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.OrganizationSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncOrganizationsList(AsyncListing):
    """List your organizations: ``await client.organizations.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organizations")
    async def __call__(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.OrganizationSummary]]:
        """List your organizations

        ``GET /api/0/organizations/`` (operationId ``list_organizations``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            owner: `true`: only organizations in which the user is an owner (user tokens).
            query: Filter with Sentry search syntax. Fields: `id`, `slug`, `status` (`active`,
                `pending_deletion`, `deletion_in_progress`), `email` or `member_id` (organizations that
                have these members), and `query` (substring of name, slug or member). Example:
                `(slug:acme AND status:active) OR email:[ada@example.com,grace@example.com]`.
            sort_by: Sort, in descending order, by `members` (member count) or `events` (events in the past
                24 hours). Left out, the newest organizations come first.
            per_page: Organizations per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.OrganizationSummary]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organizations")
    def pages(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.OrganizationSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organizations")
    def paginate(
        self,
        *,
        owner: bool | None = None,
        query: str | None = None,
        sort_by: Literal["members", "events"] | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.OrganizationSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organizations",
            owner=owner,
            query=query,
            sort_by=sort_by,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Organizations(SyncNamespace):
    """``client.organizations``: 3 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list": "list_organizations",
        "retrieve": "retrieve_organization",
        "update": "update_organization",
    }
    list: OrganizationsList

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list = OrganizationsList(client)

    @sync_call("retrieve_organization")
    def retrieve(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Organization]:
        """Retrieve an organization

        ``GET /api/0/organizations/{organization_id_or_slug}/`` (operationId ``retrieve_organization``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            detailed: `0` leaves `projects` and `teams` out of the answer; `1` (the default) includes them.
                Sentry's default: ``1``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Organization]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_organization",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_organization")
    def update(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: OrganizationUpdateBody | models.OrganizationUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Organization]:
        """Update an organization

        ``PUT /api/0/organizations/{organization_id_or_slug}/`` (operationId ``update_organization``). Scopes: any of ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``OrganizationUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Organization]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_organization",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncOrganizations(AsyncNamespace):
    """``client.organizations`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Organizations.OPERATIONS
    list: AsyncOrganizationsList

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list = AsyncOrganizationsList(client)

    @async_call("retrieve_organization")
    async def retrieve(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Organization]:
        """Retrieve an organization

        ``GET /api/0/organizations/{organization_id_or_slug}/`` (operationId ``retrieve_organization``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            detailed: `0` leaves `projects` and `teams` out of the answer; `1` (the default) includes them.
                Sentry's default: ``1``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Organization]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_organization",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_organization")
    async def update(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: OrganizationUpdateBody | models.OrganizationUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Organization]:
        """Update an organization

        ``PUT /api/0/organizations/{organization_id_or_slug}/`` (operationId ``update_organization``). Scopes: any of ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``OrganizationUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Organization]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_organization",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

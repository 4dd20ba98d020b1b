"""The ``members`` namespace: ``client.members.<method>(...)``, sync and async.

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
    MemberInviteBody,
    MemberUpdateBody,
)

__all__ = [
    "AsyncMembers",
    "AsyncMembersList",
    "Members",
    "MembersList",
]


class MembersList(SyncListing):
    """List an organization's members: ``client.members.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organization_members")
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
    ) -> Result[builtins.list[models.OrganizationMember]]:
        """List an organization's members

        ``GET /api/0/organizations/{organization_id_or_slug}/members/`` (operationId ``list_organization_members``). Scopes: any of ``member:read``, ``member:write``, ``member:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Filter members with `key:value` terms (several are combined with AND): `email:`, `id:`,
                `user.id:`, `role:` (org role, e.g. `role:owner`), `scope:` (members whose role grants
                that scope), `isInvited:true|false`, `ssoLinked:true|false`, `has2fa:true|false`,
                `hasExternalUsers:true|false`, or free text / `query:` (matches name, username or
                email). An unknown key matches nothing.
            per_page: Members per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.OrganizationMember]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organization_members")
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
    ) -> Iterator[Result[builtins.list[models.OrganizationMember]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organization_members")
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
    ) -> Iterator[models.OrganizationMember]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncMembersList(AsyncListing):
    """List an organization's members: ``await client.members.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organization_members")
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
    ) -> Result[builtins.list[models.OrganizationMember]]:
        """List an organization's members

        ``GET /api/0/organizations/{organization_id_or_slug}/members/`` (operationId ``list_organization_members``). Scopes: any of ``member:read``, ``member:write``, ``member:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            query: Filter members with `key:value` terms (several are combined with AND): `email:`, `id:`,
                `user.id:`, `role:` (org role, e.g. `role:owner`), `scope:` (members whose role grants
                that scope), `isInvited:true|false`, `ssoLinked:true|false`, `has2fa:true|false`,
                `hasExternalUsers:true|false`, or free text / `query:` (matches name, username or
                email). An unknown key matches nothing.
            per_page: Members per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.OrganizationMember]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organization_members")
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
    ) -> AsyncIterator[Result[builtins.list[models.OrganizationMember]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organization_members")
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
    ) -> AsyncIterator[models.OrganizationMember]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_members",
            organization_id_or_slug=organization_id_or_slug,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Members(SyncNamespace):
    """``client.members``: 5 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "list": "list_organization_members",
        "invite": "invite_member",
        "retrieve": "retrieve_member",
        "update": "update_member",
        "remove": "remove_member",
    }
    list: MembersList

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.list = MembersList(client)

    @sync_call("invite_member")
    def invite(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: MemberInviteBody | models.MemberInvite,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Invite a member

        ``POST /api/0/organizations/{organization_id_or_slug}/members/`` (operationId ``invite_member``). Scopes: any of ``member:write``, ``member:invite``, ``member:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``MemberInviteBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "invite_member",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_member")
    def retrieve(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Retrieve a member

        ``GET /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``retrieve_member``). Scopes: any of ``member:read``, ``member:write``, ``member:admin``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_member")
    def update(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: MemberUpdateBody | models.MemberUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Update a member's roles

        ``PUT /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``update_member``). Scopes: any of ``member:write``, ``member:invite``, ``member:admin``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``MemberUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("remove_member")
    def remove(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Remove a member

        ``DELETE /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``remove_member``). Scopes: any of ``member:admin``, ``member:read``, ``member:write``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "remove_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncMembers(AsyncNamespace):
    """``client.members`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Members.OPERATIONS
    list: AsyncMembersList

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.list = AsyncMembersList(client)

    @async_call("invite_member")
    async def invite(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: MemberInviteBody | models.MemberInvite,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Invite a member

        ``POST /api/0/organizations/{organization_id_or_slug}/members/`` (operationId ``invite_member``). Scopes: any of ``member:write``, ``member:invite``, ``member:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``MemberInviteBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "invite_member",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_member")
    async def retrieve(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Retrieve a member

        ``GET /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``retrieve_member``). Scopes: any of ``member:read``, ``member:write``, ``member:admin``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_member")
    async def update(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: MemberUpdateBody | models.MemberUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.OrganizationMember]:
        """Update a member's roles

        ``PUT /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``update_member``). Scopes: any of ``member:write``, ``member:invite``, ``member:admin``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``MemberUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.OrganizationMember]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("remove_member")
    async def remove(
        self,
        member_id: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Remove a member

        ``DELETE /api/0/organizations/{organization_id_or_slug}/members/{member_id}/`` (operationId ``remove_member``). Scopes: any of ``member:admin``, ``member:read``, ``member:write``.

        Args:
            member_id: The ID of the organization member.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "remove_member",
            member_id=member_id,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

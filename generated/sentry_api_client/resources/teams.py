"""The ``teams`` namespace: ``client.teams.<method>(...)``, sync and async.

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
    TeamCreateBody,
    TeamUpdateBody,
)

__all__ = [
    "AsyncTeams",
    "AsyncTeamsProjects",
    "AsyncTeamsList",
    "AsyncTeamsMembers",
    "Teams",
    "TeamsProjects",
    "TeamsList",
    "TeamsMembers",
]


class TeamsProjects(SyncListing):
    """List a team's projects: ``client.teams.projects(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_team_projects")
    def __call__(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectSummary]]:
        """List a team's projects

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/`` (operationId ``list_team_projects``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            stats_period: Add an event-count time series (`stats`) to each project over this period: `24h` (hourly
                points), `14d` or `30d` (daily points). Left out: no stats.
            environment: Restrict the `stats` counts to this environment.
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
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_team_projects")
    def pages(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.ProjectSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_team_projects")
    def paginate(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.ProjectSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncTeamsProjects(AsyncListing):
    """List a team's projects: ``await client.teams.projects(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_team_projects")
    async def __call__(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.ProjectSummary]]:
        """List a team's projects

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/`` (operationId ``list_team_projects``). Scopes: any of ``project:read``, ``project:write``, ``project:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            stats_period: Add an event-count time series (`stats`) to each project over this period: `24h` (hourly
                points), `14d` or `30d` (daily points). Left out: no stats.
            environment: Restrict the `stats` counts to this environment.
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
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_team_projects")
    def pages(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.ProjectSummary]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_team_projects")
    def paginate(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        stats_period: Literal["24h", "14d", "30d"] | None = None,
        environment: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.ProjectSummary]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_team_projects",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            stats_period=stats_period,
            environment=environment,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class TeamsList(SyncListing):
    """List an organization's teams: ``client.teams.list(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_organization_teams")
    def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Team]]:
        """List an organization's teams

        ``GET /api/0/organizations/{organization_id_or_slug}/teams/`` (operationId ``list_organization_teams``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            detailed: `0` leaves each team's `projects` and `externalTeams` out; `1` (the default) includes
                them. Sentry's default: ``1``.
            query: Filter the teams. Free text matches the name or slug (case-insensitive substring); the
                tokens `slug:<slug>`, `id:<team id>` and `hasExternalTeams:true|false` match exactly.
            per_page: Teams per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Team]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_organization_teams")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.Team]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_organization_teams")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.Team]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncTeamsList(AsyncListing):
    """List an organization's teams: ``await client.teams.list(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_organization_teams")
    async def __call__(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.Team]]:
        """List an organization's teams

        ``GET /api/0/organizations/{organization_id_or_slug}/teams/`` (operationId ``list_organization_teams``). Scopes: any of ``org:read``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            detailed: `0` leaves each team's `projects` and `externalTeams` out; `1` (the default) includes
                them. Sentry's default: ``1``.
            query: Filter the teams. Free text matches the name or slug (case-insensitive substring); the
                tokens `slug:<slug>`, `id:<team id>` and `hasExternalTeams:true|false` match exactly.
            per_page: Teams per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.Team]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_organization_teams")
    def pages(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.Team]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_organization_teams")
    def paginate(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        detailed: Literal["0", "1"] | bool | None = None,
        query: str | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.Team]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_organization_teams",
            organization_id_or_slug=organization_id_or_slug,
            detailed=detailed,
            query=query,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class TeamsMembers(SyncListing):
    """List a team's members: ``client.teams.members(...)``.

    Call it for one ``Result``; ``.pages(...)`` yields a ``Result`` per page and
    ``.paginate(...)`` each item. All three take the arguments documented on ``__call__``.
    """

    @sync_call("list_team_members")
    def __call__(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.TeamMember]]:
        """List a team's members

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/members/`` (operationId ``list_team_members``). Scopes: any of ``team:read``, ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            per_page: Members per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.TeamMember]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return self._client.call(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_pages("list_team_members")
    def pages(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[Result[builtins.list[models.TeamMember]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_items("list_team_members")
    def paginate(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Iterator[models.TeamMember]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncTeamsMembers(AsyncListing):
    """List a team's members: ``await client.teams.members(...)``.

    Await the call for one ``Result``; ``.pages(...)`` and ``.paginate(...)`` are async
    iterators. All three take the arguments documented on ``__call__``.
    """

    @async_call("list_team_members")
    async def __call__(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[builtins.list[models.TeamMember]]:
        """List a team's members

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/members/`` (operationId ``list_team_members``). Scopes: any of ``team:read``, ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            per_page: Members per page (at most 100). Sentry's default: ``100``.
            max_results: Follow cursors until this many items (one page without it).
            cursor: Resume from a ``Result.next_cursor``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[builtins.list[models.TeamMember]]``: the items (every page up to ``max_results``, else one page); never raises.
        """
        return await self._client.call(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_pages("list_team_members")
    def pages(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[Result[builtins.list[models.TeamMember]]]:
        """Each page as a ``Result``, fetched lazily; the arguments are those of the call."""
        return self._client.pages(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_items("list_team_members")
    def paginate(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        per_page: int | None = None,
        max_results: int | None = None,
        cursor: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> AsyncIterator[models.TeamMember]:
        """Every item, one page at a time; raises the ``SentryAPIError`` of a failed page."""
        return self._client.paginate(
            "list_team_members",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            per_page=per_page,
            max_results=max_results,
            cursor=cursor,
            timeout=timeout,
            extra_query=extra_query,
        )


class Teams(SyncNamespace):
    """``client.teams``: 7 operations."""

    OPERATIONS: ClassVar[dict[str, str]] = {
        "projects": "list_team_projects",
        "list": "list_organization_teams",
        "create": "create_team",
        "retrieve": "retrieve_team",
        "update": "update_team",
        "delete": "delete_team",
        "members": "list_team_members",
    }
    projects: TeamsProjects
    list: TeamsList
    members: TeamsMembers

    def __init__(self, client: SyncCaller) -> None:
        super().__init__(client)
        self.projects = TeamsProjects(client)
        self.list = TeamsList(client)
        self.members = TeamsMembers(client)

    @sync_call("create_team")
    def create(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: TeamCreateBody | models.TeamCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Create a team

        ``POST /api/0/organizations/{organization_id_or_slug}/teams/`` (operationId ``create_team``). Scopes: any of ``team:write``, ``team:admin``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``TeamCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "create_team",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("retrieve_team")
    def retrieve(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        expand: Literal["projects", "externalTeams"]
        | Sequence[Literal["projects", "externalTeams"]]
        | None = None,
        collapse: Literal["organization"] | Sequence[Literal["organization"]] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Retrieve a team

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``retrieve_team``). Scopes: any of ``team:read``, ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            expand: Extra data to include (repeat the parameter for several).
            collapse: Data to leave out (repeat the parameter for several).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "retrieve_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            expand=expand,
            collapse=collapse,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("update_team")
    def update(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: TeamUpdateBody | models.TeamUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Update a team

        ``PUT /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``update_team``). Scopes: any of ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``TeamUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "update_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @sync_call("delete_team")
    def delete(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a team

        ``DELETE /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``delete_team``). Scopes: any of ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            ``Result[None]``; never raises for API, network or input errors.
        """
        return self._client.call(
            "delete_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )


class AsyncTeams(AsyncNamespace):
    """``client.teams`` of the ``AsyncSentryClient``: the same methods, awaited."""

    OPERATIONS: ClassVar[dict[str, str]] = Teams.OPERATIONS
    projects: AsyncTeamsProjects
    list: AsyncTeamsList
    members: AsyncTeamsMembers

    def __init__(self, client: AsyncCaller) -> None:
        super().__init__(client)
        self.projects = AsyncTeamsProjects(client)
        self.list = AsyncTeamsList(client)
        self.members = AsyncTeamsMembers(client)

    @async_call("create_team")
    async def create(
        self,
        *,
        organization_id_or_slug: str | int | None = None,
        body: TeamCreateBody | models.TeamCreate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Create a team

        ``POST /api/0/organizations/{organization_id_or_slug}/teams/`` (operationId ``create_team``). Scopes: any of ``team:write``, ``team:admin``, ``org:write``, ``org:admin``.

        Args:
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``TeamCreateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "create_team",
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("retrieve_team")
    async def retrieve(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        expand: Literal["projects", "externalTeams"]
        | Sequence[Literal["projects", "externalTeams"]]
        | None = None,
        collapse: Literal["organization"] | Sequence[Literal["organization"]] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Retrieve a team

        ``GET /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``retrieve_team``). Scopes: any of ``team:read``, ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            expand: Extra data to include (repeat the parameter for several).
            collapse: Data to leave out (repeat the parameter for several).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "retrieve_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            expand=expand,
            collapse=collapse,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("update_team")
    async def update(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        body: TeamUpdateBody | models.TeamUpdate,
        extra_body: dict[str, Any] | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[models.Team]:
        """Update a team

        ``PUT /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``update_team``). Scopes: any of ``team:write``, ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            body: The request body: a dict with Sentry's field names (a ``TeamUpdateBody``) or the
                generated model.
            extra_body: Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[models.Team]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "update_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            body=body,
            extra_body=extra_body,
            timeout=timeout,
            extra_query=extra_query,
        )

    @async_call("delete_team")
    async def delete(
        self,
        team_id_or_slug: str | int,
        *,
        organization_id_or_slug: str | int | None = None,
        timeout: float | httpx.Timeout | None = None,
        extra_query: dict[str, Any] | None = None,
    ) -> Result[None]:
        """Delete a team

        ``DELETE /api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/`` (operationId ``delete_team``). Scopes: any of ``team:admin``.

        Args:
            team_id_or_slug: The ID or slug of the team.
            organization_id_or_slug: The organization's ID or slug; default: the client's ``organization``.
            timeout: Seconds (or an ``httpx.Timeout``) for each request of this call; default: the client's
                ``timeout``.
            extra_query: Query parameters the spec does not know yet, sent as given (Sentry's names).

        Returns:
            an awaitable ``Result[None]``; never raises for API, network or input errors.
        """
        return await self._client.call(
            "delete_team",
            team_id_or_slug=team_id_or_slug,
            organization_id_or_slug=organization_id_or_slug,
            timeout=timeout,
            extra_query=extra_query,
        )

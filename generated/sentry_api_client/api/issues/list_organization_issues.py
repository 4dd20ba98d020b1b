import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.issue import Issue
from ...models.list_organization_issues_collapse_item import (
    ListOrganizationIssuesCollapseItem,
)
from ...models.list_organization_issues_expand_item import (
    ListOrganizationIssuesExpandItem,
)
from ...models.list_organization_issues_group_stats_period import (
    ListOrganizationIssuesGroupStatsPeriod,
)
from ...models.list_organization_issues_short_id_lookup import (
    ListOrganizationIssuesShortIdLookup,
)
from ...models.list_organization_issues_sort import (
    ListOrganizationIssuesSort,
)
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    group_stats_period: ListOrganizationIssuesGroupStatsPeriod | Unset = "24h",
    short_id_lookup: ListOrganizationIssuesShortIdLookup | Unset = "0",
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: ListOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
    expand: list[ListOrganizationIssuesExpandItem] | Unset = UNSET,
    collapse: list[ListOrganizationIssuesCollapseItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    json_project: list[str] | Unset = UNSET
    if not isinstance(project, Unset):
        json_project = project

    params["project"] = json_project

    params["statsPeriod"] = stats_period

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    json_group_stats_period: str | Unset = UNSET
    if not isinstance(group_stats_period, Unset):
        json_group_stats_period = group_stats_period

    params["groupStatsPeriod"] = json_group_stats_period

    json_short_id_lookup: str | Unset = UNSET
    if not isinstance(short_id_lookup, Unset):
        json_short_id_lookup = short_id_lookup

    params["shortIdLookup"] = json_short_id_lookup

    params["query"] = query

    params["viewId"] = view_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item: str = expand_item_data
            json_expand.append(expand_item)

    params["expand"] = json_expand

    json_collapse: list[str] | Unset = UNSET
    if not isinstance(collapse, Unset):
        json_collapse = []
        for collapse_item_data in collapse:
            collapse_item: str = collapse_item_data
            json_collapse.append(collapse_item)

    params["collapse"] = json_collapse

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[Issue] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Issue.from_dict(response_200_item_data)

            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = ValidationError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorDetail.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ErrorDetail.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = ErrorDetail.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ValidationError | list[Issue]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    group_stats_period: ListOrganizationIssuesGroupStatsPeriod | Unset = "24h",
    short_id_lookup: ListOrganizationIssuesShortIdLookup | Unset = "0",
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: ListOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
    expand: list[ListOrganizationIssuesExpandItem] | Unset = UNSET,
    collapse: list[ListOrganizationIssuesCollapseItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[Issue]]:
    """List an organization's issues

     Lists issues across the organization's projects — all projects the token can see, or
    those named by `project` — newest activity first by default. Unless `query` (or a view
    through `viewId`) is given, Sentry applies `is:unresolved`; send an empty `query` to
    list issues of every status.

    `statsPeriod`/`start`/`end` bound the time range searched; `groupStatsPeriod` picks the
    timeline in each issue's `stats`. A `query` that is an event ID, or (with
    `shortIdLookup=1`) an issue short ID, is a direct hit: the answer holds only that issue
    and carries `X-Sentry-Direct-Hit: 1`.

    Sentry's `collapse` also accepts `base`, which strips every issue down to its `id` and
    counts; that shape does not match `Issue`, so it is not offered here.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        stats_period (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        group_stats_period (ListOrganizationIssuesGroupStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListOrganizationIssuesShortIdLookup | Unset):  Default: '0'.
        query (str | Unset):
        view_id (str | Unset):
        sort (ListOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        expand (list[ListOrganizationIssuesExpandItem] | Unset):
        collapse (list[ListOrganizationIssuesCollapseItem] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Issue]]
    """

    kwargs = _get_kwargs(
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
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    group_stats_period: ListOrganizationIssuesGroupStatsPeriod | Unset = "24h",
    short_id_lookup: ListOrganizationIssuesShortIdLookup | Unset = "0",
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: ListOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
    expand: list[ListOrganizationIssuesExpandItem] | Unset = UNSET,
    collapse: list[ListOrganizationIssuesCollapseItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[Issue] | None:
    """List an organization's issues

     Lists issues across the organization's projects — all projects the token can see, or
    those named by `project` — newest activity first by default. Unless `query` (or a view
    through `viewId`) is given, Sentry applies `is:unresolved`; send an empty `query` to
    list issues of every status.

    `statsPeriod`/`start`/`end` bound the time range searched; `groupStatsPeriod` picks the
    timeline in each issue's `stats`. A `query` that is an event ID, or (with
    `shortIdLookup=1`) an issue short ID, is a direct hit: the answer holds only that issue
    and carries `X-Sentry-Direct-Hit: 1`.

    Sentry's `collapse` also accepts `base`, which strips every issue down to its `id` and
    counts; that shape does not match `Issue`, so it is not offered here.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        stats_period (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        group_stats_period (ListOrganizationIssuesGroupStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListOrganizationIssuesShortIdLookup | Unset):  Default: '0'.
        query (str | Unset):
        view_id (str | Unset):
        sort (ListOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        expand (list[ListOrganizationIssuesExpandItem] | Unset):
        collapse (list[ListOrganizationIssuesCollapseItem] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[Issue]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        client=client,
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
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    group_stats_period: ListOrganizationIssuesGroupStatsPeriod | Unset = "24h",
    short_id_lookup: ListOrganizationIssuesShortIdLookup | Unset = "0",
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: ListOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
    expand: list[ListOrganizationIssuesExpandItem] | Unset = UNSET,
    collapse: list[ListOrganizationIssuesCollapseItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[Issue]]:
    """List an organization's issues

     Lists issues across the organization's projects — all projects the token can see, or
    those named by `project` — newest activity first by default. Unless `query` (or a view
    through `viewId`) is given, Sentry applies `is:unresolved`; send an empty `query` to
    list issues of every status.

    `statsPeriod`/`start`/`end` bound the time range searched; `groupStatsPeriod` picks the
    timeline in each issue's `stats`. A `query` that is an event ID, or (with
    `shortIdLookup=1`) an issue short ID, is a direct hit: the answer holds only that issue
    and carries `X-Sentry-Direct-Hit: 1`.

    Sentry's `collapse` also accepts `base`, which strips every issue down to its `id` and
    counts; that shape does not match `Issue`, so it is not offered here.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        stats_period (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        group_stats_period (ListOrganizationIssuesGroupStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListOrganizationIssuesShortIdLookup | Unset):  Default: '0'.
        query (str | Unset):
        view_id (str | Unset):
        sort (ListOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        expand (list[ListOrganizationIssuesExpandItem] | Unset):
        collapse (list[ListOrganizationIssuesCollapseItem] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Issue]]
    """

    kwargs = _get_kwargs(
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
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    group_stats_period: ListOrganizationIssuesGroupStatsPeriod | Unset = "24h",
    short_id_lookup: ListOrganizationIssuesShortIdLookup | Unset = "0",
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: ListOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
    expand: list[ListOrganizationIssuesExpandItem] | Unset = UNSET,
    collapse: list[ListOrganizationIssuesCollapseItem] | Unset = UNSET,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[Issue] | None:
    """List an organization's issues

     Lists issues across the organization's projects — all projects the token can see, or
    those named by `project` — newest activity first by default. Unless `query` (or a view
    through `viewId`) is given, Sentry applies `is:unresolved`; send an empty `query` to
    list issues of every status.

    `statsPeriod`/`start`/`end` bound the time range searched; `groupStatsPeriod` picks the
    timeline in each issue's `stats`. A `query` that is an event ID, or (with
    `shortIdLookup=1`) an issue short ID, is a direct hit: the answer holds only that issue
    and carries `X-Sentry-Direct-Hit: 1`.

    Sentry's `collapse` also accepts `base`, which strips every issue down to its `id` and
    counts; that shape does not match `Issue`, so it is not offered here.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        stats_period (str | Unset):
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        group_stats_period (ListOrganizationIssuesGroupStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListOrganizationIssuesShortIdLookup | Unset):  Default: '0'.
        query (str | Unset):
        view_id (str | Unset):
        sort (ListOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        expand (list[ListOrganizationIssuesExpandItem] | Unset):
        collapse (list[ListOrganizationIssuesCollapseItem] | Unset):
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[Issue]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
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
            cursor=cursor,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.issue import Issue
from ...models.list_project_issues_short_id_lookup import (
    ListProjectIssuesShortIdLookup,
)
from ...models.list_project_issues_sort import (
    ListProjectIssuesSort,
)
from ...models.list_project_issues_stats_period import (
    ListProjectIssuesStatsPeriod,
)
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    query: str | Unset = UNSET,
    stats_period: ListProjectIssuesStatsPeriod | Unset = "24h",
    short_id_lookup: ListProjectIssuesShortIdLookup | Unset = "0",
    environment: str | Unset = UNSET,
    hashes: list[str] | Unset = UNSET,
    sort: ListProjectIssuesSort | Unset = "date",
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_stats_period: str | Unset = UNSET
    if not isinstance(stats_period, Unset):
        json_stats_period = stats_period

    params["statsPeriod"] = json_stats_period

    json_short_id_lookup: str | Unset = UNSET
    if not isinstance(short_id_lookup, Unset):
        json_short_id_lookup = short_id_lookup

    params["shortIdLookup"] = json_short_id_lookup

    params["environment"] = environment

    json_hashes: list[str] | Unset = UNSET
    if not isinstance(hashes, Unset):
        json_hashes = hashes

    params["hashes"] = json_hashes

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
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
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    stats_period: ListProjectIssuesStatsPeriod | Unset = "24h",
    short_id_lookup: ListProjectIssuesShortIdLookup | Unset = "0",
    environment: str | Unset = UNSET,
    hashes: list[str] | Unset = UNSET,
    sort: ListProjectIssuesSort | Unset = "date",
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[Issue]]:
    """List a project's issues

     Lists the issues (grouped events) of one project, newest activity first by default.

    **Deprecated** by Sentry: use `list_organization_issues` with `project=<id>` instead; it
    filters on projects and environments and supports views, `expand` and `collapse`.

    Unless `query` is given, Sentry applies `is:unresolved`; send an empty `query` to list
    issues of every status. `statsPeriod` selects the timeline in each issue's `stats`
    (`24h` by default, `14d`, or an empty string to leave the timeline out).

    A `query` that is an event ID, or (with `shortIdLookup=1`) an issue short ID, is a
    *direct hit*: the answer holds just that issue, carries `X-Sentry-Direct-Hit: 1` and is
    not paginated. `hashes` likewise returns the matching issues directly and cannot be
    combined with `query`.

    Sentry's published schema asks only for `event:read`; `event:write` and `event:admin`
    are accepted as well.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        query (str | Unset):
        stats_period (ListProjectIssuesStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListProjectIssuesShortIdLookup | Unset):  Default: '0'.
        environment (str | Unset):
        hashes (list[str] | Unset):
        sort (ListProjectIssuesSort | Unset):  Default: 'date'.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Issue]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        query=query,
        stats_period=stats_period,
        short_id_lookup=short_id_lookup,
        environment=environment,
        hashes=hashes,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    stats_period: ListProjectIssuesStatsPeriod | Unset = "24h",
    short_id_lookup: ListProjectIssuesShortIdLookup | Unset = "0",
    environment: str | Unset = UNSET,
    hashes: list[str] | Unset = UNSET,
    sort: ListProjectIssuesSort | Unset = "date",
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[Issue] | None:
    """List a project's issues

     Lists the issues (grouped events) of one project, newest activity first by default.

    **Deprecated** by Sentry: use `list_organization_issues` with `project=<id>` instead; it
    filters on projects and environments and supports views, `expand` and `collapse`.

    Unless `query` is given, Sentry applies `is:unresolved`; send an empty `query` to list
    issues of every status. `statsPeriod` selects the timeline in each issue's `stats`
    (`24h` by default, `14d`, or an empty string to leave the timeline out).

    A `query` that is an event ID, or (with `shortIdLookup=1`) an issue short ID, is a
    *direct hit*: the answer holds just that issue, carries `X-Sentry-Direct-Hit: 1` and is
    not paginated. `hashes` likewise returns the matching issues directly and cannot be
    combined with `query`.

    Sentry's published schema asks only for `event:read`; `event:write` and `event:admin`
    are accepted as well.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        query (str | Unset):
        stats_period (ListProjectIssuesStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListProjectIssuesShortIdLookup | Unset):  Default: '0'.
        environment (str | Unset):
        hashes (list[str] | Unset):
        sort (ListProjectIssuesSort | Unset):  Default: 'date'.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[Issue]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        client=client,
        query=query,
        stats_period=stats_period,
        short_id_lookup=short_id_lookup,
        environment=environment,
        hashes=hashes,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    stats_period: ListProjectIssuesStatsPeriod | Unset = "24h",
    short_id_lookup: ListProjectIssuesShortIdLookup | Unset = "0",
    environment: str | Unset = UNSET,
    hashes: list[str] | Unset = UNSET,
    sort: ListProjectIssuesSort | Unset = "date",
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[Issue]]:
    """List a project's issues

     Lists the issues (grouped events) of one project, newest activity first by default.

    **Deprecated** by Sentry: use `list_organization_issues` with `project=<id>` instead; it
    filters on projects and environments and supports views, `expand` and `collapse`.

    Unless `query` is given, Sentry applies `is:unresolved`; send an empty `query` to list
    issues of every status. `statsPeriod` selects the timeline in each issue's `stats`
    (`24h` by default, `14d`, or an empty string to leave the timeline out).

    A `query` that is an event ID, or (with `shortIdLookup=1`) an issue short ID, is a
    *direct hit*: the answer holds just that issue, carries `X-Sentry-Direct-Hit: 1` and is
    not paginated. `hashes` likewise returns the matching issues directly and cannot be
    combined with `query`.

    Sentry's published schema asks only for `event:read`; `event:write` and `event:admin`
    are accepted as well.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        query (str | Unset):
        stats_period (ListProjectIssuesStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListProjectIssuesShortIdLookup | Unset):  Default: '0'.
        environment (str | Unset):
        hashes (list[str] | Unset):
        sort (ListProjectIssuesSort | Unset):  Default: 'date'.
        limit (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Issue]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        query=query,
        stats_period=stats_period,
        short_id_lookup=short_id_lookup,
        environment=environment,
        hashes=hashes,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    stats_period: ListProjectIssuesStatsPeriod | Unset = "24h",
    short_id_lookup: ListProjectIssuesShortIdLookup | Unset = "0",
    environment: str | Unset = UNSET,
    hashes: list[str] | Unset = UNSET,
    sort: ListProjectIssuesSort | Unset = "date",
    limit: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[Issue] | None:
    """List a project's issues

     Lists the issues (grouped events) of one project, newest activity first by default.

    **Deprecated** by Sentry: use `list_organization_issues` with `project=<id>` instead; it
    filters on projects and environments and supports views, `expand` and `collapse`.

    Unless `query` is given, Sentry applies `is:unresolved`; send an empty `query` to list
    issues of every status. `statsPeriod` selects the timeline in each issue's `stats`
    (`24h` by default, `14d`, or an empty string to leave the timeline out).

    A `query` that is an event ID, or (with `shortIdLookup=1`) an issue short ID, is a
    *direct hit*: the answer holds just that issue, carries `X-Sentry-Direct-Hit: 1` and is
    not paginated. `hashes` likewise returns the matching issues directly and cannot be
    combined with `query`.

    Sentry's published schema asks only for `event:read`; `event:write` and `event:admin`
    are accepted as well.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        query (str | Unset):
        stats_period (ListProjectIssuesStatsPeriod | Unset):  Default: '24h'.
        short_id_lookup (ListProjectIssuesShortIdLookup | Unset):  Default: '0'.
        environment (str | Unset):
        hashes (list[str] | Unset):
        sort (ListProjectIssuesSort | Unset):  Default: 'date'.
        limit (int | Unset):  Default: 100.
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
            project_id_or_slug=project_id_or_slug,
            client=client,
            query=query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            environment=environment,
            hashes=hashes,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed

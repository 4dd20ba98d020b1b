from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.release import Release
from ...models.retrieve_release_health_stats_period import (
    RetrieveReleaseHealthStatsPeriod,
)
from ...models.retrieve_release_sort import (
    RetrieveReleaseSort,
)
from ...models.retrieve_release_status import (
    RetrieveReleaseStatus,
)
from ...models.retrieve_release_summary_stats_period import (
    RetrieveReleaseSummaryStatsPeriod,
)
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    version: str,
    *,
    project_id: str | Unset = UNSET,
    project: str | Unset = UNSET,
    health: int | Unset = 0,
    adoption_stages: int | Unset = 0,
    summary_stats_period: RetrieveReleaseSummaryStatsPeriod | Unset = "14d",
    health_stats_period: RetrieveReleaseHealthStatsPeriod | Unset = UNSET,
    sort: RetrieveReleaseSort | Unset = "date",
    status: RetrieveReleaseStatus | Unset = "open",
    query: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["project_id"] = project_id

    params["project"] = project

    params["health"] = health

    params["adoptionStages"] = adoption_stages

    json_summary_stats_period: str | Unset = UNSET
    if not isinstance(summary_stats_period, Unset):
        json_summary_stats_period = summary_stats_period

    params["summaryStatsPeriod"] = json_summary_stats_period

    json_health_stats_period: str | Unset = UNSET
    if not isinstance(health_stats_period, Unset):
        json_health_stats_period = health_stats_period

    params["healthStatsPeriod"] = json_health_stats_period

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["query"] = query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/{version}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            version=quote(str(version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Release | ValidationError | None:
    if response.status_code == 200:
        response_200 = Release.from_dict(response.json())

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
) -> Response[ErrorDetail | Release | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project_id: str | Unset = UNSET,
    project: str | Unset = UNSET,
    health: int | Unset = 0,
    adoption_stages: int | Unset = 0,
    summary_stats_period: RetrieveReleaseSummaryStatsPeriod | Unset = "14d",
    health_stats_period: RetrieveReleaseHealthStatsPeriod | Unset = UNSET,
    sort: RetrieveReleaseSort | Unset = "date",
    status: RetrieveReleaseStatus | Unset = "open",
    query: str | Unset = UNSET,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Retrieve a release

     Returns one release. With `project` set, `currentProjectMeta` carries the session time
    bounds of the release in that project and its neighbouring releases (previous, next, first
    and last) as filtered by `sort`, `status` and `query`. With `health=1`, each project entry
    carries `healthData`; with `adoptionStages=1`, `adoptionStages` is filled in.

    Sentry's published schema types `health` and `adoptionStages` as booleans, but the server
    only recognises the literal value `1`, so they are integers here.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project_id (str | Unset):
        project (str | Unset):
        health (int | Unset):  Default: 0.
        adoption_stages (int | Unset):  Default: 0.
        summary_stats_period (RetrieveReleaseSummaryStatsPeriod | Unset):  Default: '14d'.
        health_stats_period (RetrieveReleaseHealthStatsPeriod | Unset):
        sort (RetrieveReleaseSort | Unset):  Default: 'date'.
        status (RetrieveReleaseStatus | Unset):  Default: 'open'.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        project_id=project_id,
        project=project,
        health=health,
        adoption_stages=adoption_stages,
        summary_stats_period=summary_stats_period,
        health_stats_period=health_stats_period,
        sort=sort,
        status=status,
        query=query,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project_id: str | Unset = UNSET,
    project: str | Unset = UNSET,
    health: int | Unset = 0,
    adoption_stages: int | Unset = 0,
    summary_stats_period: RetrieveReleaseSummaryStatsPeriod | Unset = "14d",
    health_stats_period: RetrieveReleaseHealthStatsPeriod | Unset = UNSET,
    sort: RetrieveReleaseSort | Unset = "date",
    status: RetrieveReleaseStatus | Unset = "open",
    query: str | Unset = UNSET,
) -> ErrorDetail | Release | ValidationError | None:
    """Retrieve a release

     Returns one release. With `project` set, `currentProjectMeta` carries the session time
    bounds of the release in that project and its neighbouring releases (previous, next, first
    and last) as filtered by `sort`, `status` and `query`. With `health=1`, each project entry
    carries `healthData`; with `adoptionStages=1`, `adoptionStages` is filled in.

    Sentry's published schema types `health` and `adoptionStages` as booleans, but the server
    only recognises the literal value `1`, so they are integers here.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project_id (str | Unset):
        project (str | Unset):
        health (int | Unset):  Default: 0.
        adoption_stages (int | Unset):  Default: 0.
        summary_stats_period (RetrieveReleaseSummaryStatsPeriod | Unset):  Default: '14d'.
        health_stats_period (RetrieveReleaseHealthStatsPeriod | Unset):
        sort (RetrieveReleaseSort | Unset):  Default: 'date'.
        status (RetrieveReleaseStatus | Unset):  Default: 'open'.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        client=client,
        project_id=project_id,
        project=project,
        health=health,
        adoption_stages=adoption_stages,
        summary_stats_period=summary_stats_period,
        health_stats_period=health_stats_period,
        sort=sort,
        status=status,
        query=query,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project_id: str | Unset = UNSET,
    project: str | Unset = UNSET,
    health: int | Unset = 0,
    adoption_stages: int | Unset = 0,
    summary_stats_period: RetrieveReleaseSummaryStatsPeriod | Unset = "14d",
    health_stats_period: RetrieveReleaseHealthStatsPeriod | Unset = UNSET,
    sort: RetrieveReleaseSort | Unset = "date",
    status: RetrieveReleaseStatus | Unset = "open",
    query: str | Unset = UNSET,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Retrieve a release

     Returns one release. With `project` set, `currentProjectMeta` carries the session time
    bounds of the release in that project and its neighbouring releases (previous, next, first
    and last) as filtered by `sort`, `status` and `query`. With `health=1`, each project entry
    carries `healthData`; with `adoptionStages=1`, `adoptionStages` is filled in.

    Sentry's published schema types `health` and `adoptionStages` as booleans, but the server
    only recognises the literal value `1`, so they are integers here.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project_id (str | Unset):
        project (str | Unset):
        health (int | Unset):  Default: 0.
        adoption_stages (int | Unset):  Default: 0.
        summary_stats_period (RetrieveReleaseSummaryStatsPeriod | Unset):  Default: '14d'.
        health_stats_period (RetrieveReleaseHealthStatsPeriod | Unset):
        sort (RetrieveReleaseSort | Unset):  Default: 'date'.
        status (RetrieveReleaseStatus | Unset):  Default: 'open'.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        project_id=project_id,
        project=project,
        health=health,
        adoption_stages=adoption_stages,
        summary_stats_period=summary_stats_period,
        health_stats_period=health_stats_period,
        sort=sort,
        status=status,
        query=query,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project_id: str | Unset = UNSET,
    project: str | Unset = UNSET,
    health: int | Unset = 0,
    adoption_stages: int | Unset = 0,
    summary_stats_period: RetrieveReleaseSummaryStatsPeriod | Unset = "14d",
    health_stats_period: RetrieveReleaseHealthStatsPeriod | Unset = UNSET,
    sort: RetrieveReleaseSort | Unset = "date",
    status: RetrieveReleaseStatus | Unset = "open",
    query: str | Unset = UNSET,
) -> ErrorDetail | Release | ValidationError | None:
    """Retrieve a release

     Returns one release. With `project` set, `currentProjectMeta` carries the session time
    bounds of the release in that project and its neighbouring releases (previous, next, first
    and last) as filtered by `sort`, `status` and `query`. With `health=1`, each project entry
    carries `healthData`; with `adoptionStages=1`, `adoptionStages` is filled in.

    Sentry's published schema types `health` and `adoptionStages` as booleans, but the server
    only recognises the literal value `1`, so they are integers here.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project_id (str | Unset):
        project (str | Unset):
        health (int | Unset):  Default: 0.
        adoption_stages (int | Unset):  Default: 0.
        summary_stats_period (RetrieveReleaseSummaryStatsPeriod | Unset):  Default: '14d'.
        health_stats_period (RetrieveReleaseHealthStatsPeriod | Unset):
        sort (RetrieveReleaseSort | Unset):  Default: 'date'.
        status (RetrieveReleaseStatus | Unset):  Default: 'open'.
        query (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            version=version,
            client=client,
            project_id=project_id,
            project=project,
            health=health,
            adoption_stages=adoption_stages,
            summary_stats_period=summary_stats_period,
            health_stats_period=health_stats_period,
            sort=sort,
            status=status,
            query=query,
        )
    ).parsed

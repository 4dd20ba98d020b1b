from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.list_organization_releases_sort import (
    ListOrganizationReleasesSort,
)
from ...models.list_organization_releases_status import (
    ListOrganizationReleasesStatus,
)
from ...models.release import Release
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    project: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    status: ListOrganizationReleasesStatus | Unset = "open",
    sort: ListOrganizationReleasesSort | Unset = "date",
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_project: list[str] | Unset = UNSET
    if not isinstance(project, Unset):
        json_project = project

    params["project"] = json_project

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    params["query"] = query

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[Release] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Release.from_dict(response_200_item_data)

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
) -> Response[ErrorDetail | ValidationError | list[Release]]:
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
    project: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    status: ListOrganizationReleasesStatus | Unset = "open",
    sort: ListOrganizationReleasesSort | Unset = "date",
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[Release]]:
    """List an organization's releases

     Lists the releases of an organization, newest first. By default only `open` (not archived)
    releases of every project the token can see are returned; narrow the list with `project`,
    `environment`, `query` and `status`.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`). `status` and `sort` are honoured
    by Sentry's endpoint but not listed in its published schema.

    Args:
        organization_id_or_slug (str):
        project (list[str] | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        status (ListOrganizationReleasesStatus | Unset):  Default: 'open'.
        sort (ListOrganizationReleasesSort | Unset):  Default: 'date'.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Release]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project=project,
        environment=environment,
        query=query,
        status=status,
        sort=sort,
        cursor=cursor,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    project: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    status: ListOrganizationReleasesStatus | Unset = "open",
    sort: ListOrganizationReleasesSort | Unset = "date",
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[Release] | None:
    """List an organization's releases

     Lists the releases of an organization, newest first. By default only `open` (not archived)
    releases of every project the token can see are returned; narrow the list with `project`,
    `environment`, `query` and `status`.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`). `status` and `sort` are honoured
    by Sentry's endpoint but not listed in its published schema.

    Args:
        organization_id_or_slug (str):
        project (list[str] | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        status (ListOrganizationReleasesStatus | Unset):  Default: 'open'.
        sort (ListOrganizationReleasesSort | Unset):  Default: 'date'.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[Release]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        client=client,
        project=project,
        environment=environment,
        query=query,
        status=status,
        sort=sort,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    project: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    status: ListOrganizationReleasesStatus | Unset = "open",
    sort: ListOrganizationReleasesSort | Unset = "date",
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[Release]]:
    """List an organization's releases

     Lists the releases of an organization, newest first. By default only `open` (not archived)
    releases of every project the token can see are returned; narrow the list with `project`,
    `environment`, `query` and `status`.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`). `status` and `sort` are honoured
    by Sentry's endpoint but not listed in its published schema.

    Args:
        organization_id_or_slug (str):
        project (list[str] | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        status (ListOrganizationReleasesStatus | Unset):  Default: 'open'.
        sort (ListOrganizationReleasesSort | Unset):  Default: 'date'.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[Release]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project=project,
        environment=environment,
        query=query,
        status=status,
        sort=sort,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    project: list[str] | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    status: ListOrganizationReleasesStatus | Unset = "open",
    sort: ListOrganizationReleasesSort | Unset = "date",
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[Release] | None:
    """List an organization's releases

     Lists the releases of an organization, newest first. By default only `open` (not archived)
    releases of every project the token can see are returned; narrow the list with `project`,
    `environment`, `query` and `status`.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:read`, `project:write`, `project:admin`). `status` and `sort` are honoured
    by Sentry's endpoint but not listed in its published schema.

    Args:
        organization_id_or_slug (str):
        project (list[str] | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        status (ListOrganizationReleasesStatus | Unset):  Default: 'open'.
        sort (ListOrganizationReleasesSort | Unset):  Default: 'date'.
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[Release]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            project=project,
            environment=environment,
            query=query,
            status=status,
            sort=sort,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed

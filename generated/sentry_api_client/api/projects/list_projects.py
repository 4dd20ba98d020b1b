from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.list_projects_status import (
    ListProjectsStatus,
)
from ...models.project_with_organization import ProjectWithOrganization
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    query: str | Unset = UNSET,
    status: ListProjectsStatus | Unset = "active",
    organization_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["query"] = query

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["organizationId"] = organization_id

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/projects/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[ProjectWithOrganization] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectWithOrganization.from_dict(response_200_item_data)

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

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | ValidationError | list[ProjectWithOrganization]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    status: ListProjectsStatus | Unset = "active",
    organization_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[ProjectWithOrganization]]:
    """List your projects

     Lists the projects the token can reach, across organizations, newest first. An
    organization token or internal-integration token only reaches its own organization's
    projects; a user token reaches the projects of the teams the user belongs to, in every
    organization of the region that answers. Each item carries a summary of its
    `organization`.

    Only active projects are listed unless `status` says otherwise. This endpoint is
    documented on docs.sentry.io ("List Your Projects") but is not part of Sentry's published
    OpenAPI schema; `query`, `status` and `organizationId` are honoured by Sentry's endpoint
    without being listed on that page.

    Args:
        query (str | Unset):
        status (ListProjectsStatus | Unset):  Default: 'active'.
        organization_id (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[ProjectWithOrganization]]
    """

    kwargs = _get_kwargs(
        query=query,
        status=status,
        organization_id=organization_id,
        cursor=cursor,
        per_page=per_page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    status: ListProjectsStatus | Unset = "active",
    organization_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[ProjectWithOrganization] | None:
    """List your projects

     Lists the projects the token can reach, across organizations, newest first. An
    organization token or internal-integration token only reaches its own organization's
    projects; a user token reaches the projects of the teams the user belongs to, in every
    organization of the region that answers. Each item carries a summary of its
    `organization`.

    Only active projects are listed unless `status` says otherwise. This endpoint is
    documented on docs.sentry.io ("List Your Projects") but is not part of Sentry's published
    OpenAPI schema; `query`, `status` and `organizationId` are honoured by Sentry's endpoint
    without being listed on that page.

    Args:
        query (str | Unset):
        status (ListProjectsStatus | Unset):  Default: 'active'.
        organization_id (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[ProjectWithOrganization]
    """

    return sync_detailed(
        client=client,
        query=query,
        status=status,
        organization_id=organization_id,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    status: ListProjectsStatus | Unset = "active",
    organization_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[ProjectWithOrganization]]:
    """List your projects

     Lists the projects the token can reach, across organizations, newest first. An
    organization token or internal-integration token only reaches its own organization's
    projects; a user token reaches the projects of the teams the user belongs to, in every
    organization of the region that answers. Each item carries a summary of its
    `organization`.

    Only active projects are listed unless `status` says otherwise. This endpoint is
    documented on docs.sentry.io ("List Your Projects") but is not part of Sentry's published
    OpenAPI schema; `query`, `status` and `organizationId` are honoured by Sentry's endpoint
    without being listed on that page.

    Args:
        query (str | Unset):
        status (ListProjectsStatus | Unset):  Default: 'active'.
        organization_id (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[ProjectWithOrganization]]
    """

    kwargs = _get_kwargs(
        query=query,
        status=status,
        organization_id=organization_id,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    query: str | Unset = UNSET,
    status: ListProjectsStatus | Unset = "active",
    organization_id: str | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[ProjectWithOrganization] | None:
    """List your projects

     Lists the projects the token can reach, across organizations, newest first. An
    organization token or internal-integration token only reaches its own organization's
    projects; a user token reaches the projects of the teams the user belongs to, in every
    organization of the region that answers. Each item carries a summary of its
    `organization`.

    Only active projects are listed unless `status` says otherwise. This endpoint is
    documented on docs.sentry.io ("List Your Projects") but is not part of Sentry's published
    OpenAPI schema; `query`, `status` and `organizationId` are honoured by Sentry's endpoint
    without being listed on that page.

    Args:
        query (str | Unset):
        status (ListProjectsStatus | Unset):  Default: 'active'.
        organization_id (str | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[ProjectWithOrganization]
    """

    return (
        await asyncio_detailed(
            client=client,
            query=query,
            status=status,
            organization_id=organization_id,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed

from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.list_organizations_sort_by import (
    ListOrganizationsSortBy,
)
from ...models.organization_summary import OrganizationSummary
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    owner: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: ListOrganizationsSortBy | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["owner"] = owner

    params["query"] = query

    json_sort_by: str | Unset = UNSET
    if not isinstance(sort_by, Unset):
        json_sort_by = sort_by

    params["sortBy"] = json_sort_by

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[OrganizationSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = OrganizationSummary.from_dict(response_200_item_data)

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
) -> Response[ErrorDetail | ValidationError | list[OrganizationSummary]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    owner: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: ListOrganizationsSortBy | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[OrganizationSummary]]:
    """List your organizations

     Lists the organizations available to the caller in the region that answers. A user token
    sees every organization the user is a member of; an organization or internal-integration
    token sees only its own organization. Each item's `links.regionUrl` names the region
    host to send that organization's requests to. Sentry's published schema accepts the
    same scopes as listed here.

    Args:
        owner (bool | Unset):
        query (str | Unset):
        sort_by (ListOrganizationsSortBy | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[OrganizationSummary]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        query=query,
        sort_by=sort_by,
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
    owner: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: ListOrganizationsSortBy | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[OrganizationSummary] | None:
    """List your organizations

     Lists the organizations available to the caller in the region that answers. A user token
    sees every organization the user is a member of; an organization or internal-integration
    token sees only its own organization. Each item's `links.regionUrl` names the region
    host to send that organization's requests to. Sentry's published schema accepts the
    same scopes as listed here.

    Args:
        owner (bool | Unset):
        query (str | Unset):
        sort_by (ListOrganizationsSortBy | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[OrganizationSummary]
    """

    return sync_detailed(
        client=client,
        owner=owner,
        query=query,
        sort_by=sort_by,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    owner: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: ListOrganizationsSortBy | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[OrganizationSummary]]:
    """List your organizations

     Lists the organizations available to the caller in the region that answers. A user token
    sees every organization the user is a member of; an organization or internal-integration
    token sees only its own organization. Each item's `links.regionUrl` names the region
    host to send that organization's requests to. Sentry's published schema accepts the
    same scopes as listed here.

    Args:
        owner (bool | Unset):
        query (str | Unset):
        sort_by (ListOrganizationsSortBy | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[OrganizationSummary]]
    """

    kwargs = _get_kwargs(
        owner=owner,
        query=query,
        sort_by=sort_by,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    owner: bool | Unset = UNSET,
    query: str | Unset = UNSET,
    sort_by: ListOrganizationsSortBy | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[OrganizationSummary] | None:
    """List your organizations

     Lists the organizations available to the caller in the region that answers. A user token
    sees every organization the user is a member of; an organization or internal-integration
    token sees only its own organization. Each item's `links.regionUrl` names the region
    host to send that organization's requests to. Sentry's published schema accepts the
    same scopes as listed here.

    Args:
        owner (bool | Unset):
        query (str | Unset):
        sort_by (ListOrganizationsSortBy | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[OrganizationSummary]
    """

    return (
        await asyncio_detailed(
            client=client,
            owner=owner,
            query=query,
            sort_by=sort_by,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed

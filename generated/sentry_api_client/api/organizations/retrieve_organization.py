from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.organization import Organization
from ...models.retrieve_organization_detailed import (
    RetrieveOrganizationDetailed,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    detailed: RetrieveOrganizationDetailed | Unset = "1",
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_detailed: str | Unset = UNSET
    if not isinstance(detailed, Unset):
        json_detailed = detailed

    params["detailed"] = json_detailed

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Organization | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

        return response_200

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
) -> Response[ErrorDetail | Organization]:
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
    detailed: RetrieveOrganizationDetailed | Unset = "1",
) -> Response[ErrorDetail | Organization]:
    """Retrieve an organization

     Returns an organization's details: settings, the caller's access (`access`, `orgRole`),
    role lists, and by default all its teams and projects. Pass `detailed=0` to leave out
    `teams` and `projects` for a much smaller answer. `links.regionUrl` names the region host
    that serves the organization. Sentry's published schema accepts the same scopes as listed
    here.

    Args:
        organization_id_or_slug (str):
        detailed (RetrieveOrganizationDetailed | Unset):  Default: '1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Organization]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        detailed=detailed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    detailed: RetrieveOrganizationDetailed | Unset = "1",
) -> ErrorDetail | Organization | None:
    """Retrieve an organization

     Returns an organization's details: settings, the caller's access (`access`, `orgRole`),
    role lists, and by default all its teams and projects. Pass `detailed=0` to leave out
    `teams` and `projects` for a much smaller answer. `links.regionUrl` names the region host
    that serves the organization. Sentry's published schema accepts the same scopes as listed
    here.

    Args:
        organization_id_or_slug (str):
        detailed (RetrieveOrganizationDetailed | Unset):  Default: '1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Organization
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        client=client,
        detailed=detailed,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    detailed: RetrieveOrganizationDetailed | Unset = "1",
) -> Response[ErrorDetail | Organization]:
    """Retrieve an organization

     Returns an organization's details: settings, the caller's access (`access`, `orgRole`),
    role lists, and by default all its teams and projects. Pass `detailed=0` to leave out
    `teams` and `projects` for a much smaller answer. `links.regionUrl` names the region host
    that serves the organization. Sentry's published schema accepts the same scopes as listed
    here.

    Args:
        organization_id_or_slug (str):
        detailed (RetrieveOrganizationDetailed | Unset):  Default: '1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Organization]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        detailed=detailed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    detailed: RetrieveOrganizationDetailed | Unset = "1",
) -> ErrorDetail | Organization | None:
    """Retrieve an organization

     Returns an organization's details: settings, the caller's access (`access`, `orgRole`),
    role lists, and by default all its teams and projects. Pass `detailed=0` to leave out
    `teams` and `projects` for a much smaller answer. `links.regionUrl` names the region host
    that serves the organization. Sentry's published schema accepts the same scopes as listed
    here.

    Args:
        organization_id_or_slug (str):
        detailed (RetrieveOrganizationDetailed | Unset):  Default: '1'.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Organization
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            detailed=detailed,
        )
    ).parsed

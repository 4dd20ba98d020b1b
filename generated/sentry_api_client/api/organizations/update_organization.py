from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.organization import Organization
from ...models.organization_update import OrganizationUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    body: OrganizationUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/organizations/{organization_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Organization | ValidationError | None:
    if response.status_code == 200:
        response_200 = Organization.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ValidationError.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = ErrorDetail.from_dict(response.json())

        return response_413

    if response.status_code == 429:
        response_429 = ErrorDetail.from_dict(response.json())

        return response_429

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorDetail | Organization | ValidationError]:
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
    body: OrganizationUpdate,
) -> Response[ErrorDetail | Organization | ValidationError]:
    """Update an organization

     Changes an organization's settings; fields left out are unchanged. Answers with the
    organization's details (including `teams` and `projects`) after the change. A slug that
    is already taken answers `400` or `409`; an avatar image that is too large answers
    `413`. Some settings need a plan feature (for example `trustedRelays`) or a higher role
    and are rejected with `400` otherwise. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        body (OrganizationUpdate): New settings for an organization; fields left out are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Organization | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdate,
) -> ErrorDetail | Organization | ValidationError | None:
    """Update an organization

     Changes an organization's settings; fields left out are unchanged. Answers with the
    organization's details (including `teams` and `projects`) after the change. A slug that
    is already taken answers `400` or `409`; an avatar image that is too large answers
    `413`. Some settings need a plan feature (for example `trustedRelays`) or a higher role
    and are rejected with `400` otherwise. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        body (OrganizationUpdate): New settings for an organization; fields left out are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Organization | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdate,
) -> Response[ErrorDetail | Organization | ValidationError]:
    """Update an organization

     Changes an organization's settings; fields left out are unchanged. Answers with the
    organization's details (including `teams` and `projects`) after the change. A slug that
    is already taken answers `400` or `409`; an avatar image that is too large answers
    `413`. Some settings need a plan feature (for example `trustedRelays`) or a higher role
    and are rejected with `400` otherwise. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        body (OrganizationUpdate): New settings for an organization; fields left out are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Organization | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: OrganizationUpdate,
) -> ErrorDetail | Organization | ValidationError | None:
    """Update an organization

     Changes an organization's settings; fields left out are unchanged. Answers with the
    organization's details (including `teams` and `projects`) after the change. A slug that
    is already taken answers `400` or `409`; an avatar image that is too large answers
    `413`. Some settings need a plan feature (for example `trustedRelays`) or a higher role
    and are rejected with `400` otherwise. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        body (OrganizationUpdate): New settings for an organization; fields left out are
            unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Organization | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.member_update import MemberUpdate
from ...models.organization_member import OrganizationMember
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    member_id: str,
    *,
    body: MemberUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/organizations/{organization_id_or_slug}/members/{member_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    if response.status_code == 200:
        response_200 = OrganizationMember.from_dict(response.json())

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
) -> Response[ErrorDetail | OrganizationMember | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: MemberUpdate,
) -> Response[ErrorDetail | OrganizationMember | ValidationError]:
    """Update a member's roles

     Changes a member's organization role (`orgRole`) and/or team roles (`teamRoles`).
    Changing the organization role needs a user auth token, and both the member's current and
    new role must be at or below the caller's own role (a manager may make a member a manager,
    but not an owner). Members cannot change their own role, and retired roles such as
    `admin` can no longer be assigned on plans with team roles.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):
        body (MemberUpdate): New roles for a member; fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: MemberUpdate,
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    """Update a member's roles

     Changes a member's organization role (`orgRole`) and/or team roles (`teamRoles`).
    Changing the organization role needs a user auth token, and both the member's current and
    new role must be at or below the caller's own role (a manager may make a member a manager,
    but not an owner). Members cannot change their own role, and retired roles such as
    `admin` can no longer be assigned on plans with team roles.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):
        body (MemberUpdate): New roles for a member; fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: MemberUpdate,
) -> Response[ErrorDetail | OrganizationMember | ValidationError]:
    """Update a member's roles

     Changes a member's organization role (`orgRole`) and/or team roles (`teamRoles`).
    Changing the organization role needs a user auth token, and both the member's current and
    new role must be at or below the caller's own role (a manager may make a member a manager,
    but not an owner). Members cannot change their own role, and retired roles such as
    `admin` can no longer be assigned on plans with team roles.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):
        body (MemberUpdate): New roles for a member; fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
    body: MemberUpdate,
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    """Update a member's roles

     Changes a member's organization role (`orgRole`) and/or team roles (`teamRoles`).
    Changing the organization role needs a user auth token, and both the member's current and
    new role must be at or below the caller's own role (a manager may make a member a manager,
    but not an owner). Members cannot change their own role, and retired roles such as
    `admin` can no longer be assigned on plans with team roles.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):
        body (MemberUpdate): New roles for a member; fields left out are unchanged.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            member_id=member_id,
            client=client,
            body=body,
        )
    ).parsed

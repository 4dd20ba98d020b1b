from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.organization_member import OrganizationMember
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    member_id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/members/{member_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            member_id=quote(str(member_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | OrganizationMember | None:
    if response.status_code == 200:
        response_200 = OrganizationMember.from_dict(response.json())

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
) -> Response[ErrorDetail | OrganizationMember]:
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
) -> Response[ErrorDetail | OrganizationMember]:
    """Retrieve a member

     Returns one member, including their team memberships (`teams`, `teamRoles`) and the
    organization and team roles the caller could assign them (`orgRoleList`, `teamRoleList`).
    Approved invitations that have not been accepted yet are returned too.

    Sentry's published schema accepts the same scopes as listed here (`member:read`,
    `member:write`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
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
) -> ErrorDetail | OrganizationMember | None:
    """Retrieve a member

     Returns one member, including their team memberships (`teams`, `teamRoles`) and the
    organization and team roles the caller could assign them (`orgRoleList`, `teamRoleList`).
    Approved invitations that have not been accepted yet are returned too.

    Sentry's published schema accepts the same scopes as listed here (`member:read`,
    `member:write`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[ErrorDetail | OrganizationMember]:
    """Retrieve a member

     Returns one member, including their team memberships (`teams`, `teamRoles`) and the
    organization and team roles the caller could assign them (`orgRoleList`, `teamRoleList`).
    Approved invitations that have not been accepted yet are returned too.

    Sentry's published schema accepts the same scopes as listed here (`member:read`,
    `member:write`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        member_id=member_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    member_id: str,
    *,
    client: AuthenticatedClient,
) -> ErrorDetail | OrganizationMember | None:
    """Retrieve a member

     Returns one member, including their team memberships (`teams`, `teamRoles`) and the
    organization and team roles the caller could assign them (`orgRoleList`, `teamRoleList`).
    Approved invitations that have not been accepted yet are returned too.

    Sentry's published schema accepts the same scopes as listed here (`member:read`,
    `member:write`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        member_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            member_id=member_id,
            client=client,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.member_invite import MemberInvite
from ...models.organization_member import OrganizationMember
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    body: MemberInvite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/0/organizations/{organization_id_or_slug}/members/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    if response.status_code == 201:
        response_201 = OrganizationMember.from_dict(response.json())

        return response_201

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
    *,
    client: AuthenticatedClient,
    body: MemberInvite,
) -> Response[ErrorDetail | OrganizationMember | ValidationError]:
    """Invite a member

     Adds a person to the organization by email and, unless `sendInvite` is false, emails them
    an invitation. The new member is `pending` until they accept. The caller may only grant
    an organization role at or below their own; integration tokens may only invite with the
    `member` role. Inviting an address that already belongs to a member answers `400`, and
    sending too many invitations answers `429`.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        body (MemberInvite): An invitation to join the organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember | ValidationError]
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
    body: MemberInvite,
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    """Invite a member

     Adds a person to the organization by email and, unless `sendInvite` is false, emails them
    an invitation. The new member is `pending` until they accept. The caller may only grant
    an organization role at or below their own; integration tokens may only invite with the
    `member` role. Inviting an address that already belongs to a member answers `400`, and
    sending too many invitations answers `429`.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        body (MemberInvite): An invitation to join the organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember | ValidationError
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
    body: MemberInvite,
) -> Response[ErrorDetail | OrganizationMember | ValidationError]:
    """Invite a member

     Adds a person to the organization by email and, unless `sendInvite` is false, emails them
    an invitation. The new member is `pending` until they accept. The caller may only grant
    an organization role at or below their own; integration tokens may only invite with the
    `member` role. Inviting an address that already belongs to a member answers `400`, and
    sending too many invitations answers `429`.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        body (MemberInvite): An invitation to join the organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | OrganizationMember | ValidationError]
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
    body: MemberInvite,
) -> ErrorDetail | OrganizationMember | ValidationError | None:
    """Invite a member

     Adds a person to the organization by email and, unless `sendInvite` is false, emails them
    an invitation. The new member is `pending` until they accept. The caller may only grant
    an organization role at or below their own; integration tokens may only invite with the
    `member` role. Inviting an address that already belongs to a member answers `400`, and
    sending too many invitations answers `429`.

    Sentry's published schema accepts the same scopes as listed here (`member:write`,
    `member:invite`, `member:admin`).

    Args:
        organization_id_or_slug (str):
        body (MemberInvite): An invitation to join the organization.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | OrganizationMember | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.team import Team
from ...models.team_update import TeamUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    body: TeamUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            team_id_or_slug=quote(str(team_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Team | ValidationError | None:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

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
) -> Response[ErrorDetail | Team | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: TeamUpdate,
) -> Response[ErrorDetail | Team | ValidationError]:
    """Update a team

     Changes a team's slug (and, although Sentry no longer documents it, its name). Answers
    with the team after the change. A slug already used by another team of the organization
    answers `400`; a team managed by the organization's identity provider (SCIM) cannot be
    changed here and answers `403`. Sentry's published schema accepts the same scopes as
    listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (TeamUpdate): New values for a team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: TeamUpdate,
) -> ErrorDetail | Team | ValidationError | None:
    """Update a team

     Changes a team's slug (and, although Sentry no longer documents it, its name). Answers
    with the team after the change. A slug already used by another team of the organization
    answers `400`; a team managed by the organization's identity provider (SCIM) cannot be
    changed here and answers `403`. Sentry's published schema accepts the same scopes as
    listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (TeamUpdate): New values for a team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: TeamUpdate,
) -> Response[ErrorDetail | Team | ValidationError]:
    """Update a team

     Changes a team's slug (and, although Sentry no longer documents it, its name). Answers
    with the team after the change. A slug already used by another team of the organization
    answers `400`; a team managed by the organization's identity provider (SCIM) cannot be
    changed here and answers `403`. Sentry's published schema accepts the same scopes as
    listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (TeamUpdate): New values for a team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: TeamUpdate,
) -> ErrorDetail | Team | ValidationError | None:
    """Update a team

     Changes a team's slug (and, although Sentry no longer documents it, its name). Answers
    with the team after the change. A slug already used by another team of the organization
    answers `400`; a team managed by the organization's identity provider (SCIM) cannot be
    changed here and answers `403`. Sentry's published schema accepts the same scopes as
    listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (TeamUpdate): New values for a team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            team_id_or_slug=team_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

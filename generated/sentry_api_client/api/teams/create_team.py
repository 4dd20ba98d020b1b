from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.team import Team
from ...models.team_create import TeamCreate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    body: TeamCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/0/organizations/{organization_id_or_slug}/teams/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Team | ValidationError | None:
    if response.status_code == 201:
        response_201 = Team.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = ValidationError.from_dict(response.json())

        return response_409

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
    *,
    client: AuthenticatedClient,
    body: TeamCreate,
) -> Response[ErrorDetail | Team | ValidationError]:
    """Create a team

     Creates a team in the organization and answers `201` with it. Give a `slug` (preferred)
    or a `name` (deprecated); the missing one is derived from the other. When the token acts
    as a user, that user becomes the team's first member. A slug that is already taken
    answers `409` (Sentry's published schema documents this case as `404`, but the endpoint
    answers `409`).

    Sentry's published schema lists `team:write`, `org:write` and `org:admin` for this
    operation; `team:admin` is not in it.

    Args:
        organization_id_or_slug (str):
        body (TeamCreate): A new team. Give at least one of `slug` and `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team | ValidationError]
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
    body: TeamCreate,
) -> ErrorDetail | Team | ValidationError | None:
    """Create a team

     Creates a team in the organization and answers `201` with it. Give a `slug` (preferred)
    or a `name` (deprecated); the missing one is derived from the other. When the token acts
    as a user, that user becomes the team's first member. A slug that is already taken
    answers `409` (Sentry's published schema documents this case as `404`, but the endpoint
    answers `409`).

    Sentry's published schema lists `team:write`, `org:write` and `org:admin` for this
    operation; `team:admin` is not in it.

    Args:
        organization_id_or_slug (str):
        body (TeamCreate): A new team. Give at least one of `slug` and `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team | ValidationError
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
    body: TeamCreate,
) -> Response[ErrorDetail | Team | ValidationError]:
    """Create a team

     Creates a team in the organization and answers `201` with it. Give a `slug` (preferred)
    or a `name` (deprecated); the missing one is derived from the other. When the token acts
    as a user, that user becomes the team's first member. A slug that is already taken
    answers `409` (Sentry's published schema documents this case as `404`, but the endpoint
    answers `409`).

    Sentry's published schema lists `team:write`, `org:write` and `org:admin` for this
    operation; `team:admin` is not in it.

    Args:
        organization_id_or_slug (str):
        body (TeamCreate): A new team. Give at least one of `slug` and `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team | ValidationError]
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
    body: TeamCreate,
) -> ErrorDetail | Team | ValidationError | None:
    """Create a team

     Creates a team in the organization and answers `201` with it. Give a `slug` (preferred)
    or a `name` (deprecated); the missing one is derived from the other. When the token acts
    as a user, that user becomes the team's first member. A slug that is already taken
    answers `409` (Sentry's published schema documents this case as `404`, but the endpoint
    answers `409`).

    Sentry's published schema lists `team:write`, `org:write` and `org:admin` for this
    operation; `team:admin` is not in it.

    Args:
        organization_id_or_slug (str):
        body (TeamCreate): A new team. Give at least one of `slug` and `name`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

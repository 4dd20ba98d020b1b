from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.project_create import ProjectCreate
from ...models.project_summary import ProjectSummary
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    body: ProjectCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/projects/".format(
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
) -> ErrorDetail | ProjectSummary | ValidationError | None:
    if response.status_code == 201:
        response_201 = ProjectSummary.from_dict(response.json())

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
        response_409 = ErrorDetail.from_dict(response.json())

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
) -> Response[ErrorDetail | ProjectSummary | ValidationError]:
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
    body: ProjectCreate,
) -> Response[ErrorDetail | ProjectSummary | ValidationError]:
    """Create a project

     Creates a project owned by the given team and answers `201` with the new project's
    summary. The slug is derived from the name when it is left out; a slug that is already
    taken answers `409`. Unless `default_rules` is `false`, Sentry also creates its default
    alert rule ("alert on every new issue").

    When the organization has turned off project creation by members, the token also needs
    `org:write`, or `team:admin` on this team; otherwise Sentry answers `403`. Sentry's
    published schema accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (ProjectCreate): A new project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProjectSummary | ValidationError]
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
    body: ProjectCreate,
) -> ErrorDetail | ProjectSummary | ValidationError | None:
    """Create a project

     Creates a project owned by the given team and answers `201` with the new project's
    summary. The slug is derived from the name when it is left out; a slug that is already
    taken answers `409`. Unless `default_rules` is `false`, Sentry also creates its default
    alert rule ("alert on every new issue").

    When the organization has turned off project creation by members, the token also needs
    `org:write`, or `team:admin` on this team; otherwise Sentry answers `403`. Sentry's
    published schema accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (ProjectCreate): A new project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProjectSummary | ValidationError
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
    body: ProjectCreate,
) -> Response[ErrorDetail | ProjectSummary | ValidationError]:
    """Create a project

     Creates a project owned by the given team and answers `201` with the new project's
    summary. The slug is derived from the name when it is left out; a slug that is already
    taken answers `409`. Unless `default_rules` is `false`, Sentry also creates its default
    alert rule ("alert on every new issue").

    When the organization has turned off project creation by members, the token also needs
    `org:write`, or `team:admin` on this team; otherwise Sentry answers `403`. Sentry's
    published schema accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (ProjectCreate): A new project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ProjectSummary | ValidationError]
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
    body: ProjectCreate,
) -> ErrorDetail | ProjectSummary | ValidationError | None:
    """Create a project

     Creates a project owned by the given team and answers `201` with the new project's
    summary. The slug is derived from the name when it is left out; a slug that is already
    taken answers `409`. Unless `default_rules` is `false`, Sentry also creates its default
    alert rule ("alert on every new issue").

    When the organization has turned off project creation by members, the token also needs
    `org:write`, or `team:admin` on this team; otherwise Sentry answers `403`. Sentry's
    published schema accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        body (ProjectCreate): A new project.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ProjectSummary | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            team_id_or_slug=team_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

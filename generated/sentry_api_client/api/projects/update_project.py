from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.project import Project
from ...models.project_update import ProjectUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    body: ProjectUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Project | ValidationError | None:
    if response.status_code == 200:
        response_200 = Project.from_dict(response.json())

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
) -> Response[ErrorDetail | Project | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdate,
) -> Response[ErrorDetail | Project | ValidationError]:
    """Update a project

     Changes a project's settings; fields left out are unchanged. Answers with the project's
    full details after the change.

    Sentry's published schema also accepts `project:read` for this operation, but a token
    with only `project:read` may change just a few personal or Seer-related settings (such as
    `isBookmarked`); everything else needs `project:write` or `project:admin`. Renaming the
    slug to one already in use answers `400`.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        body (ProjectUpdate): New settings for a project; fields left out are unchanged. The
            fields from
            `digestsMinDelay` on are accepted by Sentry's endpoint but not in its published schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Project | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdate,
) -> ErrorDetail | Project | ValidationError | None:
    """Update a project

     Changes a project's settings; fields left out are unchanged. Answers with the project's
    full details after the change.

    Sentry's published schema also accepts `project:read` for this operation, but a token
    with only `project:read` may change just a few personal or Seer-related settings (such as
    `isBookmarked`); everything else needs `project:write` or `project:admin`. Renaming the
    slug to one already in use answers `400`.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        body (ProjectUpdate): New settings for a project; fields left out are unchanged. The
            fields from
            `digestsMinDelay` on are accepted by Sentry's endpoint but not in its published schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Project | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdate,
) -> Response[ErrorDetail | Project | ValidationError]:
    """Update a project

     Changes a project's settings; fields left out are unchanged. Answers with the project's
    full details after the change.

    Sentry's published schema also accepts `project:read` for this operation, but a token
    with only `project:read` may change just a few personal or Seer-related settings (such as
    `isBookmarked`); everything else needs `project:write` or `project:admin`. Renaming the
    slug to one already in use answers `400`.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        body (ProjectUpdate): New settings for a project; fields left out are unchanged. The
            fields from
            `digestsMinDelay` on are accepted by Sentry's endpoint but not in its published schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Project | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: ProjectUpdate,
) -> ErrorDetail | Project | ValidationError | None:
    """Update a project

     Changes a project's settings; fields left out are unchanged. Answers with the project's
    full details after the change.

    Sentry's published schema also accepts `project:read` for this operation, but a token
    with only `project:read` may change just a few personal or Seer-related settings (such as
    `isBookmarked`); everything else needs `project:write` or `project:admin`. Renaming the
    slug to one already in use answers `400`.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        body (ProjectUpdate): New settings for a project; fields left out are unchanged. The
            fields from
            `digestsMinDelay` on are accepted by Sentry's endpoint but not in its published schema.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Project | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            project_id_or_slug=project_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDetail]:
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
) -> Response[Any | ErrorDetail]:
    """Delete a project

     Schedules a project for deletion and answers `204`. The project disappears from most
    views at once; its data is removed in the background, so the deletion is not immediate.
    Sentry's published schema accepts the same scope as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
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
) -> Any | ErrorDetail | None:
    """Delete a project

     Schedules a project for deletion and answers `204`. The project disappears from most
    views at once; its data is removed in the background, so the deletion is not immediate.
    Sentry's published schema accepts the same scope as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
) -> Response[Any | ErrorDetail]:
    """Delete a project

     Schedules a project for deletion and answers `204`. The project disappears from most
    views at once; its data is removed in the background, so the deletion is not immediate.
    Sentry's published schema accepts the same scope as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
) -> Any | ErrorDetail | None:
    """Delete a project

     Schedules a project for deletion and answers `204`. The project disappears from most
    views at once; its data is removed in the background, so the deletion is not immediate.
    Sentry's published schema accepts the same scope as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            project_id_or_slug=project_id_or_slug,
            client=client,
        )
    ).parsed

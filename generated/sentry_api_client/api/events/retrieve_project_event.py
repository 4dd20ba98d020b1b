from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.event import Event
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    event_id: str,
    *,
    environment: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/events/{event_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Event | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

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
) -> Response[ErrorDetail | Event]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
) -> Response[ErrorDetail | Event]:
    """Retrieve a project's event

     Returns one event of a project in full, looked up by its event ID: entries (exception
    and stack trace, breadcrumbs, request, ...), contexts, tags, user, SDK, release, and
    the IDs of the previous and next events of its issue.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        event_id (str):
        environment (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Event]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        event_id=event_id,
        environment=environment,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
) -> ErrorDetail | Event | None:
    """Retrieve a project's event

     Returns one event of a project in full, looked up by its event ID: entries (exception
    and stack trace, breadcrumbs, request, ...), contexts, tags, user, SDK, release, and
    the IDs of the previous and next events of its issue.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        event_id (str):
        environment (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Event
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        event_id=event_id,
        client=client,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
) -> Response[ErrorDetail | Event]:
    """Retrieve a project's event

     Returns one event of a project in full, looked up by its event ID: entries (exception
    and stack trace, breadcrumbs, request, ...), contexts, tags, user, SDK, release, and
    the IDs of the previous and next events of its issue.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        event_id (str):
        environment (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Event]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        event_id=event_id,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
) -> ErrorDetail | Event | None:
    """Retrieve a project's event

     Returns one event of a project in full, looked up by its event ID: entries (exception
    and stack trace, breadcrumbs, request, ...), contexts, tags, user, SDK, release, and
    the IDs of the previous and next events of its issue.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        event_id (str):
        environment (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Event
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            project_id_or_slug=project_id_or_slug,
            event_id=event_id,
            client=client,
            environment=environment,
        )
    ).parsed

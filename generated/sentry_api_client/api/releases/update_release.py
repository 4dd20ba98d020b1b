from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.release import Release
from ...models.release_update import ReleaseUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    version: str,
    *,
    body: ReleaseUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/{version}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Release | ValidationError | None:
    if response.status_code == 200:
        response_200 = Release.from_dict(response.json())

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
) -> Response[ErrorDetail | Release | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseUpdate,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Update a release

     Changes a release's metadata: `ref`, `url` and `dateReleased`, and its commits. Fields left
    out keep their value. `commits` replaces the release's commit list; `refs` asks Sentry to
    fetch the commits between the previous and the given head commit from a connected
    repository integration. `409` means commits of this release are still being processed.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (ReleaseUpdate): Changes to a release; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseUpdate,
) -> ErrorDetail | Release | ValidationError | None:
    """Update a release

     Changes a release's metadata: `ref`, `url` and `dateReleased`, and its commits. Fields left
    out keep their value. `commits` replaces the release's commit list; `refs` asks Sentry to
    fetch the commits between the previous and the given head commit from a connected
    repository integration. `409` means commits of this release are still being processed.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (ReleaseUpdate): Changes to a release; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseUpdate,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Update a release

     Changes a release's metadata: `ref`, `url` and `dateReleased`, and its commits. Fields left
    out keep their value. `commits` replaces the release's commit list; `refs` asks Sentry to
    fetch the commits between the previous and the given head commit from a connected
    repository integration. `409` means commits of this release are still being processed.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (ReleaseUpdate): Changes to a release; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    body: ReleaseUpdate,
) -> ErrorDetail | Release | ValidationError | None:
    """Update a release

     Changes a release's metadata: `ref`, `url` and `dateReleased`, and its commits. Fields left
    out keep their value. `commits` replaces the release's commit list; `refs` asks Sentry to
    fetch the commits between the previous and the given head commit from a connected
    repository integration. `409` means commits of this release are still being processed.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (ReleaseUpdate): Changes to a release; fields left out keep their value.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            version=version,
            client=client,
            body=body,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.release import Release
from ...models.release_create import ReleaseCreate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    body: ReleaseCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Release | ValidationError | None:
    if response.status_code == 201:
        response_201 = Release.from_dict(response.json())

        return response_201

    if response.status_code == 208:
        response_208 = Release.from_dict(response.json())

        return response_208

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
    *,
    client: AuthenticatedClient,
    body: ReleaseCreate,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Create a release

     Creates a release in one or more projects of the organization. A version is unique within
    an organization: sending a version that already exists adds any new projects to it and
    answers `201`; if nothing changed Sentry answers `208 Already Reported` with the existing
    release, so the call is safe to repeat (for example from CI).

    Commits can be attached directly with `commits`, or fetched by Sentry from a connected
    repository integration with `refs`. `409` means commits of this release are still being
    processed from an earlier call.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        body (ReleaseCreate): A new release (or more projects for an existing version).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
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
    body: ReleaseCreate,
) -> ErrorDetail | Release | ValidationError | None:
    """Create a release

     Creates a release in one or more projects of the organization. A version is unique within
    an organization: sending a version that already exists adds any new projects to it and
    answers `201`; if nothing changed Sentry answers `208 Already Reported` with the existing
    release, so the call is safe to repeat (for example from CI).

    Commits can be attached directly with `commits`, or fetched by Sentry from a connected
    repository integration with `refs`. `409` means commits of this release are still being
    processed from an earlier call.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        body (ReleaseCreate): A new release (or more projects for an existing version).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
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
    body: ReleaseCreate,
) -> Response[ErrorDetail | Release | ValidationError]:
    """Create a release

     Creates a release in one or more projects of the organization. A version is unique within
    an organization: sending a version that already exists adds any new projects to it and
    answers `201`; if nothing changed Sentry answers `208 Already Reported` with the existing
    release, so the call is safe to repeat (for example from CI).

    Commits can be attached directly with `commits`, or fetched by Sentry from a connected
    repository integration with `refs`. `409` means commits of this release are still being
    processed from an earlier call.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        body (ReleaseCreate): A new release (or more projects for an existing version).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Release | ValidationError]
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
    body: ReleaseCreate,
) -> ErrorDetail | Release | ValidationError | None:
    """Create a release

     Creates a release in one or more projects of the organization. A version is unique within
    an organization: sending a version that already exists adds any new projects to it and
    answers `201`; if nothing changed Sentry answers `208 Already Reported` with the existing
    release, so the call is safe to repeat (for example from CI).

    Commits can be attached directly with `commits`, or fetched by Sentry from a connected
    repository integration with `refs`. `409` means commits of this release are still being
    processed from an earlier call.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        body (ReleaseCreate): A new release (or more projects for an existing version).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Release | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            body=body,
        )
    ).parsed

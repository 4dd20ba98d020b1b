from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy import Deploy
from ...models.deploy_create import DeployCreate
from ...models.error_detail import ErrorDetail
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    version: str,
    *,
    body: DeployCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/".format(
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
) -> Deploy | ErrorDetail | ValidationError | None:
    if response.status_code == 201:
        response_201 = Deploy.from_dict(response.json())

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
) -> Response[Deploy | ErrorDetail | ValidationError]:
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
    body: DeployCreate,
) -> Response[Deploy | ErrorDetail | ValidationError]:
    """Create a deploy

     Records that a release was deployed to an environment. The environment is created if it
    does not exist. Without `projects` the deploy is recorded for every project of the release;
    naming a project that is not part of the release answers `400`. `dateFinished` defaults to
    the time of the request.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (DeployCreate): A deploy to record for a release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | ErrorDetail | ValidationError]
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
    body: DeployCreate,
) -> Deploy | ErrorDetail | ValidationError | None:
    """Create a deploy

     Records that a release was deployed to an environment. The environment is created if it
    does not exist. Without `projects` the deploy is recorded for every project of the release;
    naming a project that is not part of the release answers `400`. `dateFinished` defaults to
    the time of the request.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (DeployCreate): A deploy to record for a release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | ErrorDetail | ValidationError
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
    body: DeployCreate,
) -> Response[Deploy | ErrorDetail | ValidationError]:
    """Create a deploy

     Records that a release was deployed to an environment. The environment is created if it
    does not exist. Without `projects` the deploy is recorded for every project of the release;
    naming a project that is not part of the release answers `400`. `dateFinished` defaults to
    the time of the request.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (DeployCreate): A deploy to record for a release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Deploy | ErrorDetail | ValidationError]
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
    body: DeployCreate,
) -> Deploy | ErrorDetail | ValidationError | None:
    """Create a deploy

     Records that a release was deployed to an environment. The environment is created if it
    does not exist. Without `projects` the deploy is recorded for every project of the release;
    naming a project that is not part of the release answers `400`. `dateFinished` defaults to
    the time of the request.

    Sentry's published schema accepts the same scopes as listed here (`project:releases`,
    `org:ci`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        body (DeployCreate): A deploy to record for a release.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Deploy | ErrorDetail | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            version=version,
            client=client,
            body=body,
        )
    ).parsed

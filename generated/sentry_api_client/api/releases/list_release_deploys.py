from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.deploy import Deploy
from ...models.error_detail import ErrorDetail
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    version: str,
    *,
    project: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_project: list[str] | Unset = UNSET
    if not isinstance(project, Unset):
        json_project = project

    params["project"] = json_project

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/releases/{version}/deploys/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            version=quote(str(version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | list[Deploy] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Deploy.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorDetail | list[Deploy]]:
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
    project: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | list[Deploy]]:
    """List a release's deploys

     Lists the deploys of a release, most recently finished first: the latest deploy of the
    release to each environment of each of its projects, optionally narrowed with `project`.

    Sentry's published schema documents only `cursor`; `project` and `per_page` are honoured by
    the endpoint. It accepts the same scopes as listed here (`project:releases`, `org:ci`,
    `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project (list[str] | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[Deploy]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        project=project,
        cursor=cursor,
        per_page=per_page,
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
    project: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | list[Deploy] | None:
    """List a release's deploys

     Lists the deploys of a release, most recently finished first: the latest deploy of the
    release to each environment of each of its projects, optionally narrowed with `project`.

    Sentry's published schema documents only `cursor`; `project` and `per_page` are honoured by
    the endpoint. It accepts the same scopes as listed here (`project:releases`, `org:ci`,
    `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project (list[str] | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[Deploy]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        client=client,
        project=project,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | list[Deploy]]:
    """List a release's deploys

     Lists the deploys of a release, most recently finished first: the latest deploy of the
    release to each environment of each of its projects, optionally narrowed with `project`.

    Sentry's published schema documents only `cursor`; `project` and `per_page` are honoured by
    the endpoint. It accepts the same scopes as listed here (`project:releases`, `org:ci`,
    `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project (list[str] | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[Deploy]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        version=version,
        project=project,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    version: str,
    *,
    client: AuthenticatedClient,
    project: list[str] | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | list[Deploy] | None:
    """List a release's deploys

     Lists the deploys of a release, most recently finished first: the latest deploy of the
    release to each environment of each of its projects, optionally narrowed with `project`.

    Sentry's published schema documents only `cursor`; `project` and `per_page` are honoured by
    the endpoint. It accepts the same scopes as listed here (`project:releases`, `org:ci`,
    `project:read`, `project:write`, `project:admin`).

    Args:
        organization_id_or_slug (str):
        version (str):
        project (list[str] | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[Deploy]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            version=version,
            client=client,
            project=project,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed

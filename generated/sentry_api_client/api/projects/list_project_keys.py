from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.list_project_keys_status import (
    ListProjectKeysStatus,
)
from ...models.project_key import ProjectKey
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    status: ListProjectKeysStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["cursor"] = cursor

    params["per_page"] = per_page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/keys/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[ProjectKey] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = ProjectKey.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorDetail | ValidationError | list[ProjectKey]]:
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
    status: ListProjectKeysStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[ProjectKey]]:
    """List a project's client keys

     Lists a project's client keys (DSNs): the keys SDKs use to send events, with every
    ingestion URL derived from each key. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        status (ListProjectKeysStatus | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[ProjectKey]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        status=status,
        cursor=cursor,
        per_page=per_page,
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
    status: ListProjectKeysStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[ProjectKey] | None:
    """List a project's client keys

     Lists a project's client keys (DSNs): the keys SDKs use to send events, with every
    ingestion URL derived from each key. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        status (ListProjectKeysStatus | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[ProjectKey]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        client=client,
        status=status,
        cursor=cursor,
        per_page=per_page,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    status: ListProjectKeysStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> Response[ErrorDetail | ValidationError | list[ProjectKey]]:
    """List a project's client keys

     Lists a project's client keys (DSNs): the keys SDKs use to send events, with every
    ingestion URL derived from each key. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        status (ListProjectKeysStatus | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[ProjectKey]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        project_id_or_slug=project_id_or_slug,
        status=status,
        cursor=cursor,
        per_page=per_page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    status: ListProjectKeysStatus | Unset = UNSET,
    cursor: str | Unset = UNSET,
    per_page: int | Unset = 100,
) -> ErrorDetail | ValidationError | list[ProjectKey] | None:
    """List a project's client keys

     Lists a project's client keys (DSNs): the keys SDKs use to send events, with every
    ingestion URL derived from each key. Sentry's published schema accepts the same scopes
    as listed here.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        status (ListProjectKeysStatus | Unset):
        cursor (str | Unset):
        per_page (int | Unset):  Default: 100.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[ProjectKey]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            project_id_or_slug=project_id_or_slug,
            client=client,
            status=status,
            cursor=cursor,
            per_page=per_page,
        )
    ).parsed

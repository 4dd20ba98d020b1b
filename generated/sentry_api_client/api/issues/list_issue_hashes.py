from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.issue_hash import IssueHash
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    full: bool | Unset = True,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["full"] = full

    params["per_page"] = per_page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/hashes/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            issue_id=quote(str(issue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | list[IssueHash] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = IssueHash.from_dict(response_200_item_data)

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
) -> Response[ErrorDetail | list[IssueHash]]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    full: bool | Unset = True,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | list[IssueHash]]:
    """List an issue's hashes

     Lists the grouping hashes (fingerprint checksums) whose events were grouped into this
    issue, most recently seen first, each with the latest event that produced it. Several
    hashes mean the issue was merged from several groups; they can be unmerged in Sentry.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: True.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[IssueHash]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        full=full,
        per_page=per_page,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    full: bool | Unset = True,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | list[IssueHash] | None:
    """List an issue's hashes

     Lists the grouping hashes (fingerprint checksums) whose events were grouped into this
    issue, most recently seen first, each with the latest event that produced it. Several
    hashes mean the issue was merged from several groups; they can be unmerged in Sentry.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: True.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[IssueHash]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        client=client,
        full=full,
        per_page=per_page,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    full: bool | Unset = True,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | list[IssueHash]]:
    """List an issue's hashes

     Lists the grouping hashes (fingerprint checksums) whose events were grouped into this
    issue, most recently seen first, each with the latest event that produced it. Several
    hashes mean the issue was merged from several groups; they can be unmerged in Sentry.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: True.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | list[IssueHash]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        full=full,
        per_page=per_page,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    full: bool | Unset = True,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | list[IssueHash] | None:
    """List an issue's hashes

     Lists the grouping hashes (fingerprint checksums) whose events were grouped into this
    issue, most recently seen first, each with the latest event that produced it. Several
    hashes mean the issue was merged from several groups; they can be unmerged in Sentry.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: True.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | list[IssueHash]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            issue_id=issue_id,
            client=client,
            full=full,
            per_page=per_page,
            cursor=cursor,
        )
    ).parsed

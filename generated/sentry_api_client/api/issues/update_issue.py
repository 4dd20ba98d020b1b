from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.issue import Issue
from ...models.issue_update import IssueUpdate
from ...models.validation_error import ValidationError
from ...types import Response


def _get_kwargs(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    body: IssueUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            issue_id=quote(str(issue_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | Issue | ValidationError | None:
    if response.status_code == 200:
        response_200 = Issue.from_dict(response.json())

        return response_200

    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorDetail | Issue | ValidationError]:
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
    body: IssueUpdate,
) -> Response[Any | ErrorDetail | Issue | ValidationError]:
    """Update an issue

     Changes attributes of one issue: resolve or ignore (archive) it, assign it, bookmark,
    subscribe, mark it seen or reviewed, publish it, or change its priority. Only the fields
    sent are changed; the answer is the whole updated issue.

    `discard: true` deletes the issue and drops its future events (it needs `event:admin`
    and the discard feature, must be sent alone, and answers `204` with no body).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        body (IssueUpdate): The changes to make to one issue; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | Issue | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        body=body,
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
    body: IssueUpdate,
) -> Any | ErrorDetail | Issue | ValidationError | None:
    """Update an issue

     Changes attributes of one issue: resolve or ignore (archive) it, assign it, bookmark,
    subscribe, mark it seen or reviewed, publish it, or change its priority. Only the fields
    sent are changed; the answer is the whole updated issue.

    `discard: true` deletes the issue and drops its future events (it needs `event:admin`
    and the discard feature, must be sent alone, and answers `204` with no body).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        body (IssueUpdate): The changes to make to one issue; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | Issue | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    body: IssueUpdate,
) -> Response[Any | ErrorDetail | Issue | ValidationError]:
    """Update an issue

     Changes attributes of one issue: resolve or ignore (archive) it, assign it, bookmark,
    subscribe, mark it seen or reviewed, publish it, or change its priority. Only the fields
    sent are changed; the answer is the whole updated issue.

    `discard: true` deletes the issue and drops its future events (it needs `event:admin`
    and the discard feature, must be sent alone, and answers `204` with no body).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        body (IssueUpdate): The changes to make to one issue; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | Issue | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    body: IssueUpdate,
) -> Any | ErrorDetail | Issue | ValidationError | None:
    """Update an issue

     Changes attributes of one issue: resolve or ignore (archive) it, assign it, bookmark,
    subscribe, mark it seen or reviewed, publish it, or change its priority. Only the fields
    sent are changed; the answer is the whole updated issue.

    `discard: true` deletes the issue and drops its future events (it needs `event:admin`
    and the discard feature, must be sent alone, and answers `204` with no body).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        body (IssueUpdate): The changes to make to one issue; only the fields sent are changed.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | Issue | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            issue_id=issue_id,
            client=client,
            body=body,
        )
    ).parsed

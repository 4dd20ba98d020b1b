from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_mutate_organization_issues_sort import (
    BulkMutateOrganizationIssuesSort,
)
from ...models.error_detail import ErrorDetail
from ...models.issue_bulk_update import IssueBulkUpdate
from ...models.issue_bulk_update_result import IssueBulkUpdateResult
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    *,
    body: IssueBulkUpdate,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: BulkMutateOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    json_project: list[str] | Unset = UNSET
    if not isinstance(project, Unset):
        json_project = project

    params["project"] = json_project

    json_id: list[int] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    params["query"] = query

    params["viewId"] = view_id

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort

    params["sort"] = json_sort

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorDetail | IssueBulkUpdateResult | ValidationError | None:
    if response.status_code == 200:
        response_200 = IssueBulkUpdateResult.from_dict(response.json())

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
) -> Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]:
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
    body: IssueBulkUpdate,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: BulkMutateOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]:
    """Bulk mutate an organization's issues

     Changes attributes of up to 1000 issues across the organization's projects at once, or
    merges them. Name the issues with one `id` query parameter per issue; `id` is required
    for every change except a status change. A status change without `id` applies to the
    issues matching the filters (`project`, `environment`, `query` — by default
    `is:unresolved` — or a view).

    Only the fields sent are changed, and the answer holds the changed fields only. IDs the
    token cannot reach are skipped silently; when no issue matches at all — or when
    `discard` is used — Sentry answers `204` with no body. Release-based resolution
    (`inRelease`, `inNextRelease`, ...) only works on issues of a single project.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        id (list[int] | Unset):
        query (str | Unset):
        view_id (str | Unset):
        sort (BulkMutateOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        body (IssueBulkUpdate): The changes to make to every selected issue; only the fields sent
            are changed. With
            `merge: true` the selected issues are merged into one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        body=body,
        environment=environment,
        project=project,
        id=id,
        query=query,
        view_id=view_id,
        sort=sort,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: BulkMutateOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | ErrorDetail | IssueBulkUpdateResult | ValidationError | None:
    """Bulk mutate an organization's issues

     Changes attributes of up to 1000 issues across the organization's projects at once, or
    merges them. Name the issues with one `id` query parameter per issue; `id` is required
    for every change except a status change. A status change without `id` applies to the
    issues matching the filters (`project`, `environment`, `query` — by default
    `is:unresolved` — or a view).

    Only the fields sent are changed, and the answer holds the changed fields only. IDs the
    token cannot reach are skipped silently; when no issue matches at all — or when
    `discard` is used — Sentry answers `204` with no body. Release-based resolution
    (`inRelease`, `inNextRelease`, ...) only works on issues of a single project.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        id (list[int] | Unset):
        query (str | Unset):
        view_id (str | Unset):
        sort (BulkMutateOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        body (IssueBulkUpdate): The changes to make to every selected issue; only the fields sent
            are changed. With
            `merge: true` the selected issues are merged into one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | IssueBulkUpdateResult | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        client=client,
        body=body,
        environment=environment,
        project=project,
        id=id,
        query=query,
        view_id=view_id,
        sort=sort,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: BulkMutateOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
) -> Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]:
    """Bulk mutate an organization's issues

     Changes attributes of up to 1000 issues across the organization's projects at once, or
    merges them. Name the issues with one `id` query parameter per issue; `id` is required
    for every change except a status change. A status change without `id` applies to the
    issues matching the filters (`project`, `environment`, `query` — by default
    `is:unresolved` — or a view).

    Only the fields sent are changed, and the answer holds the changed fields only. IDs the
    token cannot reach are skipped silently; when no issue matches at all — or when
    `discard` is used — Sentry answers `204` with no body. Release-based resolution
    (`inRelease`, `inNextRelease`, ...) only works on issues of a single project.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        id (list[int] | Unset):
        query (str | Unset):
        view_id (str | Unset):
        sort (BulkMutateOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        body (IssueBulkUpdate): The changes to make to every selected issue; only the fields sent
            are changed. With
            `merge: true` the selected issues are merged into one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        body=body,
        environment=environment,
        project=project,
        id=id,
        query=query,
        view_id=view_id,
        sort=sort,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    environment: list[str] | Unset = UNSET,
    project: list[str] | Unset = UNSET,
    id: list[int] | Unset = UNSET,
    query: str | Unset = UNSET,
    view_id: str | Unset = UNSET,
    sort: BulkMutateOrganizationIssuesSort | Unset = UNSET,
    limit: int | Unset = 100,
) -> Any | ErrorDetail | IssueBulkUpdateResult | ValidationError | None:
    """Bulk mutate an organization's issues

     Changes attributes of up to 1000 issues across the organization's projects at once, or
    merges them. Name the issues with one `id` query parameter per issue; `id` is required
    for every change except a status change. A status change without `id` applies to the
    issues matching the filters (`project`, `environment`, `query` — by default
    `is:unresolved` — or a view).

    Only the fields sent are changed, and the answer holds the changed fields only. IDs the
    token cannot reach are skipped silently; when no issue matches at all — or when
    `discard` is used — Sentry answers `204` with no body. Release-based resolution
    (`inRelease`, `inNextRelease`, ...) only works on issues of a single project.

    Args:
        organization_id_or_slug (str):
        environment (list[str] | Unset):
        project (list[str] | Unset):
        id (list[int] | Unset):
        query (str | Unset):
        view_id (str | Unset):
        sort (BulkMutateOrganizationIssuesSort | Unset):
        limit (int | Unset):  Default: 100.
        body (IssueBulkUpdate): The changes to make to every selected issue; only the fields sent
            are changed. With
            `merge: true` the selected issues are merged into one.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorDetail | IssueBulkUpdateResult | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            client=client,
            body=body,
            environment=environment,
            project=project,
            id=id,
            query=query,
            view_id=view_id,
            sort=sort,
            limit=limit,
        )
    ).parsed

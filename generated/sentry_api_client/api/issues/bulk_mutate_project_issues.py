from http import HTTPStatus
from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulk_mutate_project_issues_status import (
    BulkMutateProjectIssuesStatus,
)
from ...models.error_detail import ErrorDetail
from ...models.issue_bulk_update import IssueBulkUpdate
from ...models.issue_bulk_update_result import IssueBulkUpdateResult
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    body: IssueBulkUpdate,
    id: list[int] | Unset = UNSET,
    status: BulkMutateProjectIssuesStatus | Unset = UNSET,
    query: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    json_id: list[int] | Unset = UNSET
    if not isinstance(id, Unset):
        json_id = id

    params["id"] = json_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status

    params["status"] = json_status

    params["query"] = query

    params["environment"] = environment

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/0/projects/{organization_id_or_slug}/{project_id_or_slug}/issues/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            project_id_or_slug=quote(str(project_id_or_slug), safe=""),
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
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    id: list[int] | Unset = UNSET,
    status: BulkMutateProjectIssuesStatus | Unset = UNSET,
    query: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]:
    """Bulk mutate a project's issues

     Changes attributes (status, assignee, bookmark, visibility, ...) of several issues of one
    project at once, or merges them. Name the issues with one `id` query parameter per
    issue. `id` is required for every change except a status change; a status change without
    `id` applies to the issues that match the search (`query`, by default
    `is:unresolved`), up to 1000 of them.

    Only the fields sent are changed. The answer holds the changed fields only (not the
    issues). IDs outside the project are silently skipped; when no issue matches at all —
    or when `discard` is used — Sentry answers `204` with no body.
    `bulk_mutate_organization_issues` does the same across the organization's projects.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        id (list[int] | Unset):
        status (BulkMutateProjectIssuesStatus | Unset):
        query (str | Unset):
        environment (str | Unset):
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
        project_id_or_slug=project_id_or_slug,
        body=body,
        id=id,
        status=status,
        query=query,
        environment=environment,
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
    body: IssueBulkUpdate,
    id: list[int] | Unset = UNSET,
    status: BulkMutateProjectIssuesStatus | Unset = UNSET,
    query: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Any | ErrorDetail | IssueBulkUpdateResult | ValidationError | None:
    """Bulk mutate a project's issues

     Changes attributes (status, assignee, bookmark, visibility, ...) of several issues of one
    project at once, or merges them. Name the issues with one `id` query parameter per
    issue. `id` is required for every change except a status change; a status change without
    `id` applies to the issues that match the search (`query`, by default
    `is:unresolved`), up to 1000 of them.

    Only the fields sent are changed. The answer holds the changed fields only (not the
    issues). IDs outside the project are silently skipped; when no issue matches at all —
    or when `discard` is used — Sentry answers `204` with no body.
    `bulk_mutate_organization_issues` does the same across the organization's projects.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        id (list[int] | Unset):
        status (BulkMutateProjectIssuesStatus | Unset):
        query (str | Unset):
        environment (str | Unset):
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
        project_id_or_slug=project_id_or_slug,
        client=client,
        body=body,
        id=id,
        status=status,
        query=query,
        environment=environment,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    id: list[int] | Unset = UNSET,
    status: BulkMutateProjectIssuesStatus | Unset = UNSET,
    query: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Response[Any | ErrorDetail | IssueBulkUpdateResult | ValidationError]:
    """Bulk mutate a project's issues

     Changes attributes (status, assignee, bookmark, visibility, ...) of several issues of one
    project at once, or merges them. Name the issues with one `id` query parameter per
    issue. `id` is required for every change except a status change; a status change without
    `id` applies to the issues that match the search (`query`, by default
    `is:unresolved`), up to 1000 of them.

    Only the fields sent are changed. The answer holds the changed fields only (not the
    issues). IDs outside the project are silently skipped; when no issue matches at all —
    or when `discard` is used — Sentry answers `204` with no body.
    `bulk_mutate_organization_issues` does the same across the organization's projects.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        id (list[int] | Unset):
        status (BulkMutateProjectIssuesStatus | Unset):
        query (str | Unset):
        environment (str | Unset):
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
        project_id_or_slug=project_id_or_slug,
        body=body,
        id=id,
        status=status,
        query=query,
        environment=environment,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    project_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    body: IssueBulkUpdate,
    id: list[int] | Unset = UNSET,
    status: BulkMutateProjectIssuesStatus | Unset = UNSET,
    query: str | Unset = UNSET,
    environment: str | Unset = UNSET,
) -> Any | ErrorDetail | IssueBulkUpdateResult | ValidationError | None:
    """Bulk mutate a project's issues

     Changes attributes (status, assignee, bookmark, visibility, ...) of several issues of one
    project at once, or merges them. Name the issues with one `id` query parameter per
    issue. `id` is required for every change except a status change; a status change without
    `id` applies to the issues that match the search (`query`, by default
    `is:unresolved`), up to 1000 of them.

    Only the fields sent are changed. The answer holds the changed fields only (not the
    issues). IDs outside the project are silently skipped; when no issue matches at all —
    or when `discard` is used — Sentry answers `204` with no body.
    `bulk_mutate_organization_issues` does the same across the organization's projects.

    Args:
        organization_id_or_slug (str):
        project_id_or_slug (str):
        id (list[int] | Unset):
        status (BulkMutateProjectIssuesStatus | Unset):
        query (str | Unset):
        environment (str | Unset):
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
            project_id_or_slug=project_id_or_slug,
            client=client,
            body=body,
            id=id,
            status=status,
            query=query,
            environment=environment,
        )
    ).parsed

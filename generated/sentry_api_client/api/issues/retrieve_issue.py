from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.issue_detail import IssueDetail
from ...models.retrieve_issue_collapse_item import (
    RetrieveIssueCollapseItem,
)
from ...models.retrieve_issue_expand_item import (
    RetrieveIssueExpandItem,
)
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    environment: list[str] | Unset = UNSET,
    expand: list[RetrieveIssueExpandItem] | Unset = UNSET,
    collapse: list[RetrieveIssueCollapseItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item: str = expand_item_data
            json_expand.append(expand_item)

    params["expand"] = json_expand

    json_collapse: list[str] | Unset = UNSET
    if not isinstance(collapse, Unset):
        json_collapse = []
        for collapse_item_data in collapse:
            collapse_item: str = collapse_item_data
            json_collapse.append(collapse_item)

    params["collapse"] = json_collapse

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            issue_id=quote(str(issue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | IssueDetail | None:
    if response.status_code == 200:
        response_200 = IssueDetail.from_dict(response.json())

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
) -> Response[ErrorDetail | IssueDetail]:
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
    environment: list[str] | Unset = UNSET,
    expand: list[RetrieveIssueExpandItem] | Unset = UNSET,
    collapse: list[RetrieveIssueCollapseItem] | Unset = UNSET,
) -> Response[ErrorDetail | IssueDetail]:
    """Retrieve an issue

     Returns one issue in detail: everything the issue list shows plus its recent activity,
    who has seen it, participants, the user-report count, its most common tag keys, its
    first and last release, and hourly (`24h`) and daily (`30d`) event counts in `stats`.

    `collapse` leaves out the expensive parts (`release`, `stats`, `tags`); `expand` adds
    optional ones.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        environment (list[str] | Unset):
        expand (list[RetrieveIssueExpandItem] | Unset):
        collapse (list[RetrieveIssueCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | IssueDetail]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        environment=environment,
        expand=expand,
        collapse=collapse,
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
    environment: list[str] | Unset = UNSET,
    expand: list[RetrieveIssueExpandItem] | Unset = UNSET,
    collapse: list[RetrieveIssueCollapseItem] | Unset = UNSET,
) -> ErrorDetail | IssueDetail | None:
    """Retrieve an issue

     Returns one issue in detail: everything the issue list shows plus its recent activity,
    who has seen it, participants, the user-report count, its most common tag keys, its
    first and last release, and hourly (`24h`) and daily (`30d`) event counts in `stats`.

    `collapse` leaves out the expensive parts (`release`, `stats`, `tags`); `expand` adds
    optional ones.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        environment (list[str] | Unset):
        expand (list[RetrieveIssueExpandItem] | Unset):
        collapse (list[RetrieveIssueCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | IssueDetail
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        client=client,
        environment=environment,
        expand=expand,
        collapse=collapse,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    expand: list[RetrieveIssueExpandItem] | Unset = UNSET,
    collapse: list[RetrieveIssueCollapseItem] | Unset = UNSET,
) -> Response[ErrorDetail | IssueDetail]:
    """Retrieve an issue

     Returns one issue in detail: everything the issue list shows plus its recent activity,
    who has seen it, participants, the user-report count, its most common tag keys, its
    first and last release, and hourly (`24h`) and daily (`30d`) event counts in `stats`.

    `collapse` leaves out the expensive parts (`release`, `stats`, `tags`); `expand` adds
    optional ones.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        environment (list[str] | Unset):
        expand (list[RetrieveIssueExpandItem] | Unset):
        collapse (list[RetrieveIssueCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | IssueDetail]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        environment=environment,
        expand=expand,
        collapse=collapse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    expand: list[RetrieveIssueExpandItem] | Unset = UNSET,
    collapse: list[RetrieveIssueCollapseItem] | Unset = UNSET,
) -> ErrorDetail | IssueDetail | None:
    """Retrieve an issue

     Returns one issue in detail: everything the issue list shows plus its recent activity,
    who has seen it, participants, the user-report count, its most common tag keys, its
    first and last release, and hourly (`24h`) and daily (`30d`) event counts in `stats`.

    `collapse` leaves out the expensive parts (`release`, `stats`, `tags`); `expand` adds
    optional ones.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        environment (list[str] | Unset):
        expand (list[RetrieveIssueExpandItem] | Unset):
        collapse (list[RetrieveIssueCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | IssueDetail
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            issue_id=issue_id,
            client=client,
            environment=environment,
            expand=expand,
            collapse=collapse,
        )
    ).parsed

from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.event import Event
from ...models.retrieve_issue_event_llm_format import (
    RetrieveIssueEventLlmFormat,
)
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    issue_id: str,
    event_id: str,
    *,
    environment: list[str] | Unset = UNSET,
    llm_format: RetrieveIssueEventLlmFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    json_llm_format: str | Unset = UNSET
    if not isinstance(llm_format, Unset):
        json_llm_format = llm_format

    params["llmFormat"] = json_llm_format

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/{event_id}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            issue_id=quote(str(issue_id), safe=""),
            event_id=quote(str(event_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Event | ValidationError | None:
    if response.status_code == 200:
        response_200 = Event.from_dict(response.json())

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
) -> Response[ErrorDetail | Event | ValidationError]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    llm_format: RetrieveIssueEventLlmFormat | Unset = UNSET,
) -> Response[ErrorDetail | Event | ValidationError]:
    """Retrieve an issue's event

     Returns one event of an issue in full: entries (exception and stack trace, breadcrumbs,
    request, ...), contexts, tags, user, SDK, release, and the IDs of the previous and next
    events of the issue. Instead of an event ID, `event_id` may be `latest`, `oldest` or
    `recommended` (the event Sentry deems most helpful, e.g. one with a full stack trace).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        event_id (str):
        environment (list[str] | Unset):
        llm_format (RetrieveIssueEventLlmFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Event | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        event_id=event_id,
        environment=environment,
        llm_format=llm_format,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    issue_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    llm_format: RetrieveIssueEventLlmFormat | Unset = UNSET,
) -> ErrorDetail | Event | ValidationError | None:
    """Retrieve an issue's event

     Returns one event of an issue in full: entries (exception and stack trace, breadcrumbs,
    request, ...), contexts, tags, user, SDK, release, and the IDs of the previous and next
    events of the issue. Instead of an event ID, `event_id` may be `latest`, `oldest` or
    `recommended` (the event Sentry deems most helpful, e.g. one with a full stack trace).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        event_id (str):
        environment (list[str] | Unset):
        llm_format (RetrieveIssueEventLlmFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Event | ValidationError
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        event_id=event_id,
        client=client,
        environment=environment,
        llm_format=llm_format,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    llm_format: RetrieveIssueEventLlmFormat | Unset = UNSET,
) -> Response[ErrorDetail | Event | ValidationError]:
    """Retrieve an issue's event

     Returns one event of an issue in full: entries (exception and stack trace, breadcrumbs,
    request, ...), contexts, tags, user, SDK, release, and the IDs of the previous and next
    events of the issue. Instead of an event ID, `event_id` may be `latest`, `oldest` or
    `recommended` (the event Sentry deems most helpful, e.g. one with a full stack trace).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        event_id (str):
        environment (list[str] | Unset):
        llm_format (RetrieveIssueEventLlmFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Event | ValidationError]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        event_id=event_id,
        environment=environment,
        llm_format=llm_format,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    issue_id: str,
    event_id: str,
    *,
    client: AuthenticatedClient,
    environment: list[str] | Unset = UNSET,
    llm_format: RetrieveIssueEventLlmFormat | Unset = UNSET,
) -> ErrorDetail | Event | ValidationError | None:
    """Retrieve an issue's event

     Returns one event of an issue in full: entries (exception and stack trace, breadcrumbs,
    request, ...), contexts, tags, user, SDK, release, and the IDs of the previous and next
    events of the issue. Instead of an event ID, `event_id` may be `latest`, `oldest` or
    `recommended` (the event Sentry deems most helpful, e.g. one with a full stack trace).

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        event_id (str):
        environment (list[str] | Unset):
        llm_format (RetrieveIssueEventLlmFormat | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Event | ValidationError
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            issue_id=issue_id,
            event_id=event_id,
            client=client,
            environment=environment,
            llm_format=llm_format,
        )
    ).parsed

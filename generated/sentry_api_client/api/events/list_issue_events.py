import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.event_summary import EventSummary
from ...models.validation_error import ValidationError
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    full: bool | Unset = False,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    sample: bool | Unset = False,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["full"] = full

    json_start: str | Unset = UNSET
    if not isinstance(start, Unset):
        json_start = start.isoformat()
    params["start"] = json_start

    json_end: str | Unset = UNSET
    if not isinstance(end, Unset):
        json_end = end.isoformat()
    params["end"] = json_end

    params["statsPeriod"] = stats_period

    json_environment: list[str] | Unset = UNSET
    if not isinstance(environment, Unset):
        json_environment = environment

    params["environment"] = json_environment

    params["query"] = query

    params["sample"] = sample

    params["per_page"] = per_page

    params["cursor"] = cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/0/organizations/{organization_id_or_slug}/issues/{issue_id}/events/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            issue_id=quote(str(issue_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | ValidationError | list[EventSummary] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = EventSummary.from_dict(response_200_item_data)

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
) -> Response[ErrorDetail | ValidationError | list[EventSummary]]:
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
    full: bool | Unset = False,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    sample: bool | Unset = False,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[EventSummary]]:
    """List an issue's events

     Lists the events grouped into one issue, newest first (or in a stable pseudo-random
    order with `sample=true`). Items are short summaries unless `full=true`, which adds the
    whole event body (entries with stack traces, contexts, SDK, ...) to every item.

    Without a time range Sentry looks back 90 days. `query` filters with Sentry's event
    search syntax; a query that is an event ID answers just that event.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: False.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        stats_period (str | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        sample (bool | Unset):  Default: False.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[EventSummary]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        full=full,
        start=start,
        end=end,
        stats_period=stats_period,
        environment=environment,
        query=query,
        sample=sample,
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
    full: bool | Unset = False,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    sample: bool | Unset = False,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[EventSummary] | None:
    """List an issue's events

     Lists the events grouped into one issue, newest first (or in a stable pseudo-random
    order with `sample=true`). Items are short summaries unless `full=true`, which adds the
    whole event body (entries with stack traces, contexts, SDK, ...) to every item.

    Without a time range Sentry looks back 90 days. `query` filters with Sentry's event
    search syntax; a query that is an event ID answers just that event.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: False.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        stats_period (str | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        sample (bool | Unset):  Default: False.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[EventSummary]
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        client=client,
        full=full,
        start=start,
        end=end,
        stats_period=stats_period,
        environment=environment,
        query=query,
        sample=sample,
        per_page=per_page,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    issue_id: str,
    *,
    client: AuthenticatedClient,
    full: bool | Unset = False,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    sample: bool | Unset = False,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> Response[ErrorDetail | ValidationError | list[EventSummary]]:
    """List an issue's events

     Lists the events grouped into one issue, newest first (or in a stable pseudo-random
    order with `sample=true`). Items are short summaries unless `full=true`, which adds the
    whole event body (entries with stack traces, contexts, SDK, ...) to every item.

    Without a time range Sentry looks back 90 days. `query` filters with Sentry's event
    search syntax; a query that is an event ID answers just that event.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: False.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        stats_period (str | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        sample (bool | Unset):  Default: False.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | ValidationError | list[EventSummary]]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        issue_id=issue_id,
        full=full,
        start=start,
        end=end,
        stats_period=stats_period,
        environment=environment,
        query=query,
        sample=sample,
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
    full: bool | Unset = False,
    start: datetime.datetime | Unset = UNSET,
    end: datetime.datetime | Unset = UNSET,
    stats_period: str | Unset = UNSET,
    environment: list[str] | Unset = UNSET,
    query: str | Unset = UNSET,
    sample: bool | Unset = False,
    per_page: int | Unset = 100,
    cursor: str | Unset = UNSET,
) -> ErrorDetail | ValidationError | list[EventSummary] | None:
    """List an issue's events

     Lists the events grouped into one issue, newest first (or in a stable pseudo-random
    order with `sample=true`). Items are short summaries unless `full=true`, which adds the
    whole event body (entries with stack traces, contexts, SDK, ...) to every item.

    Without a time range Sentry looks back 90 days. `query` filters with Sentry's event
    search syntax; a query that is an event ID answers just that event.

    Args:
        organization_id_or_slug (str):
        issue_id (str):
        full (bool | Unset):  Default: False.
        start (datetime.datetime | Unset):
        end (datetime.datetime | Unset):
        stats_period (str | Unset):
        environment (list[str] | Unset):
        query (str | Unset):
        sample (bool | Unset):  Default: False.
        per_page (int | Unset):  Default: 100.
        cursor (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | ValidationError | list[EventSummary]
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            issue_id=issue_id,
            client=client,
            full=full,
            start=start,
            end=end,
            stats_period=stats_period,
            environment=environment,
            query=query,
            sample=sample,
            per_page=per_page,
            cursor=cursor,
        )
    ).parsed

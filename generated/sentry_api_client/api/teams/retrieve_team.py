from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_detail import ErrorDetail
from ...models.retrieve_team_collapse_item import (
    RetrieveTeamCollapseItem,
)
from ...models.retrieve_team_expand_item import (
    RetrieveTeamExpandItem,
)
from ...models.team import Team
from ...types import UNSET, Response, Unset


def _get_kwargs(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    expand: list[RetrieveTeamExpandItem] | Unset = UNSET,
    collapse: list[RetrieveTeamCollapseItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/0/teams/{organization_id_or_slug}/{team_id_or_slug}/".format(
            organization_id_or_slug=quote(str(organization_id_or_slug), safe=""),
            team_id_or_slug=quote(str(team_id_or_slug), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorDetail | Team | None:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

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
) -> Response[ErrorDetail | Team]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[RetrieveTeamExpandItem] | Unset = UNSET,
    collapse: list[RetrieveTeamCollapseItem] | Unset = UNSET,
) -> Response[ErrorDetail | Team]:
    """Retrieve a team

     Returns a team. Its `organization` is included unless `collapse=organization`;
    `expand` adds the team's `projects` or `externalTeams`. Sentry's published schema
    accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        expand (list[RetrieveTeamExpandItem] | Unset):
        collapse (list[RetrieveTeamCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        expand=expand,
        collapse=collapse,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[RetrieveTeamExpandItem] | Unset = UNSET,
    collapse: list[RetrieveTeamCollapseItem] | Unset = UNSET,
) -> ErrorDetail | Team | None:
    """Retrieve a team

     Returns a team. Its `organization` is included unless `collapse=organization`;
    `expand` adds the team's `projects` or `externalTeams`. Sentry's published schema
    accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        expand (list[RetrieveTeamExpandItem] | Unset):
        collapse (list[RetrieveTeamCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team
    """

    return sync_detailed(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        client=client,
        expand=expand,
        collapse=collapse,
    ).parsed


async def asyncio_detailed(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[RetrieveTeamExpandItem] | Unset = UNSET,
    collapse: list[RetrieveTeamCollapseItem] | Unset = UNSET,
) -> Response[ErrorDetail | Team]:
    """Retrieve a team

     Returns a team. Its `organization` is included unless `collapse=organization`;
    `expand` adds the team's `projects` or `externalTeams`. Sentry's published schema
    accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        expand (list[RetrieveTeamExpandItem] | Unset):
        collapse (list[RetrieveTeamCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorDetail | Team]
    """

    kwargs = _get_kwargs(
        organization_id_or_slug=organization_id_or_slug,
        team_id_or_slug=team_id_or_slug,
        expand=expand,
        collapse=collapse,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    organization_id_or_slug: str,
    team_id_or_slug: str,
    *,
    client: AuthenticatedClient,
    expand: list[RetrieveTeamExpandItem] | Unset = UNSET,
    collapse: list[RetrieveTeamCollapseItem] | Unset = UNSET,
) -> ErrorDetail | Team | None:
    """Retrieve a team

     Returns a team. Its `organization` is included unless `collapse=organization`;
    `expand` adds the team's `projects` or `externalTeams`. Sentry's published schema
    accepts the same scopes as listed here.

    Args:
        organization_id_or_slug (str):
        team_id_or_slug (str):
        expand (list[RetrieveTeamExpandItem] | Unset):
        collapse (list[RetrieveTeamCollapseItem] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorDetail | Team
    """

    return (
        await asyncio_detailed(
            organization_id_or_slug=organization_id_or_slug,
            team_id_or_slug=team_id_or_slug,
            client=client,
            expand=expand,
            collapse=collapse,
        )
    ).parsed

"""Odd Python values given to a call: refused as ``invalid_request`` (nothing sent), or sent
as the plain value they stand for - never an ``internal`` failure, never a Python repr.

(Found by the review of issue 12: a float page size, a datetime or set in a body and a
100,000-character slug came back as ``error_kind="internal"``; ``(str, Enum)`` members were
checked by value but sent by name; ``extra_body`` could override a checked body field; the
client's own ``call``/``pages``/``paginate`` raised ``TypeError`` for a positional argument.)
"""

from __future__ import annotations

import asyncio
import datetime
import decimal
import enum
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import pytest
from sentry_api import AsyncSentryClient, InvalidRequestError, Result, SentryClient
from sentry_api_client.resources.bodies import ReleaseCreateBody

TOKEN = "odd-values-token"


class Wire:
    """Records requests; answers an empty list to a GET, else an issue."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if request.method == "GET":
            return httpx.Response(200, json=[])
        return httpx.Response(
            200, json={"id": "1", "title": "t", "level": "error", "status": "resolved"}
        )


@pytest.fixture
def wire() -> Wire:
    return Wire()


@pytest.fixture
def client(wire: Wire) -> Iterator[SentryClient]:
    with SentryClient(
        TOKEN, organization="acme", transport=httpx.MockTransport(wire), max_retries=0
    ) as made:
        yield made


def refused(result: Result[Any], wire: Wire, *needles: str) -> None:
    assert not result.success
    assert result.error_kind == "invalid_request", (result.error_kind, result.error)
    assert wire.requests == [], "bad input reached the network"
    for needle in needles:
        assert needle in (result.error or ""), result.error


# ------------------------------------------------------------------ item 5: bad values


def test_a_float_page_size_is_refused(client: SentryClient, wire: Wire) -> None:
    refused(client.issues.list("web", limit=5.0), wire, "limit", "integer", "float")  # type: ignore[arg-type]


def test_a_decimal_is_named_as_such(client: SentryClient, wire: Wire) -> None:
    result = client.issues.list("web", limit=decimal.Decimal("1"))  # type: ignore[arg-type]
    refused(result, wire, "limit", "Decimal")
    query = client.issues.list("web", query=decimal.Decimal("1"))  # type: ignore[arg-type]
    refused(query, wire, "query must be a string, got Decimal")


@pytest.mark.parametrize(
    "value",
    [datetime.datetime(2024, 1, 1), {"resolved"}, uuid.UUID(int=1), object()],
    ids=["datetime", "set", "uuid", "object"],
)
def test_a_body_value_json_cannot_hold_is_refused(
    client: SentryClient, wire: Wire, value: object
) -> None:
    result = client.call(
        "update_issue", issue_id="1", body={"status": "resolved", "assignedTo": value}
    )
    refused(result, wire, "assignedTo")


def test_an_odd_query_value_is_refused(client: SentryClient, wire: Wire) -> None:
    refused(
        client.call("list_project_issues", project_id_or_slug="web", query=uuid.UUID(int=1)),
        wire,
        "query",
    )


def test_a_huge_path_value_is_refused(client: SentryClient, wire: Wire) -> None:
    refused(client.issues.retrieve("x" * 100_000), wire, "issue_id", "too long")


def test_a_huge_query_is_refused(client: SentryClient, wire: Wire) -> None:
    refused(client.issues.list("web", query="x" * 100_000), wire, "too long")


# ------------------------------------------------------------------ item 6: str enums


class Sort(str, enum.Enum):
    DATE = "date"


class Slug(str, enum.Enum):
    WEB = "web"


class Status(str, enum.Enum):
    RESOLVED = "resolved"


def test_str_enum_members_are_sent_as_their_value(client: SentryClient, wire: Wire) -> None:
    result = client.issues.list(Slug.WEB, sort=Sort.DATE)  # type: ignore[arg-type]
    assert result.success, result.error
    url = urlsplit(str(wire.requests[-1].url))
    assert url.path.endswith("/projects/acme/web/issues/")
    assert ("sort", "date") in parse_qsl(url.query)
    updated = client.issues.update("1", body={"status": Status.RESOLVED})  # type: ignore[arg-type]
    assert updated.success, updated.error
    assert wire.requests[-1].content == b'{"status":"resolved"}'


# ------------------------------------------------------------------ item 7: extra_body


def test_extra_body_cannot_override_a_known_field(client: SentryClient, wire: Wire) -> None:
    result = client.issues.update("1", body={"status": "resolved"}, extra_body={"status": 5})
    refused(result, wire, "status", "known field")
    snake = client.issues.update("1", body={"status": "resolved"}, extra_body={"assigned_to": 5})
    refused(snake, wire, "assigned_to", "known field")


# ------------------------------------------------------------------ item 8: call() arguments


def test_call_with_a_positional_parameter_returns_a_failure(
    client: SentryClient, wire: Wire
) -> None:
    refused(client.call("retrieve_issue", "WEB-1"), wire, "retrieve_issue", "positional")  # type: ignore[call-arg]
    pages = list(client.pages("list_project_issues", "web"))  # type: ignore[call-arg]
    assert len(pages) == 1
    refused(pages[0], wire, "positional")
    with pytest.raises(InvalidRequestError, match="positional"):
        next(client.paginate("list_project_issues", "web"))  # type: ignore[call-arg]


def test_async_call_with_a_positional_parameter_returns_a_failure(wire: Wire) -> None:
    async def main() -> tuple[Result[Any], list[Result[Any]]]:
        async def answer(request: httpx.Request) -> httpx.Response:
            return wire(request)

        async with AsyncSentryClient(
            TOKEN, organization="acme", transport=httpx.MockTransport(answer), max_retries=0
        ) as made:
            one = await made.call("retrieve_issue", "WEB-1")  # type: ignore[call-arg]
            pages = [p async for p in made.pages("list_project_issues", "web")]  # type: ignore[call-arg]
            with pytest.raises(InvalidRequestError):
                async for _ in made.paginate("list_project_issues", "web"):  # type: ignore[call-arg]
                    pass
            return one, pages

    one, pages = asyncio.run(main())
    refused(one, wire, "positional")
    assert len(pages) == 1
    refused(pages[0], wire, "positional")


# ------------------------------------------------------------------ item 9: the organization


def test_a_positional_organization_is_refused(client: SentryClient, wire: Wire) -> None:
    # It used to be positional where it was the only path parameter: this posted to
    # /organizations/1.0/releases/.
    body: ReleaseCreateBody = {"version": "1.0", "projects": ["web"]}
    refused(client.releases.create("1.0", body=body), wire, "positional")  # type: ignore[call-arg]
    client.releases.create(body=body, organization_id_or_slug=1)  # an int id is fine
    assert "/organizations/1/releases/" in str(wire.requests[-1].url)

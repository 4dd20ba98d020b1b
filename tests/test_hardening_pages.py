"""A server that answers empty pages forever, each with a fresh cursor and results="true"
(issue 13, item 2): every way of listing stops after a bounded number of them."""

from __future__ import annotations

import itertools

import httpx
from sentry_api.client import MAX_EMPTY_PAGES
from wrapper_fakes import json_response, link_header, make_async_client, make_client

OP = "list_project_issues"
WEB = {"project_id_or_slug": "web"}
PROBE_LIMIT = 200  # the fake gives up by itself after this many, so a regression cannot hang


class EndlessEmpty:
    def __init__(self) -> None:
        self.count = 0
        self.cursors = itertools.count(1)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.count += 1
        url = str(request.url.copy_with(query=None))
        more = self.count < PROBE_LIMIT
        cursor = f"0:{next(self.cursors)}:0"
        return json_response(200, [], {"Link": link_header(url, cursor, more)})


def test_call_with_max_results_stops_after_a_few_empty_pages() -> None:
    server = EndlessEmpty()
    result = make_client(server).call(OP, max_results=10, **WEB)
    assert not result.success
    assert result.error_kind == "pagination"
    assert f"{MAX_EMPTY_PAGES} empty pages in a row" in (result.error or "")
    assert result.status_code == 200
    assert server.count == MAX_EMPTY_PAGES


def test_pages_stops_after_a_few_empty_pages() -> None:
    server = EndlessEmpty()
    pages = list(make_client(server).pages(OP, **WEB))
    assert server.count == MAX_EMPTY_PAGES
    assert not pages[-1].success and pages[-1].error_kind == "pagination"


async def test_async_client_stops_after_a_few_empty_pages() -> None:
    server = EndlessEmpty()
    async with make_async_client(server) as client:
        result = await client.call(OP, max_results=10, **WEB)
    assert result.error_kind == "pagination"
    assert server.count == MAX_EMPTY_PAGES


def test_a_few_empty_pages_followed_by_items_are_fine() -> None:
    replies = iter([[], [], {"id": "x"}])
    count = 0

    def server(request: httpx.Request) -> httpx.Response:
        nonlocal count
        count += 1
        url = str(request.url.copy_with(query=None))
        body = next(replies)
        items = [] if body == [] else [_issue()]
        return json_response(200, items, {"Link": link_header(url, f"0:{count}:0", count < 3)})

    result = make_client(server).call(OP, max_results=10, **WEB)
    assert result.success and len(result.data) == 1


def _issue() -> dict[str, object]:
    from wrapper_fakes import issues_page

    return issues_page(1)[0]

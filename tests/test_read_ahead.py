"""Reading ahead in pages()/paginate(): the next page's request goes out while the caller is
still on this page, from the third page on, at most one page ahead, same outcomes."""

from __future__ import annotations

import asyncio
import threading
import time
from typing import Any

import httpx
import pytest
from sentry_api import SentryClient
from sentry_api.audit import AuditRecord
from sentry_api.errors import NotFoundError
from wrapper_fakes import (
    PagedServer,
    ids,
    issues_page,
    json_response,
    make_async_client,
    make_client,
)

OP = "list_project_issues"
WEB = {"project_id_or_slug": "web"}


def offset_of(request: httpx.Request) -> int:
    return int((request.url.params.get("cursor") or "0:0:0").split(":")[1])


def wait_for(condition: Any, seconds: float = 10.0) -> bool:
    """Poll ``condition`` (the read-ahead runs on another thread) until true or timeout."""
    give_up = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > give_up:
            return False
        time.sleep(0.001)
    return True


class SignallingServer(PagedServer):
    """A PagedServer that sets an event when the page at ``offset`` is asked for."""

    def __init__(self, total: int, offset: int, **options: Any) -> None:
        super().__init__(total, **options)
        self.offset = offset
        self.asked = threading.Event()

    def __call__(self, request: httpx.Request) -> httpx.Response:
        if offset_of(request) == self.offset:
            self.asked.set()
        return super().__call__(request)


def test_the_third_page_is_requested_while_the_second_is_in_use() -> None:
    server = SignallingServer(500, offset=200)
    iterator = make_client(server).paginate(OP, **WEB)
    for _ in range(100):
        next(iterator)
    assert len(server.requests) == 1, "the first page alone: nothing is read ahead yet"
    next(iterator)  # the first item of the second page
    # The caller holds an item of page 2 and asks for nothing more: page 3 goes out anyway.
    assert server.asked.wait(10), "the third page was not requested ahead"
    time.sleep(0.05)
    assert [offset_of(r) for r in server.requests] == [0, 100, 200], "one page ahead at most"
    rest = list(iterator)
    assert ids(rest) == ids(issues_page(500))[101:]
    assert [offset_of(r) for r in server.requests] == [0, 100, 200, 300, 400]


def test_stopping_after_the_first_page_costs_no_extra_request() -> None:
    server = PagedServer(500)
    iterator = make_client(server).paginate(OP, **WEB)
    for _ in range(100):
        next(iterator)
    iterator.close()
    time.sleep(0.05)
    assert len(server.requests) == 1


def test_stopping_later_costs_at_most_one_request() -> None:
    server = PagedServer(1000)
    client = make_client(server)
    for position, _ in enumerate(client.paginate(OP, **WEB)):
        if position == 250:
            break
    assert wait_for(lambda: len(server.requests) == 4)
    time.sleep(0.05)
    assert [offset_of(r) for r in server.requests] == [0, 100, 200, 300]


def test_read_ahead_false_fetches_only_what_is_asked_for() -> None:
    server = PagedServer(500)
    iterator = make_client(server, read_ahead=False).paginate(OP, **WEB)
    for _ in range(201):
        next(iterator)
    time.sleep(0.05)
    assert len(server.requests) == 3


def test_max_results_never_reads_ahead() -> None:
    server = PagedServer(1000)
    items = list(make_client(server).paginate(OP, max_results=250, **WEB))
    assert ids(items) == ids(issues_page(1000))[:250]
    time.sleep(0.05)
    assert [offset_of(r) for r in server.requests] == [0, 100, 200]


def test_the_last_page_reads_nothing_ahead() -> None:
    server = PagedServer(300)
    assert len(list(make_client(server).paginate(OP, **WEB))) == 300
    time.sleep(0.05)
    assert len(server.requests) == 3


@pytest.mark.parametrize("read_ahead", [True, False])
def test_a_failure_on_a_page_read_ahead_arrives_where_it_belongs(read_ahead: bool) -> None:
    paged = PagedServer(1000)

    def server(request: httpx.Request) -> httpx.Response:
        if offset_of(request) == 300:
            paged.requests.append(request)
            return json_response(404, {"detail": "The requested resource does not exist"})
        return paged(request)

    seen: list[Any] = []
    with pytest.raises(NotFoundError):
        for item in make_client(server, read_ahead=read_ahead).paginate(OP, **WEB):
            seen.append(item)
    assert ids(seen) == ids(issues_page(1000))[:300]


def test_a_rate_limited_page_read_ahead_is_retried_as_usual() -> None:
    paged = PagedServer(500)
    refused = []

    def server(request: httpx.Request) -> httpx.Response:
        if offset_of(request) == 200 and not refused:
            refused.append(request)
            return json_response(429, {"detail": "slow down"}, {"Retry-After": "1"})
        return paged(request)

    items = list(make_client(server).paginate(OP, **WEB))
    assert ids(items) == ids(issues_page(500))
    assert len(refused) == 1
    assert [offset_of(r) for r in paged.requests] == [0, 100, 200, 300, 400]


def test_pages_report_the_same_results_with_and_without_read_ahead() -> None:
    def summary(client: SentryClient) -> list[tuple[Any, ...]]:
        return [
            (page.success, page.next_cursor, len(page.data or ()), page.attempts)
            for page in client.pages(OP, **WEB)
        ]

    assert summary(make_client(PagedServer(450))) == summary(
        make_client(PagedServer(450), read_ahead=False)
    )


def test_each_page_read_ahead_is_audited_once_in_order() -> None:
    records: list[AuditRecord] = []
    server = PagedServer(500)
    assert len(list(make_client(server, audit_hook=records.append).paginate(OP, **WEB))) == 500
    assert [r.operation for r in records] == [OP] * 5
    assert all(r.success and r.attempts == 1 and r.duration >= 0 for r in records)
    starts = [r.started_at for r in records]
    assert starts == sorted(starts)


def test_read_ahead_must_be_a_boolean() -> None:
    with pytest.raises(ValueError, match="read_ahead"):
        make_client(PagedServer(1), read_ahead="yes")


async def test_async_the_third_page_is_requested_while_the_second_is_in_use() -> None:
    server = SignallingServer(500, offset=200)
    async with make_async_client(server) as client:
        iterator = client.paginate(OP, **WEB)
        for _ in range(101):
            await iterator.__anext__()
        await asyncio.sleep(0)
        assert server.asked.is_set(), "the third page was not requested ahead"
        assert [offset_of(r) for r in server.requests] == [0, 100, 200]
        rest = [item async for item in iterator]
    assert ids(rest) == ids(issues_page(500))[101:]
    assert len(server.requests) == 5


async def test_async_stopping_early_cancels_the_page_read_ahead() -> None:
    release = asyncio.Event()
    paged = PagedServer(1000)

    async def server(request: httpx.Request) -> httpx.Response:
        if offset_of(request) == 200:
            await release.wait()  # the read-ahead page never answers by itself
        return paged(request)

    async with make_async_client(server) as client:
        iterator = client.paginate(OP, **WEB)
        for _ in range(150):
            await iterator.__anext__()
        await asyncio.sleep(0)
        await iterator.aclose()
        tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
        await asyncio.sleep(0)
        assert all(t.done() for t in tasks), "the read-ahead task is still running"
    assert [offset_of(r) for r in paged.requests] == [0, 100]

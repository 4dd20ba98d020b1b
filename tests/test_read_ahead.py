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


def read_ahead_running() -> bool:
    return any(t.name == "sentry-api-read-ahead" for t in threading.enumerate())


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


# --- found in review --------------------------------------------------------------------------


def test_no_read_ahead_when_the_server_allows_one_request_at_a_time() -> None:
    """A caller that makes its own calls inside the loop would otherwise have two requests in
    flight against ConcurrentLimit 1 (and get 429s)."""
    paged = PagedServer(500)

    def server(request: httpx.Request) -> httpx.Response:
        response = paged(request)
        response.headers["X-Sentry-Rate-Limit-ConcurrentLimit"] = "1"
        response.headers["X-Sentry-Rate-Limit-ConcurrentRemaining"] = "0"
        return response

    iterator = make_client(server).paginate(OP, **WEB)
    for _ in range(101):
        next(iterator)
    time.sleep(0.05)
    assert len(paged.requests) == 2
    assert len(list(iterator)) == 399


def test_read_ahead_threads_are_bounded_when_a_server_stops_answering() -> None:
    from sentry_api.read_ahead import MAX_THREADS

    paged = PagedServer(1000)
    release = threading.Event()

    def server(request: httpx.Request) -> httpx.Response:
        if offset_of(request) == 200:
            release.wait(30)  # the third page never comes (until the test ends)
        return paged(request)

    client = make_client(server)
    try:
        for _ in range(MAX_THREADS + 6):  # each listing stops within its second page
            for position, _ in enumerate(client.pages(OP, **WEB)):
                if position == 1:
                    break
        stuck = [t for t in threading.enumerate() if t.name == "sentry-api-read-ahead"]
        assert len(stuck) <= MAX_THREADS
        assert client.call(OP, **WEB).success  # the pool still has room for the caller
    finally:
        release.set()


def test_a_page_read_ahead_for_nothing_is_audited() -> None:
    records: list[AuditRecord] = []
    server = PagedServer(1000)
    client = make_client(server, audit_hook=records.append)
    for position, _ in enumerate(client.pages(OP, **WEB)):
        if position == 1:
            break
    assert wait_for(lambda: len(records) == 3)
    assert [r.decision for r in records] == ["allowed", "allowed", "read_ahead_unused"]
    unused = records[2]
    assert unused.status_code == 200 and unused.attempts == 1 and unused.operation == OP
    assert len(server.requests) == 3  # every request sent has its record


def test_the_read_ahead_thread_sees_the_callers_context_variables() -> None:
    import contextvars

    span: contextvars.ContextVar[str | None] = contextvars.ContextVar("span", default=None)
    seen: list[str | None] = []
    paged = PagedServer(500)

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(span.get())
        return paged(request)

    span.set("span-123")
    assert len(list(make_client(server).paginate(OP, **WEB))) == 500
    assert seen == ["span-123"] * 5


def test_without_threads_the_listing_reads_page_by_page(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't create new thread at interpreter shutdown")

    server = PagedServer(500)
    client = make_client(server)
    monkeypatch.setattr(threading.Thread, "start", refuse)
    assert ids(client.paginate(OP, **WEB)) == ids(issues_page(500))


def test_audit_durations_of_pages_read_ahead_leave_out_the_callers_time() -> None:
    records: list[AuditRecord] = []
    now = [1000.0]  # the client's clock, moved by the caller's "work" only

    client = SentryClient(
        "sntrys_test", organization="acme", audit_hook=records.append,
        transport=httpx.MockTransport(PagedServer(500)), clock=lambda: now[0],
    )  # fmt: skip
    for _ in client.pages(OP, **WEB):
        assert wait_for(lambda: not read_ahead_running())  # the next page has its answer
        now[0] += 10.0  # then the caller works on this page for ten "seconds"
    assert len(records) == 5
    assert all(r.duration < 1.0 for r in records), [r.duration for r in records]


async def test_async_a_timeout_around_the_loop_is_never_lost() -> None:
    """asyncio.wait_for (used to let the read-ahead start) swallowed a cancellation that came
    at the wrong moment before Python 3.12: the caller's timeout then had no effect."""
    paged = PagedServer(3000)

    async def server(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0)
        return paged(request)

    async with make_async_client(server) as client:
        for turns in range(1, 40):
            consumed = 0

            async def consume() -> None:
                nonlocal consumed
                async for _ in client.paginate(OP, **WEB):
                    consumed += 1

            task = asyncio.ensure_future(consume())
            for _ in range(turns):
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
            assert consumed < 3000, f"cancelled after {turns} turns, yet it read everything"


# --- found in the second review ---------------------------------------------------------------


def test_nothing_of_the_callers_runs_on_the_read_ahead_thread() -> None:
    """Audit hooks and the injected sleep stay on the caller's thread (a CLI status line, a
    sqlite connection in a hook, are not thread-safe)."""
    callers: set[str] = set()

    def hook(record: AuditRecord) -> None:
        callers.add(threading.current_thread().name)

    def sleep(seconds: float) -> None:
        callers.add(threading.current_thread().name)

    paged = PagedServer(1000)

    def server(request: httpx.Request) -> httpx.Response:
        response = paged(request)
        # The window is used up until a moment ago: pacing would sleep if it ran.
        response.headers["X-Sentry-Rate-Limit-Remaining"] = "0"
        response.headers["X-Sentry-Rate-Limit-Reset"] = str(int(time.time()) + 1)
        return response

    client = SentryClient(
        "sntrys_test", organization="acme", audit_hook=hook, sleep=sleep,
        transport=httpx.MockTransport(PagedServer(1000)),
    )  # fmt: skip
    for position, _ in enumerate(client.pages(OP, **WEB)):
        if position == 2:
            break
    paced = SentryClient(
        "sntrys_test", organization="acme", audit_hook=hook, sleep=sleep,
        transport=httpx.MockTransport(server),
    )  # fmt: skip
    assert len(list(paced.pages(OP, **WEB))) == 10
    assert callers == {threading.current_thread().name}


def test_a_retry_after_counts_the_time_a_reply_read_ahead_waited() -> None:
    paged = PagedServer(500)
    refused: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        if offset_of(request) == 200 and not refused:
            refused.append(request)
            return json_response(429, {"detail": "slow down"}, {"Retry-After": "3"})
        return paged(request)

    now = [1000.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    client = SentryClient(
        "sntrys_test", organization="acme", transport=httpx.MockTransport(server),
        clock=lambda: now[0], wall_clock=lambda: now[0], sleep=sleep,
    )  # fmt: skip
    pages = []
    for page in client.pages(OP, **WEB):
        pages.append(page)
        assert wait_for(lambda: not read_ahead_running())
        now[0] += 10.0  # the caller works longer than the server asked to wait
    assert len(refused) == 1 and pages[2].attempts == 2
    assert slept == [], "the 3 s had passed while the caller worked on page 2"


async def test_async_a_cancelled_handoff_still_audits_the_page_at_hand() -> None:
    """Page 3 (read ahead) is slow; the caller is cancelled while the listing hands it off.
    Every page the server has answered before it must still have its record."""
    for turns in range(1, 40):
        paged = PagedServer(3000)
        answered: list[int] = []

        async def server(
            request: httpx.Request, paged: PagedServer = paged, answered: list[int] = answered
        ) -> httpx.Response:
            if offset_of(request) == 200:
                await asyncio.sleep(0.05)
            response = paged(request)
            answered.append(offset_of(request))
            return response

        records: list[AuditRecord] = []
        async with make_async_client(server, audit_hook=records.append) as client:

            async def consume() -> None:
                async for _ in client.pages(OP, **WEB):
                    pass

            task = asyncio.ensure_future(consume())
            for _ in range(turns):
                await asyncio.sleep(0)
            task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await task
        allowed = [r for r in records if r.decision == "allowed"]
        before_slow = [offset for offset in answered if offset < 200]
        assert len(allowed) >= len(before_slow), (turns, answered, [r.decision for r in records])


def test_a_composition_that_contains_itself_is_referenced_not_merged() -> None:
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
    import response_schemas

    components = {
        "Base": {"type": "object", "properties": {"id": {"type": "string"}}},
        "Node": {
            "allOf": [
                {"$ref": "#/components/schemas/Base"},
                {
                    "type": "object",
                    "properties": {
                        "children": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Node"},
                        }
                    },
                },
            ]
        },
    }
    node = response_schemas.convert(
        {"$ref": "#/components/schemas/Node"}, closed=True, refs=set(), components=components
    )
    inner = node["properties"]["children"]["items"]
    assert inner["$ref"] == "#/$defs/Node" and inner["additionalProperties"] is False

"""The async client: same results as the sync one, never more requests in flight than the
caller's cap or the server's ConcurrentLimit, and pacing when a window is used up."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from sentry_api import AsyncSentryClient, Result
from sentry_api.errors import ServerError
from sentry_api.ratelimit import ConcurrencyGate, RateLimit
from wrapper_fakes import (
    FakeClock,
    PagedServer,
    Script,
    ids,
    json_response,
    make_async_client,
    make_client,
    rate_headers,
    sample,
)


class InFlightServer:
    """Counts requests in flight; answers after yielding to the event loop a few times."""

    def __init__(self, concurrent_limit: int | None = None, clock: FakeClock | None = None) -> None:
        self.in_flight = 0
        self.peak = 0
        self.count = 0
        self.concurrent_limit = concurrent_limit
        self.clock = clock or FakeClock()
        self.body = sample("issue_detail")

    async def __call__(self, request: httpx.Request) -> httpx.Response:
        self.in_flight += 1
        self.count += 1
        self.peak = max(self.peak, self.in_flight)
        try:
            for _ in range(5):
                await asyncio.sleep(0)
            headers = {}
            if self.concurrent_limit is not None:
                headers = rate_headers(
                    limit=10_000,
                    remaining=9_000,
                    reset=self.clock.now + 60,
                    concurrent=self.concurrent_limit,
                )
                if self.in_flight > self.concurrent_limit:
                    return json_response(429, {"detail": "concurrency"}, headers)
            return json_response(200, self.body, headers)
        finally:
            self.in_flight -= 1


async def test_async_call_matches_the_sync_client() -> None:
    body = sample("issue_detail")
    script = Script(json_response(200, body))
    async with make_async_client(script) as client:
        result = await client.call("retrieve_issue", issue_id="1")
    sync = make_client(Script(json_response(200, body))).call("retrieve_issue", issue_id="1")
    assert isinstance(result, Result) and result.success
    assert result.to_dict() == sync.to_dict()
    assert result.data.short_id == body["shortId"]


async def test_the_caller_cap_is_never_exceeded() -> None:
    server = InFlightServer()
    async with make_async_client(server, max_concurrency=4) as client:
        results = await asyncio.gather(
            *(client.call("retrieve_issue", issue_id=str(n)) for n in range(40))
        )
    assert all(r.success for r in results)
    assert server.count == 40
    assert server.peak == 4


async def test_the_servers_concurrent_limit_is_learned_and_honoured() -> None:
    server = InFlightServer(concurrent_limit=3)
    async with make_async_client(server) as client:
        results = await asyncio.gather(
            *(client.call("retrieve_issue", issue_id=str(n)) for n in range(30))
        )
        assert client.concurrency_limit == 3
    assert all(r.success for r in results), [r.error for r in results if not r.success]
    assert server.peak <= 3, "never more than the server allows, not even in the first burst"
    assert server.count == 30, "no request was rejected and retried"


async def test_the_lower_of_cap_and_server_limit_wins() -> None:
    server = InFlightServer(concurrent_limit=2)
    async with make_async_client(server, max_concurrency=8) as client:
        await asyncio.gather(*(client.call("retrieve_issue", issue_id=str(n)) for n in range(20)))
        assert client.concurrency_limit == 2
    assert server.peak <= 2 and server.count == 20


async def test_without_the_header_the_default_applies_after_the_probe() -> None:
    server = InFlightServer()
    async with make_async_client(server) as client:
        await asyncio.gather(*(client.call("retrieve_issue", issue_id=str(n)) for n in range(50)))
        assert client.concurrency_limit == 10
    assert 1 < server.peak <= 10


async def test_the_async_client_waits_for_the_window_instead_of_eating_a_429() -> None:
    clock = FakeClock()
    body = sample("issue_detail")
    served: list[float] = []
    rejected = 0

    async def handler(request: httpx.Request) -> httpx.Response:
        nonlocal rejected
        await asyncio.sleep(0)
        window = int(clock.now) // 10
        reset = (window + 1) * 10
        used = sum(1 for t in served if int(t) // 10 == window)
        if used >= 3:
            rejected += 1
            return json_response(
                429, {}, rate_headers(limit=3, remaining=0, reset=reset, concurrent=2)
            )
        served.append(clock.now)
        return json_response(
            200, body, rate_headers(limit=3, remaining=3 - used - 1, reset=reset, concurrent=2)
        )

    async with make_async_client(handler, clock, max_concurrency=2) as client:
        results = await asyncio.gather(
            *(client.call("retrieve_issue", issue_id=str(n)) for n in range(9))
        )
    assert all(r.success for r in results)
    assert len(served) == 9
    assert len({int(t) // 10 for t in served}) == 3, "three windows of three requests"
    assert rejected <= 2, "pacing keeps 429s to the few requests already in flight"


async def test_async_retries_use_the_injected_sleep() -> None:
    clock = FakeClock()
    script = Script(
        json_response(429, {}, {"Retry-After": "5"}), json_response(200, sample("issue_detail"))
    )
    async with make_async_client(script, clock) as client:
        result = await client.call("retrieve_issue", issue_id="1")
    assert result.success and clock.sleeps == [5.0] and result.attempts == 2


async def test_async_paginate_and_pages() -> None:
    server = PagedServer(230)
    async with make_async_client(server) as client:
        items = [
            item async for item in client.paginate("list_project_issues", project_id_or_slug="web")
        ]
        pages = [
            page
            async for page in client.pages(
                "list_project_issues", project_id_or_slug="web", max_results=150
            )
        ]
        collected = await client.call(
            "list_project_issues", project_id_or_slug="web", max_results=120
        )
    assert ids(items) == [str(1000 + n) for n in range(230)]
    assert [len(p.data) for p in pages] == [100, 50]
    assert pages[-1].next_cursor == "0:150:0"
    assert len(collected.data) == 120 and collected.next_cursor == "0:120:0"


async def test_async_paginate_raises_on_failure() -> None:
    script = Script(json_response(500, {"detail": "down"}))
    async with make_async_client(script, max_retries=0) as client:
        with pytest.raises(ServerError):
            async for _ in client.paginate("list_project_issues", project_id_or_slug="web"):
                pass


async def test_async_namespaces() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    async with make_async_client(script) as client:
        result = await client.issues.retrieve(issue_id="9")
    assert result.success and script.requests[0].url.path.endswith("/issues/9/")


async def test_async_transport_errors_become_results() -> None:
    script = Script(httpx.ReadTimeout("slow"))
    async with make_async_client(script, max_retries=1) as client:
        result = await client.call("retrieve_issue", issue_id="1")
    assert result.error_kind == "timeout" and script.count == 2


async def test_gate_unit() -> None:
    gate = ConcurrencyGate()
    assert gate.limit == 1  # probing until the server says
    gate.learn(RateLimit(concurrent_limit=5))
    assert gate.limit == 5
    capped = ConcurrencyGate(2)
    assert capped.limit == 1
    capped.learn(RateLimit(concurrent_limit=5))
    assert capped.limit == 2
    silent = ConcurrencyGate(4)
    silent.learn(None)  # an answer without the header: the caller's cap applies
    assert silent.limit == 4
    with pytest.raises(ValueError):
        ConcurrencyGate(0)


async def test_cancelled_waiters_do_not_leak_slots() -> None:
    gate = ConcurrencyGate(1)
    await gate.acquire()
    waiter = asyncio.ensure_future(gate.acquire())
    await asyncio.sleep(0)
    waiter.cancel()
    with pytest.raises(asyncio.CancelledError):
        await waiter
    gate.release()
    await asyncio.wait_for(gate.acquire(), 1)
    assert gate.in_flight == 1


def test_async_client_is_constructed_like_the_sync_one() -> None:
    client = AsyncSentryClient("x", region="de", organization="acme", max_concurrency=3)
    assert client.base_url == "https://de.sentry.io" and client.organization == "acme"
    assert client.concurrency_limit == 1  # until the first answer
    asyncio.run(client.aclose())

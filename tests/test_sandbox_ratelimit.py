"""Rate limits: the X-Sentry-Rate-Limit-* headers, 429 on the window and on concurrency."""

from __future__ import annotations

import asyncio
import time

import pytest
from sentry_api.sandbox import RateLimit, Sandbox
from sentry_api.sandbox.ratelimit import RateLimiter

HEADERS = (
    "X-Sentry-Rate-Limit-Limit",
    "X-Sentry-Rate-Limit-Remaining",
    "X-Sentry-Rate-Limit-Reset",
    "X-Sentry-Rate-Limit-ConcurrentLimit",
    "X-Sentry-Rate-Limit-ConcurrentRemaining",
)
URL = "/api/0/organizations/acme/"


class FakeClock:
    def __init__(self, now: float) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def test_fixed_window_counts_and_resets() -> None:
    clock = FakeClock(1_000.2)
    limiter = RateLimiter(RateLimit(requests=2, window=10, concurrent=5), clock=clock)
    first = limiter.acquire("t")
    limiter.release("t")
    assert first.allowed and dict(first.headers)["X-Sentry-Rate-Limit-Remaining"] == "1"
    # The window is aligned to the epoch, as Sentry's is: 1000..1010, reset at 1010.
    assert dict(first.headers)["X-Sentry-Rate-Limit-Reset"] == "1010"
    assert limiter.acquire("t").allowed
    limiter.release("t")
    refused = limiter.acquire("t")
    assert not refused.allowed
    assert refused.detail == (
        "You are attempting to use this endpoint too frequently. Limit is 2 requests in 10 seconds"
    )
    assert dict(refused.headers)["X-Sentry-Rate-Limit-Remaining"] == "0"
    clock.now = 1_010.0
    assert limiter.acquire("t").allowed


def test_concurrency_limit_and_peaks() -> None:
    limiter = RateLimiter(RateLimit(requests=100, window=1, concurrent=2), clock=FakeClock(5.0))
    assert limiter.acquire("t").allowed and limiter.acquire("t").allowed
    refused = limiter.acquire("t")
    assert not refused.allowed
    assert refused.detail == (
        "You are attempting to go above the allowed concurrency for this endpoint. "
        "Concurrency limit is 2"
    )
    limiter.release("t")
    assert limiter.acquire("t").allowed
    stats = limiter.stats("t")
    assert stats["peak_in_flight"] == 2 and stats["peak_attempted"] == 3
    assert stats["rejected_concurrent"] == 1 and stats["in_flight"] == 2


def test_every_response_carries_the_headers() -> None:
    sandbox = Sandbox()
    with sandbox.client() as client:
        for response in (
            client.get(URL),
            client.get("/api/0/organizations/nope/"),
            client.post("/api/0/organizations/acme/teams/", json={}),
        ):
            assert all(h in response.headers for h in HEADERS), response.status_code
        first, second = client.get(URL), client.get(URL)
    remaining = [int(r.headers["X-Sentry-Rate-Limit-Remaining"]) for r in (first, second)]
    assert remaining[0] - remaining[1] == 1
    assert int(first.headers["X-Sentry-Rate-Limit-Reset"]) >= int(time.time())


def test_window_limit_answers_429_per_token() -> None:
    sandbox = Sandbox(rate_limits={"limited": RateLimit(requests=3, window=60, concurrent=5)})
    sandbox.add_token("limited", ["org:read"])
    with sandbox.client(token="limited") as limited, sandbox.client() as other:
        statuses = [limited.get(URL).status_code for _ in range(4)]
        refused = limited.get(URL)
        assert other.get(URL).status_code == 200  # another token has its own budget
    assert statuses == [200, 200, 200, 429]
    assert refused.json()["detail"].endswith("Limit is 3 requests in 60 seconds")
    assert refused.headers["X-Sentry-Rate-Limit-Remaining"] == "0"
    assert refused.headers["X-Sentry-Rate-Limit-Limit"] == "3"
    assert sandbox.rate_limit_stats("limited")["rejected_window"] == 2


def test_window_resets_after_the_window() -> None:
    sandbox = Sandbox(rate_limit=RateLimit(requests=2, window=0.3, concurrent=5))
    with sandbox.client() as client:
        while client.get(URL).status_code == 200:
            pass
        time.sleep(0.35)
        assert client.get(URL).status_code == 200


async def test_concurrency_limit_answers_429_and_is_counted() -> None:
    sandbox = Sandbox(latency=0.1)
    sandbox.add_token("narrow", ["org:read"], rate_limit=RateLimit(1000, 1, concurrent=2))
    async with sandbox.async_client(token="narrow") as client:
        responses = await asyncio.gather(*(client.get(URL) for _ in range(5)))
    statuses = sorted(r.status_code for r in responses)
    assert statuses == [200, 200, 429, 429, 429]
    refused = next(r for r in responses if r.status_code == 429)
    assert "Concurrency limit is 2" in refused.json()["detail"]
    assert refused.headers["X-Sentry-Rate-Limit-ConcurrentLimit"] == "2"
    stats = sandbox.rate_limit_stats("narrow")
    # A refused request is never in flight, so the attempts peak at limit + 1.
    assert stats["peak_in_flight"] == 2 and stats["peak_attempted"] == 3
    assert stats["rejected_concurrent"] == 3 and stats["in_flight"] == 0


async def test_latency_is_added_to_each_request() -> None:
    sandbox = Sandbox(latency=0.05)
    async with sandbox.async_client() as client:
        started = time.perf_counter()
        await asyncio.gather(*(client.get(URL) for _ in range(4)))
        elapsed = time.perf_counter() - started
    # Concurrent requests overlap their latency; four in a row would need 0.2 s.
    assert 0.05 <= elapsed < 0.19


def test_rate_limit_configuration_is_validated() -> None:
    with pytest.raises(ValueError):
        RateLimit(requests=-1)
    with pytest.raises(ValueError):
        RateLimit(window=0)

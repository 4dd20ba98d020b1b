"""Test doubles for the wrapper's unit tests (tests/test_wrapper_*.py): a fake clock, scripted
``httpx.MockTransport`` servers, and realistic response bodies taken from the sandbox."""

from __future__ import annotations

import asyncio
import functools
import json
import random
from collections.abc import Callable, Iterable
from typing import Any

import httpx
from sentry_api import AsyncSentryClient, SentryClient

# Deliberately not token-shaped (no sntrys_/sntryu_ prefix, not 64 hex): tests look for it in
# every repr, log line and error, so it must be distinctive.
TOKEN = "wrapper-test-secret-7Hq2Zx"
ORG = "acme"


class FakeClock:
    """Wall and monotonic time that only move when the client "sleeps"."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def wall(self) -> float:
        return self.now

    def mono(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        # Tasks sleeping at the same time wake at the same time: move the clock to this
        # sleeper's wake-up time (not by the sum of all sleeps), then let others run.
        wake = self.now + seconds
        self.sleeps.append(seconds)
        await asyncio.sleep(0)
        self.now = max(self.now, wake)


Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


class Script:
    """A server that answers with the given replies in order (the last one repeats).

    A reply is a response, an exception to raise (as a transport error would be), or a
    function of the request. Every request is recorded in ``requests``.
    """

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            if isinstance(reply, httpx.RequestError):
                reply.request = request
            raise reply
        if callable(reply) and not isinstance(reply, httpx.Response):
            return reply(request)
        return reply

    @property
    def count(self) -> int:
        return len(self.requests)


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"Content-Type": "application/json", **(headers or {})},
    )


def rate_headers(
    *,
    limit: int = 40,
    remaining: int = 39,
    reset: float,
    concurrent: int = 25,
    concurrent_remaining: int = 24,
) -> dict[str, str]:
    return {
        "X-Sentry-Rate-Limit-Limit": str(limit),
        "X-Sentry-Rate-Limit-Remaining": str(remaining),
        "X-Sentry-Rate-Limit-Reset": str(int(reset)),
        "X-Sentry-Rate-Limit-ConcurrentLimit": str(concurrent),
        "X-Sentry-Rate-Limit-ConcurrentRemaining": str(concurrent_remaining),
    }


def link_header(url: str, next_cursor: str | None, results: bool) -> str:
    prev = f'<{url}?cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1"'
    cursor = next_cursor or "0:0:0"
    more = "true" if results else "false"
    nxt = f'<{url}?cursor={cursor}>; rel="next"; results="{more}"; cursor="{cursor}"'
    return f"{prev}, {nxt}"


def make_client(
    handler: Callable[[httpx.Request], httpx.Response],
    clock: FakeClock | None = None,
    **options: Any,
) -> SentryClient:
    clock = clock or FakeClock()
    options.setdefault("organization", ORG)
    return SentryClient(
        options.pop("token", TOKEN),
        transport=httpx.MockTransport(handler),
        clock=clock.mono,
        wall_clock=clock.wall,
        sleep=clock.sleep,
        rng=random.Random(7),
        **options,
    )


def make_async_client(
    handler: Callable[[httpx.Request], Any],
    clock: FakeClock | None = None,
    **options: Any,
) -> AsyncSentryClient:
    clock = clock or FakeClock()
    options.setdefault("organization", ORG)
    return AsyncSentryClient(
        options.pop("token", TOKEN),
        transport=httpx.MockTransport(handler),
        clock=clock.mono,
        wall_clock=clock.wall,
        sleep=clock.asleep,
        rng=random.Random(7),
        **options,
    )


# --------------------------------------------------------------------------- sample bodies


@functools.lru_cache(maxsize=1)
def _samples() -> dict[str, Any]:
    """Real-shaped JSON for a few operations, rendered once by the sandbox."""
    from sentry_api.sandbox import Sandbox

    sandbox = Sandbox()
    try:
        with sandbox.client() as http:
            issues = http.get("/api/0/projects/acme/web/issues/", params={"query": ""}).json()
            issue_id = issues[0]["id"]
            return {
                "issues": issues,
                "issue_detail": http.get(f"/api/0/organizations/acme/issues/{issue_id}/").json(),
                "events": http.get(f"/api/0/organizations/acme/issues/{issue_id}/events/").json(),
                "organization": http.get("/api/0/organizations/acme/").json(),
                "team": http.get("/api/0/organizations/acme/teams/").json()[0],
                "release": http.get("/api/0/organizations/acme/releases/").json()[0],
            }
    finally:
        sandbox.close()


def sample(name: str) -> Any:
    """A deep copy of one sample body: ``issues``, ``issue_detail``, ``events``,
    ``organization``, ``team``, ``release``."""
    return json.loads(json.dumps(_samples()[name]))


def issues_page(count: int, start: int = 0) -> list[dict[str, Any]]:
    """``count`` distinct issues (ids ``start``..), shaped like Sentry's list answer."""
    template = sample("issues")[0]
    page = []
    for number in range(start, start + count):
        issue = json.loads(json.dumps(template))
        issue["id"] = str(1000 + number)
        issue["shortId"] = f"WEB-{number}"
        page.append(issue)
    return page


def ids(items: Iterable[Any]) -> list[str]:
    return [item.id if hasattr(item, "id") else item["id"] for item in items]


class PagedServer:
    """A list of ``total`` issues served in pages like Sentry does (``cursor=0:<offset>:0``).

    ``honour_size=False`` ignores per_page/limit (always ``default_size`` per page), the case
    where the client must fall back to a composite cursor. ``repeat_cursor`` makes every next
    link point at the same cursor (a server-side loop).
    """

    def __init__(
        self,
        total: int,
        *,
        default_size: int = 100,
        honour_size: bool = True,
        size_param: str = "limit",
        repeat_cursor: bool = False,
    ) -> None:
        self.items = issues_page(total)
        self.default_size = default_size
        self.honour_size = honour_size
        self.size_param = size_param
        self.repeat_cursor = repeat_cursor
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        cursor = request.url.params.get("cursor") or "0:0:0"
        offset = int(cursor.split(":")[1])
        size = self.default_size
        if self.honour_size and self.size_param in request.url.params:
            size = int(request.url.params[self.size_param])
        page = self.items[offset : offset + size]
        nxt = offset if self.repeat_cursor else offset + size
        more = self.repeat_cursor or nxt < len(self.items)
        url = str(request.url.copy_with(query=None))
        return json_response(200, page, {"Link": link_header(url, f"0:{nxt}:0", more)})

"""Sentry's two rate limits — requests per fixed window and requests in flight — per token.

Sentry counts a fixed window aligned to the epoch (``floor(now / window) * window``), rejects a
request once the count in the window passes the limit, and separately rejects a request when
too many of the caller's requests are already running. Both answer 429 and every response
carries the ``X-Sentry-Rate-Limit-*`` headers. The counters here behave the same way, and also
record what a benchmark needs to know: the largest number of requests that were ever in flight
at once, and how many were turned away.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_MESSAGE = (
    "You are attempting to use this endpoint too frequently. Limit is {limit} requests in "
    "{window} seconds"
)
CONCURRENT_MESSAGE = (
    "You are attempting to go above the allowed concurrency for this endpoint. "
    "Concurrency limit is {limit}"
)


_MIN_WINDOW = 0.001
_MAX_WINDOW = 1_000_000_000.0


@dataclass(frozen=True)
class RateLimit:
    """Limits for one token: ``requests`` per ``window`` seconds, ``concurrent`` in flight.

    The defaults are generous so demos, tests and benchmarks never meet them by accident.
    """

    requests: int = 100_000
    window: float = 1.0
    concurrent: int = 1_000

    def __post_init__(self) -> None:
        if self.requests < 0 or self.concurrent < 0:
            raise ValueError("rate limits cannot be negative")
        if self.window <= 0:
            raise ValueError("the window must be longer than zero seconds")
        # Shorter or longer windows (1e-300, 1e300, inf) only overflow the arithmetic of the
        # rate-limit headers: every request using them would fail with a 500.
        if not _MIN_WINDOW <= self.window <= _MAX_WINDOW:
            raise ValueError(
                f"the window must be between {_MIN_WINDOW:g} and {_MAX_WINDOW:,.0f} seconds"
            )

    def window_text(self) -> str:
        return str(int(self.window)) if float(self.window).is_integer() else str(self.window)


@dataclass
class Usage:
    """Counters for one key (a token, or a client address for unauthenticated calls)."""

    window_start: float = -1.0
    count: int = 0
    in_flight: int = 0
    peak_in_flight: int = 0
    peak_attempted: int = 0
    requests: int = 0
    rejected_window: int = 0
    rejected_concurrent: int = 0


@dataclass(frozen=True)
class Decision:
    allowed: bool
    headers: tuple[tuple[str, str], ...]
    detail: str | None = None


class RateLimiter:
    def __init__(
        self, default: RateLimit | None = None, clock: Callable[[], float] = time.time
    ) -> None:
        self.default = default or RateLimit()
        self._clock = clock
        self._limits: dict[str, RateLimit] = {}
        self._usage: dict[str, Usage] = {}
        # A plain lock, never held across an await: the in-process transport and the server
        # may run the app on different event loops, so asyncio primitives would not do.
        self._lock = threading.Lock()

    def configure(self, key: str, limit: RateLimit | None) -> None:
        with self._lock:
            if limit is None:
                self._limits.pop(key, None)
            else:
                self._limits[key] = limit

    def limit_for(self, key: str) -> RateLimit:
        return self._limits.get(key, self.default)

    def acquire(self, key: str) -> Decision:
        """Count one request for ``key``. When allowed, :meth:`release` must follow."""
        limit = self.limit_for(key)
        now = self._clock()
        with self._lock:
            usage = self._usage.setdefault(key, Usage())
            window_start = math.floor(now / limit.window) * limit.window
            if window_start != usage.window_start:
                usage.window_start, usage.count = window_start, 0
            usage.requests += 1
            usage.count += 1  # Sentry's counter is incremented before it is compared.
            usage.peak_attempted = max(usage.peak_attempted, usage.in_flight + 1)
            reset = int(math.ceil(window_start + limit.window))
            if usage.count > limit.requests:
                usage.rejected_window += 1
                detail = WINDOW_MESSAGE.format(limit=limit.requests, window=limit.window_text())
                return Decision(False, self._headers(limit, 0, reset, usage.in_flight), detail)
            if usage.in_flight >= limit.concurrent:
                usage.rejected_concurrent += 1
                detail = CONCURRENT_MESSAGE.format(limit=limit.concurrent)
                remaining = limit.requests - usage.count
                return Decision(
                    False, self._headers(limit, remaining, reset, usage.in_flight), detail
                )
            usage.in_flight += 1
            usage.peak_in_flight = max(usage.peak_in_flight, usage.in_flight)
            remaining = limit.requests - usage.count
            return Decision(True, self._headers(limit, remaining, reset, usage.in_flight))

    def release(self, key: str) -> None:
        with self._lock:
            usage = self._usage.get(key)
            if usage is not None and usage.in_flight > 0:
                usage.in_flight -= 1

    @staticmethod
    def _headers(
        limit: RateLimit, remaining: int, reset: int, in_flight: int
    ) -> tuple[tuple[str, str], ...]:
        return (
            ("X-Sentry-Rate-Limit-Limit", str(limit.requests)),
            ("X-Sentry-Rate-Limit-Remaining", str(max(remaining, 0))),
            ("X-Sentry-Rate-Limit-Reset", str(reset)),
            ("X-Sentry-Rate-Limit-ConcurrentLimit", str(limit.concurrent)),
            ("X-Sentry-Rate-Limit-ConcurrentRemaining", str(max(limit.concurrent - in_flight, 0))),
        )

    def stats(self, key: str) -> dict[str, int]:
        """Counters for ``key``: requests, rejections, and peaks of requests in flight.

        ``peak_attempted`` counts a request that arrived while others were running even when it
        was then refused, so "never more than C in flight" is ``peak_attempted <= C``.
        """
        with self._lock:
            usage = self._usage.get(key, Usage())
            return {
                "requests": usage.requests,
                "in_flight": usage.in_flight,
                "peak_in_flight": usage.peak_in_flight,
                "peak_attempted": usage.peak_attempted,
                "rejected_window": usage.rejected_window,
                "rejected_concurrent": usage.rejected_concurrent,
            }

    def keys(self) -> list[str]:
        with self._lock:
            return list(self._usage)

    def reset_counters(self, key: str | None = None) -> None:
        """Forget usage (not configuration), for one key or all of them."""
        with self._lock:
            for name in [key] if key is not None else list(self._usage):
                old = self._usage.get(name)
                if old is not None:
                    # Requests still running will call release(); keep them counted.
                    self._usage[name] = Usage(in_flight=old.in_flight)

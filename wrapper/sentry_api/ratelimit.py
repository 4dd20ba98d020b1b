"""Sentry's rate-limit headers, and the client-side pacing that keeps us under them.

Every Sentry response carries ``X-Sentry-Rate-Limit-Limit`` / ``-Remaining`` / ``-Reset`` (the
requests allowed in the current fixed window, how many are left, and the window's end as Unix
seconds) and ``-ConcurrentLimit`` / ``-ConcurrentRemaining`` (requests allowed in flight). A 429
may add ``Retry-After``. :func:`parse_rate_limit` reads them into :class:`RateLimit`, which every
``Result`` carries.

Two sans-IO helpers use them; the sync and async clients only do the sleeping:

* :class:`Pacer` - once a window is known to be used up, wait for its reset instead of sending
  a request that can only earn a 429. It counts requests sent after the last response it saw,
  so a burst of concurrent requests does not all read the same stale ``Remaining``.
* :class:`ConcurrencyGate` (async only) - never more requests in flight than the caller's cap or
  the server's ``ConcurrentLimit``, whichever is lower. Until the first answer has told us the
  server's limit it lets one request through as a probe, so the very first burst of
  ``asyncio.gather`` cannot overrun a limit we have not learned yet.
"""

from __future__ import annotations

import collections
import email.utils
import math
import threading
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:  # the sync client never needs asyncio
    import asyncio

__all__ = ["ConcurrencyGate", "Pacer", "RateLimit", "parse_rate_limit", "parse_retry_after"]

_PREFIX = "x-sentry-rate-limit-"
# Used when the server never sends ConcurrentLimit (a proxy stripped it, or not Sentry at all)
# and the caller set no cap: the size of httpx's default keep-alive pool.
DEFAULT_CONCURRENCY = 10


@attrs.frozen(slots=True)
class RateLimit:
    """The ``X-Sentry-Rate-Limit-*`` values of one response (``None`` when not sent)."""

    limit: int | None = None
    remaining: int | None = None
    reset: int | None = None  # Unix seconds at which the window ends
    concurrent_limit: int | None = None
    concurrent_remaining: int | None = None
    retry_after: float | None = None  # seconds, from a Retry-After header

    @property
    def exhausted(self) -> bool:
        return self.remaining is not None and self.remaining <= 0

    def to_dict(self) -> dict[str, Any]:
        return {
            "limit": self.limit,
            "remaining": self.remaining,
            "reset": self.reset,
            "concurrent_limit": self.concurrent_limit,
            "concurrent_remaining": self.concurrent_remaining,
            "retry_after": self.retry_after,
        }


_FIELDS = {
    "limit": "limit",
    "remaining": "remaining",
    "reset": "reset",
    "concurrentlimit": "concurrent_limit",
    "concurrentremaining": "concurrent_remaining",
}


# The raw (lower-cased) header names read above, and the RateLimit field each fills.
_RAW_FIELDS = {(_PREFIX + k).encode("latin-1"): v for k, v in _FIELDS.items()}
_RAW_FIELDS[b"retry-after"] = "retry_after"


def _int(value: str) -> int | None:
    if value.isascii() and value.isdigit() and len(value) < 19:
        return int(value)  # what Sentry sends: plain digits (int() of them is exact)
    try:
        number = float(value.strip())
    except ValueError:
        return None
    # "1e999" parses as infinity and "nan" as NaN: neither is a count or a time.
    return int(number) if math.isfinite(number) else None


def parse_retry_after(value: str, now: float) -> float | None:
    """Seconds to wait from a ``Retry-After`` value: delta-seconds or an HTTP date."""
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when is None:
            return None
        return max(0.0, when.timestamp() - now)
    return seconds if math.isfinite(seconds) and seconds >= 0 else None


def parse_rate_limit(headers: Any, now: float) -> RateLimit | None:
    """Read the rate-limit headers from an ``httpx.Headers`` (or a plain mapping).

    Returns ``None`` when the response carries none of them, so ``Result.rate_limit`` is
    ``None`` for non-Sentry answers rather than a record full of ``None``.
    """
    found: dict[str, Any] = {}
    raw = getattr(headers, "raw", None)
    if isinstance(raw, list):
        # httpx.Headers: scan the raw byte pairs once, decoding only the values we want.
        for key, value in raw:
            name = _RAW_FIELDS.get(key.lower())  # one lookup per header: most are not ours
            if name is None:
                continue
            if name == "retry_after":
                found[name] = parse_retry_after(value.decode("latin-1"), now)
            else:
                found[name] = _int(value.decode("latin-1"))
    else:
        for key, value in _lower_items(headers):
            if key.startswith(_PREFIX):
                name = _FIELDS.get(key[len(_PREFIX) :])
                if name is not None:
                    found[name] = _int(value)
            elif key == "retry-after":
                found["retry_after"] = parse_retry_after(value, now)
    return RateLimit(**found) if found else None


def _lower_items(headers: Mapping[str, str]) -> list[tuple[str, str]]:
    return [(k.lower(), v) for k, v in headers.items()]


class Pacer:
    """Tracks the current rate-limit window and says how long to wait before the next send.

    Not tied to any I/O: the client calls :meth:`delay` before a request (sleeping for the
    answer, then asking again), :meth:`sent` when it sends, and :meth:`observe` with each
    response's :class:`RateLimit` and the sequence number :meth:`sent` returned. Safe to
    share across threads: each method reads and updates the window under one lock (a window
    that ends between a check and a comparison would otherwise be compared as ``None``).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._sent = 0  # requests sent so far (a sequence number)
        self._reset: float | None = None  # end of the window we know about
        self._remaining = 0  # Remaining reported for that window...
        self._seq = 0  # ...by the response to the request with this sequence number

    def available(self) -> int | None:
        """Requests we may still send in the known window (``None``: no window known)."""
        with self._lock:
            return self._available()

    def _available(self) -> int | None:
        if self._reset is None:
            return None
        # Requests sent after the one that reported `Remaining` are not counted in it yet.
        return self._remaining - (self._sent - self._seq)

    def delay(self, now: float) -> float:
        """Seconds to wait before sending (0 = go now)."""
        with self._lock:
            if self._reset is None:
                return 0.0
            if now >= self._reset:
                self._reset = None  # the window is over; the next response starts a new one
                return 0.0
            left = self._available()
            return 0.0 if left is None or left > 0 else self._reset - now

    def sent(self) -> int:
        with self._lock:
            self._sent += 1
            return self._sent

    def observe(self, rate_limit: RateLimit | None, seq: int) -> None:
        if rate_limit is None or rate_limit.remaining is None or rate_limit.reset is None:
            return
        with self._lock:
            self._observe(float(rate_limit.reset), rate_limit.remaining, seq)

    def _observe(self, reset: float, remaining: int, seq: int) -> None:
        if self._reset is None or reset > self._reset:
            self._reset, self._remaining, self._seq = reset, remaining, seq
        elif reset == self._reset:
            # Answers from one window arrive out of order: keep whichever leaves fewer requests.
            current = self._remaining - (self._sent - self._seq)
            if remaining - (self._sent - seq) < current:
                self._remaining, self._seq = remaining, seq


class ConcurrencyGate:
    """An asyncio semaphore whose size follows the server's ``ConcurrentLimit``.

    ``cap`` is the caller's ``max_concurrency`` (``None``: only the server's limit). The
    effective limit is the lower of the two. Until the first answer arrives it is 1: a burst
    sent before the server's limit is known could overrun it, whatever the caller's cap.
    """

    def __init__(self, cap: int | None = None) -> None:
        if cap is not None and (isinstance(cap, bool) or not isinstance(cap, int) or cap < 1):
            raise ValueError(f"max_concurrency must be a positive integer, got {cap!r}")
        self._cap = cap
        self._server: int | None = None
        self._learned = False
        self._in_flight = 0
        self._waiters: collections.deque[asyncio.Future[None]] = collections.deque()

    @property
    def limit(self) -> int:
        if self._server is not None:
            return max(1, min(self._server, self._cap or self._server))
        if not self._learned:
            return 1  # probe: the first answer tells us the server's limit
        return self._cap if self._cap is not None else DEFAULT_CONCURRENCY

    @property
    def in_flight(self) -> int:
        return self._in_flight

    async def acquire(self) -> None:
        import asyncio

        while self._in_flight >= self.limit:
            waiter: asyncio.Future[None] = asyncio.get_running_loop().create_future()
            self._waiters.append(waiter)
            try:
                await waiter
            except asyncio.CancelledError:
                if waiter in self._waiters:
                    self._waiters.remove(waiter)
                self._wake()  # pass on a wake-up this task can no longer use
                raise
        self._in_flight += 1

    def release(self) -> None:
        self._in_flight -= 1
        self._wake()

    def learn(self, rate_limit: RateLimit | None) -> None:
        """Adopt the server's ``ConcurrentLimit`` from a response (once seen, it sticks)."""
        limit = None if rate_limit is None else rate_limit.concurrent_limit
        if limit is not None and limit > 0:
            self._server = limit
        self._learned = True
        self._wake()

    def _wake(self) -> None:
        free = self.limit - self._in_flight
        while free > 0 and self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                free -= 1

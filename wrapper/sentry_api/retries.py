"""When to retry a request, and how long to wait first. Built on tenacity.

Why tenacity: it is the most widely used retry library for Python, it composes retry/stop/wait
policies, and - what ruled the choice - its ``wait`` is any callable of the retry state, so it
can honour a wait the *server* names: the ``X-Sentry-Rate-Limit-Reset`` (Unix seconds) or
``Retry-After`` of the last 429. stamina was the other candidate; its waits are computed from
the attempt number only (``wait_initial``/``wait_max``/``wait_jitter``), with no hook that sees
the response, so it would have to be bypassed exactly where Sentry's rate limits matter.

How it is driven: the client does not let tenacity call a function or sleep. It uses
tenacity's step API - ``Retrying.iter(retry_state)`` answers ``DoAttempt``, ``DoSleep(seconds)``
or the final outcome - so one retry loop, written once in ``client.py``, serves both the sync
client (``time.sleep``) and the async one (``asyncio.sleep``), and tests inject a fake clock
and sleep without any real waiting. Every attempt's outcome is a value (:class:`Attempt`: a
response or a transport exception), never a raised exception, so tenacity never raises either.

The policy (see :func:`retry_reason`):

* 429: retried for every method - the server refused the request, nothing happened. The wait
  is what the server asked for (``Retry-After``, else ``X-Sentry-Rate-Limit-Reset`` when the
  window is used up); a 429 for the concurrency limit, or one with no hint, backs off.
* 500, 502, 503, 504, timeouts, connection errors: retried for GET/HEAD/PUT/DELETE/OPTIONS
  (idempotent) with exponential backoff and full jitter (AWS's "full jitter": a uniform draw
  between 0 and ``min(backoff_max, backoff_base * 2**n)``); a 503's ``Retry-After`` is honoured.
* POST (and PATCH) only when the request was never sent: ``httpx.ConnectError``,
  ``ConnectTimeout``, ``PoolTimeout`` or a proxy failure. After a 5xx or a read timeout the
  server may have acted on it, and creating a release or inviting a member twice is worse
  than reporting a failure.
* At most ``max_retries`` retries, and never more than ``max_retry_wait`` seconds of waiting in
  total: a wait that would overrun the budget is not started (a partial wait would only earn
  another 429); the result says how long it waited, how many times, and why it stopped.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
import httpx

if TYPE_CHECKING:  # imported when the first retry happens: most calls never need it
    import tenacity

from sentry_api.ratelimit import RateLimit, parse_retry_after

__all__ = [
    "IDEMPOTENT_METHODS",
    "RETRY_STATUSES",
    "Attempt",
    "RetryPolicy",
    "RetryTracker",
    "build_retrying",
    "retry_reason",
    "server_wait",
]

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
RETRY_STATUSES = frozenset({500, 502, 503, 504})
# Transport errors raised before any byte of the request can have reached the server.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout, httpx.ProxyError)
# Transport errors worth another try for an idempotent request.
_TRANSIENT = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
    httpx.ProxyError,
)


@attrs.frozen(slots=True)
class RetryPolicy:
    """How persistent the client is. ``max_retries=0`` disables retrying."""

    max_retries: int = 3
    max_retry_wait: float = 60.0
    backoff_base: float = 0.5
    backoff_max: float = 8.0

    def __attrs_post_init__(self) -> None:
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise TypeError("max_retries must be an integer")
        if self.max_retries < 0:
            raise ValueError("max_retries cannot be negative")
        if not self.max_retry_wait >= 0:  # also rejects NaN
            raise ValueError("max_retry_wait cannot be negative")
        if not (self.backoff_base >= 0 and self.backoff_max >= 0):
            raise ValueError("backoff times cannot be negative")


@attrs.define(slots=True)
class Attempt:
    """One attempt's outcome: a response, or the transport error that replaced it."""

    method: str
    response: httpx.Response | None = None
    error: Exception | None = None
    duration: float = 0.0
    rate_limit: RateLimit | None = None  # parsed once from the response headers
    paced: float = 0.0  # seconds waited for a rate-limit window before sending


def retry_reason(attempt: Attempt) -> str | None:
    """Why ``attempt`` should be retried (a short phrase), or ``None`` if it is final."""
    response = attempt.response
    if response is not None:
        status = response.status_code
        if status == 429:
            return "rate limited (429)"
        if status in RETRY_STATUSES and attempt.method in IDEMPOTENT_METHODS:
            return f"server error ({status})"
        return None
    error = attempt.error
    if isinstance(error, _NOT_SENT):
        return f"connection failed ({type(error).__name__})"
    if isinstance(error, _TRANSIENT) and attempt.method in IDEMPOTENT_METHODS:
        return f"{type(error).__name__}"
    return None


def server_wait(response: httpx.Response, now: float) -> float | None:
    """The wait the server asked for, in seconds, or ``None`` if it named none.

    ``Retry-After`` wins when present. Otherwise ``X-Sentry-Rate-Limit-Reset`` counts only when
    the window is used up (``Remaining`` 0 or absent): Sentry sends the same headers on a 429
    for the *concurrency* limit, where the window still has room and waiting for its end
    would be wasted time.
    """
    headers = response.headers
    retry_after = headers.get("retry-after")
    if retry_after is not None:
        seconds = parse_retry_after(retry_after, now)
        if seconds is not None:
            return seconds
    if response.status_code != 429:
        return None
    reset = headers.get("x-sentry-rate-limit-reset")
    remaining = headers.get("x-sentry-rate-limit-remaining")
    if reset is None:
        return None
    try:
        reset_at = float(reset)
        left_value = None if remaining is None else float(remaining)
    except ValueError:
        return None
    if not math.isfinite(reset_at) or (left_value is not None and not math.isfinite(left_value)):
        return None  # a nonsense header: fall back to backoff
    if left_value is not None and left_value > 0:
        return None
    return max(0.0, reset_at - now)


class RetryTracker:
    """Per-call bookkeeping shared by tenacity's ``wait`` and ``stop`` callables.

    It memoises the wait for each attempt so ``stop`` (which must know the coming wait to
    respect the budget) and ``wait`` agree even with jitter, whatever order a tenacity version
    calls them in; and it remembers why retrying stopped, for the error message.
    """

    __slots__ = ("_memo", "policy", "rng", "stop_reason", "wall_clock", "wanted")

    def __init__(
        self, policy: RetryPolicy, wall_clock: Callable[[], float], rng: random.Random
    ) -> None:
        self.policy = policy
        self.wall_clock = wall_clock
        self.rng = rng
        self._memo: tuple[int, float] | None = None
        self.stop_reason: str | None = None
        self.wanted: float | None = None  # the last wait asked for (server-given or backoff)

    def next_wait(self, state: tenacity.RetryCallState) -> float:
        number = state.attempt_number
        if self._memo is not None and self._memo[0] == number:
            return self._memo[1]
        wait = None
        outcome = state.outcome
        attempt = outcome.result() if outcome is not None and not outcome.failed else None
        if isinstance(attempt, Attempt) and attempt.response is not None:
            wait = server_wait(attempt.response, self.wall_clock())
        if wait is None:
            ceiling = min(self.policy.backoff_max, self.policy.backoff_base * 2 ** (number - 1))
            wait = self.rng.uniform(0, ceiling)
        self._memo = (number, wait)
        self.wanted = wait
        return wait

    def should_stop(self, state: tenacity.RetryCallState) -> bool:
        if state.attempt_number > self.policy.max_retries:
            self.stop_reason = "retries"
            return True
        wait = self.next_wait(state)
        if state.idle_for + wait > self.policy.max_retry_wait:
            self.stop_reason = "budget"
            return True
        return False


def _tracker(state: tenacity.RetryCallState) -> RetryTracker:
    tracker = state.kwargs["tracker"]
    assert isinstance(tracker, RetryTracker)
    return tracker


def _should_retry(state: tenacity.RetryCallState) -> bool:
    outcome = state.outcome
    if outcome is None or outcome.failed:
        return False
    attempt = outcome.result()
    return isinstance(attempt, Attempt) and retry_reason(attempt) is not None


def _final_outcome(state: tenacity.RetryCallState) -> Any:
    # Called by tenacity when `stop` says so: hand back the last attempt instead of raising.
    outcome = state.outcome
    assert outcome is not None
    return outcome.result()


def _no_sleep(seconds: float) -> None:  # pragma: no cover - the client does its own sleeping
    raise RuntimeError("the client drives tenacity step by step and sleeps itself")


def build_retrying() -> tenacity.Retrying:
    """A tenacity controller for the client's step-by-step loop (see the module docstring).

    It holds no per-call state: the :class:`RetryTracker` travels in the ``RetryCallState``'s
    ``kwargs``, so one controller serves every call, thread and task of a client.
    """
    import tenacity

    return tenacity.Retrying(
        retry=_should_retry,
        wait=lambda state: _tracker(state).next_wait(state),
        stop=lambda state: _tracker(state).should_stop(state),
        retry_error_callback=_final_outcome,
        sleep=_no_sleep,
        reraise=False,
    )


def new_call_state(retrying: tenacity.Retrying, tracker: RetryTracker) -> tenacity.RetryCallState:
    """Fresh per-call retry state; ``begin()`` resets the controller's (thread-local) statistics,
    which tenacity updates on every sleep."""
    import tenacity

    retrying.begin()
    return tenacity.RetryCallState(retrying, fn=None, args=(), kwargs={"tracker": tracker})

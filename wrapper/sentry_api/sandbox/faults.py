"""Fault injection: make chosen operations fail the ways real networks and gateways fail.

A rule names an operation (or ``"*"`` for every operation), a fault kind, and when it fires:
the next ``times`` calls, a ``rate`` (a probability drawn from a seeded RNG, so runs repeat),
or both (at most ``times`` calls, each with probability ``rate``). With neither, the rule fires
once. Rules are checked before authentication and rate limiting, like a load balancer failing
in front of Sentry; a faulted call never reaches the handler, so it changes no state — except
``missing_fields`` and ``repeat_cursor``, which alter a real answer on its way out.
"""

from __future__ import annotations

import math
import random
import threading
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any

from .util import dumps, stable_hex

FAULT_KINDS: dict[str, str] = {
    "500": "500 with Sentry's JSON error body",
    "502": "502 with a JSON error body",
    "503": "503 with a JSON error body",
    "504": "504 with a JSON error body",
    "html": "an HTML error page (status 502 unless `status` is given)",
    "invalid_json": "a body that is not valid JSON (status 200 unless `status` is given)",
    "empty": "an empty body (status 200 unless `status` is given)",
    "429": "429 with the X-Sentry-Rate-Limit-* headers, Reset `seconds` ahead (default 1)",
    "429_no_reset": "429 with no rate-limit headers and no Retry-After",
    "429_retry_after": "429 with only a Retry-After header of `seconds` (default 1)",
    "hang": "no answer for `seconds` (default 30), or until the client gives up",
    "drop": "the connection is closed without any response",
    "reset": "the connection is reset (TCP RST) without any response",
    "missing_fields": "the real answer with every object emptied of its fields",
    "repeat_cursor": "the real answer with a Link whose next cursor repeats the current one",
}
# Kinds that change a real response rather than replace it.
POST_KINDS = frozenset({"missing_fields", "repeat_cursor"})
CONNECTION_KINDS = frozenset({"hang", "drop", "reset"})
DEFAULT_HANG_SECONDS = 30.0
_DEFAULT_STATUS = {"html": 502, "invalid_json": 200, "empty": 200}
_ERROR_DETAIL = {
    "500": "Internal Error",
    "502": "Bad Gateway",
    "503": "Service Unavailable",
    "504": "Gateway Timeout",
}
_HTML_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} Error</title></head>\n"
    "<body><h1>{status} Error</h1><p>The server encountered a temporary error and could not "
    "complete your request.</p><p>Please try again in 30 seconds.</p></body></html>\n"
)


@dataclass
class FaultRule:
    id: int
    operation: str
    kind: str
    times: int | None
    rate: float | None
    seconds: float | None
    status: int | None
    hits: int = 0

    @property
    def hang_seconds(self) -> float:
        return DEFAULT_HANG_SECONDS if self.seconds is None else self.seconds

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class CannedResponse:
    status: int
    headers: tuple[tuple[str, str], ...]
    body: bytes


class FaultInjector:
    def __init__(self, operations: Iterable[str] | None = None, seed: int = 0) -> None:
        self._known = frozenset(operations) if operations is not None else None
        self._rules: list[FaultRule] = []
        self._next_id = 1
        self._rng = random.Random(seed)
        self._lock = threading.Lock()

    def add(
        self,
        operation: str,
        kind: str,
        *,
        times: int | None = None,
        rate: float | None = None,
        seconds: float | None = None,
        status: int | None = None,
    ) -> FaultRule:
        """Add a rule; see the module docstring for how ``times`` and ``rate`` combine."""
        kind = str(kind)
        if kind not in FAULT_KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; known: {', '.join(FAULT_KINDS)}")
        if operation != "*" and self._known is not None and operation not in self._known:
            raise ValueError(f"unknown operation {operation!r}")
        if times is not None and times < 1:
            raise ValueError("times must be at least 1")
        if rate is not None and not 0.0 < rate <= 1.0:
            raise ValueError("rate must be in (0, 1]")
        if seconds is not None and seconds < 0:
            raise ValueError("seconds cannot be negative")
        if status is not None and not 100 <= status <= 599:
            raise ValueError("status must be an HTTP status code")
        if times is None and rate is None:
            times = 1
        with self._lock:
            rule = FaultRule(self._next_id, operation, kind, times, rate, seconds, status)
            self._next_id += 1
            self._rules.append(rule)
        return rule

    def remove(self, rule_id: int) -> bool:
        with self._lock:
            before = len(self._rules)
            self._rules = [r for r in self._rules if r.id != rule_id]
            return len(self._rules) != before

    def clear(self, operation: str | None = None) -> int:
        """Remove every rule, or every rule for one operation; returns how many went."""
        with self._lock:
            before = len(self._rules)
            if operation is None:
                self._rules = []
            else:
                self._rules = [r for r in self._rules if r.operation != operation]
            return before - len(self._rules)

    def rules(self) -> list[FaultRule]:
        with self._lock:
            return list(self._rules)

    def __len__(self) -> int:
        return len(self._rules)

    def pick(self, operation: str) -> FaultRule | None:
        """The rule that fires for this call, if any; consumes one of its ``times``."""
        if not self._rules:  # the common case, checked without the lock
            return None
        with self._lock:
            for rule in self._rules:
                if rule.operation not in (operation, "*"):
                    continue
                if rule.rate is not None and self._rng.random() >= rule.rate:
                    continue
                rule.hits += 1
                if rule.times is not None:
                    rule.times -= 1
                    if rule.times == 0:
                        self._rules.remove(rule)
                return rule
        return None


def canned_response(rule: FaultRule, now: float | None = None) -> CannedResponse:
    """The response for a fault that replaces the answer entirely (not hang/drop/reset)."""
    kind = rule.kind
    if kind in _ERROR_DETAIL:
        body: dict[str, Any] = {"detail": _ERROR_DETAIL[kind]}
        if kind == "500":
            body["errorId"] = stable_hex("fault", rule.id, rule.hits)
        return CannedResponse(int(kind), (("Content-Type", "application/json"),), dumps(body))
    status = rule.status or _DEFAULT_STATUS.get(kind, 429)
    if kind == "html":
        page = _HTML_PAGE.format(status=status).encode()
        return CannedResponse(status, (("Content-Type", "text/html; charset=utf-8"),), page)
    if kind == "invalid_json":
        return CannedResponse(status, (("Content-Type", "application/json"),), b'{"id": "1", "ti')
    if kind == "empty":
        return CannedResponse(status, (("Content-Type", "application/json"),), b"")
    if kind.startswith("429"):
        return _too_many(rule, now if now is not None else time.time())
    raise ValueError(f"fault kind {kind!r} has no canned response")


def _too_many(rule: FaultRule, now: float) -> CannedResponse:
    seconds = 1.0 if rule.seconds is None else rule.seconds
    body = dumps(
        {
            "detail": "You are attempting to use this endpoint too frequently. Limit is 40 "
            "requests in 1 seconds"
        }
    )
    headers: list[tuple[str, str]] = [("Content-Type", "application/json")]
    if rule.kind == "429":
        headers += [
            ("X-Sentry-Rate-Limit-Limit", "40"),
            ("X-Sentry-Rate-Limit-Remaining", "0"),
            ("X-Sentry-Rate-Limit-Reset", str(math.ceil(now + seconds))),
            ("X-Sentry-Rate-Limit-ConcurrentLimit", "25"),
            ("X-Sentry-Rate-Limit-ConcurrentRemaining", "25"),
        ]
    elif rule.kind == "429_retry_after":
        headers.append(("Retry-After", str(max(0, math.ceil(seconds)))))
    return CannedResponse(429, tuple(headers), body)


def strip_fields(data: Any) -> Any:
    """``missing_fields``: keep the response's shape (object or list) but drop every field."""
    if isinstance(data, list):
        return [{} if isinstance(item, dict) else item for item in data]
    if isinstance(data, dict):
        return {}
    return data

"""One request: region discovery, rate-limit pacing, the send with its retries (tenacity,
driven step by step) and the interpretation of the final attempt, as a flow.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Container, Generator
from functools import partial
from typing import Any

import httpx

from sentry_api import audit as _audit
from sentry_api import pagination
from sentry_api.answers import Answers
from sentry_api.base_client import HttpClientT, whole_request_timeout
from sentry_api.errors import ErrorKind
from sentry_api.flow import NO_JSON, Action, Ahead, Exchange, Flow, Reply, Send, Sleep, evolve
from sentry_api.operations import ORG_PARAM, Operation, Prepared, get_operation, prepare
from sentry_api.ratelimit import parse_rate_limit
from sentry_api.regions import check_region_url
from sentry_api.result import Result
from sentry_api.retries import Attempt, RetryTracker, new_call_state, retry_reason

_log = logging.getLogger("sentry_api")
_DEBUG = logging.DEBUG

# The request extension that carries a call's own whole-request timeout (seconds or None).
_CALL_TIMEOUT = "sentry_api_timeout"


class Exchanges(Answers[HttpClientT]):
    """One request's life: routed to its region, paced, sent and retried, interpreted."""

    def _exchange_flow(
        self,
        prepared: Prepared,
        *,
        cursor: str | None = None,
        page_size: int | None = None,
        parse: bool = True,
        route: bool = True,
        request: httpx.Request | None = None,
        read_ahead_unless: Container[str] | None = None,
    ) -> Flow:
        """Route, pace, send with retries, and interpret one request; returns an Exchange.

        ``request``: the one announced earlier with ``Ahead`` (already built). With
        ``read_ahead_unless``, a page that has a next one announces that one's request before
        this one is decoded, unless its cursor is in the container (a repeated cursor).
        """
        op = prepared.operation
        if self._token is None and not self._gateway_auth:
            return Exchange(
                Result.failure(
                    ErrorKind.CONFIGURATION,
                    f"{op.operation_id}: no auth token; pass token= or set SENTRY_AUTH_TOKEN",
                    operation=op.operation_id,
                ),
                None,
                NO_JSON,
            )
        base = self._endpoint.base_url
        if route and self._endpoint.discover and prepared.organization is not None:
            found = yield from self._region_flow(prepared.organization)
            if isinstance(found, Result):
                return Exchange(found, None, NO_JSON)
            base = found
        if request is None:
            request = self._build_request(prepared, base, cursor, page_size)
        attempt, idle = yield from self._attempt(request, op, pace=True)
        credit = idle  # time already waited, toward the first retry's wait
        waited = attempt.paced
        tracker: RetryTracker | None = None
        state = None
        # Whether an attempt that may have reached Sentry's handler (a 5xx, a lost answer) was
        # retried: a DELETE's later 404 then most likely means that attempt did the deletion.
        maybe_done = False
        if retry_reason(attempt) is not None:
            # Slow path only: hand the first outcome to tenacity and let it drive the retries.
            from tenacity import DoSleep

            retrying = self._retrying()
            tracker = RetryTracker(self._policy, self._wall, self._rng)
            state = new_call_state(retrying, tracker)
            state.set_result(attempt)
            while True:
                decision: Any = retrying.iter(state)
                if isinstance(decision, DoSleep):
                    state.prepare_for_next_attempt()
                    # A reply read ahead sat `idle` seconds before the listing reached it:
                    # that much of the wait it asks for has passed already.
                    seconds, credit = max(0.0, float(decision) - credit), 0.0
                    if seconds > 0:
                        yield Sleep(seconds)
                    waited += seconds
                    maybe_done = maybe_done or _may_have_acted(attempt)
                    # No pacing here: the retry wait already follows what the server said.
                    attempt, _ = yield from self._attempt(
                        request, op, number=state.attempt_number, pace=False
                    )
                    state.set_result(attempt)
                else:
                    attempt = decision  # tenacity's verdict: the final attempt
                    break
        attempts = 1 if state is None else state.attempt_number
        ahead = None
        if read_ahead_unless is not None:
            ahead = self._next_request(prepared, base, attempt, page_size)
            if ahead is not None and ahead[0] not in read_ahead_unless:
                cursor, upcoming, started, started_at = ahead
                unused = partial(self._audit_unused, prepared, started, started_at)
                if not (yield Ahead(upcoming, unused)):
                    ahead = None  # the driver did not send it: the next page goes as usual
            else:
                ahead = None
        exchange = self._interpret(prepared, attempt, attempts, waited, tracker, parse)
        exchange.ahead = ahead
        exchange.idle = idle
        if maybe_done and op.method == "DELETE" and exchange.result.status_code == 404:
            return Exchange(_deleted_by_earlier_attempt(exchange.result), None, NO_JSON)
        return exchange

    def _next_request(
        self, prepared: Prepared, base: str, attempt: Attempt, page_size: int | None
    ) -> tuple[str, httpx.Request, float, float] | None:
        """The request for the page after this one (a 2xx promising more), and when it was
        built: ``(cursor, request, clock, wall clock)``; ``None`` also when the server allows
        no second request in flight (``X-Sentry-Rate-Limit-ConcurrentLimit`` below 2, or
        none left), which reading ahead would make the caller's own next call exceed."""
        response = attempt.response
        if response is None or not 200 <= response.status_code < 300:
            return None
        limits = attempt.rate_limit
        if limits is not None and (
            (limits.concurrent_limit is not None and limits.concurrent_limit < 2)
            or (limits.concurrent_remaining is not None and limits.concurrent_remaining < 1)
        ):
            return None
        nxt = pagination.next_page(response)
        if not nxt.more or nxt.cursor is None:
            return None
        request = self._build_request(prepared, base, nxt.cursor, page_size)
        return nxt.cursor, request, self._clock(), self._wall()

    def _deadline(self, request: httpx.Request) -> float | None:
        """When the attempt starting now must have received its last byte (the call's own
        ``timeout=``, marked on its requests, replaces the client's)."""
        whole: float | None = request.extensions.get(_CALL_TIMEOUT, self._whole_timeout)
        if whole is None:
            return None
        return time.monotonic() + whole

    def _pacing_delay(self, paced: float) -> float:
        """How long to wait before sending, given ``paced`` seconds already waited (0: go).

        A window that ends beyond the wait budget is not waited for: the request goes out and
        its 429 is then reported (or retried) like any other.
        """
        delay = self._pacer.delay(self._wall())
        if delay <= 0 or delay > self._policy.max_retry_wait - paced or paced > 3600:
            return 0.0
        _log.debug("rate-limit window used up; waiting %.2f s for it to reset", delay)
        return delay

    def _attempt(
        self, request: httpx.Request, op: Operation, number: int = 1, pace: bool = True
    ) -> Generator[Action, Any, tuple[Attempt, float]]:
        """One send; returns its Attempt and how long its reply, if read ahead, sat waiting."""
        reply: Reply = yield Send(request, pace)
        duration = reply.elapsed
        outcome = reply.outcome
        if isinstance(outcome, httpx.Response):
            rate_limit = parse_rate_limit(outcome.headers, self._wall())
            attempt = Attempt(
                op.method,
                response=outcome,
                duration=duration,
                rate_limit=rate_limit,
                paced=reply.paced,
            )
            self._pacer.observe(rate_limit, reply.seq)
            status: Any = outcome.status_code
        else:
            attempt = Attempt(op.method, error=outcome, duration=duration, paced=reply.paced)
            status = type(outcome).__name__
        if _log.isEnabledFor(_DEBUG):
            _log.debug(
                "%s %s%s -> %s in %.1f ms (attempt %d)",
                request.method,
                request.url.host,
                request.url.raw_path.decode("ascii", "replace").split("?", 1)[0],
                status,
                duration * 1000,
                number,
            )
        return attempt, reply.idle

    def _build_request(
        self, prepared: Prepared, base: str, cursor: str | None, page_size: int | None
    ) -> httpx.Request:
        query: list[tuple[str, str]] | tuple[tuple[str, str], ...] = prepared.query
        size_param = prepared.operation.page_size_param
        if page_size is not None and size_param is not None:
            query = [(k, v) for k, v in query if k != size_param]
            query.append((size_param, str(page_size)))
        if cursor is not None:
            query = [*query, ("cursor", cursor)]
        params: Any = query or None
        if prepared.timeout is not None:  # this call's own timeout, for each of its requests
            return self._http.build_request(
                prepared.operation.method,
                base + prepared.path,
                params=params,
                json=prepared.body,
                timeout=prepared.timeout,
                extensions={_CALL_TIMEOUT: whole_request_timeout(prepared.timeout)},
            )
        return self._http.build_request(
            prepared.operation.method,
            base + prepared.path,
            params=params,
            json=prepared.body,
        )

    def _region_flow(self, organization: str) -> Flow:
        """The organization's region URL (discovered once, then cached), or a failed Result."""
        cached = self._regions.get(organization)
        if cached is not None:
            return cached
        op = get_operation("retrieve_organization")
        assert op is not None
        started, started_at = self._clock(), self._wall()
        prepared = prepare(op, {ORG_PARAM: organization}, None)
        # Asked of the configured base URL, which is trusted; the answer says where to go next.
        exchange = yield from self._exchange_flow(prepared, parse=False, route=False)
        result: Result[Any] = exchange.result
        record_result = result
        url: str | Result[Any]
        if not result.success:
            url = Result.failure(
                ErrorKind.REGION if result.status_code != 401 else ErrorKind.AUTHENTICATION,
                f"could not look up the region of organization {organization!r}: {result.error}",
                status_code=result.status_code,
            )
        else:
            links = exchange.json.get("links") if isinstance(exchange.json, dict) else None
            region_url = links.get("regionUrl") if isinstance(links, dict) else None
            try:
                url = check_region_url(region_url, self._endpoint, allow_http=self._allow_http)
            except ValueError as exc:
                url = Result.failure(ErrorKind.REGION, f"organization {organization!r}: {exc}")
                record_result = url
            else:
                self._regions.put(organization, url)
                _log.debug("organization %s lives at %s", organization, url)
        self._emit_audit(
            _audit.AuditRecord(
                operation=op.operation_id,
                method=op.method,
                path=prepared.path,
                host=self._endpoint.host,
                decision=_audit.Decision.REGION_DISCOVERY,
                status_code=result.status_code,
                success=record_result.success,
                error_kind=record_result.error_kind,
                duration=self._clock() - started,
                attempts=result.attempts,
                started_at=started_at,
            )
        )
        return url


def _may_have_acted(attempt: Attempt) -> bool:
    """Whether a failed attempt may have been carried out by the server before it failed."""
    if attempt.response is not None:
        return attempt.response.status_code >= 500
    return not isinstance(
        attempt.error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
    )


def _deleted_by_earlier_attempt(result: Result[Any]) -> Result[Any]:
    note = (
        "an earlier attempt failed after it may have reached Sentry, and the retry found the "
        "resource gone (404): the earlier attempt most likely deleted it"
    )
    return evolve(
        result,
        success=True,
        error=None,
        error_kind=None,
        details={"note": note, "final_status": 404},
    )

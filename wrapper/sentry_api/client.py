"""``SentryClient`` and ``AsyncSentryClient``: one call path, written once, for both.

As in openai-python, everything that is not I/O lives in a shared base class. Here that goes
one step further: the whole life of a call - validation, allow-list, region discovery, retries
(tenacity, driven step by step), parsing, pagination, audit - is a *generator* in
:class:`_BaseClient` that yields what it needs done (``_Send(request)``, ``_Sleep(seconds)``,
``_Page(result)``) and receives the outcome. ``SentryClient`` runs those generators with
``httpx.Client`` and ``time.sleep``; ``AsyncSentryClient`` with ``httpx.AsyncClient``,
``asyncio.sleep`` and a concurrency gate. The drivers only do I/O: take a concurrency slot
(async), wait out a used-up rate-limit window (the wait itself is decided by the shared
``Pacer``), send, sleep. So the logic exists once, and the two clients cannot drift apart.

``call()`` never raises for HTTP, transport, parse or input problems; it returns a
:class:`~sentry_api.result.Result`. A bad *configuration* (unknown region, http:// to a remote
host, a conflicting region and base URL) raises ``ValueError`` from the constructor.
"""

from __future__ import annotations

import inspect
import json
import logging
import os
import random
import sys
import time
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Container,
    Generator,
    Iterable,
    Iterator,
    Mapping,
)
from contextlib import aclosing
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, TypeVar, cast

import httpx
from sentry_api_client.resources import AsyncResources, Resources

from sentry_api import audit as _audit
from sentry_api import deadline as _deadline
from sentry_api import once as _once
from sentry_api import pagination
from sentry_api.auth import Token, require_ascii
from sentry_api.decoding import (
    DEFAULT_MAX_RESPONSE_BYTES,
    JSONProblem,
    ResponseTooLarge,
    aread_body,
    decode_json,
    read_body,
)
from sentry_api.errors import ErrorKind, exception_for
from sentry_api.models import wrap as wrap_model
from sentry_api.operations import (
    MAX_TIMEOUT,
    ORG_PARAM,
    InvalidArguments,
    Operation,
    Prepared,
    get_operation,
    is_timeout,
    prepare,
    unknown_operation_message,
)
from sentry_api.ratelimit import ConcurrencyGate, Pacer, RateLimit, parse_rate_limit
from sentry_api.read_ahead import AsyncReadAhead, ReadAhead
from sentry_api.redaction import (
    CredentialAuth,
    Redactor,
    install_log_filter,
    is_credential_header,
    register,
)
from sentry_api.regions import Endpoint, RegionCache, check_region_url, resolve_endpoint
from sentry_api.resources import (
    async_call,
    async_items,
    async_pages,
    sync_call,
    sync_items,
    sync_pages,
)
from sentry_api.result import Result
from sentry_api.retries import (
    IDEMPOTENT_METHODS,
    Attempt,
    RetryPolicy,
    RetryTracker,
    build_retrying,
    new_call_state,
    retry_reason,
)
from sentry_api.validation import (
    ResponseMismatch,
    ValidationMode,
    check_response,
    merge_warnings,
    resolve_mode,
)

if TYPE_CHECKING:
    import asyncio

    from typing_extensions import TypedDict, Unpack

    class ClientOptions(TypedDict, total=False):
        """The keyword options both clients share (see :class:`SentryClient`)."""

        region: str | None
        base_url: str | None
        organization: str | None
        timeout: float | httpx.Timeout | None
        max_response_bytes: int
        max_retries: int
        max_retry_wait: float
        headers: Mapping[str, str | Token] | None
        allow_http: bool
        allow_scopes: Iterable[str] | None
        allow_operations: Iterable[str] | None
        audit_hook: _audit.AuditHook | None
        backoff_base: float
        backoff_max: float
        clock: Callable[[], float] | None
        wall_clock: Callable[[], float] | None
        rng: random.Random | None
        validation: ValidationMode | None
        read_ahead: bool


__all__ = ["AsyncSentryClient", "SentryClient"]

_log = logging.getLogger("sentry_api")
_DEBUG = logging.DEBUG
_VERSION = "0.1.0"
DEFAULT_TIMEOUT = 30.0
DEFAULT_MAX_RETRIES = 3
DEFAULT_MAX_RETRY_WAIT = 60.0
_DETAIL_LIMIT = 300
# Consecutive empty pages that still promise more (results="true", a fresh cursor) after which
# a listing stops: a server that never runs out of cursors would otherwise be asked forever.
MAX_EMPTY_PAGES = 5

HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)


# --------------------------------------------------------------------------- the flow protocol


class _Send:
    """Send ``request``; with ``pace``, first wait out a used-up rate-limit window.

    The driver answers with a :class:`_Reply`. Pacing happens in the driver, right before the
    send (for the async client: after a concurrency slot is taken), so requests queued behind
    the concurrency gate see the window as it is when they actually go out.
    """

    __slots__ = ("pace", "request")

    def __init__(self, request: httpx.Request, pace: bool) -> None:
        self.request = request
        self.pace = pace


class _Reply:
    __slots__ = ("elapsed", "outcome", "paced", "seq")

    def __init__(
        self, outcome: httpx.Response | Exception, paced: float, seq: int, elapsed: float
    ) -> None:
        self.outcome = outcome  # the response, or the transport error raised instead
        self.paced = paced  # seconds waited for the rate-limit window
        self.seq = seq  # the pacer's sequence number of this send
        self.elapsed = elapsed  # seconds from sending to the last byte of the body


class _Ahead:
    """``request`` is most likely the next page's: a driver that reads ahead may send it now,
    in the background, and answer the ``_Send`` of that same request object with its reply
    (see :mod:`sentry_api.read_ahead`). The driver answers ``None``; one that does not read
    ahead ignores it, and the ``_Send`` then goes out as usual."""

    __slots__ = ("request",)

    def __init__(self, request: httpx.Request) -> None:
        self.request = request


class _Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class _Page:
    __slots__ = ("result",)

    def __init__(self, result: Result[Any]) -> None:
        self.result = result


_Action = _Send | _Sleep | _Page | _Ahead
# A flow yields actions and is sent back a _Reply for _Send, None otherwise. Its return value
# is the outcome.
_Flow = Generator[_Action, Any, Any]


class _Exchange:
    """One request's final outcome, after retries."""

    __slots__ = ("ahead", "json", "next", "result")

    def __init__(
        self, result: Result[Any], next_page: pagination.NextPage | None, payload: Any
    ) -> None:
        self.result = result
        self.next = next_page
        self.json = payload
        # The next page's request, announced with _Ahead, and when it was: (cursor, request,
        # clock, wall clock).
        self.ahead: tuple[str, httpx.Request, float, float] | None = None


class _NoValue:
    pass


_NO_JSON = _NoValue()


# --------------------------------------------------------------------------- the shared base


class _BaseClient(Generic[HttpClientT]):
    """Configuration and the I/O-free call logic shared by the sync and async clients."""

    _http: HttpClientT

    def __init__(
        self,
        token: str | Token | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        headers: Mapping[str, str | Token] | None = None,
        allow_http: bool = False,
        allow_scopes: Iterable[str] | None = None,
        allow_operations: Iterable[str] | None = None,
        audit_hook: _audit.AuditHook | None = None,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
        rng: random.Random | None = None,
        validation: ValidationMode | None = None,
        read_ahead: bool = True,
    ) -> None:
        env = os.environ
        self._validation = resolve_mode(validation)
        if not isinstance(read_ahead, bool):
            raise ValueError(f"read_ahead must be True or False, got {read_ahead!r}")
        self._read_ahead = read_ahead
        if token is None:
            token = env.get("SENTRY_AUTH_TOKEN")
        if region is None and base_url is None:
            region = env.get("SENTRY_REGION") or None
            base_url = env.get("SENTRY_URL") or None
            if region is not None and base_url is not None and region.strip().lower() != "auto":
                # Both set in the environment: the URL is the more specific of the two.
                region = None
        if organization is None:
            organization = env.get("SENTRY_ORG") or None
        self._token = Token.optional(token)
        if self._token is not None:
            require_ascii(self._token)
        self._endpoint: Endpoint = resolve_endpoint(region, base_url, allow_http=allow_http)
        self._allow_http = allow_http
        if organization is not None and (
            not isinstance(organization, str) or not organization.strip()
        ):
            raise ValueError("organization must be a non-empty slug")
        self._organization = organization.strip() if organization else None
        self._policy = RetryPolicy(
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
        )
        self._retrying_controller: Any = None  # built on the first retry (tenacity import)
        self._headers, credentials = self._build_headers(headers)
        # Secrets live in Token objects only: the auth adds them to each request, and the
        # redactor (also used by the log filter) hides them in anything shown.
        self._auth = CredentialAuth(credentials) if credentials else None
        self._redactor = Redactor.for_client(self._token, credentials)
        register(self._redactor)
        install_log_filter()
        self._timeout = timeout
        self._whole_timeout = _whole_request_timeout(timeout)
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or max_response_bytes < 1
        ):
            raise ValueError("max_response_bytes must be a positive integer")
        self._max_response_bytes = max_response_bytes
        self._allow_scopes = _as_set(allow_scopes, "allow_scopes")
        self._allow_operations = _as_set(allow_operations, "allow_operations")
        if self._allow_operations is not None:
            from sentry_api.operations import operations

            unknown = sorted(self._allow_operations - set(operations()))
            if unknown:
                raise ValueError(f"allow_operations names unknown operations: {', '.join(unknown)}")
        self._audit_hook = audit_hook
        self._clock = clock or time.perf_counter
        self._wall = wall_clock or time.time
        self._rng = rng or random.Random()
        self._pacer = Pacer()
        self._regions = RegionCache()

    # ------------------------------------------------------------------ configuration

    def _retrying(self) -> Any:
        if self._retrying_controller is None:
            with _once.BUILD_LOCK:  # one controller per client, whichever thread retries first
                if self._retrying_controller is None:
                    self._retrying_controller = build_retrying()
        return self._retrying_controller

    def _build_headers(
        self, extra: Mapping[str, str | Token] | None
    ) -> tuple[dict[str, str], dict[str, Token]]:
        """The plain headers of every request, and the credential headers (as Tokens)."""
        headers = {
            "Accept": "application/json",
            # Only what decoding.BodyReader undoes with a bounded output (no br, no zstd).
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": f"sentry-api-python/{_VERSION} httpx/{httpx.__version__}",
        }
        credentials: dict[str, Token] = {}
        for name, value in (extra or {}).items():
            if not isinstance(name, str) or not isinstance(value, (str, Token)):
                raise ValueError("headers must map strings to strings or Tokens")
            if name.lower() == "authorization" and self._token is not None:
                raise ValueError("pass either a token or an Authorization header, not both")
            if isinstance(value, Token):  # marked secret by the caller, whatever its name
                credentials[name] = require_ascii(value, f"header {name}")
            elif is_credential_header(name) and value.strip():
                credentials[name] = require_ascii(Token(value, spaces=True), f"header {name}")
            else:
                headers[name] = value
        self._gateway_auth = any(k.lower() == "authorization" for k in credentials)
        if self._token is not None:
            credentials["Authorization"] = Token(self._token.authorization(), spaces=True)
        return headers, credentials

    @property
    def base_url(self) -> str:
        return self._endpoint.base_url

    @property
    def organization(self) -> str | None:
        return self._organization

    @property
    def region_urls(self) -> dict[str, str]:
        """Organization -> region URL, as discovered so far (``region="auto"``)."""
        return self._regions.snapshot()

    @property
    def validation(self) -> ValidationMode:
        """How responses are checked: ``"lenient"``, ``"strict"`` or ``"off"``."""
        return self._validation

    @property
    def allow_scopes(self) -> frozenset[str] | None:
        return self._allow_scopes

    @property
    def allow_operations(self) -> frozenset[str] | None:
        return self._allow_operations

    def __repr__(self) -> str:
        auth = "token=[redacted]" if self._token is not None else "no token"
        org = f", organization={self._organization!r}" if self._organization else ""
        mode = ", region=auto" if self._endpoint.discover else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{mode}{org}, {auth})"

    # ------------------------------------------------------------------ flows: the entry points

    def _call_flow(self, operation_id: str, params: Mapping[str, Any]) -> _Flow:
        """Everything ``call()`` does; returns the Result."""
        started, started_at = self._clock(), self._wall()
        prepared_or_failure = self._admit(operation_id, params)
        if isinstance(prepared_or_failure, Result):
            self._audit_refusal(operation_id, prepared_or_failure, started, started_at)
            return prepared_or_failure
        prepared = prepared_or_failure
        op = prepared.operation
        if op.paginated:
            # Without max_results a list call is one page (a composite cursor still skips).
            one_page = prepared.max_results is None
            result = yield from self._list_flow(prepared, emit=False, one_page=one_page)
        else:
            exchange = yield from self._exchange_flow(prepared)
            result = exchange.result
        self._audit_call(prepared, result, started, started_at)
        return result

    def _pages_flow(self, operation_id: str, params: Mapping[str, Any]) -> _Flow:
        """What ``pages()``/``paginate()`` do: a ``_Page`` per page; returns the last Result."""
        started, started_at = self._clock(), self._wall()
        prepared_or_failure = self._admit(operation_id, params)
        if isinstance(prepared_or_failure, Result):
            self._audit_refusal(operation_id, prepared_or_failure, started, started_at)
            return prepared_or_failure
        if not prepared_or_failure.operation.paginated:
            failure = Result.failure(
                ErrorKind.INVALID_REQUEST,
                f"{operation_id} is not a list operation; use call() instead of paginate()",
                operation=operation_id,
            )
            self._audit_refusal(operation_id, failure, started, started_at)
            return failure
        result = yield from self._list_flow(prepared_or_failure, emit=True)
        return result

    def _admit(self, operation_id: str, params: Mapping[str, Any]) -> Prepared | Result[Any]:
        """Look the operation up, apply the allow-list and validate: a Prepared or a failure."""
        op = get_operation(operation_id)
        if op is None:
            return Result.failure(
                ErrorKind.INVALID_REQUEST,
                unknown_operation_message(operation_id),
                operation=str(operation_id),
            )
        denied = self._denial(op)
        if denied is not None:
            return denied
        try:
            return prepare(op, params, self._organization)
        except InvalidArguments as exc:
            return Result.failure(
                ErrorKind.INVALID_REQUEST, self._redact(str(exc)), operation=op.operation_id
            )

    def _denial(self, op: Operation) -> Result[Any] | None:
        if self._allow_operations is None and self._allow_scopes is None:
            return None  # the usual client: nothing to check, nothing to build
        scopes = list(op.scopes)
        needs = f"it needs one of {', '.join(scopes)}" if scopes else "it needs no particular scope"
        if self._allow_operations is not None and op.operation_id not in self._allow_operations:
            return Result.failure(
                ErrorKind.NOT_PERMITTED,
                f"{op.operation_id} is not in this client's allow_operations "
                f"({', '.join(sorted(self._allow_operations)) or 'none'}); {needs}",
                operation=op.operation_id,
                required_scopes=scopes,
            )
        if self._allow_scopes is not None and scopes and self._allow_scopes.isdisjoint(scopes):
            allowed = ", ".join(sorted(self._allow_scopes)) or "none"
            return Result.failure(
                ErrorKind.NOT_PERMITTED,
                f"{op.operation_id} is outside this client's allowed scopes ({allowed}): {needs}",
                operation=op.operation_id,
                required_scopes=scopes,
            )
        return None

    # ------------------------------------------------------------------ flows: lists

    def _list_flow(self, prepared: Prepared, *, emit: bool, one_page: bool = False) -> _Flow:
        """Follow cursors. Collects into one Result, or (``emit``) yields a ``_Page`` per page."""
        op = prepared.operation
        try:
            page_cursor, skip = (
                pagination.decode_cursor(prepared.cursor) if prepared.cursor else (None, 0)
            )
        except ValueError as exc:
            return Result.failure(
                ErrorKind.INVALID_REQUEST, f"{op.operation_id}: {exc}", operation=op.operation_id
            )
        wanted = prepared.max_results
        collected: list[Any] = []
        warnings: tuple[str, ...] = ()
        count = 0
        attempts, waited = 0, 0.0
        seen: set[str] = {page_cursor} if page_cursor else set()
        has_size = op.page_size_param is not None
        empty_run = 0
        # Reading ahead pays only while someone consumes the pages as they come, and only once
        # they have asked for a second page: whoever stops within the first costs no extra
        # request. (With max_results the next page's size depends on this page's items.)
        may_read_ahead = emit and wanted is None and self._read_ahead
        ahead: tuple[str, httpx.Request, float, float] | None = None
        pages_emitted = 0
        while True:
            started, started_at = self._clock(), self._wall()
            left = None if wanted is None else wanted - count
            size = pagination.page_size_for(left, skip, prepared.page_size, has_size)
            request = None
            if ahead is not None and ahead[0] == page_cursor:
                _, request, started, started_at = ahead
            exchange = yield from self._exchange_flow(
                prepared,
                cursor=page_cursor,
                page_size=size,
                request=request,
                # (Not when this page, if empty too, ends the listing as endless.)
                read_ahead_unless=seen
                if may_read_ahead and pages_emitted and empty_run < MAX_EMPTY_PAGES - 1
                else None,
            )
            ahead = exchange.ahead
            attempts += exchange.result.attempts
            waited += exchange.result.waited
            if emit:
                self._audit_call(prepared, exchange.result, started, started_at)
            page, done = self._page_of(
                exchange, page_cursor, skip, left, count, one_page, seen, attempts, waited, emit
            )
            # Hold no reference to this page while the next one is fetched: a page that is
            # still alive then would outlive young-generation GC passes (and memory stays flat).
            del exchange
            if not page.success:
                return page
            count += len(page.data or ())
            next_cursor = page.next_cursor
            empty_run = 0 if page.data else empty_run + 1
            if empty_run >= MAX_EMPTY_PAGES and not done:
                return _empty_pages_failure(page, empty_run, count, attempts, waited)
            if emit:
                yield _Page(page)
                pages_emitted += 1
            else:
                # The page's paths index the page; shifted, they index the whole listing.
                warnings = merge_warnings(warnings, page.warnings, offset=len(collected))
                collected.extend(page.data or ())
            if done:
                return page if emit else _evolve(page, data=collected, warnings=warnings)
            del page
            assert next_cursor is not None
            seen.add(next_cursor)
            page_cursor, skip = next_cursor, 0

    def _page_of(
        self,
        exchange: _Exchange,
        page_cursor: str | None,
        skip: int,
        left: int | None,
        count: int,
        one_page: bool,
        seen: set[str],
        attempts: int,
        waited: float,
        emit: bool,
    ) -> tuple[Result[Any], bool]:
        """One page's Result (items, resumable cursor) and whether the listing is done."""
        result = exchange.result
        op_id = result.operation
        if not result.success:
            return _evolve(result, attempts=attempts, waited=waited), True
        items = result.data if isinstance(result.data, list) else []
        if skip:
            items = items[skip:]
        nxt = exchange.next or pagination.NextPage(None, False)
        next_cursor: str | None
        if left is not None and len(items) > left:
            # The page held more than wanted: stop mid-page with a composite cursor.
            next_cursor = pagination.encode_cursor(page_cursor, skip + left)
            items = items[:left]
            done = True
        else:
            next_cursor = nxt.cursor if nxt.more else None
            done = one_page or next_cursor is None or (left is not None and len(items) >= left)
            if next_cursor is not None and next_cursor in seen and not done:
                message = (
                    f"{op_id}: the server sent cursor {next_cursor!r} again after "
                    f"{count + len(items)} item(s); stopped to avoid an endless loop"
                )
                return Result(
                    success=False,
                    error=message,
                    error_kind=ErrorKind.PAGINATION,
                    status_code=result.status_code,
                    rate_limit=result.rate_limit,
                    operation=op_id,
                    attempts=attempts,
                    waited=waited,
                ), True
        page = Result(
            success=True,
            data=items,
            status_code=result.status_code,
            rate_limit=result.rate_limit,
            next_cursor=next_cursor,
            operation=op_id,
            attempts=result.attempts if emit else attempts,
            waited=result.waited if emit else waited,
            warnings=result.warnings,
        )
        return page, done

    # ------------------------------------------------------------------ flows: one request

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
    ) -> _Flow:
        """Route, pace, send with retries, and interpret one request; returns an _Exchange.

        ``request``: the one announced earlier with ``_Ahead`` (already built). With
        ``read_ahead_unless``, a page that has a next one announces that one's request before
        this one is decoded, unless its cursor is in the container (a repeated cursor).
        """
        op = prepared.operation
        if self._token is None and not self._gateway_auth:
            return _Exchange(
                Result.failure(
                    ErrorKind.CONFIGURATION,
                    f"{op.operation_id}: no auth token; pass token= or set SENTRY_AUTH_TOKEN",
                    operation=op.operation_id,
                ),
                None,
                _NO_JSON,
            )
        base = self._endpoint.base_url
        if route and self._endpoint.discover and prepared.organization is not None:
            found = yield from self._region_flow(prepared.organization)
            if isinstance(found, Result):
                return _Exchange(found, None, _NO_JSON)
            base = found
        if request is None:
            request = self._build_request(prepared, base, cursor, page_size)
        attempt = yield from self._attempt(request, op, pace=True)
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
                    seconds = float(decision)
                    if seconds > 0:
                        yield _Sleep(seconds)
                    waited += seconds
                    maybe_done = maybe_done or _may_have_acted(attempt)
                    # No pacing here: the retry wait already follows what the server said.
                    attempt = yield from self._attempt(
                        request, op, number=state.attempt_number, pace=False
                    )
                    state.set_result(attempt)
                else:
                    attempt = decision  # tenacity's verdict: the final attempt
                    break
        attempts = 1 if state is None else state.attempt_number
        ahead = None
        if read_ahead_unless is not None and attempt.response is not None:
            ahead = self._next_request(prepared, base, attempt.response, page_size)
            if ahead is not None and ahead[0] not in read_ahead_unless:
                yield _Ahead(ahead[1])
            else:
                ahead = None
        exchange = self._interpret(prepared, attempt, attempts, waited, tracker, parse)
        exchange.ahead = ahead
        if maybe_done and op.method == "DELETE" and exchange.result.status_code == 404:
            return _Exchange(_deleted_by_earlier_attempt(exchange.result), None, _NO_JSON)
        return exchange

    def _next_request(
        self, prepared: Prepared, base: str, response: httpx.Response, page_size: int | None
    ) -> tuple[str, httpx.Request, float, float] | None:
        """The request for the page after ``response`` (a 2xx promising more), and when it was
        built: ``(cursor, request, clock, wall clock)``."""
        if not 200 <= response.status_code < 300:
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
    ) -> Generator[_Action, Any, Attempt]:
        reply: _Reply = yield _Send(request, pace)
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
        return attempt

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
                extensions={_CALL_TIMEOUT: _whole_request_timeout(prepared.timeout)},
            )
        return self._http.build_request(
            prepared.operation.method,
            base + prepared.path,
            params=params,
            json=prepared.body,
        )

    def _region_flow(self, organization: str) -> _Flow:
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

    # ------------------------------------------------------------------ interpreting answers

    def _interpret(
        self,
        prepared: Prepared,
        attempt: Attempt,
        attempts: int,
        waited: float,
        tracker: RetryTracker | None,
        parse: bool,
    ) -> _Exchange:
        op = prepared.operation
        response = attempt.response
        if response is None:
            return _Exchange(
                self._transport_failure(prepared, attempt, attempts, waited), None, _NO_JSON
            )
        status = response.status_code
        rate_limit = attempt.rate_limit
        if 200 <= status < 300:
            return self._success(prepared, response, rate_limit, attempts, waited, parse)
        kind, message, details = self._http_error(
            prepared, response, rate_limit, attempts, waited, tracker
        )
        return _Exchange(
            Result(
                success=False,
                error=self._redact(message),
                error_kind=kind,
                status_code=status,
                rate_limit=rate_limit,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
                details=self._redact_deep(details),
            ),
            None,
            _NO_JSON,
        )

    def _success(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        parse: bool,
    ) -> _Exchange:
        op = prepared.operation
        status = response.status_code
        expects_body = op.response_model is not None or op.response_is_list or (not parse)
        if status == 204 and expects_body and not op.response_no_content:
            return self._unreadable(prepared, response, rate_limit, attempts, waited, None)
        warnings: tuple[str, ...] = ()
        if status == 204 or not expects_body:
            data = None
            payload: Any = _NO_JSON
        else:
            content = response.content
            if not content.strip():
                return self._unreadable(prepared, response, rate_limit, attempts, waited, None)
            try:
                payload = decode_json(content)
            except JSONProblem as exc:
                return self._unreadable(prepared, response, rate_limit, attempts, waited, exc)
            data = payload
            if parse:
                kind = list if op.response_is_list else dict if op.response_model else None
                try:
                    warnings = check_response(op.operation_id, payload, kind, self._validation)
                    if warnings:  # they quote the server's values, which could echo a secret
                        warnings = tuple(self._redact(w) for w in warnings)
                except ResponseMismatch as exc:
                    return self._unreadable(prepared, response, rate_limit, attempts, waited, exc)
                if op.response_model is not None:
                    data = wrap_model(op.response_model, payload, op.response_is_list)
        next_page = pagination.next_page(response) if op.paginated else None
        result = Result(
            success=True,
            data=data,
            status_code=status,
            rate_limit=rate_limit,
            next_cursor=next_page.cursor if next_page is not None and next_page.more else None,
            operation=op.operation_id,
            attempts=attempts,
            waited=waited,
            warnings=warnings,
        )
        return _Exchange(result, next_page, payload)

    def _unreadable(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        problem: JSONProblem | ResponseMismatch | None,
    ) -> _Exchange:
        """The failed exchange of a 2xx answer whose body is not what the operation returns:
        none (204 or empty), not JSON, or (``ResponseMismatch``) not of its shape."""
        op = prepared.operation
        status = response.status_code
        model_name = (op.response_model or "JSON").rpartition(":")[2]
        if problem is None and status == 204:
            message = f"the server answered 204 No Content; expected {model_name}"
        elif problem is None:
            message = f"the response body was empty (HTTP {status}); expected {model_name}"
        elif isinstance(problem, ResponseMismatch):
            where = f" at {problem.path}" if problem.path else ""
            message = f"the response did not match {model_name}{where}: {problem.message}"
        elif problem.reason == "not_json":
            message = (
                f"the response is not JSON (HTTP {status}, {_content_kind(response)}); "
                f"expected {model_name}"
            )
        else:
            message = f"{problem} (HTTP {status}); expected {model_name}"
        return _Exchange(
            Result(
                success=False,
                error=self._redact(f"{op.operation_id}: {message}"),
                error_kind=ErrorKind.INVALID_RESPONSE,
                status_code=status,
                rate_limit=rate_limit,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
            ),
            None,
            _NO_JSON,
        )

    def _transport_failure(
        self, prepared: Prepared, attempt: Attempt, attempts: int, waited: float
    ) -> Result[Any]:
        op = prepared.operation
        error = attempt.error
        name = type(error).__name__
        if isinstance(error, ResponseTooLarge):
            return Result(
                success=False,
                error=(
                    f"{op.operation_id}: {error} (HTTP {error.status_code}); raise "
                    "max_response_bytes (CLI: --max-response-bytes) to accept it"
                ),
                error_kind=ErrorKind.RESPONSE_TOO_LARGE,
                status_code=error.status_code,
                operation=op.operation_id,
                attempts=attempts,
                waited=waited,
            )
        status_code = None
        if isinstance(error, httpx.DecodingError):
            kind, what = ErrorKind.INVALID_RESPONSE, f"the response could not be decoded ({error})"
            status_code = getattr(error, "status_code", None)  # the status did arrive
        elif isinstance(error, httpx.TimeoutException):
            whole = (
                self._whole_timeout
                if prepared.timeout is None
                else _whole_request_timeout(prepared.timeout)
            )
            limit = f" timeout={whole:g} s" if whole else ""
            kind, what = ErrorKind.TIMEOUT, f"the request timed out ({name}{limit})"
        else:
            kind, what = ErrorKind.CONNECTION, f"the connection failed ({name}: {error})"
        if attempts > 1:
            tail = f"; tried {attempts} times over {waited:.1f} s of waiting"
        elif op.method not in IDEMPOTENT_METHODS and retry_reason(attempt) is None:
            tail = f"; not retried: the {op.method} may already have reached Sentry"
        elif self._policy.max_retries == 0:
            tail = "; retries are off (max_retries=0)"
        else:
            tail = ""
        return Result(
            success=False,
            error=self._redact(f"{op.operation_id}: {what}{tail}"),
            error_kind=kind,
            status_code=status_code,
            operation=op.operation_id,
            attempts=attempts,
            waited=waited,
        )

    def _http_error(
        self,
        prepared: Prepared,
        response: httpx.Response,
        rate_limit: RateLimit | None,
        attempts: int,
        waited: float,
        tracker: RetryTracker | None,
    ) -> tuple[str, str, Mapping[str, Any] | None]:
        op = prepared.operation
        status = response.status_code
        name = op.operation_id
        body = _json_or_none(response)
        detail = _detail_text(body, response)
        said = f" (Sentry says: {detail})" if detail else ""
        details: dict[str, Any] | None = body if isinstance(body, dict) else None
        if status == 401:
            return (
                ErrorKind.AUTHENTICATION,
                f"{name}: authentication failed (401): "
                f"the token is missing, invalid or expired{said}",
                details,
            )
        if status == 403:
            wanted = _insufficient_scope(response.headers.get("www-authenticate"))
            accepted = list(op.scopes)
            need = f"{name} needs one of {', '.join(accepted)}" if accepted else ""
            if wanted:
                text = f"{name}: permission denied (403): the token lacks the {wanted} scope"
                text += f" ({need})" if need else ""
            else:
                text = f"{name}: permission denied (403): {need or 'the token may not do this'}"
            details = {**(details or {}), "required_scopes": accepted, "missing_scope": wanted}
            return ErrorKind.PERMISSION, text + said, details
        if status == 404:
            return (
                ErrorKind.NOT_FOUND,
                f"{name}: not found (404): {prepared.path} does not exist "
                f"or this token cannot see it{said}",
                details,
            )
        if status in (400, 422):
            return (
                ErrorKind.BAD_REQUEST,
                f"{name}: Sentry rejected the request ({status}): {detail or 'no reason given'}",
                details,
            )
        if status == 409:
            return (
                ErrorKind.CONFLICT,
                f"{name}: conflict (409): {detail or 'the resource already exists or changed'}",
                details,
            )
        if status == 429:
            return (
                ErrorKind.RATE_LIMITED,
                f"{name}: rate limited (429): {self._gave_up(attempts, waited, tracker)}"
                f"{_limit_text(rate_limit)}{said}",
                details,
            )
        if 500 <= status < 600:
            if attempts > 1:
                tail = f"; {self._gave_up(attempts, waited, tracker)}"
            elif op.method not in IDEMPOTENT_METHODS:
                tail = f"; not retried: the {op.method} may already have taken effect"
            else:
                tail = "; retries are off (max_retries=0)" if self._policy.max_retries == 0 else ""
            return (
                ErrorKind.SERVER,
                f"{name}: Sentry had a server error ({status}){tail}{said}",
                details,
            )
        if status == 304:  # no conditional request is ever sent: nothing to be "not modified"
            return (
                ErrorKind.HTTP,
                f"{name}: unexpected 304 Not Modified (the client sends no conditional request)",
                details,
            )
        if 300 <= status < 400:
            where = response.headers.get("location", "")
            return (
                ErrorKind.HTTP,
                f"{name}: unexpected redirect ({status}) to {where!r}; "
                "not followed (it could take the token elsewhere)",
                details,
            )
        return ErrorKind.HTTP, f"{name}: unexpected HTTP status {status}{said}", details

    def _gave_up(self, attempts: int, waited: float, tracker: RetryTracker | None) -> str:
        plural = "s" if attempts != 1 else ""
        tries = f"gave up after {attempts} attempt{plural} and {waited:.1f} s of waiting"
        if tracker is not None and tracker.stop_reason == "budget" and tracker.wanted is not None:
            return (
                f"{tries}; the next wait ({tracker.wanted:.1f} s) would exceed "
                f"max_retry_wait={self._policy.max_retry_wait:g} s"
            )
        if tracker is not None and tracker.stop_reason == "retries":
            return f"{tries} (max_retries={self._policy.max_retries})"
        if self._policy.max_retries == 0:
            return f"{tries} (retries are off: max_retries=0)"
        return tries

    # ------------------------------------------------------------------ audit and helpers

    def _audit_refusal(
        self, operation_id: str, failure: Result[Any], started: float, started_at: float
    ) -> None:
        if self._audit_hook is None:
            return
        op = get_operation(operation_id)
        decision = (
            _audit.Decision.DENIED
            if failure.error_kind == ErrorKind.NOT_PERMITTED
            else _audit.Decision.INVALID
        )
        self._emit_audit(
            _audit.AuditRecord(
                operation=op.operation_id if op else str(operation_id),
                method=op.method if op else None,
                path=op.path if op else None,
                host=None,
                decision=decision,
                status_code=None,
                success=False,
                error_kind=failure.error_kind,
                duration=self._clock() - started,
                attempts=0,
                started_at=started_at,
            )
        )

    def _audit_call(
        self, prepared: Prepared, result: Result[Any], started: float, started_at: float
    ) -> None:
        if self._audit_hook is None:
            return
        op = prepared.operation
        decision = _audit.Decision.ALLOWED
        if result.attempts == 0 and not result.success:
            decision = _audit.Decision.INVALID
        self._emit_audit(
            _audit.AuditRecord(
                operation=op.operation_id,
                method=op.method,
                path=prepared.path,
                host=self._host_for(prepared),
                decision=decision,
                status_code=result.status_code,
                success=result.success,
                error_kind=result.error_kind,
                duration=self._clock() - started,
                attempts=result.attempts,
                started_at=started_at,
            )
        )

    def _host_for(self, prepared: Prepared) -> str | None:
        """The host the call went to: the organization's region, or the configured base."""
        if self._endpoint.discover and prepared.organization is not None:
            region = self._regions.get(prepared.organization)
            if region is not None:
                return httpx.URL(region).host
        return self._endpoint.host

    def _emit_audit(self, record: _audit.AuditRecord) -> None:
        outcome = _audit.emit(self._audit_hook, record)
        if inspect.isawaitable(outcome):
            self._schedule_audit(outcome)

    def _schedule_audit(self, awaitable: Awaitable[Any]) -> None:
        # The sync client cannot await; close a coroutine so it does not warn.
        close = getattr(awaitable, "close", None)
        if callable(close):
            close()
        _log.warning("an async audit hook was given to the sync client; use a plain function")

    def _redact(self, text: str) -> str:
        return self._redactor.text(text)

    def _redact_deep(self, value: Any) -> Any:
        """``value`` (a server's error body) with the secrets hidden in its strings."""
        return self._redactor.deep(value)

    def _internal_failure(self, operation_id: Any, exc: BaseException) -> Result[Any]:
        _log.debug("unexpected error in %s", operation_id, exc_info=True)
        return Result.failure(
            ErrorKind.INTERNAL,
            self._redact(
                f"{operation_id}: unexpected error in sentry_api ({type(exc).__name__}: {exc})"
            ),
            operation=str(operation_id),
        )


def _as_set(values: Iterable[str] | str | None, what: str) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return frozenset([values])
    items = frozenset(values)
    if not all(isinstance(v, str) for v in items):
        raise ValueError(f"{what} must be strings")
    return items


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
    return _evolve(
        result,
        success=True,
        error=None,
        error_kind=None,
        details={"note": note, "final_status": 404},
    )


def _empty_pages_failure(
    page: Result[Any], empty: int, count: int, attempts: int, waited: float
) -> Result[Any]:
    message = (
        f"{page.operation}: the server sent {empty} empty pages in a row, each promising more, "
        f"after {count} item(s); stopped to avoid an endless loop "
        "(next_cursor resumes after the last empty page)"
    )
    return _evolve(
        page,
        success=False,
        data=None,
        error=message,
        error_kind=ErrorKind.PAGINATION,
        attempts=attempts,
        waited=waited,
    )


def _evolve(result: Result[Any], **changes: Any) -> Result[Any]:
    import attrs

    return attrs.evolve(result, **changes)


def _json_or_none(response: httpx.Response) -> Any:
    """An error body's JSON, or ``None`` (no body, not JSON, or JSON we refuse to hold)."""
    try:
        return decode_json(response.content) if response.content.strip() else None
    except (JSONProblem, UnicodeDecodeError):
        return None


def _detail_text(body: Any, response: httpx.Response) -> str:
    """Sentry's own words from an error body: ``detail``, or the field errors of a 400."""
    if isinstance(body, dict):
        detail = body.get("detail")
        if isinstance(detail, str):
            text = detail
        else:
            parts = []
            for field, problems in body.items():
                if isinstance(problems, list):
                    problems = "; ".join(str(p) for p in problems)
                elif isinstance(problems, dict):
                    problems = json.dumps(problems)[:100]
                parts.append(f"{field}: {problems}")
            text = "; ".join(parts)
    elif isinstance(body, list):
        text = "; ".join(str(p) for p in body)
    elif isinstance(body, str):
        text = body
    elif response.content.strip():
        text = f"a body that was not read as JSON ({_undecoded_reason(response)})"
    else:
        text = ""
    return text if len(text) <= _DETAIL_LIMIT else text[: _DETAIL_LIMIT - 3] + "..."


def _undecoded_reason(response: httpx.Response) -> str:
    try:
        decode_json(response.content)
    except JSONProblem as exc:
        if exc.reason != "not_json":
            return str(exc)
    return _content_kind(response)


# The request extension that carries a call's own whole-request timeout (seconds or None).
_CALL_TIMEOUT = "sentry_api_timeout"


def _whole_request_timeout(timeout: float | httpx.Timeout | None) -> float | None:
    """The seconds one attempt may take in all, or ``None`` (an ``httpx.Timeout`` keeps
    httpx's per-operation meaning)."""
    if timeout is None:
        return None
    if not is_timeout(timeout):
        raise ValueError(
            f"timeout must be a positive number of seconds (at most {MAX_TIMEOUT:,.0f}), an "
            f"httpx.Timeout or None, got {timeout!r}"
        )
    if isinstance(timeout, httpx.Timeout):
        return None
    return float(timeout)


def _content_kind(response: httpx.Response) -> str:
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if "html" in content_type or response.content.lstrip()[:15].lower().startswith(
        (b"<!doctype", b"<html")
    ):
        return "an HTML page"
    return content_type or "no content type"


def _insufficient_scope(header: str | None) -> str | None:
    """The scope named by ``WWW-Authenticate: Bearer error="insufficient_scope", scope="..."``."""
    if not header or "insufficient_scope" not in header:
        return None
    import re

    match = re.search(r'scope="([^"]*)"', header)
    scope = match.group(1).strip() if match else ""
    return scope or None


def _limit_text(rate_limit: RateLimit | None) -> str:
    if rate_limit is None or rate_limit.limit is None:
        return ""
    return f" (limit: {rate_limit.limit} requests per window)"


# --------------------------------------------------------------------------- sync


class SentryClient(_BaseClient[httpx.Client], Resources):
    """The synchronous client. One pooled ``httpx.Client`` underneath; close it (or use ``with``).

    Args:
        token: the auth token (default: ``SENTRY_AUTH_TOKEN``). Never shown in reprs, logs,
            errors or results.
        region: ``"us"``, ``"de"``, ``"auto"`` (discover each organization's region) or ``None``
            (``https://sentry.io``; default: ``SENTRY_REGION``).
        base_url: self-hosted Sentry or a proxy/gateway URL, path prefix allowed (default:
            ``SENTRY_URL``).
        organization: default ``organization_id_or_slug`` (default: ``SENTRY_ORG``).
        transport: any ``httpx.BaseTransport`` (``httpx.MockTransport``, the sandbox's...).
        timeout: seconds one attempt may take in all, from connecting to the last byte of
            the body (an ``httpx.Timeout`` instead bounds each network operation, as in httpx).
            Each retry gets its own ``timeout``; see docs/timeouts.md.
        max_response_bytes: the largest body accepted, after decompression (default 64 MiB);
            a larger one fails with ``error_kind="response_too_large"``.
        max_retries: retries after the first attempt (0 = none).
        max_retry_wait: total seconds the client may spend waiting to retry one request.
        headers: extra headers for every request (e.g. a gateway's key). Credential-like
            names are redacted; give a value as ``sentry_api.Token(value, spaces=True)`` to
            mark any other header as a secret (see docs/redaction.md).
        allow_http: permit plain http to a non-loopback host.
        allow_scopes / allow_operations: refuse, without sending, any call outside these.
        audit_hook: called with an :class:`~sentry_api.audit.AuditRecord` per call.
        validation: how responses are checked against the spec: ``"lenient"`` (the default:
            differences become ``Result.warnings``), ``"strict"`` (a difference fails the
            call) or ``"off"`` (default: ``SENTRY_API_VALIDATION``; see
            :mod:`sentry_api.validation`).
        read_ahead: let ``pages()``/``paginate()`` request the next page while the current
            one is decoded and used (default ``True``; see :mod:`sentry_api.read_ahead`).
        clock / wall_clock / sleep / rng: injectable for tests (monotonic clock, Unix time,
            sleep function, random source for jitter).
    """

    def __init__(
        self,
        token: str | Token | None = None,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        super().__init__(token, **options)
        self._sleep = sleep or time.sleep
        if transport is None:
            # httpx's own default, with every socket operation bounded by the deadline.
            transport = httpx.HTTPTransport()
            _deadline.install(transport)
        elif isinstance(transport, httpx.HTTPTransport):
            _deadline.install(transport)  # a caller's own: its headers phase is bounded too
        self._http = httpx.Client(
            transport=transport,
            timeout=self._timeout,
            headers=self._headers,
            auth=self._auth,
            follow_redirects=False,
        )

    @classmethod
    def from_env(
        cls,
        *,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        **options: Unpack[ClientOptions],
    ) -> SentryClient:
        """A client configured from ``SENTRY_AUTH_TOKEN``, ``SENTRY_URL``, ``SENTRY_REGION`` and
        ``SENTRY_ORG`` (keyword arguments override them; they are those of the constructor)."""
        return cls(transport=transport, sleep=sleep, **options)

    # ------------------------------------------------------------------ public API

    @sync_call(None)  # a positional parameter is a failed Result, not a TypeError
    def call(self, operation_id: str, /, **params: Any) -> Result[Any]:
        """Call any operation by its operationId. Never raises for API, network or input errors.

        Path and query parameters by their snake_case names (wire names work too); the body as
        ``body=`` (a dict or a generated model); ``timeout=`` (seconds or an ``httpx.Timeout``)
        replaces the client's timeout for this call's requests. For list operations,
        ``max_results=N`` follows cursors until N items (one page without it); ``cursor=``
        resumes from a ``Result.next_cursor``.
        """
        try:
            return self._run(self._call_flow(operation_id, params))  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - call() must never raise
            return self._internal_failure(operation_id, exc)

    @sync_pages(None)
    def pages(self, operation_id: str, /, **params: Any) -> Iterator[Result[Any]]:
        """Each page of a list as a ``Result`` (data = that page's items), fetched lazily.

        Never raises: a failure is the last ``Result`` yielded. ``result.next_cursor``
        resumes after that page. ``max_results=`` caps the total number of items.
        """
        flow = self._pages_flow(operation_id, params)
        ahead: ReadAhead[_Reply] | None = None
        try:
            action = next(flow)
            while True:
                if type(action) is _Page:
                    page = action.result
                    del action  # the caller holds the page; we must not keep it alive
                    yield page
                    del page
                    action = next(flow)
                elif type(action) is _Ahead:
                    send = _Send(action.request, pace=True)
                    ahead = ReadAhead(action.request, partial(self._perform, send))
                    action = flow.send(None)
                elif ahead is not None and action.request is ahead.request:  # type: ignore[union-attr]
                    reply, ahead = ahead.reply(), None
                    action = flow.send(reply)
                else:
                    action = flow.send(self._perform(action))
        except StopIteration as stop:
            final = stop.value
            if isinstance(final, Result) and not final.success:
                yield final
        except Exception as exc:  # noqa: BLE001
            yield self._internal_failure(operation_id, exc)

    @sync_items(None)
    def paginate(self, operation_id: str, /, **params: Any) -> Iterator[Any]:
        """Every item of a list, fetched one page at a time (memory stays flat).

        Raises the typed :class:`~sentry_api.errors.SentryAPIError` of a failed page (an
        iterator has no envelope to return); use :meth:`pages` to get failures as Results.
        """
        for page in self.pages(operation_id, **params):
            if not page.success:
                raise exception_for(page)
            items = page.data or ()
            del page
            yield from items
            del items  # before the next page is fetched

    def close(self) -> None:
        self._http.close()

    def __enter__(self) -> SentryClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # ------------------------------------------------------------------ the driver

    def _run(self, flow: _Flow) -> Any:
        try:
            action = next(flow)
            while True:
                action = flow.send(self._perform(action))
        except StopIteration as stop:
            return stop.value

    def _perform(self, action: _Action) -> Any:
        if type(action) is _Send:
            paced = 0.0
            while action.pace and (delay := self._pacing_delay(paced)):
                self._sleep(delay)
                paced += delay
            seq = self._pacer.sent()
            started = self._clock()
            deadline = self._deadline(action.request)
            try:
                token = _deadline.enter(deadline)  # (a `with` costs ~2 us a request more)
                try:
                    raw = self._http.send(action.request, stream=True)
                    try:
                        response = read_body(raw, self._max_response_bytes, deadline)
                    finally:
                        raw.close()
                finally:
                    _deadline.leave(token)
                return _Reply(response, paced, seq, self._clock() - started)
            except Exception as exc:  # noqa: BLE001 - becomes the attempt's outcome
                return _Reply(exc, paced, seq, self._clock() - started)
        if type(action) is _Sleep:
            self._sleep(action.seconds)
            return None
        if type(action) is _Ahead:
            return None  # a driver that does not read ahead: the _Send follows as usual
        raise TypeError(f"unexpected action {action!r}")


# --------------------------------------------------------------------------- async


class AsyncSentryClient(_BaseClient[httpx.AsyncClient], AsyncResources):
    """The asyncio client: the same options and methods as :class:`SentryClient`, awaited.

    Extra option ``max_concurrency``: never more than this many requests in flight. The client
    also learns Sentry's ``X-Sentry-Rate-Limit-ConcurrentLimit`` and stays under it; until the
    server has said, it sends one request at a time.
    """

    def __init__(
        self,
        token: str | Token | None = None,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_concurrency: int | None = None,
        **options: Unpack[ClientOptions],
    ) -> None:
        import asyncio

        super().__init__(token, **options)
        self._sleep = sleep or asyncio.sleep
        self._gate = ConcurrencyGate(max_concurrency)
        self._pending_audits: set[asyncio.Future[Any]] = set()
        limits = httpx.Limits(
            max_connections=max(100, max_concurrency or 0),
            max_keepalive_connections=max(20, max_concurrency or 0),
        )
        self._http = httpx.AsyncClient(
            transport=transport,
            timeout=self._timeout,
            headers=self._headers,
            auth=self._auth,
            follow_redirects=False,
            limits=limits,
        )

    @classmethod
    def from_env(
        cls,
        *,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] | None = None,
        max_concurrency: int | None = None,
        **options: Unpack[ClientOptions],
    ) -> AsyncSentryClient:
        """See :meth:`SentryClient.from_env`."""
        return cls(transport=transport, sleep=sleep, max_concurrency=max_concurrency, **options)

    @property
    def concurrency_limit(self) -> int:
        """The current cap on requests in flight (caller's cap and server's limit)."""
        return self._gate.limit

    @async_call(None)
    async def call(self, operation_id: str, /, **params: Any) -> Result[Any]:
        """See :meth:`SentryClient.call`."""
        try:
            return await self._run(self._call_flow(operation_id, params))  # type: ignore[no-any-return]
        except Exception as exc:  # noqa: BLE001 - call() must never raise
            return self._internal_failure(operation_id, exc)

    @async_pages(None)
    async def pages(self, operation_id: str, /, **params: Any) -> AsyncIterator[Result[Any]]:
        """See :meth:`SentryClient.pages`."""
        flow = self._pages_flow(operation_id, params)
        ahead: AsyncReadAhead[_Reply] | None = None
        try:
            action = next(flow)
            while True:
                if type(action) is _Page:
                    page = action.result
                    del action  # the caller holds the page; we must not keep it alive
                    yield page
                    del page
                    action = next(flow)
                elif type(action) is _Ahead:
                    send = _Send(action.request, pace=True)
                    ahead = AsyncReadAhead(action.request, self._perform(send))
                    await ahead.started()
                    action = flow.send(None)
                elif ahead is not None and action.request is ahead.request:  # type: ignore[union-attr]
                    reply = await ahead.reply()
                    ahead = None
                    action = flow.send(reply)
                else:
                    action = flow.send(await self._perform(action))
        except StopIteration as stop:
            final = stop.value
            if isinstance(final, Result) and not final.success:
                yield final
        except Exception as exc:  # noqa: BLE001
            yield self._internal_failure(operation_id, exc)
        finally:
            if ahead is not None:
                ahead.cancel()  # the caller stopped early: that page is not wanted

    @async_items(None)
    async def paginate(self, operation_id: str, /, **params: Any) -> AsyncIterator[Any]:
        """See :meth:`SentryClient.paginate`."""
        # Closed with this generator, not whenever it is collected: that cancels a page read
        # ahead for a caller who stopped.
        pages_of = cast("AsyncGenerator[Result[Any], None]", self.pages(operation_id, **params))
        async with aclosing(pages_of) as pages:
            async for page in pages:
                if not page.success:
                    raise exception_for(page)
                items = page.data or ()
                del page
                for item in items:
                    yield item
                items = item = None  # before the next page is fetched

    async def aclose(self) -> None:
        await self._http.aclose()
        if self._pending_audits:
            import asyncio

            await asyncio.gather(*self._pending_audits, return_exceptions=True)

    close = aclose

    async def __aenter__(self) -> AsyncSentryClient:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    # ------------------------------------------------------------------ the driver

    async def _run(self, flow: _Flow) -> Any:
        try:
            action = next(flow)
            while True:
                action = flow.send(await self._perform(action))
        except StopIteration as stop:
            return stop.value

    async def _perform(self, action: _Action) -> Any:
        if type(action) is _Send:
            gate = self._gate
            await gate.acquire()
            try:
                paced = 0.0
                while action.pace and (delay := self._pacing_delay(paced)):
                    await self._sleep(delay)
                    paced += delay
                seq = self._pacer.sent()
                started = self._clock()
                try:
                    response = await self._receive(action.request)
                except Exception as exc:  # noqa: BLE001 - becomes the attempt's outcome
                    return _Reply(exc, paced, seq, self._clock() - started)
                gate.learn(_concurrency_of(response))
                return _Reply(response, paced, seq, self._clock() - started)
            finally:
                gate.release()
        if type(action) is _Sleep:
            await self._sleep(action.seconds)
            return None
        if type(action) is _Ahead:
            return None  # a driver that does not read ahead: the _Send follows as usual
        raise TypeError(f"unexpected action {action!r}")

    async def _receive(self, request: httpx.Request) -> httpx.Response:
        """Send and read the whole body, all within the whole-request timeout."""
        deadline = self._deadline(request)
        if deadline is None:
            return await self._send_and_read(request, None)
        import asyncio

        if sys.version_info >= (3, 11):
            from asyncio import timeout_at
        else:  # the same context manager, from the library asyncio's own was taken from
            from async_timeout import timeout_at
        try:
            # No extra task (asyncio.wait_for makes one): the send keeps its place in the loop,
            # which is what keeps concurrent calls in the order the rate-limit pacer gave them.
            async with timeout_at(_loop_time(deadline)):
                return await self._send_and_read(request, deadline)
        except asyncio.TimeoutError:
            raise httpx.ReadTimeout(
                "the request took longer than its timeout", request=request
            ) from None

    async def _send_and_read(
        self, request: httpx.Request, deadline: float | None
    ) -> httpx.Response:
        raw = await self._http.send(request, stream=True)
        try:
            return await aread_body(raw, self._max_response_bytes, deadline)
        finally:
            await raw.aclose()

    def _schedule_audit(self, awaitable: Awaitable[Any]) -> None:
        import asyncio

        future = asyncio.ensure_future(awaitable)
        self._pending_audits.add(future)
        future.add_done_callback(self._audit_done)

    def _audit_done(self, future: asyncio.Future[Any]) -> None:
        self._pending_audits.discard(future)
        if not future.cancelled() and future.exception() is not None:
            _log.warning("audit hook failed", exc_info=future.exception())


def _loop_time(deadline: float) -> float:
    """A ``time.monotonic()`` deadline on the running event loop's clock."""
    import asyncio

    return asyncio.get_running_loop().time() + (deadline - time.monotonic())


def _concurrency_of(response: httpx.Response) -> RateLimit | None:
    value = response.headers.get("x-sentry-rate-limit-concurrentlimit")
    if value is None:
        return None
    try:
        return RateLimit(concurrent_limit=int(value))
    except ValueError:
        return None

"""``SentryClient``: the synchronous driver of the shared call logic (:mod:`sentry_api.calls`)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from functools import partial
from types import TracebackType
from typing import TYPE_CHECKING, Any

import httpx
from sentry_api_client.resources import Resources

from sentry_api import deadline as _deadline
from sentry_api.auth import Token
from sentry_api.calls import Calls
from sentry_api.cookies import HttpClient
from sentry_api.decoding import read_body
from sentry_api.errors import exception_for
from sentry_api.flow import Action, Ahead, Flow, Page, Reply, Send, Sleep
from sentry_api.read_ahead import MAX_THREADS, ReadAhead
from sentry_api.resources import sync_call, sync_items, sync_pages
from sentry_api.result import Result

if TYPE_CHECKING:
    from typing_extensions import Unpack

    from sentry_api.base_client import ClientOptions


class SentryClient(Calls[httpx.Client], Resources):
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
        self._read_ahead_slots = threading.BoundedSemaphore(MAX_THREADS)
        if transport is None:
            # httpx's own default, with every socket operation bounded by the deadline.
            transport = httpx.HTTPTransport()
            _deadline.install(transport)
        elif isinstance(transport, httpx.HTTPTransport):
            _deadline.install(transport)  # a caller's own: its headers phase is bounded too
        self._http = HttpClient(
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
        """Each page of a list as a ``Result`` (data = that page's items), fetched as the loop
        reaches it (from the third page on, each page is requested while the one before is
        in use: see :mod:`sentry_api.read_ahead`).

        Never raises: a failure is the last ``Result`` yielded. ``result.next_cursor``
        resumes after that page. ``max_results=`` caps the total number of items.
        """
        flow = self._pages_flow(operation_id, params)
        ahead: ReadAhead | None = None
        unused: Callable[[Reply | None], None] | None = None
        try:
            action = next(flow)
            while True:
                if type(action) is Page:
                    page = action.result
                    del action  # the caller holds the page; we must not keep it alive
                    yield page
                    del page
                    action = next(flow)
                elif type(action) is Ahead:
                    ahead = self._send_ahead(action)
                    unused = action.unused
                    action = flow.send(ahead is not None)
                elif type(action) is Send and ahead is not None and action.request is ahead.request:
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
        finally:
            if ahead is not None and unused is not None:
                ahead.abandon(unused)  # the caller stopped before that page

    def _send_ahead(self, action: Ahead) -> ReadAhead | None:
        """Send ``action.request`` on a thread, unless the rate-limit window is used up: the
        thread never paces (waiting is the caller's, with the client's own ``sleep``), so
        then the page is requested when the listing reaches it."""
        if self._pacing_delay(0.0) > 0:
            return None
        send = partial(self._perform, Send(action.request, pace=False))
        return ReadAhead.start(action, send, self._clock, self._read_ahead_slots)

    @sync_items(None)
    def paginate(self, operation_id: str, /, **params: Any) -> Iterator[Any]:
        """Every item of a list, a page at a time (the next one read ahead; memory stays flat).

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

    def _run(self, flow: Flow) -> Any:
        try:
            action = next(flow)
            while True:
                action = flow.send(self._perform(action))
        except StopIteration as stop:
            return stop.value

    def _perform(self, action: Action) -> Any:
        if type(action) is Send:
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
                return Reply(response, paced, seq, self._clock() - started)
            except Exception as exc:  # noqa: BLE001 - becomes the attempt's outcome
                return Reply(exc, paced, seq, self._clock() - started)
        if type(action) is Sleep:
            self._sleep(action.seconds)
            return None
        if type(action) is Ahead:
            return False  # a driver that does not read ahead: the Send follows as usual
        raise TypeError(f"unexpected action {action!r}")

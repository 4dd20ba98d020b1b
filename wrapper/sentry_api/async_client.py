"""``AsyncSentryClient``: the asyncio driver of the shared call logic (:mod:`sentry_api.calls`)."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections.abc import AsyncGenerator, AsyncIterator, Awaitable, Callable
from contextlib import aclosing
from types import TracebackType
from typing import TYPE_CHECKING, Any, cast

import httpx
from sentry_api_client.resources import AsyncResources

from sentry_api.auth import Token
from sentry_api.calls import Calls
from sentry_api.cookies import AsyncHttpClient
from sentry_api.decoding import aread_body
from sentry_api.errors import exception_for
from sentry_api.flow import Action, Ahead, Flow, Page, Reply, Send, Sleep
from sentry_api.ratelimit import ConcurrencyGate, RateLimit
from sentry_api.read_ahead import AsyncReadAhead
from sentry_api.resources import async_call, async_items, async_pages
from sentry_api.result import Result

if TYPE_CHECKING:
    import asyncio

    from typing_extensions import Unpack

    from sentry_api.base_client import ClientOptions

_log = logging.getLogger("sentry_api")


class AsyncSentryClient(Calls[httpx.AsyncClient], AsyncResources):
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
        self._http = AsyncHttpClient(
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
        import asyncio  # (not at the top: the sync client imports this module too)

        flow = self._pages_flow(operation_id, params)
        ahead: AsyncReadAhead | None = None
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
                    send = Send(action.request, pace=True)
                    ahead = AsyncReadAhead(action, self._perform(send), self._clock)
                    try:
                        await ahead.started()
                    except asyncio.CancelledError:
                        # This page is in: let it be read and audited before stopping.
                        with contextlib.suppress(Exception):
                            flow.send(True)
                        raise
                    action = flow.send(True)
                elif type(action) is Send and ahead is not None and action.request is ahead.request:
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
                ahead.abandon()  # the caller stopped early: that page is not wanted

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

    async def _run(self, flow: Flow) -> Any:
        try:
            action = next(flow)
            while True:
                action = flow.send(await self._perform(action))
        except StopIteration as stop:
            return stop.value

    async def _perform(self, action: Action) -> Any:
        if type(action) is Send:
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
                    return Reply(exc, paced, seq, self._clock() - started)
                gate.learn(_concurrency_of(response))
                return Reply(response, paced, seq, self._clock() - started)
            finally:
                gate.release()
        if type(action) is Sleep:
            await self._sleep(action.seconds)
            return None
        if type(action) is Ahead:
            return False  # a driver that does not read ahead: the Send follows as usual
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

"""Reading ahead: the next page's request goes out while the caller works on this page.

A hand-written loop over Sentry's ``Link`` header waits for each page in turn: the server
builds page *n + 1* only after the client has decoded, checked and handed out page *n*. When
``pages()``/``paginate()`` receive a page that promises another, they send the request for that
next page at once, in the background, and only then decode the page at hand, so the two
overlap. The caller gets the pages in the same order and with the same outcomes, errors and
retries included: the background send is the very request the listing would have sent next,
paced by the same rate-limit pacer, and its reply is handed to the listing when it asks.

At most one request is ever ahead, so memory stays flat. Reading ahead starts with the third
page (announced when the second arrives): a caller that stops within the first page costs no
extra request, and one that stops later at most one. ``read_ahead=False`` on the client turns
it off; a listing with ``max_results`` never reads ahead (the next page's size depends on what
this one held).

The sync client sends on a daemon thread, the async one on a task. A background send that is
no longer wanted (the caller stopped iterating) is left to finish on its own (sync) or
cancelled (async); its reply is dropped.
"""

from __future__ import annotations

import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Generic, TypeVar

if TYPE_CHECKING:
    import asyncio

    import httpx

__all__ = ["AsyncReadAhead", "ReadAhead"]

ReplyT = TypeVar("ReplyT")


# httpcore trace events after which the sending thread waits on the network (for a new
# connection, or for the answer): the moment to hand the interpreter back to the caller.
_WAITING_EVENTS = (".connect_tcp.started", ".send_request_body.complete")
# The longest the caller waits for that moment (a custom transport reports no events).
HANDOFF_TIMEOUT = 0.05


class ReadAhead(Generic[ReplyT]):
    """``send()`` running on a daemon thread; :meth:`reply` waits for its outcome.

    The constructor returns once the request is on its way. Otherwise the caller's decoding,
    which holds the GIL for a millisecond at a time, would keep the thread from even sending
    until the caller next waits, and nothing would overlap.
    """

    __slots__ = ("_error", "_reply", "_sent", "_thread", "request")

    def __init__(self, request: httpx.Request, send: Callable[[], ReplyT]) -> None:
        self.request = request
        self._reply: ReplyT | None = None
        self._error: BaseException | None = None
        self._sent = threading.Event()
        request.extensions = {**request.extensions, "trace": self._trace}
        # A daemon: a reply nobody waits for any more must not keep the interpreter alive.
        self._thread = threading.Thread(
            target=self._run, args=(send,), name="sentry-api-read-ahead", daemon=True
        )
        self._thread.start()
        self._sent.wait(HANDOFF_TIMEOUT)

    def _trace(self, event: str, info: object) -> None:
        if event.endswith(_WAITING_EVENTS):
            self._sent.set()

    def _run(self, send: Callable[[], ReplyT]) -> None:
        try:
            self._reply = send()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller instead
            self._error = exc
        finally:
            self._sent.set()

    def reply(self) -> ReplyT:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._reply  # type: ignore[return-value]  # set whenever _error is not


class AsyncReadAhead(Generic[ReplyT]):
    """``send`` running as a task of the current event loop."""

    __slots__ = ("_sent", "_task", "request")

    def __init__(self, request: httpx.Request, send: Awaitable[ReplyT]) -> None:
        import asyncio  # here: the sync client never needs it

        self.request = request
        self._sent = asyncio.Event()
        request.extensions = {**request.extensions, "trace": self._trace}
        self._task: asyncio.Future[ReplyT] = asyncio.ensure_future(send)
        self._task.add_done_callback(lambda _: self._sent.set())

    async def _trace(self, event: str, info: object) -> None:
        if event.endswith(_WAITING_EVENTS):
            self._sent.set()

    async def started(self) -> None:
        """Let the task run until the request is on its way: the caller's decoding that
        follows does not yield to the event loop."""
        import asyncio

        try:
            await asyncio.wait_for(self._sent.wait(), HANDOFF_TIMEOUT)
        except asyncio.TimeoutError:
            pass

    async def reply(self) -> ReplyT:
        return await self._task

    def cancel(self) -> None:
        self._task.cancel()

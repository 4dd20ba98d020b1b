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
extra request, and one that stops later at most one (as does a page that arrives but then
cannot be read: its successor was already asked for). ``read_ahead=False`` on the client turns
it off; a listing with ``max_results`` never reads ahead (the next page's size depends on what
this one held), nor does one whose server allows no second request in flight
(``X-Sentry-Rate-Limit-ConcurrentLimit`` below 2, or none remaining).

The sync client sends on a daemon thread, in a copy of the caller's context (so context
variables, such as tracing spans, still hold), and never has more than
:data:`MAX_THREADS` such sends in flight (beyond that a listing just waits for its pages); if
no thread can be started, the page is requested when it is reached, as without reading ahead.
The async client sends on a task of its loop, behind its concurrency gate. A send that is no
longer wanted (the caller stopped iterating) is left to finish on its own (sync) or cancelled
(async); either way it is audited at once (``decision="read_ahead_unused"``, with its status
if it has been answered) and its reply dropped. The thread only sends: it neither paces (a read
ahead is not started while the rate-limit window is used up; a 429 in a race is retried by the
listing like any other) nor calls anything of the caller's (audit hook, injected ``sleep``).
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

    from sentry_api.flow import Ahead, Reply

__all__ = ["MAX_THREADS", "AsyncReadAhead", "ReadAhead"]

# Read-ahead sends in flight at once per sync client: each holds a thread and a connection
# until its answer comes (one abandoned on a server that never answers holds them until the
# request's timeout), so they are bounded, and the pool always has room for the caller.
MAX_THREADS = 4

# httpcore trace events after which the sending thread waits on the network (for a new
# connection, or for the answer): the moment to hand the interpreter back to the caller.
_WAITING_EVENTS = (".connect_tcp.started", ".send_request_body.complete")
# The longest the caller waits for that moment (a custom transport reports no events).
HANDOFF_TIMEOUT = 0.05
# Event-loop turns the async caller yields for the task to put its request on its way.
HANDOFF_TURNS = 20


class ReadAhead:
    """One page request sent on a daemon thread; :meth:`reply` waits for its outcome.

    Built with :meth:`start`, which returns once the request is on its way. Otherwise the
    caller's decoding, which holds the GIL for a millisecond at a time, would keep the thread
    from even sending until the caller next waits, and nothing would overlap.
    """

    __slots__ = (
        "_clock",
        "_done",
        "_error",
        "_extensions",
        "_finished_at",
        "_lock",
        "_reply",
        "_sent",
        "_slots",
        "_thread",
        "request",
    )

    @classmethod
    def start(
        cls,
        ahead: Ahead,
        send: Callable[[], Reply],
        clock: Callable[[], float],
        slots: threading.Semaphore,
    ) -> ReadAhead | None:
        """Start sending ``ahead.request``; ``None`` (do not read ahead) when ``slots`` has no
        room or no thread can be started (at interpreter shutdown, or out of threads)."""
        if not slots.acquire(blocking=False):
            return None
        try:
            return cls(ahead, send, clock, slots)
        except RuntimeError:
            slots.release()
            return None

    def __init__(
        self,
        ahead: Ahead,
        send: Callable[[], Reply],
        clock: Callable[[], float],
        slots: threading.Semaphore,
    ) -> None:
        self.request = ahead.request
        self._clock = clock
        self._slots = slots
        self._reply: Reply | None = None
        self._error: BaseException | None = None
        self._finished_at = 0.0
        self._done = False
        self._lock = threading.Lock()
        self._sent = threading.Event()
        self._extensions = self.request.extensions
        self.request.extensions = {**self._extensions, "trace": self._trace}
        context = contextvars.copy_context()
        # A daemon: a reply nobody waits for any more must not keep the interpreter alive.
        self._thread = threading.Thread(
            target=context.run, args=(self._run, send), name="sentry-api-read-ahead", daemon=True
        )
        try:
            self._thread.start()
        except RuntimeError:
            self.request.extensions = self._extensions
            raise
        self._sent.wait(HANDOFF_TIMEOUT)

    def _trace(self, event: str, info: object) -> None:
        if event.endswith(_WAITING_EVENTS):
            self._sent.set()

    def _run(self, send: Callable[[], Reply]) -> None:
        try:
            self._reply = send()
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting caller instead
            self._error = exc
        finally:
            # The request outlives this object (its response points to it): drop our hook.
            self.request.extensions = self._extensions
            self._finished_at = self._clock()
            self._sent.set()
            self._slots.release()
            with self._lock:
                self._done = True

    def reply(self) -> Reply:
        """The reply (waiting for it), marked with how long it sat complete before this."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._reply is not None
        self._reply.idle = max(0.0, self._clock() - self._finished_at)
        return self._reply

    def abandon(self, unused: Callable[[Reply | None], None]) -> None:
        """The listing stopped before this page: report it to ``unused`` now, on the caller's
        thread, with its reply if it has come (``None`` if it is still on its way: the thread
        then finishes on its own and its reply is dropped). Nothing of the caller's - audit
        hook, injected sleep - is ever called from the thread."""
        with self._lock:
            reply = self._reply if self._done else None
        unused(reply)


class AsyncReadAhead:
    """One page request sent as a task of the current event loop."""

    __slots__ = ("_clock", "_finished_at", "_sent", "_task", "_unused", "request")

    def __init__(self, ahead: Ahead, send: Awaitable[Reply], clock: Callable[[], float]) -> None:
        import asyncio  # here: the sync client never needs it

        self.request = ahead.request
        self._unused = ahead.unused
        self._clock = clock
        self._finished_at = 0.0
        self._sent = False
        extensions = self.request.extensions
        self.request.extensions = {**extensions, "trace": self._trace}
        self._task: asyncio.Future[Reply] = asyncio.ensure_future(send)

        def finished(_: object) -> None:
            self.request.extensions = extensions
            self._finished_at = self._clock()

        self._task.add_done_callback(finished)

    async def _trace(self, event: str, info: object) -> None:
        if event.endswith(_WAITING_EVENTS):
            self._sent = True

    async def started(self) -> None:
        """Let the task run until its request is on its way: the caller's decoding that
        follows does not yield to the event loop. (Plain ``sleep(0)`` turns: unlike
        ``wait_for`` before Python 3.12, they never swallow the caller's cancellation.)"""
        import asyncio

        for _ in range(HANDOFF_TURNS):
            if self._sent or self._task.done():
                return
            await asyncio.sleep(0)

    async def reply(self) -> Reply:
        reply = await self._task
        reply.idle = max(0.0, self._clock() - self._finished_at)
        return reply

    def abandon(self) -> None:
        """The listing stopped before this page: cancel its send, report it as unused now."""
        task = self._task
        reply = None
        if task.done() and not task.cancelled() and task.exception() is None:
            reply = task.result()
        else:
            task.cancel()
        self._unused(reply)

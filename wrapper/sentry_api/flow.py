"""The flow protocol between a client's call logic and its driver.

The logic of a call (:mod:`sentry_api.calls`, :mod:`sentry_api.exchange`) is a generator that
yields what it needs done - ``Send(request)``, ``Sleep(seconds)``, ``Page(result)``,
``Ahead(request)`` - and is sent back the outcome (a ``Reply`` for ``Send``, whether it was
sent for ``Ahead``, ``None`` otherwise). The sync and async clients are the drivers: they
only do the I/O.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

import httpx

from sentry_api import pagination
from sentry_api.result import Result


class Send:
    """Send ``request``; with ``pace``, first wait out a used-up rate-limit window.

    The driver answers with a :class:`Reply`. Pacing happens in the driver, right before the
    send (for the async client: after a concurrency slot is taken), so requests queued behind
    the concurrency gate see the window as it is when they actually go out.
    """

    __slots__ = ("pace", "request")

    def __init__(self, request: httpx.Request, pace: bool) -> None:
        self.request = request
        self.pace = pace


class Reply:
    __slots__ = ("elapsed", "idle", "outcome", "paced", "seq")

    def __init__(
        self, outcome: httpx.Response | Exception, paced: float, seq: int, elapsed: float
    ) -> None:
        self.outcome = outcome  # the response, or the transport error raised instead
        self.paced = paced  # seconds waited for the rate-limit window
        self.seq = seq  # the pacer's sequence number of this send
        self.elapsed = elapsed  # seconds from sending to the last byte of the body
        # Seconds a reply read ahead waited, complete, for the listing to reach it.
        self.idle = 0.0


class Ahead:
    """``request`` is most likely the next page's: a driver that reads ahead may send it now,
    in the background, and answer the ``Send`` of that same request object with its reply
    (see :mod:`sentry_api.read_ahead`). The driver answers whether it sent it; one that did
    not (it does not read ahead, or could not now) answers ``False``, and the ``Send`` then
    goes out as usual.

    ``unused`` is for a driver whose caller stops before that ``Send``: call it with the reply
    (``None`` if the request was cancelled) once it is known, so the request sent for nothing
    is audited too.
    """

    __slots__ = ("request", "unused")

    def __init__(self, request: httpx.Request, unused: Callable[[Reply | None], None]) -> None:
        self.request = request
        self.unused = unused


class Sleep:
    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Page:
    __slots__ = ("result",)

    def __init__(self, result: Result[Any]) -> None:
        self.result = result


Action = Send | Sleep | Page | Ahead

# A flow yields actions and is sent back a Reply for Send, None otherwise. Its return value
# is the outcome.
Flow = Generator[Action, Any, Any]


class Exchange:
    """One request's final outcome, after retries."""

    __slots__ = ("ahead", "idle", "json", "next", "result")

    def __init__(
        self, result: Result[Any], next_page: pagination.NextPage | None, payload: Any
    ) -> None:
        self.result = result
        self.next = next_page
        self.json = payload
        # The next page's request, announced with Ahead, and when it was: (cursor, request,
        # clock, wall clock).
        self.ahead: tuple[str, httpx.Request, float, float] | None = None
        self.idle = 0.0  # seconds its reply, read ahead, waited for the listing (see Reply)


class NoValue:
    pass


NO_JSON = NoValue()


def evolve(result: Result[Any], **changes: Any) -> Result[Any]:
    import attrs

    return attrs.evolve(result, **changes)

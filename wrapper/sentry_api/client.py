"""``SentryClient`` and ``AsyncSentryClient``: one call path, written once, for both.

As in openai-python, everything that is not I/O lives in a shared base class. Here that goes
one step further: the whole life of a call - validation, allow-list, region discovery, retries
(tenacity, driven step by step), parsing, pagination, audit - is a *generator* in the shared
base (:mod:`sentry_api.calls` on :mod:`sentry_api.exchange`, :mod:`sentry_api.answers` and
:mod:`sentry_api.base_client`) that yields what it needs done (``Send(request)``,
``Sleep(seconds)``, ``Page(result)``; see :mod:`sentry_api.flow`) and receives the outcome.
``SentryClient`` (:mod:`sentry_api.sync_client`) runs those generators with ``httpx.Client``
and ``time.sleep``; ``AsyncSentryClient`` (:mod:`sentry_api.async_client`) with
``httpx.AsyncClient``, ``asyncio.sleep`` and a concurrency gate. The drivers only do I/O:
take a concurrency slot (async), wait out a used-up rate-limit window (the wait itself is
decided by the shared ``Pacer``), send, sleep. So the logic exists once, and the two clients
cannot drift apart.

``call()`` never raises for HTTP, transport, parse or input problems; it returns a
:class:`~sentry_api.result.Result`. A bad *configuration* (unknown region, http:// to a remote
host, a conflicting region and base URL) raises ``ValueError`` from the constructor.
"""

from __future__ import annotations

from sentry_api.async_client import AsyncSentryClient
from sentry_api.base_client import DEFAULT_MAX_RETRIES, DEFAULT_MAX_RETRY_WAIT, DEFAULT_TIMEOUT
from sentry_api.calls import MAX_EMPTY_PAGES
from sentry_api.sync_client import SentryClient

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_WAIT",
    "DEFAULT_TIMEOUT",
    "MAX_EMPTY_PAGES",
    "AsyncSentryClient",
    "SentryClient",
]

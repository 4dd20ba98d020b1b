"""One deadline for a whole request: connect, send, headers and every byte of the body.

httpx's timeouts bound each network operation separately, so a server that sends one byte
just before each read timeout keeps a request alive without end. The client therefore gives
every attempt a deadline (``timeout`` seconds after it starts) and enforces it in two layers:

* :class:`DeadlineBackend` wraps the socket layer of the default transport (and of a caller's
  ``httpx.HTTPTransport``): each connect,
  read and write is given at most the time left before the deadline, so the bound is exact.
  It reads the deadline from a context variable that the sync driver sets around the send.
* Between body chunks the reading loop checks the clock (see :mod:`sentry_api.decoding`); with
  another kind of transport of the caller's own that is the only bound (overrun: at most one
  read of it; the headers are bounded by that transport's own timeouts only).

The async client cancels the whole attempt at the deadline instead (``asyncio.timeout_at``).
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import httpcore
import httpx

__all__ = ["DeadlineBackend", "enter", "install", "leave", "left", "within"]

_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "sentry_api_deadline", default=None
)


@contextmanager
def within(deadline: float | None) -> Iterator[None]:
    """Run the block with ``deadline`` (a ``time.monotonic()`` value) for the socket layer."""
    token = _DEADLINE.set(deadline)
    try:
        yield
    finally:
        _DEADLINE.reset(token)


def enter(deadline: float | None) -> contextvars.Token[float | None]:
    """:func:`within` without the context manager (for the hot path): pass the returned
    token to :func:`leave` in a ``finally``."""
    return _DEADLINE.set(deadline)


def leave(token: contextvars.Token[float | None]) -> None:
    _DEADLINE.reset(token)


def left(timeout: float | None, what: str) -> float | None:
    """``timeout`` shortened to the time left before the current deadline (raises if none)."""
    deadline = _DEADLINE.get()
    if deadline is None:
        return timeout
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        exc = httpcore.ConnectTimeout if what == "connect" else httpcore.ReadTimeout
        raise exc("the request took longer than its timeout")
    return remaining if timeout is None else min(timeout, remaining)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self._inner = inner

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(max_bytes, left(timeout, "read"))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, left(timeout, "write"))

    def close(self) -> None:
        self._inner.close()

    def start_tls(
        self, ssl_context: Any, server_hostname: str | None = None, timeout: float | None = None
    ) -> httpcore.NetworkStream:
        inner = self._inner.start_tls(ssl_context, server_hostname, left(timeout, "connect"))
        return _DeadlineStream(inner)

    def get_extra_info(self, info: str) -> Any:
        return self._inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """A network backend whose every operation ends by the current deadline."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self._inner = inner

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_tcp(
            host, port, left(timeout, "connect"), local_address, socket_options
        )
        return _DeadlineStream(stream)

    def connect_unix_socket(
        self, path: str, timeout: float | None = None, socket_options: Iterable[Any] | None = None
    ) -> httpcore.NetworkStream:
        stream = self._inner.connect_unix_socket(path, left(timeout, "connect"), socket_options)
        return _DeadlineStream(stream)

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)


def install(transport: httpx.HTTPTransport) -> bool:
    """Put a :class:`DeadlineBackend` under an ``httpx.HTTPTransport`` (the default one, or a
    caller's); ``False`` if this httpx/httpcore does not have the expected layout (the chunk
    checks still apply). Outside a client's send no deadline is set and the backend passes
    every timeout through unchanged, so other users of a shared transport see no change."""
    pool = getattr(transport, "_pool", None)
    backend = getattr(pool, "_network_backend", None)
    if isinstance(backend, DeadlineBackend):
        return True  # a transport shared by several clients: bounded once is enough
    if not isinstance(backend, httpcore.NetworkBackend):
        return False
    pool._network_backend = DeadlineBackend(backend)  # type: ignore[union-attr]
    return True

"""In-process httpx transports onto the sandbox app: no socket, but real HTTP semantics.

``httpx.ASGITransport`` ignores timeouts (there is no network to time out), so a ``hang`` fault
would simply block. The sandbox transports enforce the request's read timeout and turn it into
``httpx.ReadTimeout``, exactly what a client sees from a real server. httpx has no synchronous
ASGI transport, so the sync one runs the async transport on a private event loop in a daemon
thread (a daemon, so a client that is never closed cannot keep the interpreter alive).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Coroutine, MutableMapping
from typing import Any, TypeVar

import anyio
import httpx

T = TypeVar("T")


class SandboxAsyncTransport(httpx.ASGITransport):
    """``httpx.ASGITransport`` with the client's read timeout enforced.

    The exchange itself is reimplemented (same ASGI scope and semantics) because httpx's
    version tries to import ``sniffio`` on every request to detect trio, which costs more
    than the sandbox takes to answer when that optional package is absent.
    """

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        timeout = (request.extensions.get("timeout") or {}).get("read")
        try:
            if timeout is None:
                return await self._exchange(request)
            with anyio.fail_after(timeout):
                return await self._exchange(request)
        except TimeoutError:
            raise httpx.ReadTimeout("The read operation timed out", request=request) from None

    async def _exchange(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        scope = {
            "type": "http",
            "asgi": {"version": "3.0"},
            "http_version": "1.1",
            "method": request.method,
            "headers": [(k.lower(), v) for (k, v) in request.headers.raw],
            "scheme": request.url.scheme,
            "path": request.url.path,
            "raw_path": request.url.raw_path.split(b"?")[0],
            "query_string": request.url.query,
            "server": (request.url.host, request.url.port),
            "client": self.client,
            "root_path": self.root_path,
        }
        sent_body = False
        done = anyio.Event()
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def receive() -> dict[str, Any]:
            nonlocal sent_body
            if not sent_body:
                sent_body = True
                return {"type": "http.request", "body": body, "more_body": False}
            await done.wait()
            return {"type": "http.disconnect"}

        async def send(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                if request.method != "HEAD":
                    chunks.append(message.get("body", b""))
                if not message.get("more_body", False):
                    done.set()

        try:
            await self.app(scope, receive, send)
        finally:
            done.set()
        if "status" not in start:
            raise httpx.RemoteProtocolError("The app returned without a response", request=request)
        return httpx.Response(
            start["status"], headers=start.get("headers", []), content=b"".join(chunks)
        )


class LoopRunner:
    """An asyncio event loop in a daemon thread that runs coroutines for sync callers."""

    def __init__(self) -> None:
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self._loop.run_forever, name="sentry-sandbox-loop", daemon=True
        )
        self._thread.start()

    def run(self, coro: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coro, self._loop).result()

    def stop(self) -> None:
        if self._loop.is_closed():
            return
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(timeout=5)
        if not self._thread.is_alive():
            self._loop.close()


class SandboxSyncTransport(httpx.BaseTransport):
    def __init__(self, app: Any, runner: LoopRunner) -> None:
        self._transport = SandboxAsyncTransport(app=app)
        self._runner = runner

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        content = request.read()
        inner = httpx.Request(
            request.method,
            request.url,
            headers=request.headers,
            content=content,
            extensions=request.extensions,
        )
        try:
            status, headers, body = self._runner.run(self._exchange(inner))
        except httpx.TransportError as exc:
            exc.request = request
            raise
        return httpx.Response(status, headers=headers, content=body)

    async def _exchange(
        self, request: httpx.Request
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
        response = await self._transport.handle_async_request(request)
        body = await response.aread()
        return response.status_code, response.headers.raw, body

"""``SandboxServer``: the sandbox over real HTTP on 127.0.0.1, in a background thread.

One thread runs one event loop with one uvicorn server per listener: the primary URL (every
organization, like sentry.io) and, with ``regions=("us", "de")``, one listener per region that
serves only the organizations living there (like us.sentry.io / de.sentry.io). Every listener
shares the same :class:`~sentry_api.sandbox.Sandbox`, so a change made through one is visible
through all. Ports are chosen by binding port 0 before the server starts, so there is no race.
"""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import httpx
import uvicorn

from .app import RegionPinnedApp
from .sandbox import Sandbox

_START_TIMEOUT = 15.0
_STOP_TIMEOUT = 10.0


class SandboxServer:
    """Serve a :class:`Sandbox` on 127.0.0.1.

    Args:
        sandbox: the sandbox to serve; by default a new one built from ``sandbox_kwargs``.
        host: the interface to listen on (loopback by default).
        port: the primary listener's port; 0 picks a free one.
        regions: names of region listeners to start (each on its own free port, or the port
            given in ``region_ports``).
        tokens: extra tokens and scopes, as for :class:`Sandbox` (``{"t": ["event:read"]}``).
        **sandbox_kwargs: passed to :class:`Sandbox` when ``sandbox`` is not given.
    """

    def __init__(
        self,
        sandbox: Sandbox | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        regions: Sequence[str] = (),
        region_ports: Mapping[str, int] | None = None,
        tokens: Mapping[str, Sequence[str]] | None = None,
        **sandbox_kwargs: Any,
    ) -> None:
        if sandbox is not None and (sandbox_kwargs or tokens):
            raise TypeError("pass either a sandbox or arguments to build one, not both")
        self.sandbox = sandbox or Sandbox(tokens=tokens, **sandbox_kwargs)
        self.host = host
        self._port = port
        self._regions = tuple(regions)
        self._region_ports = dict(region_ports or {})
        self._servers: list[uvicorn.Server] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._error: BaseException | None = None
        self.url = ""
        self.region_urls: dict[str, str] = {}
        self._previous_urls: tuple[str, dict[str, str]] | None = None

    # ------------------------------------------------------------------ convenience

    @property
    def token(self) -> str:
        return self.sandbox.token

    @property
    def state(self) -> Any:
        return self.sandbox.state

    @property
    def faults(self) -> Any:
        return self.sandbox.faults

    @property
    def admin_token(self) -> str:
        """The credential of the control routes (``/__sandbox__/...``)."""
        return str(self.sandbox.admin_token)

    def admin_client(self, **kwargs: Any) -> httpx.Client:
        """An ``httpx.Client`` on this server that may use the control routes."""
        headers = {**self.sandbox.admin_headers(), **kwargs.pop("headers", {})}
        return httpx.Client(base_url=self.url, headers=headers, **kwargs)

    def url_for_region(self, region: str) -> str:
        return self.region_urls[region]

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> SandboxServer:
        if self._thread is not None:
            raise RuntimeError("the server is already running")
        self.sandbox.closing.clear()
        listeners: list[tuple[str | None, socket.socket]] = [(None, self._bind(self._port))]
        listeners += [(r, self._bind(self._region_ports.get(r, 0))) for r in self._regions]
        self.url = self._url(listeners[0][1])
        self.region_urls = {str(region): self._url(sock) for region, sock in listeners[1:]}
        # Organizations of a region not served here fall back to the primary URL.
        regions = self.sandbox.regions
        self._previous_urls = (regions.primary_url, dict(regions.region_urls))
        regions.configure(self.url, self.region_urls)
        self._servers = [self._server(region, sock) for region, sock in listeners]
        started = threading.Event()
        self._thread = threading.Thread(
            target=self._run, args=(listeners, started), name="sentry-sandbox-server", daemon=True
        )
        self._thread.start()
        if not started.wait(_START_TIMEOUT) or self._error is not None:
            self.stop()
            raise RuntimeError(f"the sandbox server did not start: {self._error!r}")
        return self

    def _bind(self, port: int) -> socket.socket:
        # proto=IPPROTO_TCP matters: asyncio sets TCP_NODELAY on accepted sockets only when the
        # listening socket says TCP, and without it every response pays ~40 ms of delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        sock.bind((self.host, port))
        sock.listen(128)
        sock.setblocking(False)
        return sock

    def _url(self, sock: socket.socket) -> str:
        host, port = sock.getsockname()[:2]
        return f"http://{host}:{port}"

    def _server(self, region: str | None, sock: socket.socket) -> uvicorn.Server:
        app: Any = self.sandbox.app if region is None else RegionPinnedApp(self.sandbox.app, region)
        config = uvicorn.Config(
            app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            proxy_headers=False,
            server_header=False,
            date_header=False,
            # Hung requests end on shutdown (see app._hang); do not wait long for stragglers.
            timeout_graceful_shutdown=1,
        )
        return uvicorn.Server(config)

    def _run(
        self, listeners: list[tuple[str | None, socket.socket]], started: threading.Event
    ) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        try:
            loop.run_until_complete(self._serve_all(listeners, started))
        except BaseException as exc:  # reported to start() / stop()
            self._error = exc
            started.set()
        finally:
            loop.close()

    async def _serve_all(
        self, listeners: list[tuple[str | None, socket.socket]], started: threading.Event
    ) -> None:
        tasks = [
            asyncio.create_task(server.serve(sockets=[sock]))
            for server, (_, sock) in zip(self._servers, listeners, strict=True)
        ]
        while not all(server.started for server in self._servers):
            if any(task.done() for task in tasks):
                break
            await asyncio.sleep(0.005)
        started.set()
        await asyncio.gather(*tasks)

    def stop(self) -> None:
        """Stop every listener; hung requests are released so this returns promptly."""
        self.sandbox.closing.set()
        for server in self._servers:
            server.should_exit = True
        if self._thread is not None:
            self._thread.join(_STOP_TIMEOUT)
            if self._thread.is_alive():
                for server in self._servers:
                    server.force_exit = True
                self._thread.join(_STOP_TIMEOUT)
        self._thread = None
        self._servers = []
        if self._previous_urls is not None:
            # The sandbox outlives its server: give it back the URLs it had.
            self.sandbox.regions.configure(*self._previous_urls)
            self._previous_urls = None

    def __enter__(self) -> SandboxServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        return f"<SandboxServer url={self.url!r} regions={self.region_urls!r}>"

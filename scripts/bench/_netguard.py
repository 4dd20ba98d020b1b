"""Refuse every network connection that is not to this machine, and remember the attempts.

Every benchmark worker (ours and the peers') installs this before importing its client, so a
published figure can never include a call to the real sentry.io, a telemetry endpoint or a
"what is my IP" service, and the report can say exactly which hosts a client tried to reach.
Standard library only: it runs inside the peers' own virtual environments.
"""

from __future__ import annotations

import socket
from typing import Any

LOCAL_HOSTS = frozenset({"127.0.0.1", "::1", "localhost", "0:0:0:0:0:0:0:1"})

# Hosts (and ports) a client tried to reach, in order; read by the worker when it reports.
BLOCKED: list[str] = []

_installed = False


def _host_of(address: Any) -> str | None:
    """The host part of a socket address, or None for address families without one."""
    if isinstance(address, tuple) and address:
        return str(address[0])
    return None


def _check(host: str | None, port: Any = None) -> None:
    if host is None or host in LOCAL_HOSTS:
        return
    BLOCKED.append(f"{host}:{port}" if port is not None else host)
    raise ConnectionRefusedError(f"benchmark network guard: {host} is not 127.0.0.1")


def install() -> None:
    """Patch socket connect and name resolution for the rest of this process (idempotent)."""
    global _installed
    if _installed:
        return
    _installed = True
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex
    real_getaddrinfo = socket.getaddrinfo

    def connect(self: socket.socket, address: Any) -> None:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = _host_of(address)
            _check(host, address[1] if isinstance(address, tuple) and len(address) > 1 else None)
        real_connect(self, address)

    def connect_ex(self: socket.socket, address: Any) -> int:
        if self.family in (socket.AF_INET, socket.AF_INET6):
            host = _host_of(address)
            _check(host, address[1] if isinstance(address, tuple) and len(address) > 1 else None)
        return real_connect_ex(self, address)

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is not None and name not in LOCAL_HOSTS:
            BLOCKED.append(f"{name}:{port} (DNS)")
            raise socket.gaierror(socket.EAI_NONAME, f"benchmark network guard: {name}")
        return real_getaddrinfo(host, port, *args, **kwargs)

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo

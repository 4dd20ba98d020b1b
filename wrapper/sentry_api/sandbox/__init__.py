"""A local, in-memory stand-in for the Sentry web API (the 42 operations of our spec).

Use it in process (no socket)::

    from sentry_api.sandbox import Sandbox
    sb = Sandbox()
    client = httpx.Client(base_url=sb.url, transport=sb.sync_transport(),
                          headers={"Authorization": f"Bearer {sb.token}"})

or as a real HTTP server on 127.0.0.1::

    from sentry_api.sandbox import SandboxServer
    with SandboxServer() as sb:
        print(sb.url, sb.token)

or from a shell: ``python -m sentry_api.sandbox --port 8765``.
"""

try:  # the [sandbox] extra; say which one rather than fail on a missing module deep inside
    import starlette as _starlette  # noqa: F401
    import uvicorn as _uvicorn  # noqa: F401
except ImportError as _missing:
    raise ImportError(
        f"sentry_api.sandbox needs the sandbox extra ({_missing.name} is missing): "
        "pip install 'sentry-api[sandbox]'",
        name=_missing.name,
    ) from _missing

from .app import CallRecord, ConnectionDropped, ConnectionReset
from .auth import ALL_SCOPES, DEMO_TOKEN
from .faults import FAULT_KINDS, FaultInjector, FaultRule
from .ratelimit import RateLimit
from .sandbox import Sandbox
from .server import SandboxServer
from .state import State

__all__ = [
    "ALL_SCOPES",
    "DEMO_TOKEN",
    "FAULT_KINDS",
    "CallRecord",
    "ConnectionDropped",
    "ConnectionReset",
    "FaultInjector",
    "FaultRule",
    "RateLimit",
    "Sandbox",
    "SandboxServer",
    "State",
]

"""``Sandbox``: the state, tokens, limits, faults and ASGI app of one sandboxed Sentry."""

from __future__ import annotations

import os
import secrets
import threading
from collections import Counter, deque
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

import httpx

from .app import CallRecord, SandboxApp, build_app
from .auth import ALL_SCOPES, DEMO_TOKEN, TokenRegistry
from .faults import FaultInjector
from .operations import Operation, load_operations
from .ratelimit import RateLimit, RateLimiter
from .regions import DEFAULT_PRIMARY_URL, Regions
from .seed import add_issues, build_demo
from .state import DEFAULT_NOW, Issue, State
from .transports import LoopRunner, SandboxAsyncTransport, SandboxSyncTransport
from .webhooks import WebhookSender

# Recent requests kept for inspection; bounded so a long benchmark does not grow memory.
_CALL_LOG_SIZE = 2_000

ADMIN_TOKEN_ENV = "SENTRY_SANDBOX_ADMIN_TOKEN"


class Sandbox:
    """A Sentry-compatible API server in memory.

    Args:
        seed: seeds the demo data (same seed, same data) and the fault RNG.
        seed_issues: issues generated for the ``acme`` organization (``globex`` gets 24 more).
        tokens: extra tokens and their scopes, e.g. ``{"read-only": ["event:read"]}``. The demo
            token (``sandbox-demo-token``, every scope) is always present.
        rate_limit: the limits every token gets unless ``rate_limits`` names it.
        rate_limits: per-token limits, e.g. ``{"slow": RateLimit(requests=10, window=1,
            concurrent=2)}``.
        latency: seconds added to every API request (while it counts as in flight).
        url: the public URL the sandbox pretends to be (a server replaces it with its own).
        region_urls: region name -> URL; requests addressed to one see only its organizations.
        now: the sandbox's "current time" (default: a fixed instant, for repeatable data).
        operations: operation metadata to serve instead of the generated spec metadata.
        admin_token: the credential of the ``/__sandbox__/`` control routes (default:
            ``SENTRY_SANDBOX_ADMIN_TOKEN``, else a random one; read it as ``admin_token``).
        webhook_url: POST signed ``issue`` webhooks here when an issue changes (webhooks.py).
        webhook_secret: the client secret those webhooks are signed with.
        allow_slash_in_versions: accept ``/`` and ``\\`` in new release versions. Sentry
            refuses them (``Release with name ... is not allowed``); allow them to exercise
            percent-encoding of path segments end to end.
    """

    def __init__(
        self,
        *,
        seed: int = 0,
        seed_issues: int = 250,
        tokens: Mapping[str, Iterable[str]] | None = None,
        rate_limit: RateLimit | None = None,
        rate_limits: Mapping[str, RateLimit] | None = None,
        latency: float = 0.0,
        url: str = DEFAULT_PRIMARY_URL,
        region_urls: Mapping[str, str] | None = None,
        now: float | datetime | None = None,
        operations: Mapping[str, Mapping[str, Any]] | None = None,
        webhook_url: str | None = None,
        webhook_secret: str | None = None,
        allow_slash_in_versions: bool = False,
        admin_token: str | None = None,
    ) -> None:
        self.seed = seed
        # The control routes' credential: given, from SENTRY_SANDBOX_ADMIN_TOKEN, or random.
        self.admin_token = (
            admin_token
            or os.environ.get(ADMIN_TOKEN_ENV)
            or f"sandbox-admin-{secrets.token_hex(16)}"
        )
        self.seed_issues = seed_issues
        self._now = _timestamp(now)
        self.operations: dict[str, Operation] = load_operations(operations)
        self.state = self._build_state()
        self.tokens = TokenRegistry(default_user_id=self._demo_user_id())
        self.tokens.add(DEMO_TOKEN, ALL_SCOPES)
        self.tokens.add_many(tokens or {})
        self.limiter = RateLimiter(rate_limit)
        for token, limit in (rate_limits or {}).items():
            self.limiter.configure(token, limit)
        self.faults = FaultInjector(self.operations, seed=seed)
        self.regions = Regions(url, region_urls)
        self.latency = latency
        self.allow_slash_in_versions = allow_slash_in_versions
        self.calls: deque[CallRecord] = deque(maxlen=_CALL_LOG_SIZE)
        self.call_counts: Counter[str] = Counter()
        self.closing = threading.Event()
        self._runner: LoopRunner | None = None
        self._runner_lock = threading.Lock()
        self.app: SandboxApp = build_app(self)
        self.webhooks: WebhookSender | None = None
        if webhook_url is not None:
            self.webhooks = WebhookSender(webhook_url, webhook_secret or "")
            self.webhooks.attach(self)

    # ------------------------------------------------------------------ setup

    def _build_state(self) -> State:
        state = State(seed=self.seed, now=self._now)
        build_demo(state, self.seed_issues)
        from .issues import render_for_webhook

        state.renderer = lambda resource, obj: render_for_webhook(self, resource, obj)
        return state

    def _demo_user_id(self) -> int | None:
        user = self.state.demo_user
        return user.id if user else None

    def reset(self) -> None:
        """Rebuild the demo data from the seed; tokens, limits and faults are kept."""
        listeners = list(self.state._listeners)
        self.state = self._build_state()
        for listener in listeners:
            self.state.on_change(listener)
        self.calls.clear()
        self.call_counts.clear()

    # ------------------------------------------------------------------ public helpers

    @property
    def token(self) -> str:
        """The demo token: every scope."""
        return DEMO_TOKEN

    @property
    def url(self) -> str:
        return self.regions.primary_url

    @property
    def region_urls(self) -> dict[str, str]:
        return dict(self.regions.region_urls)

    def add_token(
        self,
        token: str,
        scopes: Iterable[str] = ALL_SCOPES,
        *,
        rate_limit: RateLimit | None = None,
    ) -> None:
        """Accept ``token`` with ``scopes`` (and its own limits, if given)."""
        self.tokens.add(token, scopes)
        if rate_limit is not None:
            self.limiter.configure(token, rate_limit)

    def expire_token(self, token: str) -> None:
        """Make ``token`` answer 401 "Token expired" from now on."""
        self.tokens.expire(token)

    def set_rate_limit(self, token: str, rate_limit: RateLimit | None) -> None:
        """Give ``token`` its own limits (None: back to the default)."""
        self.limiter.configure(token, rate_limit)

    def rate_limit_stats(self, token: str | None = None) -> dict[str, int]:
        """Requests, 429s, and the peaks of requests in flight seen for ``token``."""
        return self.limiter.stats(token or DEMO_TOKEN)

    def add_issues(
        self, organization: str, project: str, count: int, *, status: str | None = None
    ) -> list[Issue]:
        """Add ``count`` generated issues to a project (quickly; for big benchmark lists)."""
        org = self.state.org(organization)
        found = self.state.project(org, project) if org else None
        if found is None:
            raise KeyError(f"no project {organization}/{project}")
        return add_issues(self.state, found, count, status=status)

    def record(self, record: CallRecord) -> None:
        self.calls.append(record)
        self.call_counts[record.operation_id] += 1

    def call_count(self, operation_id: str) -> int:
        """How many requests reached ``operation_id`` (faulted ones included)."""
        return self.call_counts[operation_id]

    # ------------------------------------------------------------------ transports

    def _loop(self) -> LoopRunner:
        with self._runner_lock:
            if self._runner is None:
                self._runner = LoopRunner()
            return self._runner

    def sync_transport(self, region: str | None = None) -> httpx.BaseTransport:
        """An httpx transport that runs requests through the app in process (no socket)."""
        return SandboxSyncTransport(self._app_for(region), self._loop())

    def async_transport(self, region: str | None = None) -> httpx.AsyncBaseTransport:
        """An ``httpx.ASGITransport`` onto the app, honouring the client's read timeout."""
        return SandboxAsyncTransport(app=self._app_for(region))

    def _app_for(self, region: str | None) -> Any:
        if region is None:
            return self.app
        from .app import RegionPinnedApp

        return RegionPinnedApp(self.app, region)

    def client(self, token: str | None = None, **kwargs: Any) -> httpx.Client:
        """A plain ``httpx.Client`` on the in-process transport, authenticated with ``token``."""
        headers = {"Authorization": f"Bearer {token or DEMO_TOKEN}", **kwargs.pop("headers", {})}
        return httpx.Client(
            base_url=kwargs.pop("base_url", self.url),
            transport=kwargs.pop("transport", self.sync_transport()),
            headers=headers,
            **kwargs,
        )

    def admin_headers(self) -> dict[str, str]:
        """The headers a control request (``/__sandbox__/...``) needs."""
        return {"Authorization": f"Bearer {self.admin_token}"}

    def async_client(self, token: str | None = None, **kwargs: Any) -> httpx.AsyncClient:
        headers = {"Authorization": f"Bearer {token or DEMO_TOKEN}", **kwargs.pop("headers", {})}
        return httpx.AsyncClient(
            base_url=kwargs.pop("base_url", self.url),
            transport=kwargs.pop("transport", self.async_transport()),
            headers=headers,
            **kwargs,
        )

    def close(self) -> None:
        """Release hung requests, stop webhook delivery and the in-process transports' loop."""
        self.closing.set()
        if self.webhooks is not None:
            self.webhooks.close()
        with self._runner_lock:
            if self._runner is not None:
                self._runner.stop()
                self._runner = None

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<Sandbox url={self.url!r} issues={len(self.state.issues)}>"


def _timestamp(now: float | datetime | None) -> float:
    if now is None:
        return DEFAULT_NOW
    if isinstance(now, datetime):
        return now.timestamp()
    return float(now)

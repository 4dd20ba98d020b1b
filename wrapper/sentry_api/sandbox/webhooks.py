"""Signed webhook delivery from the sandbox, so the receive side can be shown end to end.

When an issue changes, Sentry POSTs an ``issue`` webhook to the integration's URL, signed
with its client secret. ``WebhookSender`` does the same for the sandbox: it listens to the
state's change notifications and posts the payload Sentry would, with the
``Sentry-Hook-Resource``, ``Sentry-Hook-Timestamp``, ``Sentry-Hook-Signature`` and
``Request-ID`` headers, so a receiver can check it with ``sentry_api.webhooks.parse``.

State listeners run inside the request handler with the state lock held, so the listener
only serialises the payload and queues it; one background thread does the HTTP, with a short
timeout and a single attempt. Deliveries go to the configured URL only: redirects are not
followed and proxy settings from the environment are ignored.
"""

from __future__ import annotations

import json
import queue
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs
import httpx

from sentry_api.webhooks import signed_headers

if TYPE_CHECKING:
    from .sandbox import Sandbox

__all__ = ["DEFAULT_TIMEOUT", "Delivery", "WebhookSender"]

#: Seconds one delivery may take. Sentry itself gives receivers about one second.
DEFAULT_TIMEOUT = 2.0
# Issue actions Sentry sends webhooks for (it sends none when an issue is deleted).
ISSUE_ACTIONS = frozenset({"created", "resolved", "assigned", "ignored", "unresolved"})
_SUPPORTED: Mapping[str, frozenset[str]] = {"issue": ISSUE_ACTIONS, "error": frozenset({"created"})}
_MAX_QUEUED = 1000
_SENTRY_ACTOR = {"type": "application", "id": "sentry", "name": "Sentry"}


@attrs.frozen(kw_only=True)
class Delivery:
    """The outcome of one webhook POST (``status_code`` None when it failed to connect)."""

    resource: str
    action: str
    request_id: str
    status_code: int | None
    error: str | None
    duration: float

    @property
    def ok(self) -> bool:
        return self.status_code is not None and 200 <= self.status_code < 300


@attrs.frozen
class _Job:
    resource: str
    action: str
    body: bytes


class WebhookSender:
    """Posts signed webhooks for the sandbox's state changes to one URL.

    Args:
        url: where to POST (``http`` or ``https``).
        secret: the client secret deliveries are signed with.
        resources: which webhook resources to send: ``issue`` (default) and/or ``error``.
        timeout: seconds per delivery (connect + read), one attempt.
        installation_uuid: the ``installation.uuid`` in payloads (default: derived from ``url``).
        transport: an httpx transport to post through (tests); default: real sockets.
    """

    def __init__(
        self,
        url: str,
        secret: str,
        *,
        resources: Iterable[str] = ("issue",),
        timeout: float = DEFAULT_TIMEOUT,
        installation_uuid: str | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        parsed = httpx.URL(url)
        if parsed.scheme not in ("http", "https") or not parsed.host:
            raise ValueError(f"webhook URL must be an absolute http(s) URL, got {url!r}")
        if not secret:
            raise ValueError("a webhook secret is required: receivers verify the signature")
        unknown = set(resources) - set(_SUPPORTED)
        if unknown:
            raise ValueError(f"the sandbox cannot send {sorted(unknown)} webhooks")
        self.url = str(parsed)
        self._secret = secret
        self.resources = frozenset(resources)
        self.timeout = timeout
        self.installation_uuid = installation_uuid or str(uuid.uuid5(uuid.NAMESPACE_URL, self.url))
        self._transport = transport
        self._queue: queue.Queue[_Job | None] = queue.Queue(maxsize=_MAX_QUEUED)
        self._lock = threading.Lock()
        self._idle = threading.Condition(self._lock)
        self._pending = 0
        self._thread: threading.Thread | None = None
        self._closed = False
        self._unsubscribe: list[Callable[[], None]] = []
        self._sandbox: Sandbox | None = None
        self.deliveries: list[Delivery] = []
        self.dropped = 0
        self.actor: Mapping[str, Any] = _SENTRY_ACTOR

    def __repr__(self) -> str:  # the secret stays out of reprs and logs
        return f"<WebhookSender url={self.url!r} resources={sorted(self.resources)}>"

    # ------------------------------------------------------------------ wiring

    def attach(self, sandbox: Sandbox) -> None:
        """Listen to ``sandbox``'s state changes (``Sandbox.reset`` carries listeners over)."""
        self._sandbox = sandbox
        self._unsubscribe.append(sandbox.state.on_change(self.on_change))

    def on_change(self, resource: str, action: str, payload: dict[str, Any]) -> None:
        """State listener: snapshot the payload and queue it; never blocks, never raises."""
        if self._closed or resource not in self.resources:
            return
        if action not in _SUPPORTED[resource]:
            return
        data = {resource: self._with_links(resource, dict(payload.get(resource) or {}))}
        actor = _SENTRY_ACTOR if action == "created" else self.actor
        body = {
            "action": action,
            "installation": {"uuid": self.installation_uuid},
            "data": data,
            "actor": dict(actor),
        }
        # Serialising now snapshots the object as it is at this change.
        job = _Job(resource, action, json.dumps(body, default=str).encode("utf-8"))
        with self._lock:
            if self._closed:
                return
            try:
                self._queue.put_nowait(job)
            except queue.Full:
                self.dropped += 1
                return
            self._pending += 1
            self._ensure_thread()

    def _with_links(self, resource: str, obj: dict[str, Any]) -> dict[str, Any]:
        """Add the URLs Sentry puts in webhook payloads (the API serialisation lacks them)."""
        base = (self._sandbox.url if self._sandbox is not None else "").rstrip("/")
        if resource == "error":
            # Error webhooks carry the stored event, whose ids are snake_case.
            obj.setdefault("event_id", obj.get("eventID") or obj.get("id"))
            obj.setdefault("issue_id", obj.get("groupID"))
        issue_id = obj.get("id") if resource == "issue" else obj.get("issue_id")
        org = self._organization_of(issue_id)
        if not base or issue_id is None or org is None:
            return obj
        issue_api = f"{base}/api/0/organizations/{org}/issues/{issue_id}/"
        issue_web = f"{base}/organizations/{org}/issues/{issue_id}/"
        if resource == "issue":
            obj.setdefault("url", issue_api)
            obj.setdefault("web_url", obj.get("permalink") or issue_web)
            project_id = (obj.get("project") or {}).get("id")
            obj.setdefault(
                "project_url", f"{base}/organizations/{org}/issues/?project={project_id}"
            )
        else:
            event_id = obj.get("event_id")
            obj.setdefault("issue_url", issue_api)
            obj.setdefault("web_url", f"{issue_web}events/{event_id}/")
        return obj

    def _organization_of(self, issue_id: Any) -> str | None:
        if self._sandbox is None:
            return None
        try:
            issue = self._sandbox.state.issues.get(int(issue_id))
        except (TypeError, ValueError):
            return None
        return issue.project.org.slug if issue is not None else None

    def _ensure_thread(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="sandbox-webhooks", daemon=True)
            self._thread.start()

    # ------------------------------------------------------------------ delivery

    def _run(self) -> None:
        client = httpx.Client(
            timeout=self.timeout,
            follow_redirects=False,
            trust_env=False,
            transport=self._transport,
        )
        with client:
            while True:
                job = self._queue.get()
                if job is None:
                    return
                delivery = self._post(client, job)
                with self._idle:
                    self.deliveries.append(delivery)
                    self._pending -= 1
                    self._idle.notify_all()

    def _post(self, client: httpx.Client, job: _Job) -> Delivery:
        headers = signed_headers(job.body, self._secret, job.resource)
        request_id = headers["Request-ID"]
        started = time.monotonic()
        try:
            response = client.post(self.url, content=job.body, headers=headers)
        except Exception as exc:  # a bad receiver must not kill the delivery thread
            return Delivery(
                resource=job.resource,
                action=job.action,
                request_id=request_id,
                status_code=None,
                error=f"{type(exc).__name__}: {exc}",
                duration=time.monotonic() - started,
            )
        return Delivery(
            resource=job.resource,
            action=job.action,
            request_id=request_id,
            status_code=response.status_code,
            error=None,
            duration=time.monotonic() - started,
        )

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until every queued delivery has been attempted; False on timeout."""
        deadline = time.monotonic() + timeout
        with self._idle:
            while self._pending:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    return False
                self._idle.wait(remaining)
        return True

    def close(self, timeout: float = DEFAULT_TIMEOUT) -> None:
        """Stop listening; let queued deliveries finish (up to ``timeout``), then stop."""
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        with self._lock:
            if self._closed:
                return
            self._closed = True
            thread = self._thread
        if thread is None:
            return
        self.flush(timeout)
        try:
            self._queue.put_nowait(None)
        except queue.Full:  # only when the receiver is hopelessly slow; the thread is a daemon
            return
        thread.join(timeout)

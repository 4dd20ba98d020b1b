"""Audit records: one per API call, handed to the ``audit_hook`` a client was given.

``SentryClient(audit_hook=fn)`` calls ``fn(record)`` once per ``call()`` (a call that follows
several pages is one record), once per page fetched by ``paginate()`` / ``pages()``, once per
page read ahead that its caller never reached (``decision="read_ahead_unused"``: sent, its
answer dropped), and once per organization region lookup. Calls refused before sending -
outside the allow-list (``decision="denied"``) or with invalid arguments
(``decision="invalid"``) - are recorded too, so a log of an agent's tool use is complete.

A record names the operation, the HTTP method, the resource path (percent-encoded, without the
query string, which may hold search terms), the host, the decision, the final status, the
duration and the number of HTTP attempts. It never contains the token, headers or bodies. A
hook that raises is logged and otherwise ignored: auditing must not break the call it audits.
In the async client the hook may also be a coroutine function.
"""

from __future__ import annotations

import logging
from typing import Any, Final, Protocol

import attrs

__all__ = ["AuditHook", "AuditRecord", "Decision", "emit"]

_log = logging.getLogger("sentry_api")


class Decision:
    ALLOWED: Final = "allowed"  # sent (whatever the outcome)
    DENIED: Final = "denied"  # outside allow_scopes / allow_operations, never sent
    INVALID: Final = "invalid"  # bad arguments or configuration, never sent
    REGION_DISCOVERY: Final = "region_discovery"  # the client looked up an organization's region
    # A listing's next page, read ahead (sent early), whose caller stopped before reaching it.
    READ_AHEAD_UNUSED: Final = "read_ahead_unused"


@attrs.frozen(slots=True)
class AuditRecord:
    operation: str | None
    method: str | None
    path: str | None  # e.g. /api/0/organizations/acme/issues/123/ (no query string)
    host: str | None
    decision: str
    status_code: int | None
    success: bool
    error_kind: str | None
    duration: float  # seconds, from the call's start to its result
    attempts: int  # HTTP requests sent (0 when refused)
    started_at: float  # Unix time

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


class AuditHook(Protocol):
    def __call__(self, record: AuditRecord, /) -> Any: ...


def emit(hook: AuditHook | None, record: AuditRecord) -> Any:
    """Call ``hook``; return what it returned (an awaitable for async hooks), never raise."""
    if hook is None:
        return None
    try:
        return hook(record)
    except Exception:  # noqa: BLE001 - a broken hook must not break the call
        _log.warning("audit hook failed for %s", record.operation, exc_info=True)
        return None

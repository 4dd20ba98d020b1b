"""The base of both clients: configuration, redaction and auditing (:class:`ClientCore`).

The call logic is layered on top, one concern per module: :mod:`sentry_api.answers`
(reading an answer), :mod:`sentry_api.exchange` (one request, with region discovery, pacing
and retries), :mod:`sentry_api.calls` (whole calls and listings). The drivers are
:mod:`sentry_api.sync_client` and :mod:`sentry_api.async_client`.
"""

from __future__ import annotations

import inspect
import logging
import os
import random
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from sentry_api import audit as _audit
from sentry_api import once as _once
from sentry_api.auth import Token, require_ascii
from sentry_api.decoding import DEFAULT_MAX_RESPONSE_BYTES
from sentry_api.errors import ErrorKind
from sentry_api.flow import Reply
from sentry_api.operations import MAX_TIMEOUT, Prepared, get_operation, is_timeout
from sentry_api.ratelimit import Pacer
from sentry_api.redaction import (
    CredentialAuth,
    Redactor,
    install_log_filter,
    is_credential_header,
    register,
)
from sentry_api.regions import Endpoint, RegionCache, resolve_endpoint
from sentry_api.result import Result
from sentry_api.retries import RetryPolicy, build_retrying
from sentry_api.validation import ValidationMode, resolve_mode

if TYPE_CHECKING:
    from typing_extensions import TypedDict

    class ClientOptions(TypedDict, total=False):
        """The keyword options both clients share (see :class:`SentryClient`)."""

        region: str | None
        base_url: str | None
        organization: str | None
        timeout: float | httpx.Timeout | None
        max_response_bytes: int
        max_retries: int
        max_retry_wait: float
        headers: Mapping[str, str | Token] | None
        allow_http: bool
        allow_scopes: Iterable[str] | None
        allow_operations: Iterable[str] | None
        audit_hook: _audit.AuditHook | None
        backoff_base: float
        backoff_max: float
        clock: Callable[[], float] | None
        wall_clock: Callable[[], float] | None
        rng: random.Random | None
        validation: ValidationMode | None
        read_ahead: bool


HttpClientT = TypeVar("HttpClientT", httpx.Client, httpx.AsyncClient)

_log = logging.getLogger("sentry_api")
_VERSION = "0.1.0"

DEFAULT_TIMEOUT = 30.0

DEFAULT_MAX_RETRIES = 3

DEFAULT_MAX_RETRY_WAIT = 60.0


class ClientCore(Generic[HttpClientT]):
    """A client's configuration, and what every layer above uses: redaction, auditing."""

    _http: HttpClientT

    def __init__(
        self,
        token: str | Token | None = None,
        *,
        region: str | None = None,
        base_url: str | None = None,
        organization: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
        max_retries: int = DEFAULT_MAX_RETRIES,
        max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
        headers: Mapping[str, str | Token] | None = None,
        allow_http: bool = False,
        allow_scopes: Iterable[str] | None = None,
        allow_operations: Iterable[str] | None = None,
        audit_hook: _audit.AuditHook | None = None,
        backoff_base: float = 0.5,
        backoff_max: float = 8.0,
        clock: Callable[[], float] | None = None,
        wall_clock: Callable[[], float] | None = None,
        rng: random.Random | None = None,
        validation: ValidationMode | None = None,
        read_ahead: bool = True,
    ) -> None:
        env = os.environ
        self._validation = resolve_mode(validation)
        if not isinstance(read_ahead, bool):
            raise ValueError(f"read_ahead must be True or False, got {read_ahead!r}")
        self._read_ahead = read_ahead
        if token is None:
            token = env.get("SENTRY_AUTH_TOKEN")
        if region is None and base_url is None:
            region = env.get("SENTRY_REGION") or None
            base_url = env.get("SENTRY_URL") or None
            if region is not None and base_url is not None and region.strip().lower() != "auto":
                # Both set in the environment: the URL is the more specific of the two.
                region = None
        if organization is None:
            organization = env.get("SENTRY_ORG") or None
        self._token = Token.optional(token)
        if self._token is not None:
            require_ascii(self._token)
        self._endpoint: Endpoint = resolve_endpoint(region, base_url, allow_http=allow_http)
        self._allow_http = allow_http
        if organization is not None and (
            not isinstance(organization, str) or not organization.strip()
        ):
            raise ValueError("organization must be a non-empty slug")
        self._organization = organization.strip() if organization else None
        self._policy = RetryPolicy(
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            backoff_base=backoff_base,
            backoff_max=backoff_max,
        )
        self._retrying_controller: Any = None  # built on the first retry (tenacity import)
        self._headers, credentials = self._build_headers(headers)
        # Secrets live in Token objects only: the auth adds them to each request, and the
        # redactor (also used by the log filter) hides them in anything shown.
        self._auth = CredentialAuth(credentials) if credentials else None
        self._redactor = Redactor.for_client(self._token, credentials)
        register(self._redactor)
        install_log_filter()
        self._timeout = timeout
        self._whole_timeout = whole_request_timeout(timeout)
        if (
            isinstance(max_response_bytes, bool)
            or not isinstance(max_response_bytes, int)
            or max_response_bytes < 1
        ):
            raise ValueError("max_response_bytes must be a positive integer")
        self._max_response_bytes = max_response_bytes
        self._allow_scopes = _as_set(allow_scopes, "allow_scopes")
        self._allow_operations = _as_set(allow_operations, "allow_operations")
        if self._allow_operations is not None:
            from sentry_api.operations import operations

            unknown = sorted(self._allow_operations - set(operations()))
            if unknown:
                raise ValueError(f"allow_operations names unknown operations: {', '.join(unknown)}")
        self._audit_hook = audit_hook
        self._clock = clock or time.perf_counter
        self._wall = wall_clock or time.time
        self._rng = rng or random.Random()
        self._pacer = Pacer()
        self._regions = RegionCache()

    # ------------------------------------------------------------------ configuration

    def _retrying(self) -> Any:
        if self._retrying_controller is None:
            with _once.BUILD_LOCK:  # one controller per client, whichever thread retries first
                if self._retrying_controller is None:
                    self._retrying_controller = build_retrying()
        return self._retrying_controller

    def _build_headers(
        self, extra: Mapping[str, str | Token] | None
    ) -> tuple[dict[str, str], dict[str, Token]]:
        """The plain headers of every request, and the credential headers (as Tokens)."""
        headers = {
            "Accept": "application/json",
            # Only what decoding.BodyReader undoes with a bounded output (no br, no zstd).
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": f"sentry-api-python/{_VERSION} httpx/{httpx.__version__}",
        }
        credentials: dict[str, Token] = {}
        for name, value in (extra or {}).items():
            if not isinstance(name, str) or not isinstance(value, (str, Token)):
                raise ValueError("headers must map strings to strings or Tokens")
            if name.lower() == "authorization" and self._token is not None:
                raise ValueError("pass either a token or an Authorization header, not both")
            if isinstance(value, Token):  # marked secret by the caller, whatever its name
                credentials[name] = require_ascii(value, f"header {name}")
            elif is_credential_header(name) and value.strip():
                credentials[name] = require_ascii(Token(value, spaces=True), f"header {name}")
            else:
                headers[name] = value
        self._gateway_auth = any(k.lower() == "authorization" for k in credentials)
        if self._token is not None:
            credentials["Authorization"] = Token(self._token.authorization(), spaces=True)
        return headers, credentials

    @property
    def base_url(self) -> str:
        return self._endpoint.base_url

    @property
    def organization(self) -> str | None:
        return self._organization

    @property
    def region_urls(self) -> dict[str, str]:
        """Organization -> region URL, as discovered so far (``region="auto"``)."""
        return self._regions.snapshot()

    @property
    def validation(self) -> ValidationMode:
        """How responses are checked: ``"lenient"``, ``"strict"`` or ``"off"``."""
        return self._validation

    @property
    def allow_scopes(self) -> frozenset[str] | None:
        return self._allow_scopes

    @property
    def allow_operations(self) -> frozenset[str] | None:
        return self._allow_operations

    def __repr__(self) -> str:
        auth = "token=[redacted]" if self._token is not None else "no token"
        org = f", organization={self._organization!r}" if self._organization else ""
        mode = ", region=auto" if self._endpoint.discover else ""
        return f"{type(self).__name__}(base_url={self.base_url!r}{mode}{org}, {auth})"

    # ------------------------------------------------------------------ audit and redaction

    def _audit_refusal(
        self, operation_id: str, failure: Result[Any], started: float, started_at: float
    ) -> None:
        if self._audit_hook is None:
            return
        op = get_operation(operation_id)
        decision = (
            _audit.Decision.DENIED
            if failure.error_kind == ErrorKind.NOT_PERMITTED
            else _audit.Decision.INVALID
        )
        self._emit_audit(
            _audit.AuditRecord(
                operation=op.operation_id if op else str(operation_id),
                method=op.method if op else None,
                path=op.path if op else None,
                host=None,
                decision=decision,
                status_code=None,
                success=False,
                error_kind=failure.error_kind,
                duration=self._clock() - started,
                attempts=0,
                started_at=started_at,
            )
        )

    def _audit_call(
        self, prepared: Prepared, result: Result[Any], started: float, started_at: float
    ) -> None:
        if self._audit_hook is None:
            return
        decision = _audit.Decision.ALLOWED
        if result.attempts == 0 and not result.success:
            decision = _audit.Decision.INVALID
        self._audit_request(
            prepared,
            decision,
            status_code=result.status_code,
            success=result.success,
            error_kind=result.error_kind,
            duration=self._clock() - started,
            attempts=result.attempts,
            started_at=started_at,
        )

    def _audit_unused(
        self, prepared: Prepared, started: float, started_at: float, reply: Reply | None
    ) -> None:
        """Audit a page request read ahead for a listing whose caller stopped before it
        (``reply`` None: not answered yet; it was sent, or cancelled on its way)."""
        if self._audit_hook is None:
            return
        response = None if reply is None else reply.outcome
        status = response.status_code if isinstance(response, httpx.Response) else None
        self._audit_request(
            prepared,
            _audit.Decision.READ_AHEAD_UNUSED,
            status_code=status,
            success=status is not None and 200 <= status < 300,
            error_kind=None,
            duration=self._clock() - started if reply is None else reply.elapsed,
            attempts=1,
            started_at=started_at,
        )

    def _audit_request(self, prepared: Prepared, decision: str, **outcome: Any) -> None:
        """Emit the record of a request for ``prepared`` (``outcome``: the record's status,
        success, error kind, duration, attempts and start)."""
        op = prepared.operation
        self._emit_audit(
            _audit.AuditRecord(
                operation=op.operation_id,
                method=op.method,
                path=prepared.path,
                host=self._host_for(prepared),
                decision=decision,
                **outcome,
            )
        )

    def _host_for(self, prepared: Prepared) -> str | None:
        """The host the call went to: the organization's region, or the configured base."""
        if self._endpoint.discover and prepared.organization is not None:
            region = self._regions.get(prepared.organization)
            if region is not None:
                return httpx.URL(region).host
        return self._endpoint.host

    def _emit_audit(self, record: _audit.AuditRecord) -> None:
        outcome = _audit.emit(self._audit_hook, record)
        if inspect.isawaitable(outcome):
            self._schedule_audit(outcome)

    def _schedule_audit(self, awaitable: Awaitable[Any]) -> None:
        # The sync client cannot await; close a coroutine so it does not warn.
        close = getattr(awaitable, "close", None)
        if callable(close):
            close()
        _log.warning("an async audit hook was given to the sync client; use a plain function")

    def _redact(self, text: str) -> str:
        return self._redactor.text(text)

    def _redact_deep(self, value: Any) -> Any:
        """``value`` (a server's error body) with the secrets hidden in its strings."""
        return self._redactor.deep(value)

    def _internal_failure(self, operation_id: Any, exc: BaseException) -> Result[Any]:
        _log.debug("unexpected error in %s", operation_id, exc_info=True)
        return Result.failure(
            ErrorKind.INTERNAL,
            self._redact(
                f"{operation_id}: unexpected error in sentry_api ({type(exc).__name__}: {exc})"
            ),
            operation=str(operation_id),
        )


def _as_set(values: Iterable[str] | str | None, what: str) -> frozenset[str] | None:
    if values is None:
        return None
    if isinstance(values, str):
        return frozenset([values])
    items = frozenset(values)
    if not all(isinstance(v, str) for v in items):
        raise ValueError(f"{what} must be strings")
    return items


def whole_request_timeout(timeout: float | httpx.Timeout | None) -> float | None:
    """The seconds one attempt may take in all, or ``None`` (an ``httpx.Timeout`` keeps
    httpx's per-operation meaning)."""
    if timeout is None:
        return None
    if not is_timeout(timeout):
        raise ValueError(
            f"timeout must be a positive number of seconds (at most {MAX_TIMEOUT:,.0f}), an "
            f"httpx.Timeout or None, got {timeout!r}"
        )
    if isinstance(timeout, httpx.Timeout):
        return None
    return float(timeout)

"""The envelope every call returns: ``Result``.

A call never raises for an HTTP, transport or parse failure, nor for bad input: it returns
``Result(success=False, error=...)``. ``error`` is one readable sentence (it never contains the
token); ``error_kind`` is a stable machine-readable category (see
:class:`sentry_api.errors.ErrorKind`); ``details`` holds structured extras such as Sentry's
per-field validation messages or the scopes an operation needs.

``to_dict()`` gives plain JSON-ready data (models through their ``to_dict()``), and
``unwrap()`` returns ``data`` or raises the typed exception from :mod:`sentry_api.errors`.
"""

from __future__ import annotations

import datetime
import enum
from collections.abc import Mapping
from typing import Any, Generic, TypeVar

import attrs

from sentry_api.ratelimit import RateLimit

__all__ = ["Result", "to_jsonable"]

T = TypeVar("T")


@attrs.frozen(slots=True)
class Result(Generic[T]):
    """The outcome of one wrapper call; ``T`` is the type of ``data`` on success.

    The typed namespaces say what ``T`` is for each operation (``Result[IssueDetail]``,
    ``Result[list[Issue]]``, ``Result[None]`` for a 204); ``call("operationId")`` returns
    ``Result[Any]``.

    Attributes:
        success: whether the call did what was asked.
        data: the parsed generated model, a list of them for list operations, or ``None``
            (failures, and operations that answer 202/204 without a body).
        error: what went wrong, in one sentence; ``None`` on success.
        status_code: the final HTTP status, ``None`` if no response was received.
        rate_limit: the ``X-Sentry-Rate-Limit-*`` values of the last response.
        next_cursor: pass it back as ``cursor=`` to continue a list exactly where this call
            stopped; ``None`` when the list is complete (see :mod:`sentry_api.pagination`).
        operation: the operationId called.
        error_kind: a stable category for failures (:class:`sentry_api.errors.ErrorKind`).
        attempts: HTTP requests sent for this call (retries and extra pages included).
        waited: seconds spent waiting between retries or for a rate-limit window.
        details: structured extras (Sentry's field errors, the scopes an operation needs...).
        warnings: how a successful response differed from the spec, as ``"path: message"``
            lines (``validation="lenient"``, the default; see :mod:`sentry_api.validation`).
    """

    success: bool
    data: T | None = None
    error: str | None = None
    status_code: int | None = None
    rate_limit: RateLimit | None = None
    next_cursor: str | None = None
    operation: str | None = None
    error_kind: str | None = None
    attempts: int = 0
    waited: float = 0.0
    details: Mapping[str, Any] | None = None
    warnings: tuple[str, ...] = ()

    @classmethod
    def failure(
        cls,
        kind: str,
        message: str,
        *,
        operation: str | None = None,
        status_code: int | None = None,
        **details: Any,
    ) -> Result[Any]:
        """A failed result that never reached (or never needed) the server."""
        return cls(
            success=False,
            error=message,
            error_kind=kind,
            operation=operation,
            status_code=status_code,
            details=details or None,
        )

    def unwrap(self) -> T:
        """``data`` on success; else raise the matching ``sentry_api.errors.SentryAPIError``.

        (``None`` for operations that answer without a body, whose ``T`` is ``None``.)
        """
        if self.success:
            return self.data  # type: ignore[return-value]  # None only where T is None
        from sentry_api.errors import exception_for

        raise exception_for(self)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-ready data: the models become dicts with Sentry's field names."""
        return {
            "success": self.success,
            "data": to_jsonable(self.data),
            "error": self.error,
            "error_kind": self.error_kind,
            "status_code": self.status_code,
            "rate_limit": None if self.rate_limit is None else self.rate_limit.to_dict(),
            "next_cursor": self.next_cursor,
            "operation": self.operation,
            "attempts": self.attempts,
            "waited": round(self.waited, 3),
            "details": to_jsonable(self.details),
            "warnings": list(self.warnings),
        }


def to_jsonable(value: Any) -> Any:
    """Models (anything with ``to_dict()``), containers and dates as plain JSON values."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        return [to_jsonable(v) for v in value]
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return to_jsonable(value.value)
    return str(value)

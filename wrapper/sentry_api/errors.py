"""Typed exceptions for callers who prefer raising to checking ``Result.success``.

``SentryClient.call`` never raises for an HTTP, transport or parse failure, nor for bad input:
it returns a :class:`~sentry_api.result.Result` with ``success=False``. ``Result.unwrap()``
turns such a result into one of the exceptions below (``paginate`` raises them too, since an
iterator has no envelope to return). Every exception carries the failed ``result``, so no
detail is lost, and its message is the result's ``error`` text, which never contains the token.

The ``kind`` strings (``ErrorKind``) are part of the envelope (``Result.error_kind``) and are
stable: tools and agents may branch on them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from sentry_api.result import Result

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ErrorKind",
    "HTTPStatusError",
    "InvalidRequestError",
    "InvalidResponseError",
    "NotFoundError",
    "NotPermittedError",
    "PaginationError",
    "PermissionDeniedError",
    "RateLimitError",
    "RegionError",
    "ResponseTooLargeError",
    "SentryAPIError",
    "ServerError",
    "exception_for",
]


class ErrorKind:
    """The ``error_kind`` values a failed :class:`Result` can carry."""

    INVALID_REQUEST: Final = "invalid_request"  # bad caller input, caught before sending
    NOT_PERMITTED: Final = "not_permitted"  # outside the client's allow-list, never sent
    CONFIGURATION: Final = "configuration"  # e.g. no token, no organization to default to
    REGION: Final = "region"  # region discovery failed or pointed somewhere untrusted
    AUTHENTICATION: Final = "authentication"  # 401
    PERMISSION: Final = "permission"  # 403
    NOT_FOUND: Final = "not_found"  # 404
    BAD_REQUEST: Final = "bad_request"  # 400 / 422
    CONFLICT: Final = "conflict"  # 409
    RATE_LIMITED: Final = "rate_limited"  # 429 after the retry budget was spent
    SERVER: Final = "server"  # 5xx after retries
    HTTP: Final = "http"  # any other unexpected status
    TIMEOUT: Final = "timeout"
    CONNECTION: Final = "connection"
    INVALID_RESPONSE: Final = "invalid_response"  # not JSON, or not the documented shape
    RESPONSE_TOO_LARGE: Final = "response_too_large"  # body beyond max_response_bytes
    PAGINATION: Final = "pagination"  # e.g. the server repeated a cursor
    INTERNAL: Final = "internal"  # a bug in this library; reported, never raised from call()


class SentryAPIError(Exception):
    """Base class: a failed call. ``result`` is the full envelope."""

    kind: str = ErrorKind.INTERNAL

    def __init__(self, message: str, result: Result[Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.result = result

    @property
    def status_code(self) -> int | None:
        return None if self.result is None else self.result.status_code

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.message!r})"


class InvalidRequestError(SentryAPIError, ValueError):
    """The call's arguments were rejected before anything was sent."""

    kind = ErrorKind.INVALID_REQUEST


class NotPermittedError(SentryAPIError, PermissionError):
    """The operation is outside the client's ``allow_scopes`` / ``allow_operations``."""

    kind = ErrorKind.NOT_PERMITTED


class ConfigurationError(SentryAPIError):
    """The client lacks something the call needs (a token, a default organization)."""

    kind = ErrorKind.CONFIGURATION


class RegionError(SentryAPIError):
    """The organization's region could not be found, or its URL is not trusted."""

    kind = ErrorKind.REGION


class HTTPStatusError(SentryAPIError):
    """Sentry answered with an error status (subclasses narrow it down)."""

    kind = ErrorKind.HTTP


class AuthenticationError(HTTPStatusError):
    kind = ErrorKind.AUTHENTICATION


class PermissionDeniedError(HTTPStatusError):
    kind = ErrorKind.PERMISSION


class NotFoundError(HTTPStatusError):
    kind = ErrorKind.NOT_FOUND


class BadRequestError(HTTPStatusError):
    kind = ErrorKind.BAD_REQUEST


class ConflictError(HTTPStatusError):
    kind = ErrorKind.CONFLICT


class RateLimitError(HTTPStatusError):
    kind = ErrorKind.RATE_LIMITED


class ServerError(HTTPStatusError):
    kind = ErrorKind.SERVER


class APITimeoutError(SentryAPIError):
    kind = ErrorKind.TIMEOUT


class APIConnectionError(SentryAPIError):
    kind = ErrorKind.CONNECTION


class InvalidResponseError(SentryAPIError):
    """A success status whose body was not JSON or did not match the documented model."""

    kind = ErrorKind.INVALID_RESPONSE


class PaginationError(SentryAPIError):
    kind = ErrorKind.PAGINATION


class ResponseTooLargeError(SentryAPIError):
    """The body was larger than the client's ``max_response_bytes`` (after decompression)."""

    kind = ErrorKind.RESPONSE_TOO_LARGE


_BY_KIND: dict[str, type[SentryAPIError]] = {
    cls.kind: cls
    for cls in (
        InvalidRequestError,
        NotPermittedError,
        ConfigurationError,
        RegionError,
        HTTPStatusError,
        AuthenticationError,
        PermissionDeniedError,
        NotFoundError,
        BadRequestError,
        ConflictError,
        RateLimitError,
        ServerError,
        APITimeoutError,
        APIConnectionError,
        InvalidResponseError,
        PaginationError,
        ResponseTooLargeError,
    )
}


def exception_for(result: Result[Any]) -> SentryAPIError:
    """The typed exception matching a failed result's ``error_kind``."""
    cls = _BY_KIND.get(result.error_kind or "", SentryAPIError)
    return cls(result.error or "the call failed", result)

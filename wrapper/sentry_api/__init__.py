"""A Python client for the Sentry web API, generated from a hand-maintained OpenAPI spec.

    from sentry_api import SentryClient

    with SentryClient.from_env() as client:          # SENTRY_AUTH_TOKEN, SENTRY_ORG, ...
        result = client.issues.list(project_id_or_slug="web", query="is:unresolved")
        if result.success:
            for issue in result.data:
                print(issue.short_id, issue.title)

Every name below is imported on first use, so ``import sentry_api`` costs almost nothing: the
HTTP stack and the generated models load only when a client is made or a call is parsed.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # explicit re-exports (`X as X`) for type checkers; runtime uses __getattr__
    from sentry_api import actions as actions
    from sentry_api import errors as errors
    from sentry_api import resources as resources
    from sentry_api import scopes as scopes
    from sentry_api.audit import AuditHook as AuditHook
    from sentry_api.audit import AuditRecord as AuditRecord
    from sentry_api.auth import Token as Token
    from sentry_api.client import AsyncSentryClient as AsyncSentryClient
    from sentry_api.client import SentryClient as SentryClient
    from sentry_api.errors import APIConnectionError as APIConnectionError
    from sentry_api.errors import APITimeoutError as APITimeoutError
    from sentry_api.errors import AuthenticationError as AuthenticationError
    from sentry_api.errors import BadRequestError as BadRequestError
    from sentry_api.errors import ConfigurationError as ConfigurationError
    from sentry_api.errors import ConflictError as ConflictError
    from sentry_api.errors import ErrorKind as ErrorKind
    from sentry_api.errors import HTTPStatusError as HTTPStatusError
    from sentry_api.errors import InvalidRequestError as InvalidRequestError
    from sentry_api.errors import InvalidResponseError as InvalidResponseError
    from sentry_api.errors import NotFoundError as NotFoundError
    from sentry_api.errors import NotPermittedError as NotPermittedError
    from sentry_api.errors import PaginationError as PaginationError
    from sentry_api.errors import PermissionDeniedError as PermissionDeniedError
    from sentry_api.errors import RateLimitError as RateLimitError
    from sentry_api.errors import RegionError as RegionError
    from sentry_api.errors import ResponseTooLargeError as ResponseTooLargeError
    from sentry_api.errors import SentryAPIError as SentryAPIError
    from sentry_api.errors import ServerError as ServerError
    from sentry_api.ratelimit import RateLimit as RateLimit
    from sentry_api.result import Result as Result

# name -> module that defines it
_EXPORTS: dict[str, str] = {
    "SentryClient": "sentry_api.client",
    "AsyncSentryClient": "sentry_api.client",
    "Result": "sentry_api.result",
    "RateLimit": "sentry_api.ratelimit",
    "Token": "sentry_api.auth",
    "AuditRecord": "sentry_api.audit",
    "AuditHook": "sentry_api.audit",
    **{
        name: "sentry_api.errors"
        for name in (
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
        )
    },
}
_SUBMODULES = frozenset(
    {
        "actions",
        "audit",
        "auth",
        "client",
        "decoding",
        "errors",
        "models",
        "operations",
        "pagination",
        "ratelimit",
        "redaction",
        "regions",
        "resources",
        "result",
        "retries",
        "scopes",
        "tools",
        "webhooks",
    }
)

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AsyncSentryClient",
    "AuditHook",
    "AuditRecord",
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
    "RateLimit",
    "RateLimitError",
    "RegionError",
    "ResponseTooLargeError",
    "Result",
    "SentryAPIError",
    "SentryClient",
    "ServerError",
    "Token",
    "__version__",
    "actions",
    "errors",
    "resources",
    "scopes",
]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
    elif name in _SUBMODULES:
        value = importlib.import_module(f"sentry_api.{name}")
    else:
        raise AttributeError(f"module 'sentry_api' has no attribute {name!r}")
    globals()[name] = value  # later lookups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_EXPORTS, *_SUBMODULES})

"""Keeping credentials out of everything the library shows: results, errors, logs, ``vars()``.

* :class:`Redactor` holds a client's secrets as :class:`~sentry_api.auth.Token` objects (the
  auth token, and every credential passed through ``headers=``) and replaces each one, as a
  whole token, in text and in the string *values* of structured data. Keys and all other
  values are left exactly as they were: redaction never changes the shape of data.
* :class:`CredentialAuth` is the ``httpx.Auth`` that puts those headers on each request, so no
  header dictionary with a secret in it sits on the client or its ``httpx.Client``.
* :class:`RedactingFilter` is a ``logging.Filter`` that scrubs every live client's secrets out
  of log records. The client installs it on the loggers its requests write to (``sentry_api``,
  ``httpx`` and httpcore's); add it to your own handler to cover any other logger::

      handler.addFilter(sentry_api.redaction.RedactingFilter())
"""

from __future__ import annotations

import logging
import os
import re
import threading
import weakref
from collections.abc import Generator, Iterable, Mapping
from typing import Any

import httpx

from sentry_api.auth import Token

__all__ = [
    "LOGGERS",
    "CredentialAuth",
    "RedactingFilter",
    "Redactor",
    "install_log_filter",
    "is_credential_header",
]

# Header names that carry a credential, beyond the obvious ones.
_CREDENTIAL_NAME = re.compile(
    r"auth|token|key|secret|cookie|session|passw|signature|credential|csrf|xsrf", re.IGNORECASE
)
# Loggers a request is logged on (ours, httpx's and httpcore's; a logger's filters only see
# records logged on that very logger, so each is named).
LOGGERS = (
    "sentry_api",
    "sentry_api.drift",
    "httpx",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
)


def is_credential_header(name: str) -> bool:
    return bool(_CREDENTIAL_NAME.search(name))


def _secret_parts(name: str, value: str) -> list[str]:
    """The pieces of a credential header value to hide: the value, and its parts (the token
    after ``Bearer``, each cookie's value)."""
    parts = [value]
    if " " in value.strip():
        parts.append(value.strip().split(None, 1)[1])
    if name.lower() in ("cookie", "set-cookie"):
        for item in value.split(";"):
            parts.append(item.partition("=")[2])
    return [p for p in (p.strip() for p in parts) if p]


class Redactor:
    """A client's secrets and how to hide them. Safe to share across threads (immutable)."""

    __slots__ = ("__weakref__", "_tokens")

    def __init__(self, tokens: Iterable[Token] = ()) -> None:
        unique: list[Token] = []
        for token in tokens:
            if token not in unique:
                unique.append(token)
        # Longest first, so that a secret containing another is replaced whole.
        unique.sort(key=lambda t: len(t.reveal()), reverse=True)
        self._tokens = tuple(unique)

    @classmethod
    def for_client(cls, token: Token | None, headers: Mapping[str, Token]) -> Redactor:
        tokens = [token] if token is not None else []
        for name, value in headers.items():
            tokens.extend(Token(p, spaces=True) for p in _secret_parts(name, value.reveal()))
        return cls(tokens)

    def __bool__(self) -> bool:
        return bool(self._tokens)

    def text(self, text: str) -> str:
        for token in self._tokens:
            text = token.redact(text)
        return text

    def deep(self, value: Any) -> Any:
        """``value`` with secrets hidden in its strings. Keys stay as they are, unless a key
        itself holds a secret (a server that echoes the token as a key)."""
        if not self._tokens:
            return value
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, dict):
            return {
                (self.text(k) if isinstance(k, str) else k): self.deep(v) for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.deep(v) for v in value]
        return value

    def __repr__(self) -> str:
        return f"Redactor({len(self._tokens)} secret(s))"


class CredentialAuth(httpx.Auth):
    """Adds the credential headers to each request; holds them only as Token objects."""

    def __init__(self, headers: Mapping[str, Token]) -> None:
        self._headers = tuple(headers.items())

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        for name, secret in self._headers:
            request.headers[name] = secret.reveal()
        yield request

    def __repr__(self) -> str:
        return f"CredentialAuth({', '.join(name for name, _ in self._headers)})"


# --------------------------------------------------------------------------- logging

_LIVE: weakref.WeakSet[Redactor] = weakref.WeakSet()
_LIVE_LOCK = threading.Lock()
_installed = False


def _new_lock_in_child() -> None:
    global _LIVE_LOCK
    _LIVE_LOCK = threading.Lock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock_in_child)


def register(redactor: Redactor) -> None:
    """Let :class:`RedactingFilter` hide ``redactor``'s secrets while it is alive."""
    if redactor:
        with _LIVE_LOCK:
            _LIVE.add(redactor)


def _live() -> list[Redactor]:
    with _LIVE_LOCK:
        return list(_LIVE)


class RedactingFilter(logging.Filter):
    """Replaces every live client's secrets in a record's message (never drops a record)."""

    def filter(self, record: logging.LogRecord) -> bool:
        redactors = _live()
        if not redactors:
            return True
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is the logging module's business
            return True
        cleaned = message
        for redactor in redactors:
            cleaned = redactor.text(cleaned)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def install_log_filter() -> None:
    """Add one :class:`RedactingFilter` to each of :data:`LOGGERS` (once per process)."""
    global _installed
    with _LIVE_LOCK:
        if _installed:
            return
        _installed = True
    log_filter = RedactingFilter()
    for name in LOGGERS:
        logging.getLogger(name).addFilter(log_filter)

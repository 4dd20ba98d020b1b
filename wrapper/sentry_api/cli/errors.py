"""Errors the CLI reports, and the one-line message for a failed API call.

Exit statuses: 0 success, 1 the API call failed (or the command could not complete),
2 usage error (bad option, unknown operation, missing token or organization). Click's own
usage errors already exit with 2; :class:`ApiFailure` carries the 1.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

import click

EXIT_OK = 0
EXIT_API_FAILURE = 1
EXIT_USAGE = 2
EXIT_INTERRUPTED = 130  # the shell convention for SIGINT
EXIT_BROKEN_PIPE = 141  # the shell convention for SIGPIPE: the reader of stdout left


class ApiFailure(click.ClickException):
    """An API call came back with ``success=False``; the message is already one line.

    ``code`` is 1, or 2 when the client refused the input before sending anything."""

    def __init__(self, message: str, code: int = EXIT_API_FAILURE) -> None:
        super().__init__(message)
        self.code = code


# What to do next, by the envelope's error_kind (stable strings, sentry_api.errors.ErrorKind).
_HINTS = {
    "invalid_request": "check the arguments (see --help)",
    "configuration": "check --token, --org and --url",
    "region": "check --region / --url",
    "authentication": "pass a valid token with --token or SENTRY_AUTH_TOKEN (or .sentryclirc)",
    "not_found": "check the organization (--org) and the id or slug",
    "bad_request": "check the arguments (see --help)",
    "conflict": "it already exists, or changed meanwhile",
    "rate_limited": "rate limited: wait a little and retry",
    "server": "Sentry had a server error: retry later",
    "timeout": "no answer in time: retry later",
    "connection": "check --url/--region and the network, then retry",
    "invalid_response": "the answer is not what the API documents: is --url a Sentry server?",
    "internal": "this is a bug in sentry-api: please report it",
}
# Failures caused by what the caller typed, caught before anything was sent: usage errors.
USAGE_KINDS = frozenset({"invalid_request", "configuration"})


def _hint(kind: str | None, status: int | None, scopes: Sequence[str]) -> str:
    if kind == "permission" or status == 403:
        if scopes:
            alternatives = f" (or {', '.join(scopes[1:])})" if len(scopes) > 1 else ""
            return f"use a token with the {scopes[0]} scope{alternatives}"
        return "use a token with more scopes"
    if kind in _HINTS:
        return _HINTS[kind]
    if status is not None and status >= 500:
        return _HINTS["server"]
    return ""


def exit_code(envelope: Mapping[str, Any]) -> int:
    return EXIT_USAGE if envelope.get("error_kind") in USAGE_KINDS else EXIT_API_FAILURE


def failure_message(operation: Mapping[str, Any], envelope: Mapping[str, Any]) -> str:
    """``retrieve_issue failed (HTTP 404): <the client's error> — <what to do>``."""
    name = operation["operation_id"]
    status = envelope.get("status_code")
    what = f"{name} failed" + (f" (HTTP {status})" if status else "")
    error = str(envelope.get("error") or "no details").removeprefix(f"{name}: ")
    if status:
        error = _without_status(error, int(status))
    hint = _hint(envelope.get("error_kind"), status, list(operation.get("scopes") or ()))
    return f"{what}: {error}" + (f" — {hint}" if hint else "")


def _without_status(error: str, status: int) -> str:
    """The client's message minus its own mention of the status, which the line's prefix
    already gives: ``not found (404): ...`` -> ``not found: ...``; ``(HTTP 204, empty)`` ->
    ``(empty)``."""
    error = re.sub(rf" \((?:HTTP )?{status}\)", "", error)
    return re.sub(rf"\(HTTP {status}, ", "(", error)

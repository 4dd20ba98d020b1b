"""How strictly a response is read: ``validation="lenient"`` (default), ``"strict"`` or ``"off"``.

Sentry's answers drift: sentry.io adds and drops fields every month, and self-hosted servers run
versions years behind it. So a 2xx body is data whenever it is JSON of the right top-level
kind (an object where the operation returns one, an array for a list), in every mode. Beyond
that, the compiled validator (:mod:`sentry_api.schema_check`, over the spec's own schemas)
decides:

* ``"lenient"``: every difference from the spec (a missing field, a new one, another type)
  becomes a ``"path: message"`` line in ``Result.warnings`` (at most :data:`MAX_WARNINGS`, then
  ``"... and N more"``), and each distinct (operation, path) is logged once per process at
  WARNING on the ``sentry_api.drift`` logger, so operators learn that the API moved.
* ``"strict"``: the first difference fails the call, naming the path. The project's own tests
  run this way, so the spec, the sandbox and the client stay locked together.
* ``"off"``: no check beyond the top-level kind.

The default can also come from the ``SENTRY_API_VALIDATION`` environment variable.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from collections.abc import Iterator
from typing import Any, Literal

from sentry_api.schema_check import Problem, describe, response_checker

__all__ = [
    "MAX_WARNINGS",
    "MODES",
    "ResponseMismatch",
    "ValidationMode",
    "check_response",
    "resolve_mode",
]

ValidationMode = Literal["lenient", "strict", "off"]
MODES: tuple[str, ...] = ("lenient", "strict", "off")
ENV_VAR = "SENTRY_API_VALIDATION"
MAX_WARNINGS = 20
# Distinct (operation, path) pairs remembered for the drift log; beyond it, nothing new is
# logged (a server sending ever-new keys must not grow this set without end).
_MAX_LOGGED = 10_000
# A logged path is cut here (paths are already printable: see schema_check.format_path).
_MAX_PATH = 300

drift_log = logging.getLogger("sentry_api.drift")
_logged: set[tuple[str, str]] = set()
_logged_lock = threading.Lock()
_INDEX = re.compile(r"\[(\d+)\]")
_GOT_VALUE = re.compile(r"(, got \w+) .*$", re.DOTALL)


class ResponseMismatch(ValueError):
    """The body does not fit (strict mode), or is not of the right kind (every mode)."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path}: {message}" if path else message)
        self.path = path
        self.message = message


def resolve_mode(value: object) -> ValidationMode:
    """The validation mode for a client: ``value``, else ``$SENTRY_API_VALIDATION``, else lenient.

    Raises ``ValueError`` naming the accepted values for anything else.
    """
    source = "validation"
    if value is None:
        value = os.environ.get(ENV_VAR) or "lenient"
        source = ENV_VAR
    if isinstance(value, str) and value.strip().lower() in MODES:
        return value.strip().lower()  # type: ignore[return-value]
    raise ValueError(f"{source} must be one of {', '.join(map(repr, MODES))}; got {value!r}")


def check_response(
    operation_id: str, payload: Any, kind: type | None, mode: ValidationMode
) -> tuple[str, ...]:
    """Check a decoded 2xx body; returns the warnings (lenient mode) or raises
    :class:`ResponseMismatch` (wrong top-level kind, or any difference in strict mode).

    ``kind`` is ``list`` or ``dict`` when the operation returns an array or an object.
    """
    if kind is not None and type(payload) is not kind:
        wanted = "a JSON array" if kind is list else "a JSON object"
        raise ResponseMismatch("", f"expected {wanted}, got {describe(payload)}")
    if mode == "off":
        return ()
    checker = response_checker(operation_id)
    if checker is None or checker.is_valid(payload):
        return ()
    problems = checker.problems(payload)
    if mode == "strict":
        raise _strict_failure(problems)
    return _warnings(operation_id, problems)


def _strict_failure(problems: Iterator[Problem]) -> ResponseMismatch:
    """The first difference; with a missing field, the others missing beside it too."""
    first = next(problems, None)
    if first is None:  # the validator disagrees with itself: nothing more to name
        return ResponseMismatch("", "the validator rejected the body")
    if first.kind != "required":
        return ResponseMismatch(first.where, first.message)
    parent = first.path[:-1]
    others = [
        str(p.path[-1])
        for p in problems
        if p.kind == "required" and p.path[:-1] == parent and p.path != first.path
    ]
    also = f" (also missing: {', '.join(others)})" if others else ""
    return ResponseMismatch(first.where, f"{first.message}{also}")


def _warnings(operation_id: str, problems: Any) -> tuple[str, ...]:
    lines: list[str] = []
    extra = 0
    # One answer logs at most MAX_WARNINGS new drifts: a body with thousands of new keys must
    # neither flood the log nor use up the process's memory of what was logged.
    log_budget = MAX_WARNINGS if drift_log.isEnabledFor(logging.WARNING) else 0
    for problem in problems:
        if log_budget and _log_drift(operation_id, problem):
            log_budget -= 1
        if len(lines) < MAX_WARNINGS:
            lines.append(str(problem))
        else:
            extra += 1
    if extra:
        lines.append(f"... and {extra} more")
    return tuple(lines)


def _log_drift(operation_id: str, problem: Problem) -> bool:
    """Log a drift the first time this process sees it; whether it was logged now."""
    # "[3].project.slug" and "[4].project.slug" are one drift: log the shape, not the item.
    key = (operation_id, _INDEX.sub("[]", problem.where)[:_MAX_PATH])
    if key in _logged:
        return False
    with _logged_lock:
        if key in _logged or len(_logged) >= _MAX_LOGGED:
            return False
        _logged.add(key)
    # The value itself stays out of the log (it is the caller's data): its JSON type is enough.
    drift_log.warning(
        "%s: the response differs from the spec at %s: %s",
        operation_id,
        key[1] or "(root)",
        _GOT_VALUE.sub(r"\1", problem.message),
    )
    return True


_MORE = re.compile(r"\.\.\. and (\d+) more")


def _shifted(line: str, offset: int) -> str:
    found = _INDEX.match(line)
    if found is None:
        return line
    return f"[{int(found.group(1)) + offset}]{line[found.end() :]}"


def merge_warnings(
    first: tuple[str, ...], second: tuple[str, ...], *, offset: int = 0
) -> tuple[str, ...]:
    """The warnings of two pages of one listing, under the same cap; ``offset`` (the items
    before the second page) turns the second page's ``[n]`` into the listing's own index."""
    if not second:
        return first
    if offset:
        second = tuple(_shifted(line, offset) for line in second)
    if not first:
        return second
    lines: list[str] = []
    extra = 0
    for line in (*first, *second):
        more = _MORE.fullmatch(line)
        if more is not None:
            extra += int(more.group(1))
        elif len(lines) < MAX_WARNINGS:
            lines.append(line)
        else:
            extra += 1
    if extra:
        lines.append(f"... and {extra} more")
    return tuple(lines)

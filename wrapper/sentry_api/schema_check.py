"""The one JSON Schema engine: compiled jsonschema-rs validators and readable problems.

The client checks responses (against ``sentry_api_client._schemas``, generated from the spec)
and request bodies with it; the sandbox checks the request bodies it receives with it. It
imports neither the client nor the sandbox.

A :class:`Checker` is compiled once per schema and is safe to share between threads: the
caches here build a validator completely and only then publish it, under a lock.

:meth:`Checker.problems` turns jsonschema-rs errors into :class:`Problem` values: a path into
the instance (``("[3]", "project", "slug")`` reads ``[3].project.slug``), a kind (``"type"``,
``"required"``, ``"unknown"``, ``"enum"``, ``"format"``, ...) and a message in our words
(``expected string, got integer 5``). An ``anyOf`` failure is explained by the alternative
that fits the value's JSON type, so a mistake deep inside ``assignedTo`` (an object or
``null``) is reported where it is, not as "fits none of the alternatives".
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import jsonschema_rs

from sentry_api.once import locked_cache

__all__ = [
    "Checker",
    "Problem",
    "checker_of",
    "describe",
    "format_path",
    "response_checker",
]

_DIALECT = "https://json-schema.org/draft/2020-12/schema"
PathPart = str | int


@attrs.frozen(slots=True)
class Problem:
    """One way an instance differs from its schema."""

    path: tuple[PathPart, ...]
    kind: str
    message: str
    detail: Mapping[str, Any] = attrs.field(factory=dict)

    @property
    def where(self) -> str:
        return format_path(self.path)

    def __str__(self) -> str:
        return f"{self.where}: {self.message}" if self.path else self.message


# A key that prints as itself in a path; any other is quoted, so that a key holding dots,
# brackets, newlines or escape sequences can neither fake a path nor break a log line.
_PLAIN_KEY = re.compile(r"[A-Za-z_$][A-Za-z0-9_$-]*\Z")
# Keys are cut to this many characters in paths (a server may send a megabyte-long key).
MAX_KEY_LENGTH = 64


def format_path(path: tuple[PathPart, ...] | list[PathPart]) -> str:
    """``(3, "project", "slug")`` -> ``[3].project.slug``; ``("a.b",)`` -> ``["a.b"]``."""
    out = []
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
            continue
        key = str(part)
        if len(key) > MAX_KEY_LENGTH:
            key = key[:MAX_KEY_LENGTH] + "..."
        if _PLAIN_KEY.match(key):
            out.append(f".{key}" if out else key)
        else:
            out.append(f"[{json.dumps(key)}]")
    return "".join(out)


def describe(value: Any) -> str:
    """A value as a message shows it: its JSON type, and short scalars themselves."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return f"integer {value}"
    if isinstance(value, float):
        return f"number {value}"
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:37] + "..."
        return f"string {shown!r}"
    if isinstance(value, list):
        return "array"
    if isinstance(value, dict):
        return "object"
    return type(value).__name__


_FORMAT_NAMES = {"date-time": "an ISO 8601 date-time", "date": "an ISO 8601 date"}


class Checker:
    """A compiled validator for one schema."""

    __slots__ = ("_validator",)

    def __init__(self, schema: Mapping[str, Any], *, formats: bool = True) -> None:
        self._validator = jsonschema_rs.validator_for(
            {"$schema": _DIALECT, **schema}, validate_formats=formats
        )

    def is_valid(self, instance: Any) -> bool:
        return bool(self._validator.is_valid(instance))

    def problems(self, instance: Any) -> Iterator[Problem]:
        """Every difference, in the validator's order (deepest explanation of each)."""
        errors: Iterator[Any] | None = None
        while True:
            try:
                if errors is None:
                    errors = iter(self._validator.iter_errors(instance))
                error = next(errors)
            except StopIteration:
                return
            except ValueError as exc:
                # jsonschema-rs hands each error its instance back as a Python value and gives
                # up on very deep nesting ("Recursion limit reached"): say so, do not crash.
                yield Problem((), "unexplained", f"the differences cannot be listed ({exc})")
                return
            yield from _explain(error)


def _explain(error: Any) -> Iterator[Problem]:
    path = tuple(error.instance_path)
    kind = error.kind
    name = type(kind).__name__
    if name in ("AnyOf", "OneOfNotValid"):
        yield from _explain_alternatives(error, path)
    elif name == "Required":
        yield Problem((*path, kind.property), "required", "missing required field")
    elif name in ("UnevaluatedProperties", "AdditionalProperties"):
        for key in kind.unexpected:
            yield Problem((*path, key), "unknown", "not in the spec (a new field?)")
    elif name == "Type":
        types = _ordered_types(kind.types)
        instance = error.instance
        message = f"expected {' or '.join(types)}, got {describe(instance)}"
        yield Problem(path, "type", message, {"types": types, "instance": instance})
    elif name in ("Enum", "Constant"):
        options = kind.options if name == "Enum" else [kind.expected_value]
        instance = error.instance
        shown = ", ".join(repr(o) for o in options)
        message = f"expected one of {shown}, got {describe(instance)}"
        yield Problem(path, "enum", message, {"options": options, "instance": instance})
    elif name == "Format":
        wanted = _FORMAT_NAMES.get(kind.format, f"a {kind.format}")
        instance = error.instance
        message = f"expected {wanted} string, got {describe(instance)}"
        yield Problem(path, "format", message, {"format": kind.format, "instance": instance})
    else:
        detail = dict(kind.as_dict()) if hasattr(kind, "as_dict") else {}
        detail["instance"] = error.instance
        yield Problem(path, _snake(name), str(error.message), detail)


def _explain_alternatives(error: Any, path: tuple[PathPart, ...]) -> Iterator[Problem]:
    """Explain an anyOf/oneOf by the alternatives that accept the value's JSON type."""
    branches = [list(b) for b in (getattr(error.kind, "context", None) or [])]
    fitting = [b for b in branches if not any(_rejects_kind(e, path) for e in b)]
    if fitting:
        best = min(fitting, key=len)
        for inner in best:
            yield from _explain(inner)
        return
    wanted: list[str] = []
    for branch in branches:
        for inner in branch:
            if _rejects_kind(inner, path):
                wanted.extend(inner.kind.types)
    instance = error.instance
    types = _ordered_types(wanted) or ["one of the documented forms"]
    message = f"expected {' or '.join(types)}, got {describe(instance)}"
    yield Problem(path, "type", message, {"types": types, "instance": instance})


def _rejects_kind(error: Any, path: tuple[PathPart, ...]) -> bool:
    return type(error.kind).__name__ == "Type" and tuple(error.instance_path) == path


def _ordered_types(types: Any) -> list[str]:
    names = list(dict.fromkeys(str(t) for t in types))
    if "number" in names and "integer" in names:
        names.remove("integer")
    return [t for t in names if t != "null"] + (["null"] if "null" in names else [])


def _snake(name: str) -> str:
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


# --------------------------------------------------------------------------- caches

_lock = threading.Lock()


_MAX_SCHEMAS = 1024
_by_schema: dict[tuple[int, bool], tuple[Mapping[str, Any], Checker]] = {}


def checker_of(schema: Mapping[str, Any], *, formats: bool = True) -> Checker:
    """The checker of a schema object (metadata schemas live as long as the process).

    Cached by identity; the cache holds the schema too, so its id cannot be reused by another
    object while the entry exists. Throw-away schemas are bounded by :data:`_MAX_SCHEMAS`.
    """
    key = (id(schema), formats)
    entry = _by_schema.get(key)
    if entry is not None and entry[0] is schema:
        return entry[1]
    checker = Checker(schema, formats=formats)  # outside the lock: a duplicate is harmless
    with _lock:
        if len(_by_schema) >= _MAX_SCHEMAS:
            _by_schema.clear()
        _by_schema[key] = (schema, checker)
    return checker


def _response_schema(operation_id: str) -> Mapping[str, Any] | None:
    from sentry_api_client._schemas import DEFINITIONS, RESPONSES

    entry = RESPONSES.get(operation_id)
    if entry is None:
        return None
    return {**entry["schema"], "$defs": {name: DEFINITIONS[name] for name in entry["defs"]}}


@locked_cache
def response_checker(operation_id: str) -> Checker | None:
    """The checker of an operation's success response (``None``: it documents no JSON),
    compiled once, under the lock, so no thread sees half-built state."""
    schema = _response_schema(operation_id)
    return None if schema is None else Checker(schema)

"""Request-body validation against the spec's schema, answering as Sentry (Django REST
framework) does: ``{"field": ["This field is required."]}``.

The checking itself is the wrapper's one schema engine (:mod:`sentry_api.schema_check`,
jsonschema-rs); this module only adds what DRF does on top:

* **coercion**: DRF's fields read ``"true"`` as a boolean, ``"5"`` as an integer and ``5`` as a
  string, and Sentry accepts those too. Each type error the validator reports is coerced where
  DRF would coerce it, and the body checked again; the handler receives the coerced copy.
* **messages**: each remaining problem becomes DRF's wording, reported under its top-level
  field, with the inner path in front for nested values (the flat ``{field: [messages]}``
  shape the spec's ValidationError describes).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from sentry_api.schema_check import Problem, checker_of, format_path

from .util import parse_iso

REQUIRED = "This field is required."
NOT_NULL = "This field may not be null."
BLANK = "This field may not be blank."
_TYPE_MESSAGES = {
    "string": "Not a valid string.",
    "integer": "A valid integer is required.",
    "number": "A valid number is required.",
    "boolean": "Must be a valid boolean.",
}
_TRUE = {"true", "1", "yes", "on", "t", "y"}
_FALSE = {"false", "0", "no", "off", "f", "n"}
_INTEGER = re.compile(r"\s*-?\d+\s*")
_DATETIME_MESSAGE = (
    "Datetime has wrong format. Use one of these formats instead: "
    "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
)
# A body is re-checked after each round of coercions; nesting deeper than this is not coerced.
_MAX_ROUNDS = 8
# json.loads joins escaped surrogate pairs into one character: any surrogate left is alone.
_SURROGATE = re.compile("[\ud800-\udfff]")


def validate_body(schema: Mapping[str, Any], body: Any) -> tuple[Any, dict[str, list[str]]]:
    """Return ``(coerced body, errors)``; ``errors`` is empty when the body is valid."""
    if not isinstance(body, dict):
        got = type(body).__name__
        return body, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {got}."]}
    checker = checker_of(schema)
    cleaned: Any = _copy(body)
    problems: list[Problem] = []
    for _ in range(_MAX_ROUNDS):
        problems = [p for p in checker.problems(cleaned) if not _drf_accepts(p)]
        coerced = False
        for problem in problems:
            if problem.kind == "type" and _coerce_at(cleaned, problem):
                coerced = True
        if not coerced:
            break
    errors: dict[str, list[str]] = {}
    for problem in problems:
        if not problem.path:
            errors.setdefault("non_field_errors", []).append(_message(problem))
            continue
        field, inner = problem.path[0], problem.path[1:]
        message = _message(problem)
        if inner:
            message = f"{format_path(inner)}: {message}"
        errors.setdefault(str(field), []).append(message)
    return cleaned, errors


def _copy(value: Any) -> Any:
    if isinstance(value, dict):
        return {_text(k): _copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy(v) for v in value]
    return _text(value)


def _text(value: Any) -> Any:
    """A string with its lone surrogates (valid JSON escapes, not Unicode) replaced by U+FFFD,
    as Sentry's UTF-8 storage would; the schema engine cannot read them at all."""
    if type(value) is not str or value.isascii():
        return value
    return _SURROGATE.sub("\ufffd", value)


def _drf_accepts(problem: Problem) -> bool:
    """What DRF takes although the schema's strict reading does not (naive date-times)."""
    if problem.kind == "format" and problem.detail.get("format") == "date-time":
        value = problem.detail.get("instance")
        if not isinstance(value, str):
            return False
        try:
            parse_iso(value)
        except ValueError:
            return False
        return True
    return False


def _coerce_at(root: Any, problem: Problem) -> bool:
    """Replace the value at ``problem.path`` by DRF's coercion of it; False if there is none."""
    if not problem.path:
        return False
    parent = root
    for part in problem.path[:-1]:
        parent = parent[part]
    key = problem.path[-1]
    value = parent[key]
    for kind in problem.detail.get("types", ()):
        converted = _convert(kind, value)
        if converted is not _NO:
            parent[key] = converted
            return True
    return False


_NO = object()


def _convert(kind: str, value: Any) -> Any:
    if kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if kind == "boolean":
        if isinstance(value, int) and not isinstance(value, bool) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
    if kind == "integer" and not isinstance(value, bool):
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and _INTEGER.fullmatch(value):
            return int(value)
    if kind == "number" and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return _NO
    return _NO


def _message(problem: Problem) -> str:
    kind, detail = problem.kind, problem.detail
    value = detail.get("instance")
    if kind == "required":
        return REQUIRED
    if kind == "type":
        if value is None:
            return NOT_NULL
        wanted = detail.get("types") or ["string"]
        if wanted[0] == "array":
            return f'Expected a list of items but got type "{type(value).__name__}".'
        if wanted[0] == "object":
            return f'Expected a dictionary of items but got type "{type(value).__name__}".'
        return _TYPE_MESSAGES.get(wanted[0], "Invalid value.")
    if kind == "enum":
        return f'"{value}" is not a valid choice.'
    if kind == "format":
        if detail.get("format") == "email":
            return "Enter a valid email address."
        return _DATETIME_MESSAGE
    limit = detail.get("limit")
    if kind == "min_length":
        return BLANK if value == "" else f"Ensure this field has at least {limit} characters."
    if kind == "max_length":
        return f"Ensure this field has no more than {limit} characters."
    if kind == "pattern":
        return _pattern_message(str(detail.get("pattern", "")))
    if kind == "minimum":
        return f"Ensure this value is greater than or equal to {limit}."
    if kind == "maximum":
        return f"Ensure this value is less than or equal to {limit}."
    if kind == "min_items":
        return (
            "This list may not be empty."
            if not value
            else f"Ensure this field has at least {limit} elements."
        )
    return problem.message


def _pattern_message(pattern: str) -> str:
    if "a-z" in pattern or "\\w" in pattern:
        # Sentry's slug fields (sentry.slug.errors), the only patterned fields in its bodies.
        return (
            "Enter a valid slug consisting of lowercase letters, numbers, underscores or "
            "hyphens. It cannot be entirely numeric."
        )
    return "This value does not match the required pattern."

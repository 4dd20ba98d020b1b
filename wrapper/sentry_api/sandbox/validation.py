"""Request-body validation against the spec's schema, answering as Sentry (Django REST
framework) does: ``{"field": ["This field is required."]}``.

Only the JSON Schema keywords request bodies use are interpreted (type, nullable type lists,
enum, const, required, properties, items, min/max length, minimum/maximum, minItems, pattern,
date-time and email formats, anyOf/oneOf/allOf). Values are coerced the way DRF's fields coerce
them — ``"true"`` is a boolean, ``"5"`` an integer, ``5`` a string — because Sentry accepts those
too; the handler receives the coerced copy. Errors in nested values are reported under their
top-level field with the inner path in front, keeping the flat ``{field: [messages]}`` shape the
spec's ValidationError describes.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class _Invalid(Exception):
    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def validate_body(schema: Mapping[str, Any], body: Any) -> tuple[Any, dict[str, list[str]]]:
    """Return ``(coerced body, errors)``; ``errors`` is empty when the body is valid."""
    if not isinstance(body, dict):
        got = _py_type(body)
        return body, {"non_field_errors": [f"Invalid data. Expected a dictionary, but got {got}."]}
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = dict(body)
    properties: Mapping[str, Any] = _merged(schema).get("properties", {})
    for name in _merged(schema).get("required", []):
        if name not in body:
            errors.setdefault(name, []).append(REQUIRED)
    for name, value in body.items():
        sub = properties.get(name)
        if sub is None:
            continue  # DRF ignores fields it does not know
        try:
            cleaned[name] = _value(sub, value)
        except _Invalid as exc:
            errors.setdefault(name, []).append(exc.message)
    return cleaned, errors


def _merged(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """Fold ``allOf`` parts into one schema (properties and required lists combined)."""
    parts = schema.get("allOf")
    if not parts:
        return schema
    merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
    props: dict[str, Any] = dict(merged.get("properties", {}))
    required: list[str] = list(merged.get("required", []))
    for part in parts:
        part = _merged(part)
        props.update(part.get("properties", {}))
        required.extend(part.get("required", []))
        for key, value in part.items():
            merged.setdefault(key, value)
    merged["properties"], merged["required"] = props, required
    return merged


def _types(schema: Mapping[str, Any]) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def _value(schema: Mapping[str, Any], value: Any) -> Any:
    schema = _merged(schema)
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        return _alternatives(alternatives, value)
    types = _types(schema)
    if value is None:
        if not types or "null" in types or None in schema.get("enum", ()):
            return None
        raise _Invalid(NOT_NULL)
    concrete = [t for t in types if t != "null"]
    if concrete:
        value = _coerce(concrete, value)
    _check_enum(schema, value)
    if isinstance(value, str):
        _check_string(schema, value)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        _check_number(schema, value)
    elif isinstance(value, list):
        value = _check_array(schema, value)
    elif isinstance(value, dict):
        value = _check_object(schema, value)
    return value


def _alternatives(alternatives: list[Mapping[str, Any]], value: Any) -> Any:
    first_error: _Invalid | None = None
    for option in alternatives:
        try:
            return _value(option, value)
        except _Invalid as exc:
            first_error = first_error or exc
    assert first_error is not None
    raise first_error


def _coerce(types: list[str], value: Any) -> Any:
    for kind in types:
        converted = _convert(kind, value)
        if converted is not _NO:
            return converted
    kind = types[0]
    if kind == "array":
        raise _Invalid(f'Expected a list of items but got type "{_py_type(value)}".')
    if kind == "object":
        raise _Invalid(f'Expected a dictionary of items but got type "{_py_type(value)}".')
    raise _Invalid(_TYPE_MESSAGES.get(kind, "Invalid value."))


_NO = object()


def _convert(kind: str, value: Any) -> Any:
    if kind == "string":
        if isinstance(value, str):
            return value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return str(value)
        return _NO
    if kind == "boolean":
        if isinstance(value, bool):
            return value
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        if isinstance(value, str) and value.lower() in _TRUE | _FALSE:
            return value.lower() in _TRUE
        return _NO
    if kind == "integer":
        if isinstance(value, bool):
            return _NO
        if isinstance(value, int):
            return value
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, str) and re.fullmatch(r"\s*-?\d+\s*", value):
            return int(value)
        return _NO
    if kind == "number":
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return value
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                return _NO
        return _NO
    if kind == "array":
        return value if isinstance(value, list) else _NO
    if kind == "object":
        return value if isinstance(value, dict) else _NO
    return value


def _check_enum(schema: Mapping[str, Any], value: Any) -> None:
    if "const" in schema and value != schema["const"]:
        raise _Invalid(f'"{value}" is not a valid choice.')
    choices = schema.get("enum")
    if choices is not None and value not in choices:
        raise _Invalid(f'"{value}" is not a valid choice.')


def _check_string(schema: Mapping[str, Any], value: str) -> None:
    min_length, max_length = schema.get("minLength"), schema.get("maxLength")
    if min_length is not None and len(value) < min_length:
        raise _Invalid(
            BLANK if value == "" else f"Ensure this field has at least {min_length} characters."
        )
    if max_length is not None and len(value) > max_length:
        raise _Invalid(f"Ensure this field has no more than {max_length} characters.")
    pattern = schema.get("pattern")
    if pattern is not None and re.search(pattern, value) is None:
        raise _Invalid(_pattern_message(pattern))
    fmt = schema.get("format")
    if fmt == "date-time":
        try:
            parse_iso(value)
        except ValueError:
            raise _Invalid(
                "Datetime has wrong format. Use one of these formats instead: "
                "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z]."
            ) from None
    elif fmt == "email" and not _EMAIL.match(value):
        raise _Invalid("Enter a valid email address.")


def _pattern_message(pattern: str) -> str:
    if "a-z" in pattern or "\\w" in pattern:
        # Sentry's slug fields (sentry.slug.errors), the only patterned fields in its bodies.
        return (
            "Enter a valid slug consisting of lowercase letters, numbers, underscores or "
            "hyphens. It cannot be entirely numeric."
        )
    return "This value does not match the required pattern."


def _check_number(schema: Mapping[str, Any], value: float) -> None:
    minimum, maximum = schema.get("minimum"), schema.get("maximum")
    if minimum is not None and value < minimum:
        raise _Invalid(f"Ensure this value is greater than or equal to {minimum}.")
    if maximum is not None and value > maximum:
        raise _Invalid(f"Ensure this value is less than or equal to {maximum}.")


def _check_array(schema: Mapping[str, Any], value: list[Any]) -> list[Any]:
    min_items = schema.get("minItems")
    if min_items is not None and len(value) < min_items:
        raise _Invalid(
            "This list may not be empty."
            if not value
            else f"Ensure this field has at least {min_items} elements."
        )
    items = schema.get("items")
    if not items:
        return value
    out = []
    for index, item in enumerate(value):
        try:
            out.append(_value(items, item))
        except _Invalid as exc:
            raise _Invalid(f"[{index}]: {exc.message}") from None
    return out


def _check_object(schema: Mapping[str, Any], value: dict[str, Any]) -> dict[str, Any]:
    properties: Mapping[str, Any] = schema.get("properties", {})
    for name in schema.get("required", []):
        if name not in value:
            raise _Invalid(f"{name}: {REQUIRED}")
    out = dict(value)
    for name, item in value.items():
        sub = properties.get(name)
        if sub is None:
            continue
        try:
            out[name] = _value(sub, item)
        except _Invalid as exc:
            raise _Invalid(f"{name}: {exc.message}") from None
    return out


def _py_type(value: Any) -> str:
    return type(value).__name__

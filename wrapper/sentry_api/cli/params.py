"""Turn ``--param name=value`` and ``--body`` strings into the arguments of ``client.call``.

Values are typed by the operation's own metadata (generated from the spec): a string parameter
stays a string even when it looks like a number (issue ids are numeric strings), integer and
boolean parameters are JSON-decoded and checked, array parameters collect repeated options.
Parameters whose schema gives no type fall back to the documented rule: JSON numbers, booleans
and arrays are decoded, anything else is a string.
"""

from __future__ import annotations

import difflib
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import click

ORG_PARAM = "organization_id_or_slug"
_SCALAR_TYPES: dict[str, type | tuple[type, ...]] = {
    "integer": int,
    "number": (int, float),
    "boolean": bool,
}


def operations() -> Mapping[str, Mapping[str, Any]]:
    # Imported on use: the metadata module is large and most commands never need all of it.
    from sentry_api_client._operations import OPERATIONS

    return OPERATIONS


def operation(operation_id: str) -> Mapping[str, Any]:
    """The metadata of one operation, or a usage error that suggests the closest ids."""
    table = operations()
    if operation_id in table:
        return table[operation_id]
    close = difflib.get_close_matches(operation_id, list(table), n=3, cutoff=0.6)
    hint = f"; did you mean {' or '.join(close)}?" if close else "; see `sentry-api operations`"
    raise click.UsageError(f"unknown operation {operation_id!r}{hint}")


def parameters(meta: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [*meta.get("path_params", ()), *meta.get("query_params", ())]


def _types(schema: Mapping[str, Any]) -> set[str]:
    declared = schema.get("type")
    if isinstance(declared, str):
        return {declared}
    if isinstance(declared, list):
        return {t for t in declared if isinstance(t, str)}
    # anyOf/oneOf of simple types, as 3.1 specs write some nullable or union parameters.
    found: set[str] = set()
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, ()):
            if isinstance(option, Mapping):
                found |= _types(option)
    return found


def is_array(schema: Mapping[str, Any]) -> bool:
    return "array" in _types(schema)


def _heuristic(text: str) -> Any:
    """The fallback rule for untyped values: decode JSON numbers, booleans and arrays only."""
    try:
        value = json.loads(text)
    except ValueError:
        return text
    return value if isinstance(value, (int, float, bool, list)) else text


def coerce(name: str, text: str, schema: Mapping[str, Any]) -> Any:
    """One value typed by its JSON schema, or a usage error naming the parameter."""
    types = _types(schema) - {"null"}
    if not types:
        return _heuristic(text)
    if "string" in types:
        return text
    if types == {"boolean"} and text.lower() in ("true", "false"):
        return text.lower() == "true"
    try:
        value = json.loads(text)
    except ValueError:
        value = text
    for type_name in types:
        expected = _SCALAR_TYPES.get(type_name)
        # bool is an int subclass in Python; an integer parameter must not accept `true`.
        if expected is not None and isinstance(value, expected):
            if type_name == "boolean" or not isinstance(value, bool):
                return value
    if "object" in types and isinstance(value, dict):
        return value
    wanted = " or ".join(sorted(types))
    raise click.BadParameter(f"{name} expects {wanted}, got {text!r}", param_hint="--param")


def _lookup(meta: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """Parameters by both their spec name (``statsPeriod``) and Python name (``stats_period``)."""
    found: dict[str, Mapping[str, Any]] = {}
    for param in parameters(meta):
        found[param["name"]] = param
        found[param.get("python_name") or param["name"]] = param
    return found


def parse_params(meta: Mapping[str, Any], raw: Sequence[str]) -> dict[str, Any]:
    """``["project=1", "project=2", "query=is:unresolved"]`` -> keyword arguments for call()."""
    known = _lookup(meta)
    result: dict[str, Any] = {}
    for item in raw:
        name, sep, text = item.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="--param")
        param = known.get(name)
        if param is None:
            valid = sorted({p.get("python_name") or p["name"] for p in parameters(meta)})
            raise click.BadParameter(
                f"{meta['operation_id']} has no parameter {name!r}; "
                f"it takes: {', '.join(valid) or 'no parameters'}",
                param_hint="--param",
            )
        key = param.get("python_name") or param["name"]
        schema = param.get("schema") or {}
        if is_array(schema):
            items = schema.get("items") or {}
            decoded = _heuristic(text) if text.startswith("[") else None
            values = decoded if isinstance(decoded, list) else [text]
            result.setdefault(key, []).extend(
                v if not isinstance(v, str) else coerce(name, v, items) for v in values
            )
        elif key in result:
            raise click.BadParameter(f"{name} given twice (it is not a list)", param_hint="--param")
        else:
            result[key] = coerce(name, text, schema)
    return result


def missing_required(
    meta: Mapping[str, Any], params: Mapping[str, Any], *, has_org: bool
) -> list[str]:
    """Required parameters not supplied; the organization may come from --org instead."""
    missing = []
    for param in parameters(meta):
        key = param.get("python_name") or param["name"]
        if not param.get("required") or key in params:
            continue
        if key == ORG_PARAM and has_org:
            continue
        missing.append(key)
    return missing


def load_body(text: str) -> Any:
    """``--body`` value: inline JSON, ``@path`` to a JSON file, or ``@-`` for stdin."""
    source = "--body"
    if text.startswith("@"):
        target = text[1:]
        source = "stdin" if target == "-" else target
        try:
            text = sys.stdin.read() if target == "-" else Path(target).read_text("utf-8")
        except OSError as exc:
            raise click.BadParameter(
                f"cannot read {target}: {exc.strerror}", param_hint="--body"
            ) from None
    try:
        return json.loads(text)
    except ValueError as exc:
        raise click.BadParameter(
            f"{source} is not valid JSON ({exc})", param_hint="--body"
        ) from None

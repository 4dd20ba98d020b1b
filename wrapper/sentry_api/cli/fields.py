"""``--fields a,b,c``: pick keys (JSON) or columns (tables) by Sentry's own field names.

The valid names are the JSON keys of the operation's response model, read from the generated
models (themselves generated from the spec), so they follow the spec with no list kept here.
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping, Sequence
from typing import Any

import click

from sentry_api.cli.output import Column

FIELDS_HELP = (
    "Only these fields, comma-separated, by Sentry's field names (e.g. id,shortId,title): "
    "keys for --json/--jsonl, columns for tables."
)


def valid_fields(meta: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The JSON keys of the operation's response objects, sorted; None when undocumented."""
    ref = (meta.get("response") or {}).get("model")
    if not ref:
        return None
    # The generated models carry their JSON keys (the spec's property names) as class data.
    from sentry_api.models import json_keys

    return tuple(sorted(json_keys(str(ref)))) or None


def parse_fields(text: str | None, meta: Mapping[str, Any]) -> tuple[str, ...] | None:
    """``"id, shortId"`` -> ``("id", "shortId")``, or a usage error naming the valid fields."""
    if text is None:
        return None
    names = tuple(dict.fromkeys(part.strip() for part in text.split(",") if part.strip()))
    if not names:
        raise click.BadParameter("give at least one field name", param_hint="--fields")
    valid = valid_fields(meta)
    if valid is None:
        return names
    unknown = [name for name in names if name not in valid]
    if unknown:
        raise click.BadParameter(_unknown_message(unknown, valid), param_hint="--fields")
    return names


def _unknown_message(unknown: Sequence[str], valid: Sequence[str]) -> str:
    by_lower = {name.lower(): name for name in valid}
    hints = []
    for name in unknown:
        close = [by_lower[name.lower()]] if name.lower() in by_lower else []
        close = close or difflib.get_close_matches(name, valid, n=1, cutoff=0.7)
        if close:
            hints.append(f"{name}: did you mean {close[0]}?")
    noun = "field" if len(unknown) == 1 else "fields"
    message = f"unknown {noun} {', '.join(unknown)}"
    if hints:
        message += f" ({'; '.join(hints)})"
    return f"{message}; valid fields: {', '.join(valid)}"


def field_columns(names: Sequence[str]) -> tuple[Column, ...]:
    """Table columns for chosen fields: titled and addressed by the field name."""
    return tuple(Column(name, name) for name in names)


def select(item: Any, names: Sequence[str]) -> Any:
    """The chosen keys of one JSON object, in the order asked. A key the object lacks (an older
    Sentry, a field sent only sometimes) is null, so that every row has the same keys."""
    if not isinstance(item, Mapping):
        return item
    return {name: item.get(name) for name in names}

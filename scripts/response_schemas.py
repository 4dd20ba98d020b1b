"""JSON Schemas of the API's success responses, for the wrapper's compiled validator.

``scripts/generate.py`` writes them to ``generated/sentry_api_client/_schemas.py``. They are the
spec's own schemas, turned into plain JSON Schema 2020-12:

* ``#/components/schemas/X`` becomes ``#/$defs/X``; only the definitions some response reaches
  are kept, and annotations (descriptions, examples, titles) are dropped.
* Objects are *closed*: a key the spec does not document is reported (a warning in lenient
  mode, a failure in strict mode), so the validator notices when the API grows new fields.
  A plain object definition gets a closed twin (``$defs/Issue__closed``: the same schema with
  ``additionalProperties: false``) that its uses point to. Where a composed object is used
  (a ``$ref`` to an ``allOf``, or an inline ``allOf``), the generator lists every key the
  object documents - its own ``properties`` and those of the parts its ``$ref``/``allOf``
  bring in - as ``properties`` and adds ``additionalProperties: false``.
  (``unevaluatedProperties`` would say the same more briefly, but it reports every field of an
  ``allOf`` part as unknown as soon as one of them is wrong.) An ``allOf`` of plain objects is
  merged into one closed object instead, which the validator checks in one pass. An object
  whose schema, or any part of it, documents ``additionalProperties`` stays open, as the spec
  says.
"""

from __future__ import annotations

import pprint
from typing import Any

_DROPPED = frozenset(
    {"description", "example", "examples", "title", "externalDocs", "xml", "deprecated"}
)
_SCHEMA_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_SCHEMA_VALUES = frozenset(
    {"items", "additionalProperties", "unevaluatedProperties", "not", "contains", "propertyNames"}
)
_SCHEMA_LISTS = frozenset({"anyOf", "oneOf", "allOf", "prefixItems"})
_COMPONENTS = "#/components/schemas/"
# `$defs/Issue__closed`: Issue refusing undocumented keys (`$defs/Issue` stays open for allOf).
CLOSED_SUFFIX = "__closed"


def convert(
    node: Any,
    *,
    closed: bool,
    refs: set[str],
    components: dict[str, Any] | None = None,
    merging: frozenset[str] = frozenset(),
) -> Any:
    """One spec schema as JSON Schema; ``closed``: close it here if it is an object.

    ``merging``: the compositions being merged around this node (see :func:`_flattened`); a
    composition that contains itself is referenced there, not merged again.
    """
    if not isinstance(node, dict):
        return node
    if closed:
        flat = _flattened(node, components or {}, refs, merging)
        if flat is not None:
            return flat
    out: dict[str, Any] = {}
    simple_use = closed and _plain_ref(node, components or {})
    for key, value in node.items():
        if key in _DROPPED:
            continue
        if key == "$ref" and isinstance(value, str) and value.startswith(_COMPONENTS):
            name = value[len(_COMPONENTS) :]
            if simple_use:
                name += CLOSED_SUFFIX  # the definition's closed twin (see build)
            refs.add(name)
            out[key] = "#/$defs/" + name
        elif key in _SCHEMA_MAPS and isinstance(value, dict):
            out[key] = {
                k: convert(v, closed=True, refs=refs, components=components, merging=merging)
                for k, v in value.items()
            }
        elif key in _SCHEMA_VALUES:
            out[key] = convert(
                value, closed=True, refs=refs, components=components, merging=merging
            )
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            # An allOf member is one part of a bigger object: closing it would refuse the
            # fields the other parts document.
            members_closed = key != "allOf"
            out[key] = [
                convert(v, closed=members_closed, refs=refs, components=components, merging=merging)
                for v in value
            ]
        else:
            out[key] = value
    if closed and not simple_use and _is_object_use(node):
        keys = documented_keys(node, components or {}, ())
        if keys is not None:
            own = out.get("properties", {})
            out["properties"] = {**own, **{k: True for k in sorted(keys) if k not in own}}
            out["additionalProperties"] = False
    return out


# The keys of an object schema that can be merged into another one (the rest are dropped).
_MERGEABLE = frozenset({"type", "required", "properties"}) | _DROPPED


def _flattened(
    node: dict[str, Any], components: dict[str, Any], refs: set[str], merging: frozenset[str]
) -> dict[str, Any] | None:
    """A closed use of an object composed of plain parts (``allOf`` of plain objects, as
    ``IssueDetail`` is ``Issue`` plus its own fields), merged into one closed object.

    Equivalent to the composition closed over every documented key, and checked in one pass
    over the instance's keys instead of one per part (a third faster in jsonschema-rs).
    ``None`` when the node is anything else, or two parts document the same key.
    """
    target = node
    ref = node.get("$ref")
    if isinstance(ref, str) and ref.startswith(_COMPONENTS):
        name = ref[len(_COMPONENTS) :]
        if set(node) - _DROPPED != {"$ref"} or name in merging:
            return None
        merging = merging | {name}
        target = components.get(name, {})
    parts = target.get("allOf") if isinstance(target, dict) else None
    if not parts or not isinstance(parts, list) or set(target) - _DROPPED - {"allOf", "type"}:
        return None
    if target.get("type", "object") != "object":
        return None
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in parts:
        plain = _plain_part(part, components)
        if plain is None or set(plain.get("properties", {})) & set(properties):
            return None
        properties.update(plain.get("properties", {}))
        required.extend(r for r in plain.get("required", ()) if r not in required)
    out: dict[str, Any] = {"type": "object"}
    if required:
        out["required"] = required
    out["properties"] = {
        k: convert(v, closed=True, refs=refs, components=components, merging=merging)
        for k, v in properties.items()
    }
    out["additionalProperties"] = False
    return out


def _plain_part(part: Any, components: dict[str, Any]) -> dict[str, Any] | None:
    """An ``allOf`` member that is a plain object (inline, or a ``$ref`` to one), or None."""
    if isinstance(part, dict) and set(part) == {"$ref"} and isinstance(part["$ref"], str):
        if not part["$ref"].startswith(_COMPONENTS):
            return None
        part = components.get(part["$ref"][len(_COMPONENTS) :])
    if not isinstance(part, dict) or set(part) - _MERGEABLE or part.get("type") != "object":
        return None
    if not isinstance(part.get("properties", {}), dict):
        return None
    return part


def _plain_ref(node: dict[str, Any], components: dict[str, Any]) -> bool:
    """A bare ``$ref`` to a plain object definition (own properties only, nothing open).

    Such a use is closed by pointing it at the definition's closed twin, which the validator
    checks as fast as the open one; a composed object (``allOf``) is closed where it is used.
    """
    ref = node.get("$ref")
    if not isinstance(ref, str) or not ref.startswith(_COMPONENTS):
        return False
    if any(k in node for k in ("properties", "allOf", "additionalProperties")):
        return False
    target = components.get(ref[len(_COMPONENTS) :])
    return _closable(target)


def _closable(schema: Any) -> bool:
    if not isinstance(schema, dict) or "properties" not in schema:
        return False
    open_or_composed = (
        "allOf",
        "anyOf",
        "oneOf",
        "$ref",
        "additionalProperties",
        "unevaluatedProperties",
        "patternProperties",
    )
    return not any(k in schema for k in open_or_composed)


def _is_object_use(schema: dict[str, Any]) -> bool:
    return "$ref" in schema or "properties" in schema or "allOf" in schema


def documented_keys(
    schema: Any, components: dict[str, Any], seen: tuple[str, ...]
) -> set[str] | None:
    """Every key an object schema documents (through $ref and allOf); None if it is open."""
    if not isinstance(schema, dict):
        return None
    if "additionalProperties" in schema or "unevaluatedProperties" in schema:
        return None
    if "patternProperties" in schema or "anyOf" in schema or "oneOf" in schema:
        return None
    keys = set(schema.get("properties", {}))
    ref = schema.get("$ref")
    parts: list[Any] = list(schema.get("allOf", []))
    if isinstance(ref, str) and ref.startswith(_COMPONENTS):
        name = ref[len(_COMPONENTS) :]
        if name in seen:
            return None
        seen = (*seen, name)
        parts.append(components[name])
    for part in parts:
        inner = documented_keys(part, components, seen)
        if inner is None:
            return None
        keys |= inner
    if not keys and schema.get("type") != "object" and "$ref" not in schema:
        return None
    if "$ref" in schema and not keys:
        return None  # a reference to something that is not a documented object
    return keys


def build(spec: dict[str, Any], response_schemas: dict[str, Any]) -> dict[str, Any]:
    """``{"definitions": {...}, "responses": {operationId: {"schema", "defs"}}}``.

    ``response_schemas`` maps each operationId to its success response's JSON schema (as
    written in the spec, with component ``$ref``s), for the operations that answer with JSON.
    """
    components = spec.get("components", {}).get("schemas", {})
    definitions: dict[str, Any] = {}
    def_refs: dict[str, set[str]] = {}

    def define(name: str) -> None:
        if name in definitions:
            return
        if name.endswith(CLOSED_SUFFIX):
            base = name[: -len(CLOSED_SUFFIX)]
            define(base)
            definitions[name] = {**definitions[base], "additionalProperties": False}
            def_refs[name] = def_refs[base]
            return
        refs: set[str] = set()
        # A definition is closed where it is used, not here (see the module docstring).
        definitions[name] = convert(
            components[name], closed=False, refs=refs, components=components
        )
        def_refs[name] = refs
        for ref in sorted(refs):
            define(ref)

    responses: dict[str, Any] = {}
    for operation_id, schema in response_schemas.items():
        refs: set[str] = set()
        converted = convert(schema, closed=True, refs=refs, components=components)
        for ref in sorted(refs):
            define(ref)
        responses[operation_id] = {"schema": converted, "defs": sorted(_reachable(refs, def_refs))}
    ordered = {name: definitions[name] for name in sorted(definitions)}
    return {"definitions": ordered, "responses": responses}


def _reachable(start: set[str], def_refs: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    todo = list(start)
    while todo:
        name = todo.pop()
        if name not in seen:
            seen.add(name)
            todo.extend(def_refs[name])
    return seen


def render(schemas: dict[str, Any]) -> str:
    definitions = pprint.pformat(schemas["definitions"], width=100, sort_dicts=False)
    responses = pprint.pformat(schemas["responses"], width=100, sort_dicts=False)
    return (
        '"""JSON Schemas (draft 2020-12) of the success responses (openapi/sentry.yaml).\n\n'
        "Generated by scripts/generate.py (scripts/response_schemas.py); do not edit. The\n"
        "wrapper compiles them with jsonschema-rs: RESPONSES[operationId] is the response's\n"
        'schema and the DEFINITIONS it needs (as $defs)."""\n\n'
        "from typing import Any\n\n"
        f"DEFINITIONS: dict[str, Any] = {definitions}\n\n"
        f"RESPONSES: dict[str, dict[str, Any]] = {responses}\n"
    )

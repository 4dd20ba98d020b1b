"""The typed face of the client, rendered from the operation metadata with ``templates/resources/``.

``scripts/generate.py`` calls :func:`render` after the models exist. It writes
``generated/sentry_api_client/resources/``: per namespace (the spec's ``x-sentry-method``) a
module with a sync and an async class whose methods have the operation's parameters as explicit,
typed arguments, and ``bodies.py`` with a ``TypedDict`` per request body. The methods are thin:
they hand their arguments to the client's one call path (``sentry_api.resources`` holds the small
base they share). :func:`operations_doc` renders docs/operations.md from the same data.

Type rules (JSON Schema -> Python), kept deliberately small:

* ``enum`` -> ``Literal[...]`` (a query flag enum, ``"0"``/``"1"``, also takes a ``bool``);
  ``string``/``integer``/``number``/``boolean`` -> the builtin;
  a ``null`` in ``type`` or ``anyOf`` adds ``| None``; ``anyOf``/``oneOf`` -> a union.
* arrays -> ``list[item]`` in bodies; a query array also takes one bare value
  (``environment="prod"``), as the wrapper does.
* objects -> ``dict[str, Any]`` (a nested request object is checked at run time).
* Optional query parameters default to ``None``, meaning "not sent" (Sentry's own default, which
  the docstring states, applies). Sending the spec's default instead would change the request
  and the wrapper's pagination, which reads a caller's explicit ``per_page``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = ROOT / "templates" / "resources"
ORG_PARAM = "organization_id_or_slug"

# Options every method takes besides the API's parameters: (name, annotation, description).
# They are forwarded to the client's call path, which must accept them (RESERVED in
# sentry_api.operations). Add a cross-cutting option here, e.g. a per-call timeout or
# extra_body/extra_query, once call() takes it; every namespace method then gets it.
CALL_OPTIONS: tuple[tuple[str, str, str], ...] = (
    (
        "timeout",
        "float | httpx.Timeout | None",
        "Seconds (or an ``httpx.Timeout``) for each request of this call; default: the "
        "client's ``timeout``.",
    ),
    (
        "extra_query",
        "dict[str, Any] | None",
        "Query parameters the spec does not know yet, sent as given (Sentry's names).",
    ),
)
# ... and those only operations with a request body take.
BODY_OPTIONS = (
    (
        "extra_body",
        "dict[str, Any] | None",
        "Body fields the spec does not know yet, merged into ``body`` as given (Sentry's names).",
    ),
)

# ... and those only list methods take.
LIST_OPTIONS = (
    (
        "max_results",
        "int | None",
        "Follow cursors until this many items (one page without it).",
    ),
    (
        "cursor",
        "str | None",
        "Resume from a ``Result.next_cursor``.",
    ),
)


# --------------------------------------------------------------------------- types


def _literal(values: list[Any]) -> str:
    return "Literal[" + ", ".join(repr(v) for v in values if v is not None) + "]"


def _union(parts: list[str]) -> str:
    seen: list[str] = []
    for part in parts:
        for piece in part.split(" | "):
            if piece not in seen:
                seen.append(piece)
    if "Any" in seen:
        return "Any"
    if "None" in seen:  # None last reads best: `str | None`
        seen = [p for p in seen if p != "None"] + ["None"]
    return " | ".join(seen)


_SCALARS = {"string": "str", "integer": "int", "number": "float", "boolean": "bool"}


def python_type(schema: Mapping[str, Any], *, query: bool = False) -> str:
    """The annotation for a value that fits ``schema`` (see the module docstring)."""
    if "enum" in schema:
        values = list(schema["enum"])
        parts = [_literal(values)] if any(v is not None for v in values) else []
        if query and {str(v) for v in values} in ({"0", "1"}, {"true", "false"}):
            parts.append("bool")  # Sentry's flag style: the wrapper sends True as "1"/"true"
        kinds = schema.get("type")
        if None in values or (isinstance(kinds, list) and "null" in kinds):
            parts.append("None")
        return _union(parts)
    for key in ("anyOf", "oneOf"):
        if key in schema:
            return _union([python_type(s, query=query) for s in schema[key]])
    kinds = schema.get("type")
    kind_list = kinds if isinstance(kinds, list) else [kinds] if kinds else []
    if not kind_list:
        return "Any"
    parts = []
    for kind in kind_list:
        if kind == "null":
            parts.append("None")
        elif kind == "string" and query and schema.get("format") == "date-time":
            parts.append("str | datetime.datetime")  # sent as isoformat()
        elif kind in _SCALARS:
            parts.append(_SCALARS[kind])
        elif kind == "array":
            item = python_type(schema.get("items") or {}, query=query)
            if query:
                parts.append(f"{item} | Sequence[{item}]")
            else:
                parts.append(f"builtins.list[{item}]")
        elif kind == "object":
            parts.append("dict[str, Any]")
        else:
            parts.append("Any")
    return _union(parts)


def _optional(annotation: str) -> str:
    return _union([annotation, "None"])


# --------------------------------------------------------------------------- naming


def _camel(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def _model(ref: str | None) -> tuple[str, str] | None:
    """'sentry_api_client.models.issue:Issue' -> ('issue', 'Issue')."""
    if not ref:
        return None
    module, class_name = ref.split(":")
    return module.rsplit(".", 1)[-1], class_name


def body_name(model_class: str) -> str:
    return f"{model_class}Body"


# --------------------------------------------------------------------------- docstrings


def _doc_text(text: str) -> str:
    """Text safe inside a triple-quoted docstring."""
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()


def _param_doc(param: Mapping[str, Any]) -> str:
    text = " ".join((param.get("description") or "").split())
    default = (param.get("schema") or {}).get("default")
    if default is not None:
        shown = str(default).lower() if isinstance(default, bool) else default
        text += f" Sentry's default: ``{shown}``."
    if param.get("deprecated"):
        text = "Deprecated. " + text
    return _doc_text(text) or "(undocumented)"


# --------------------------------------------------------------------------- per operation


def _operation_view(op: Mapping[str, Any]) -> dict[str, Any]:
    """Everything the namespace template needs about one operation."""
    path_params = list(op["path_params"])
    non_org = [p for p in path_params if p["python_name"] != ORG_PARAM]
    has_org = len(non_org) != len(path_params)
    args: list[dict[str, Any]] = []  # the signature, in order
    for p in non_org:
        args.append(
            {
                "name": p["python_name"],
                # Ids arrive as ints from webhooks (``hook.issue_id``) and work as path values.
                "annotation": "str | int",
                "default": None,
                "kind": "positional",
                "doc": _param_doc(p),
            }
        )
    org_doc = "The organization's ID or slug; default: the client's ``organization``."
    if has_org:
        args.append(
            {
                "name": ORG_PARAM,
                "annotation": "str | int | None",
                "default": "None",
                # Keyword-only everywhere: positional, ``releases.create("1.0", body=...)``
                # would silently post to organization "1.0".
                "kind": "keyword",
                "doc": org_doc,
            }
        )
    bodies: set[str] = set()
    body = op.get("body")
    if body is not None:
        model = _model(body.get("model"))
        if model is None:
            annotation = "dict[str, Any]"
        else:
            bodies.add(body_name(model[1]))
            annotation = f"{body_name(model[1])} | models.{model[1]}"
        required = bool(body.get("required"))
        args.append(
            {
                "name": "body",
                "annotation": annotation if required else _optional(annotation),
                "default": None if required else "None",
                "kind": "keyword",
                "doc": "The request body: a dict with Sentry's field names (a "
                f"``{body_name(model[1]) if model else 'dict'}``) or the generated model.",
            }
        )
    for p in op["query_params"]:
        if op["paginated"] and p["name"] == "cursor":
            continue
        annotation = python_type(p.get("schema") or {}, query=True)
        args.append(
            {
                "name": p["python_name"],
                "annotation": annotation if p["required"] else _optional(annotation),
                "default": None if p["required"] else "None",
                "kind": "keyword",
                "doc": _param_doc(p),
            }
        )
    options = (
        *(LIST_OPTIONS if op["paginated"] else ()),
        *(BODY_OPTIONS if body is not None else ()),
        *CALL_OPTIONS,
    )
    for name, annotation, doc in options:
        args.append(
            {"name": name, "annotation": annotation, "default": "None", "kind": "keyword"}
            | {"doc": doc}
        )
    response = op.get("response") or {}
    item_model = _model(response.get("model"))
    if item_model is not None:
        # ``models.Issue``: the lazy models package resolves it for typing.get_type_hints()
        # without importing every model when the namespace module is imported.
        item = f"models.{item_model[1]}"
        data = f"builtins.list[{item}]" if response.get("list") else item
        if response.get("no_content"):
            data += " | None"  # a documented 204 answers without a body
    elif response and response.get("status") in (202, 204) and not response.get("list"):
        item, data = "Any", "None"
    else:
        item, data = "Any", "builtins.list[Any]" if response.get("list") else "Any"
    scopes = list(op["scopes"])
    scope_text = (
        f"Scopes: any of {', '.join(f'``{s}``' for s in scopes)}."
        if scopes
        else "Scopes: none needed."
    )
    return {
        "operation_id": op["operation_id"],
        "method_name": op["method_name"],
        "http": f"{op['method']} {op['path']}",
        "summary": _doc_text(op["summary"] or op["operation_id"]),
        "scope_text": scope_text,
        "deprecated": op.get("deprecated", False),
        "paginated": op["paginated"],
        "args": args,
        "data": data,
        "item": item,
        "bodies": bodies,
        "listing_class": _camel(op["namespace"]) + _camel(op["method_name"]),
    }


def _namespaces(operations: Mapping[str, Mapping[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = {}
    for op in operations.values():
        grouped.setdefault(op["namespace"], []).append(_operation_view(op))
    return grouped


def _body_views(operations: Mapping[str, Mapping[str, Any]]) -> list[dict[str, Any]]:
    views: dict[str, dict[str, Any]] = {}
    for op in operations.values():
        body = op.get("body")
        model = _model(body and body.get("model"))
        if body is None or model is None or model[1] in views:
            continue
        schema = body["schema"]
        required = set(schema.get("required") or ())
        fields = []
        for key, prop in (schema.get("properties") or {}).items():
            annotation = python_type(prop)
            fields.append(
                {
                    "key": key,
                    "annotation": f"Required[{annotation}]" if key in required else annotation,
                    "doc": _doc_text(" ".join((prop.get("description") or "").split())),
                }
            )
        views[model[1]] = {
            "name": body_name(model[1]),
            "model": model[1],
            "fields": fields,
            "identifiers": all(f["key"].isidentifier() for f in fields),
        }
    return [views[name] for name in sorted(views)]


# --------------------------------------------------------------------------- rendering


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(TEMPLATES)),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # Python source, not HTML  # noqa: S701
    )


def render(operations: Mapping[str, Mapping[str, Any]], package_dir: Path) -> None:
    """Write ``package_dir/resources/``: the namespaces, their mixins and the body TypedDicts."""
    env = _environment()
    out = package_dir / "resources"
    out.mkdir(parents=True, exist_ok=True)
    namespaces = _namespaces(operations)
    for name, ops in namespaces.items():
        bodies = sorted(set().union(*(op["bodies"] for op in ops)))
        text = env.get_template("namespace.py.jinja").render(
            namespace=name,
            class_name=_camel(name),
            operations=ops,
            bodies=bodies,
        )
        (out / f"{name}.py").write_text(text, encoding="utf-8")
    init = env.get_template("resources_init.py.jinja").render(
        namespaces=[(name, _camel(name)) for name in namespaces]
    )
    (out / "__init__.py").write_text(init, encoding="utf-8")
    bodies_text = env.get_template("bodies.py.jinja").render(bodies=_body_views(operations))
    (out / "bodies.py").write_text(bodies_text, encoding="utf-8")


def operations_doc(operations: Mapping[str, Mapping[str, Any]]) -> str:
    """docs/operations.md: each namespace method, its CLI command and its operationId."""
    return (
        _environment()
        .get_template("operations.md.jinja")
        .render(
            namespaces=_namespaces(operations),
            count=len(operations),
        )
    )

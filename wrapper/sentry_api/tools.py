"""Expose the API's operations as tools for LLM agents, and run the calls they make.

``definitions()`` turns each operation in the generated metadata into a JSON-Schema tool
definition (name = operationId); ``execute()`` validates a model's arguments against that
schema and runs the call, always answering with the result envelope as a dict::

    from sentry_api import SentryClient, tools

    client = SentryClient.from_env(allow_scopes={"event:read"})
    specs = tools.definitions(allow_scopes={"event:read"}, format="anthropic")
    ...
    envelope = tools.execute(client, call.name, call.input, allow_scopes={"event:read"})

Exporting only the permitted tools keeps the model from even trying the rest; ``execute``
and the client's own allow-list still refuse anything outside it.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any, Literal

from sentry_api import scopes as _scopes
from sentry_api.once import locked_cache

if TYPE_CHECKING:
    from sentry_api.client import AsyncSentryClient, SentryClient

__all__ = [
    "MAX_DESCRIPTION_CHARS",
    "ToolFormat",
    "definitions",
    "execute",
    "execute_async",
    "parameters_schema",
]

ToolFormat = Literal["json", "openai", "openai-responses", "anthropic"]
_FORMATS: tuple[str, ...] = ("json", "openai", "openai-responses", "anthropic")

#: Longest description emitted. Model providers cap tool descriptions (OpenAI documents
#: 1024 characters for a function); longer spec text is cut at a word boundary.
MAX_DESCRIPTION_CHARS = 1024
# Keys that are OpenAPI-only (not JSON Schema) and only add noise to a model's context.
_OPENAPI_ONLY_KEYS = frozenset({"example", "xml", "externalDocs", "discriminator"})
_MAX_RESULTS_SCHEMA: Mapping[str, Any] = {
    "type": "integer",
    "minimum": 1,
    "description": (
        "Follow pagination and return at most this many items in total. Without it only "
        "the first page is returned (see next_cursor to continue)."
    ),
}


def _operations() -> Mapping[str, Mapping[str, Any]]:
    # Imported lazily: the metadata is large and most users never build tool definitions.
    from sentry_api_client._operations import OPERATIONS

    return OPERATIONS


# --------------------------------------------------------------------------- definitions


def _clean_schema(node: Any) -> Any:
    """Deep copy of a dereferenced schema without OpenAPI-only keywords.

    A ``$ref`` left by a recursive schema cannot resolve outside the spec, so it becomes
    the empty (any-value) schema rather than a dangling reference.
    """
    if isinstance(node, dict):
        return {
            key: _clean_schema(value)
            for key, value in node.items()
            if key not in _OPENAPI_ONLY_KEYS and key != "$ref"
        }
    if isinstance(node, list):
        return [_clean_schema(item) for item in node]
    return node


def _parameter_schema(param: Mapping[str, Any]) -> dict[str, Any]:
    schema: dict[str, Any] = _clean_schema(param.get("schema") or {})
    description = (param.get("description") or "").strip()
    if description and "description" not in schema:
        schema["description"] = description
    if param.get("deprecated"):
        schema["deprecated"] = True
    return schema


@locked_cache
def _cached_parameters_schema(operation_id: str) -> Mapping[str, Any]:
    operation = _operations()[operation_id]
    properties: dict[str, Any] = {}
    required: list[str] = []
    # Python names: they are what client.call() takes, and they are valid tool-argument
    # names for every provider (wire names such as statsPeriod are accepted too, by call()).
    for param in [*operation["path_params"], *operation["query_params"]]:
        properties[param["python_name"]] = _parameter_schema(param)
        if param.get("required"):
            required.append(param["python_name"])
    body = operation.get("body")
    if body:
        # The body stays one nested object: its field names may clash with query
        # parameters (bulk issue updates take `status` in both places).
        body_schema: dict[str, Any] = _clean_schema(body["schema"])
        body_schema.setdefault("description", "The JSON request body.")
        properties["body"] = body_schema
        if body.get("required"):
            required.append("body")
    if operation.get("paginated"):
        properties["max_results"] = dict(_MAX_RESULTS_SCHEMA)
    return {
        "type": "object",
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


def parameters_schema(operation_id: str) -> dict[str, Any]:
    """The JSON Schema (an object) of one operation's arguments, as ``execute`` checks them.

    Raises ``KeyError`` for an unknown operation id.
    """
    if operation_id not in _operations():
        raise KeyError(operation_id)
    return copy.deepcopy(dict(_cached_parameters_schema(operation_id)))


def _scope_sentence(scopes: list[str]) -> str:
    if not scopes:
        return "Needs no particular scope."
    if len(scopes) == 1:
        return f"Requires the {scopes[0]} scope."
    return f"Requires the {scopes[0]} scope (or any of: {', '.join(scopes[1:])})."


def _description(operation: Mapping[str, Any]) -> str:
    summary = (operation.get("summary") or "").strip().rstrip(".")
    details = (operation.get("description") or "").strip()
    text = ". ".join(part for part in (summary, details) if part)
    scopes = _scope_sentence(list(operation.get("scopes") or []))
    budget = MAX_DESCRIPTION_CHARS - len(scopes) - 2
    if len(text) > budget:
        # Cut at a word boundary; the scope sentence must survive the cut.
        text = text[: budget - 1].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    return f"{text}\n\n{scopes}" if text else scopes


def _definition(operation_id: str, operation: Mapping[str, Any], fmt: str) -> dict[str, Any]:
    description = _description(operation)
    schema = parameters_schema(operation_id)
    if fmt == "anthropic":
        return {"name": operation_id, "description": description, "input_schema": schema}
    if fmt == "openai":
        function = {"name": operation_id, "description": description, "parameters": schema}
        return {"type": "function", "function": function}
    if fmt == "openai-responses":
        return {
            "type": "function",
            "name": operation_id,
            "description": description,
            "parameters": schema,
        }
    scopes = list(operation.get("scopes") or [])
    return {
        "name": operation_id,
        "description": description,
        "parameters": schema,
        "scopes": scopes,
        "x-required-scopes": scopes[:1],
        "method": operation["method"],
        "path": operation["path"],
    }


def definitions(
    allow_scopes: Iterable[str] | None = None,
    *,
    allow_operations: Iterable[str] | None = None,
    format: ToolFormat = "json",
) -> list[dict[str, Any]]:
    """One tool definition per operation the allow-lists permit, in spec order.

    An operation is permitted when one of the scopes it accepts is in ``allow_scopes``
    (every operation when ``None``) and, if ``allow_operations`` is given, it is listed
    there. ``format``:

    * ``"json"`` (default): ``{"name", "description", "parameters", "scopes",
      "x-required-scopes", "method", "path"}`` - ``scopes`` are all accepted scopes (any one
      suffices), ``x-required-scopes`` the one to ask for.
    * ``"anthropic"``: ``{"name", "description", "input_schema"}`` (Messages API ``tools``).
    * ``"openai"``: ``{"type": "function", "function": {"name", "description", "parameters"}}``
      (Chat Completions); ``"openai-responses"``: the flat Responses API form.

    The provider formats carry nothing else (those APIs reject unknown keys); the scopes
    needed are stated at the end of every description.
    """
    if format not in _FORMATS:
        raise ValueError(f"unknown tool format {format!r}; use one of {', '.join(_FORMATS)}")
    wanted = None if allow_operations is None else _as_set(allow_operations)
    scopes_allowed = None if allow_scopes is None else _as_set(allow_scopes)
    return [
        _definition(operation_id, operation, format)
        for operation_id, operation in _operations().items()
        if (wanted is None or operation_id in wanted)
        and _scopes.permits(scopes_allowed, operation_id)
    ]


def _as_set(values: Iterable[str]) -> frozenset[str]:
    # A lone string is one name, not a set of characters.
    return frozenset([values] if isinstance(values, str) else values)


# --------------------------------------------------------------------------- execute


def _failure(kind: str, message: str, operation: str | None, **details: Any) -> dict[str, Any]:
    from sentry_api.result import Result

    return Result.failure(kind, message, operation=operation, **details).to_dict()


def _refusal(
    name: Any, arguments: Any, allow_scopes: Iterable[str] | None
) -> dict[str, Any] | None:
    """The failure envelope for a call that must not run, or None when it may."""
    from sentry_api.errors import ErrorKind

    if not isinstance(name, str) or name not in _operations():
        return _failure(ErrorKind.INVALID_REQUEST, f"there is no tool named {name!r}", None)
    if not isinstance(arguments, Mapping) or not all(isinstance(k, str) for k in arguments):
        return _failure(ErrorKind.INVALID_REQUEST, "tool arguments must be a JSON object", name)
    allowed = None if allow_scopes is None else _as_set(allow_scopes)
    if not _scopes.permits(allowed, name):
        needed = list(_scopes.accepted(name))
        message = f"{name} is not allowed here: it needs one of the scopes {', '.join(needed)}"
        return _failure(ErrorKind.NOT_PERMITTED, message, name, required_scopes=needed)
    # The arguments themselves are checked by client.call() against the same metadata the
    # schema comes from (types, enums, ranges, required, unknown names, the body), before
    # anything is sent; it also knows the client's default organization.
    return None


def _crash(name: str, exc: Exception) -> dict[str, Any]:
    from sentry_api.errors import ErrorKind

    return _failure(ErrorKind.INTERNAL, f"{name} failed: {type(exc).__name__}: {exc}", name)


def execute(
    client: SentryClient,
    name: str,
    arguments: Mapping[str, Any] | None,
    *,
    allow_scopes: Iterable[str] | None = None,
) -> dict[str, Any]:
    """Run the tool ``name`` with a model's ``arguments``; return the result envelope as a dict.

    The client checks ``arguments`` against the operation's parameters and body schema
    before anything is sent. Never raises: an unknown tool, arguments that do not fit, an
    operation outside ``allow_scopes`` (or the client's own allow-list), an API error, or an
    unexpected error inside the client all come back as ``{"success": False, "error":
    "...", "error_kind": ..., ...}`` with a message a model can act on.
    """
    arguments = {} if arguments is None else arguments
    refused = _refusal(name, arguments, allow_scopes)
    if refused is not None:
        return refused
    try:
        return client.call(name, **arguments).to_dict()
    except Exception as exc:  # an agent loop must get an answer, not a traceback
        return _crash(name, exc)


async def execute_async(
    client: AsyncSentryClient,
    name: str,
    arguments: Mapping[str, Any] | None,
    *,
    allow_scopes: Iterable[str] | None = None,
) -> dict[str, Any]:
    """``execute`` for an :class:`~sentry_api.AsyncSentryClient`."""
    arguments = {} if arguments is None else arguments
    refused = _refusal(name, arguments, allow_scopes)
    if refused is not None:
        return refused
    try:
        return (await client.call(name, **arguments)).to_dict()
    except Exception as exc:  # an agent loop must get an answer, not a traceback
        return _crash(name, exc)

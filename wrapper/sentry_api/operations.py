"""A typed view over the generated operation metadata, and turning call arguments into a request.

Everything the client knows about an operation - method, path, parameters and their schemas,
body, response model, accepted scopes, pagination - comes from
``sentry_api_client._operations.OPERATIONS``, generated from ``openapi/sentry.yaml``. Nothing
here lists operations by hand.

:func:`prepare` validates a call's arguments against that metadata *before* anything is sent -
unknown operation or parameter, missing required parameter, wrong type, empty or blank path
parameter, value outside an enum / range / pattern, a body that does not fit its schema - and
builds the request: percent-encoded path (``urllib.parse.quote(value, safe="")``, so release
versions with ``/ + @``, spaces or non-ASCII survive), query parameters under their wire names
(snake_case Python names and the wire names are both accepted; booleans become ``true``/
``false``, or ``1``/``0`` where the spec says so; arrays repeat the parameter) and a JSON body
(a dict, or a generated model via ``to_dict()``).
"""

from __future__ import annotations

import datetime
import decimal
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

import attrs

from sentry_api.once import locked_cache

__all__ = [
    "InvalidArguments",
    "Operation",
    "Param",
    "Prepared",
    "get_operation",
    "operation_for",
    "operations",
    "prepare",
]

ORG_PARAM = "organization_id_or_slug"
# Schema keywords a non-blank string always satisfies (minLength 1 at most, see _path_value).
_PLAIN_STRING_KEYS = frozenset({"type", "minLength", "description", "examples", "example"})
PAGE_SIZE_PARAMS = ("per_page", "limit")
# Characters a path segment carries as they are (RFC 3986 "unreserved").
_UNRESERVED = re.compile(r"[A-Za-z0-9._~-]*\Z")

# Arguments of call() that are not API parameters.
RESERVED = frozenset({"body", "max_results", "timeout", "extra_body", "extra_query"})


class InvalidArguments(ValueError):
    """The arguments do not fit the operation; the message says which and why."""


@attrs.frozen(slots=True, eq=False)
class Param:
    name: str  # as sent on the wire (e.g. statsPeriod)
    python_name: str  # as accepted by call() (e.g. stats_period)
    location: str  # "path" or "query"
    required: bool
    schema: Mapping[str, Any]
    description: str = ""


@attrs.frozen(slots=True, eq=False)
class Operation:
    """One API operation, as described by the spec."""

    operation_id: str
    method: str
    path: str
    tag: str
    summary: str
    description: str
    scopes: tuple[str, ...]
    paginated: bool
    path_params: tuple[Param, ...]
    query_params: tuple[Param, ...]
    body_schema: Mapping[str, Any] | None
    body_required: bool
    body_model: str | None
    response_status: int | None
    response_model: str | None
    response_is_list: bool
    namespace: str = ""  # client.<namespace>.<method_name>, from the spec's x-sentry-method
    method_name: str = ""
    deprecated: bool = False
    page_size_param: str | None = None
    # The spec documents a 204 (no body) beside the success body: e.g. a bulk mutation that
    # matched nothing. Such a 204 is a success with data=None, not a missing body.
    response_no_content: bool = False
    _segments: tuple[str | int, ...] = attrs.field(default=(), repr=False)
    _by_name: Mapping[str, Param] = attrs.field(factory=dict, repr=False)

    @property
    def takes_organization(self) -> bool:
        return any(p.python_name == ORG_PARAM for p in self.path_params)

    def param(self, name: str) -> Param | None:
        """A parameter by Python or wire name."""
        return self._by_name.get(name)

    def render_path(self, values: Mapping[str, str]) -> str:
        """The path with each parameter percent-encoded as one segment."""
        parts = []
        for segment in self._segments:
            if isinstance(segment, int):
                value = values[self.path_params[segment].python_name]
                # Slugs and ids need no escaping; quote() costs more than this check.
                parts.append(value if _UNRESERVED.match(value) else quote(value, safe=""))
            else:
                parts.append(segment)
        return "".join(parts)

    def template_path(self) -> str:
        return self.path

    @classmethod
    def from_metadata(cls, meta: Mapping[str, Any]) -> Operation:
        def params(key: str, location: str) -> tuple[Param, ...]:
            return tuple(
                Param(
                    name=p["name"],
                    python_name=p.get("python_name") or p["name"],
                    location=location,
                    required=bool(p.get("required")) or location == "path",
                    schema=p.get("schema") or {},
                    description=p.get("description") or "",
                )
                for p in meta.get(key) or ()
            )

        path_params = params("path_params", "path")
        query_params = params("query_params", "query")
        by_name: dict[str, Param] = {}
        for p in (*path_params, *query_params):
            by_name.setdefault(p.python_name, p)
            by_name.setdefault(p.name, p)
        body = meta.get("body") or None
        response = meta.get("response") or None
        query_names = {p.name for p in query_params}
        page_size = next((n for n in PAGE_SIZE_PARAMS if n in query_names), None)
        return cls(
            operation_id=meta["operation_id"],
            method=str(meta["method"]).upper(),
            path=meta["path"],
            tag=meta.get("tag") or "",
            summary=meta.get("summary") or "",
            description=meta.get("description") or "",
            scopes=tuple(meta.get("scopes") or ()),
            paginated=bool(meta.get("paginated")),
            path_params=path_params,
            query_params=query_params,
            body_schema=body["schema"] if body else None,
            body_required=bool(body and body.get("required")),
            body_model=body.get("model") if body else None,
            response_status=int(response["status"]) if response else None,
            response_model=response.get("model") if response else None,
            response_is_list=bool(response and response.get("list")),
            namespace=meta.get("namespace") or "",
            method_name=meta.get("method_name") or "",
            deprecated=bool(meta.get("deprecated")),
            page_size_param=page_size,
            response_no_content=bool(response and response.get("no_content")),
            segments=_compile_path(meta["path"], path_params),
            by_name=by_name,
        )


def _compile_path(path: str, params: tuple[Param, ...]) -> tuple[str | int, ...]:
    index = {p.name: i for i, p in enumerate(params)}
    segments: list[str | int] = []
    for piece in re.split(r"(\{[^}]+\})", path):
        if piece.startswith("{") and piece.endswith("}"):
            name = piece[1:-1]
            if name not in index:
                raise ValueError(f"path {path} names {name!r}, which is not a path parameter")
            segments.append(index[name])
        elif piece:
            segments.append(piece)
    return tuple(segments)


@locked_cache
def operations() -> Mapping[str, Operation]:
    """Every operation in the spec, by operationId (imported on first use)."""
    from sentry_api_client._operations import OPERATIONS

    return {op_id: Operation.from_metadata(meta) for op_id, meta in OPERATIONS.items()}


def get_operation(operation_id: str) -> Operation | None:
    return operations().get(operation_id) if isinstance(operation_id, str) else None


def operation_for(namespace: str, method_name: str) -> Operation:
    """The operation ``client.<namespace>.<method_name>`` calls (KeyError if there is none)."""
    for op in operations().values():
        if op.namespace == namespace and op.method_name == method_name:
            return op
    raise KeyError(f"no operation is named {namespace}.{method_name}")


def unknown_operation_message(operation_id: object) -> str:
    import difflib

    known = list(operations())
    close = (
        difflib.get_close_matches(str(operation_id), known, n=3)
        if isinstance(operation_id, str)
        else []
    )
    hint = (
        f"; did you mean {', '.join(close)}?" if close else f" ({len(known)} operations are known)"
    )
    return f"unknown operation {operation_id!r}{hint}"


# --------------------------------------------------------------------------- preparing


@attrs.frozen(slots=True)
class Prepared:
    """A validated call, ready to send (or to page through)."""

    operation: Operation
    path: str  # percent-encoded, relative to the base URL
    query: tuple[tuple[str, str], ...]
    body: Any  # JSON-ready, or None
    organization: str | None
    max_results: int | None = None
    cursor: str | None = None  # the caller's cursor (maybe a composite one), not yet split
    page_size: int | None = None  # the caller's own per_page/limit, if any
    timeout: Any = None  # this call's per-request timeout (seconds or httpx.Timeout), if any


def prepare(op: Operation, params: Mapping[str, Any], default_org: str | None) -> Prepared:
    """Validate ``params`` for ``op`` and build the request. Raises :class:`InvalidArguments`."""
    values: dict[Param, Any] = {}
    body = params.get("body")
    max_results = params.get("max_results")
    for name, value in params.items():
        if name in RESERVED:
            continue
        param = op.param(name)
        if param is None:
            raise InvalidArguments(_unknown_param(op, name))
        if param in values:
            raise InvalidArguments(
                f"{op.operation_id}: {param.python_name} was given twice "
                f"(as {param.python_name} and {param.name})"
            )
        if value is None:
            continue  # None means "not given", as for keyword defaults
        value = _plain_value(value)
        _refuse_huge_ints(op, param.python_name, value)
        values[param] = value

    path_values: dict[str, str] = {}
    organization: str | None = None
    for param in op.path_params:
        value = values.get(param)
        if value is None and param.python_name == ORG_PARAM:
            value = default_org
        if value is None:
            hint = (
                " (or give the client a default organization: organization= or SENTRY_ORG)"
                if param.python_name == ORG_PARAM
                else ""
            )
            raise InvalidArguments(f"{op.operation_id} needs {param.python_name}{hint}")
        text = _path_value(op, param, value)
        path_values[param.python_name] = text
        if param.python_name == ORG_PARAM:
            organization = text

    query: list[tuple[str, str]] = []
    cursor: str | None = None
    page_size: int | None = None
    for param in op.query_params:
        value = values.get(param)
        if value is None:
            if param.required:
                raise InvalidArguments(f"{op.operation_id} needs {param.python_name}")
            continue
        if param.name == "cursor" and op.paginated:
            if not isinstance(value, str):
                raise InvalidArguments(
                    f"{op.operation_id}: cursor must be a string, got {_type_name(value)}"
                )
            cursor = value  # pagination.py splits a composite cursor and sends the page cursor
            continue
        encoded = _query_values(op, param, value)
        if param.name == op.page_size_param:
            page_size = int(encoded[0])
        query.extend((param.name, text) for text in encoded)

    if max_results is not None:
        if not op.paginated:
            raise InvalidArguments(
                f"{op.operation_id} is not a list operation; max_results does not apply"
            )
        if isinstance(max_results, bool) or not isinstance(max_results, int) or max_results < 1:
            raise InvalidArguments(f"max_results must be a positive integer, got {max_results!r}")

    timeout = params.get("timeout")
    if timeout is not None and not is_timeout(timeout):
        raise InvalidArguments(
            f"timeout must be a positive number of seconds (at most {MAX_TIMEOUT:,.0f}) or an "
            f"httpx.Timeout, got {timeout!r}"
        )

    query.extend(_extra_query(op, params.get("extra_query")))
    for name, text in query:
        _refuse_surrogates(op, name, text)
    _refuse_long_query(op, query)
    try:
        checked = _body(op, body)  # already refused there if it cannot be sent
        extra = params.get("extra_body")
        final_body = _with_extra_body(op, checked, extra)
        if extra is not None and final_body is not None:
            _refuse_unencodable(op, final_body)
    except RecursionError:
        raise InvalidArguments(f"{op.operation_id}: the body is nested too deeply") from None
    except UnicodeEncodeError as exc:  # from the schema check, before _refuse_unencodable
        raise _surrogate(op, "the body", exc) from None
    return Prepared(
        operation=op,
        timeout=timeout,
        path=op.render_path(path_values),
        query=tuple(query),
        body=final_body,
        organization=organization,
        max_results=max_results,
        cursor=cursor,
        page_size=page_size,
    )


def _plain_scalar(value: Any) -> Any:
    """A ``str``/``int`` subclass (``class Sort(str, Enum)``) as the plain value it stands for.

    Checked and sent as that value: ``str()`` of such an enum member is ``Sort.DATE`` on
    Python 3.11, which would be sent while the check saw ``"date"``.
    """
    if isinstance(value, str) and type(value) is not str:
        return str.__str__(value)
    if isinstance(value, int) and type(value) is not int and not isinstance(value, bool):
        return int.__index__(value)
    return value


def _plain_value(value: Any) -> Any:
    if isinstance(value, (list, tuple, set, frozenset)):
        kind = type(value) if type(value) in (list, tuple, set, frozenset) else list
        return kind(_plain_scalar(v) for v in value)
    return _plain_scalar(value)


# The longest timeout accepted (about 11.6 days): sockets cannot wait beyond a few billion
# seconds, and a larger "timeout" is a mistake that would only fail later, as a connection error.
MAX_TIMEOUT = 1_000_000.0


def _is_seconds(value: Any) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and 0 < value <= MAX_TIMEOUT  # also False for NaN
    )


def is_timeout(value: Any) -> bool:
    """A positive number of seconds up to :data:`MAX_TIMEOUT`, or an ``httpx.Timeout`` whose
    every part is one (or ``None``)."""
    if _is_seconds(value):
        return True
    import httpx

    if not isinstance(value, httpx.Timeout):
        return False
    parts = (value.connect, value.read, value.write, value.pool)
    return all(part is None or _is_seconds(part) for part in parts)


# No slug, id or release version of Sentry's is longer (versions: 250); a URL of more than
# 64 KiB cannot even be built by httpx.
_MAX_PATH_VALUE = 2048
_MAX_QUERY_LENGTH = 32_768

# No id or count of Sentry's has more digits; beyond ~4300 Python cannot even print the number.
_MAX_INT_DIGITS = 100


def _refuse_huge_ints(op: Operation, name: str, value: Any) -> None:
    items = value if isinstance(value, (list, tuple, set, frozenset)) else (value,)
    for item in items:
        # bit_length() is exact and cheap; 333 bits hold every 100-digit number.
        if isinstance(item, int) and item.bit_length() > _MAX_INT_DIGITS * 3.33:
            raise InvalidArguments(
                f"{op.operation_id}: {name} is an integer of more than {_MAX_INT_DIGITS} "
                "digits, which no Sentry parameter takes"
            )


def _refuse_long_query(op: Operation, query: list[tuple[str, str]]) -> None:
    # Encoding makes a character at most 12 long (a UTF-8 sequence of 4 bytes, each as %XX),
    # plus "=" and "&" per pair: a query this short cannot be too long, and is not encoded.
    if sum(len(k) + len(v) for k, v in query) * 12 + 2 * len(query) <= _MAX_QUERY_LENGTH:
        return
    from urllib.parse import urlencode

    length = len(urlencode(query))
    if length > _MAX_QUERY_LENGTH:
        raise InvalidArguments(
            f"{op.operation_id}: the query string is too long ({length} characters encoded; "
            f"at most {_MAX_QUERY_LENGTH})"
        )


def _unknown_param(op: Operation, name: str) -> str:
    accepted = [p.python_name for p in (*op.path_params, *op.query_params)]
    if op.body_schema is not None:
        accepted.append("body")
    if op.paginated:
        accepted.append("max_results")
    accepted.append("timeout")
    accepted.append("extra_query")
    hint = ""
    if op.body_schema is not None and name in (op.body_schema.get("properties") or {}):
        hint = f" ({name!r} is a field of the request body: pass body={{{name!r}: ...}})"
    else:
        import difflib

        names = [p.python_name for p in (*op.path_params, *op.query_params)]
        close = difflib.get_close_matches(name, names, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        hint += " (a parameter the spec does not know yet: extra_query={...})"
    return f"{op.operation_id} has no parameter {name!r}{hint}; it accepts: " + (
        ", ".join(accepted) or "no parameters"
    )


def _type_name(value: Any) -> str:
    return "null" if value is None else type(value).__name__


def _path_value(op: Operation, param: Param, value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InvalidArguments(
            f"{op.operation_id}: {param.python_name} must be a string, got {_type_name(value)}"
        )
    text = str(value)
    if not text.strip():
        raise InvalidArguments(f"{op.operation_id}: {param.python_name} must not be empty or blank")
    if len(text) > _MAX_PATH_VALUE:
        raise InvalidArguments(
            f"{op.operation_id}: {param.python_name} is too long ({len(text)} characters; "
            f"at most {_MAX_PATH_VALUE})"
        )
    _refuse_surrogates(op, param.python_name, text)
    if text in (".", ".."):
        # A dot segment would be resolved away by URL normalisation and hit another endpoint.
        raise InvalidArguments(f"{op.operation_id}: {param.python_name} cannot be {text!r}")
    schema = param.schema
    if schema.keys() <= _PLAIN_STRING_KEYS and schema.get("minLength", 0) <= 1:
        return text  # a plain non-blank string: nothing more to check
    problem = schema_error(text, param.schema, param.python_name)
    if problem is not None:
        raise InvalidArguments(f"{op.operation_id}: {problem}")
    return text


def _query_values(op: Operation, param: Param, value: Any) -> list[str]:
    schema = param.schema
    if schema.get("type") == "array" or "array" in _types(schema):
        items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
        item_schema = schema.get("items") or {}
        return [
            _query_scalar(op, param, item, item_schema, f"{param.python_name}[{i}]")
            for i, item in enumerate(items)
        ]
    if isinstance(value, (list, tuple, set, frozenset)):
        raise InvalidArguments(
            f"{op.operation_id}: {param.python_name} takes one value, got a {type(value).__name__}"
        )
    return [_query_scalar(op, param, value, schema, param.python_name)]


def _types(schema: Mapping[str, Any]) -> tuple[str, ...]:
    kind = schema.get("type")
    if isinstance(kind, str):
        return (kind,)
    if isinstance(kind, list):
        return tuple(k for k in kind if isinstance(k, str))
    return ()


def _query_scalar(
    op: Operation, param: Param, value: Any, schema: Mapping[str, Any], where: str
) -> str:
    if isinstance(value, str):
        _refuse_surrogates(op, where, value)
    kinds = _types(schema)
    enum = schema.get("enum")
    coerced: Any = value
    if isinstance(value, bool):
        if "boolean" in kinds:
            coerced = value
        elif enum is not None and {"0", "1"} >= set(map(str, enum)):
            coerced = "1" if value else "0"  # Sentry's flag style, e.g. shortIdLookup=1
        elif enum is not None and {"true", "false"} >= set(map(str, enum)):
            coerced = "true" if value else "false"
    elif isinstance(value, (datetime.datetime, datetime.date)) and "string" in kinds:
        coerced = value.isoformat()
    elif isinstance(value, int) and "string" in kinds and "integer" not in kinds:
        coerced = str(value)  # ids are strings in the spec; 123 and "123" mean the same
    elif (
        isinstance(value, (float, decimal.Decimal)) and "integer" in kinds and "number" not in kinds
    ):
        # Strict in what we send: 5.0 would go out as "5.0", which Sentry refuses.
        raise InvalidArguments(
            f"{op.operation_id}: {where} must be an integer, got {_type_name(value)} {_show(value)}"
        )
    elif isinstance(value, str) and "integer" in kinds and "string" not in kinds:
        # Sentry returns ids as numeric strings (Issue.id) but takes some as integers (the
        # bulk mutations' id=...): let a caller pass back what it was given.
        stripped = value.strip()
        if stripped.isascii() and stripped.isdigit():
            coerced = int(stripped)
    problem = schema_error(coerced, schema, where)
    if problem is not None:
        raise InvalidArguments(f"{op.operation_id}: {problem}")
    if isinstance(coerced, bool):
        return "true" if coerced else "false"
    return str(coerced)


def _body(op: Operation, body: Any) -> Any:
    if op.body_schema is None:
        if body is not None:
            raise InvalidArguments(f"{op.operation_id} takes no request body")
        return None
    if body is None:
        if op.body_required:
            raise InvalidArguments(f"{op.operation_id} needs a request body (body=...)")
        return None
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict) and not isinstance(body, Mapping):
        body = to_dict()
    if not isinstance(body, Mapping):
        raise InvalidArguments(
            f"{op.operation_id}: body must be a dict or a generated model, got {_type_name(body)}"
        )
    body = _wire_keys(dict(body), op.body_schema)
    _refuse_unknown_keys(op, body)
    _refuse_unencodable(op, body)  # before the schema engine, which cannot read such values
    problem = schema_error(body, op.body_schema, "body")
    if problem is not None:
        raise InvalidArguments(f"{op.operation_id}: {problem}")
    return body


def _refuse_unknown_keys(op: Operation, body: Mapping[str, Any]) -> None:
    """A misspelt field would be ignored by Sentry and the call would "succeed" doing nothing."""
    _refuse_unknown_in(op, body, op.body_schema or {}, "")


def _refuse_unknown_in(
    op: Operation, value: Mapping[str, Any], schema: Mapping[str, Any], where: str
) -> None:
    """The check for one object, then for the objects inside it whose properties the spec
    documents too (``statusDetails``, ``inCommit``...), however deep the schema goes."""
    properties = schema.get("properties") or {}
    if not properties or schema.get("additionalProperties") not in (None, False):
        return  # a free-form object: any key may be meaningful
    for key, item in value.items():
        if key not in properties:
            raise InvalidArguments(_unknown_key(op, key, list(properties), where))
        inner = properties[key]
        if not isinstance(inner, Mapping):
            continue
        if isinstance(item, Mapping):
            _refuse_unknown_in(op, item, inner, f"{where}{key}.")
        elif isinstance(item, list) and isinstance(inner.get("items"), Mapping):
            for index, element in enumerate(item):
                if isinstance(element, Mapping):
                    _refuse_unknown_in(op, element, inner["items"], f"{where}{key}[{index}].")


def _unknown_key(op: Operation, key: Any, known: list[str], where: str) -> str:
    import difflib

    close = difflib.get_close_matches(str(key), known, n=1)
    hint = f"; did you mean {close[0]!r}?" if close else ""
    if not where:
        return (
            f"{op.operation_id}: the request body has no field {key!r}{hint} "
            f"(known fields: {', '.join(known)}; pass fields the spec does not know yet "
            "as extra_body={...})"
        )
    top = where.split(".", 1)[0].split("[", 1)[0]
    return (
        f"{op.operation_id}: body.{where[:-1]} has no field {key!r}{hint} "
        f"(known fields: {', '.join(known)}; to send fields the spec does not know yet, pass "
        f"the whole {top!r} as extra_body={{{top!r}: ...}})"
    )


_JSON_SCALARS = (str, int, float, bool, type(None))


def _odd_value(value: Any, where: str, depth: int = 0) -> tuple[str, Any] | None:
    """Where the body holds a value JSON has no form for (a datetime, a set, a UUID...)."""
    if isinstance(value, _JSON_SCALARS) or depth > 64:  # deeper: json.dumps below decides
        return None
    if isinstance(value, Mapping):
        for key, item in value.items():
            found = _odd_value(item, f"{where}.{key}", depth + 1)
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = _odd_value(item, f"{where}[{index}]", depth + 1)
            if found:
                return found
        return None
    return where, value


def _refuse_unencodable(op: Operation, body: Mapping[str, Any]) -> None:
    """A body httpx could not encode (a huge integer, a set, NaN...) fails here, clearly."""
    import json

    odd = _odd_value(body, "body")
    if odd is not None:
        where, value = odd
        raise InvalidArguments(
            f"{op.operation_id}: {where} cannot be sent as JSON: got {_type_name(value)} "
            f"{_show(value)} (send a string, number, boolean, list or dict)"
        )

    try:
        text = json.dumps(body, allow_nan=False, ensure_ascii=False)
    except RecursionError:
        raise InvalidArguments(f"{op.operation_id}: the body is nested too deeply") from None
    except (TypeError, ValueError) as exc:
        raise InvalidArguments(
            f"{op.operation_id}: the body cannot be sent as JSON ({exc})"
        ) from None
    _refuse_surrogates(op, "the body", text)


def _refuse_surrogates(op: Operation, name: str, text: str) -> None:
    """A lone surrogate (``"\\ud800"``) is not Unicode text: it cannot be sent as UTF-8."""
    if text.isascii():
        return
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise _surrogate(op, name, exc) from None


def _surrogate(op: Operation, name: str, exc: UnicodeEncodeError) -> InvalidArguments:
    bad = exc.object[exc.start : exc.end] if isinstance(exc.object, str) else "?"
    return InvalidArguments(
        f"{op.operation_id}: {name} holds {bad!r}, a lone surrogate that is not valid "
        "Unicode text and cannot be sent"
    )


def _with_extra_body(op: Operation, body: Any, extra: Any) -> Any:
    """``extra_body``: fields sent as given, unchecked, on top of the validated body."""
    if extra is None:
        return body
    if op.body_schema is None:
        raise InvalidArguments(
            f"{op.operation_id} takes no request body; extra_body does not apply"
        )
    if not isinstance(extra, Mapping) or not all(isinstance(k, str) for k in extra):
        raise InvalidArguments(f"{op.operation_id}: extra_body must be a dict with string keys")
    return _merge_extra(op, body or {}, extra, op.body_schema or {}, "")


def _merge_extra(
    op: Operation, body: Mapping[str, Any], extra: Mapping[str, Any], schema: Any, where: str
) -> dict[str, Any]:
    """``extra`` over ``body``: new fields as given; a documented object field is merged into
    (its new fields pass, its documented ones must not be overridden unchecked); a documented
    field of any other kind is refused, since it belongs in ``body=`` where it is checked."""
    properties = (schema.get("properties") if isinstance(schema, Mapping) else None) or {}
    merged = dict(body)
    for key, value in extra.items():
        if not isinstance(key, str):
            raise InvalidArguments(
                f"{op.operation_id}: extra_body keys must be strings, got {key!r}"
                + (f" in {where[:-1]}" if where else "")
            )
        name = key if key in properties else _camel(key) if _camel(key) in properties else None
        if name is None:
            merged[key] = value
            continue
        inner = properties[name]
        if isinstance(value, Mapping) and isinstance(inner, Mapping) and inner.get("properties"):
            current = merged.get(name)
            base = current if isinstance(current, Mapping) else {}
            merged[name] = _merge_extra(op, base, value, inner, f"{where}{name}.")
            continue
        raise InvalidArguments(
            f"{op.operation_id}: {where + key!r} is a known field of the request body; pass it "
            "in body= so that it is checked"
        )
    return merged


def _extra_query(op: Operation, extra: Any) -> list[tuple[str, str]]:
    """``extra_query``: parameters the spec does not know yet, sent as given (unchecked)."""
    if extra is None:
        return []
    if not isinstance(extra, Mapping):
        raise InvalidArguments(f"{op.operation_id}: extra_query must be a dict")
    pairs: list[tuple[str, str]] = []
    for name, value in extra.items():
        if not isinstance(name, str) or not name:
            raise InvalidArguments(f"{op.operation_id}: extra_query keys must be strings")
        if op.param(name) is not None:
            raise InvalidArguments(
                f"{op.operation_id}: {name!r} is a known parameter; pass it as {name}=... "
                "so that it is checked"
            )
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            if isinstance(item, bool):
                item = "true" if item else "false"
            if not isinstance(item, (str, int, float)):
                raise InvalidArguments(
                    f"{op.operation_id}: extra_query[{name!r}] must be a string or number"
                )
            pairs.append((name, str(item)))
    return pairs


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _wire_keys(body: dict[str, Any], schema: Mapping[str, Any]) -> dict[str, Any]:
    """Accept ``assigned_to`` for ``assignedTo``: rename top-level snake_case keys it knows."""
    properties = schema.get("properties") or {}
    if not properties:
        return body
    renamed: dict[str, Any] = {}
    for key, value in body.items():
        wire = key
        if isinstance(key, str) and key not in properties and "_" in key:
            camel = _camel(key)
            if camel in properties:
                wire = camel
        if wire in renamed:
            raise InvalidArguments(f"body: {key!r} and {wire!r} are the same field")
        renamed[wire] = value
    return renamed


# --------------------------------------------------------------------------- schema checks


def _show(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _plain(value: Any) -> Any:
    """Tuples and other sequences/mappings as the JSON lists and dicts they will be sent as."""
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def schema_error(value: Any, schema: Mapping[str, Any], where: str) -> str | None:
    """The first way ``value`` breaks ``schema``, in words, or ``None``.

    Checked by the one schema engine (:mod:`sentry_api.schema_check`); formats are not
    enforced on what we send (Sentry reads dates more liberally than RFC 3339).
    """
    if not schema:
        return None
    from sentry_api.schema_check import checker_of

    checker = checker_of(schema, formats=False)
    value = _plain(value)
    try:
        if checker.is_valid(value):
            return None
    except (ValueError, TypeError, OverflowError):
        # The engine reads JSON values only: a UUID, a set, a Decimal... cannot be sent.
        return f"{where} cannot be sent: got {_type_name(value)} {_show(value)}"
    problem = next(iter(checker.problems(value)), None)
    if problem is None:
        return None
    return _request_message(problem, where, value)


def _article(kind: str) -> str:
    return {
        "integer": "an integer",
        "array": "an array",
        "object": "an object",
        "null": "null",
    }.get(kind, f"a {kind}")


def _request_message(problem: Any, where: str, given: Any = None) -> str:
    """A problem in the words the client has always used for bad arguments."""
    from sentry_api.schema_check import format_path

    inner = format_path(problem.path)
    if inner:
        where = f"{where}{inner}" if inner.startswith("[") else f"{where}.{inner}"
    kind, detail = problem.kind, problem.detail
    # The engine reports the value as it read it (a Decimal as an int): name what was given.
    value = detail.get("instance") if problem.path else given
    limit = detail.get("limit")
    if kind == "required":
        return f"{where} is required"
    if kind == "unknown":
        return f"{where} is not a known field"
    if kind == "type":
        wanted = " or ".join(_article(k) for k in detail.get("types", ()))
        return f"{where} must be {wanted}, got {_type_name(value)} {_show(value)}"
    if kind == "enum":
        options = ", ".join(map(repr, detail.get("options", ())))
        return f"{where} must be one of {options}; got {_show(value)}"
    if kind == "min_length":
        if limit == 1:
            return f"{where} must not be empty"
        return f"{where} must be at least {limit} characters"
    if kind == "max_length":
        return f"{where} must be at most {limit} characters"
    if kind == "pattern":
        return f"{where} {_show(value)} does not match the pattern {detail.get('pattern')}"
    if kind == "minimum":
        return f"{where} must be at least {limit}, got {value}"
    if kind == "maximum":
        return f"{where} must be at most {limit}, got {value}"
    if kind == "min_items":
        return f"{where} needs at least {limit} item(s)"
    if kind == "max_items":
        return f"{where} takes at most {limit} item(s)"
    return f"{where}: {problem.message}"

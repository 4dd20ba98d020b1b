"""The operation table the sandbox serves, read from the generated spec metadata.

Nothing here lists paths or scopes by hand: routes, accepted scopes, pagination and parameter
schemas all come from ``sentry_api_client._operations`` (generated from openapi/sentry.yaml), so
the sandbox cannot drift from the spec the client is generated from.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class QueryParam:
    name: str
    schema: Mapping[str, Any]
    required: bool

    @property
    def is_array(self) -> bool:
        return self.schema.get("type") == "array"

    @property
    def enum(self) -> tuple[Any, ...] | None:
        schema = self.schema.get("items", {}) if self.is_array else self.schema
        values = schema.get("enum")
        return tuple(values) if values else None


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str
    path: str
    tag: str
    scopes: tuple[str, ...]
    paginated: bool
    path_params: tuple[str, ...]
    query_params: Mapping[str, QueryParam]
    body_schema: Mapping[str, Any] | None
    meta: Mapping[str, Any] = field(repr=False, compare=False)

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any]) -> Operation:
        query = {
            p["name"]: QueryParam(p["name"], p.get("schema") or {}, bool(p.get("required")))
            for p in meta.get("query_params", [])
        }
        body = meta.get("body") or None
        return cls(
            operation_id=meta["operation_id"],
            method=meta["method"].upper(),
            path=meta["path"],
            tag=meta.get("tag", ""),
            scopes=tuple(meta.get("scopes") or ()),
            paginated=bool(meta.get("paginated")),
            path_params=tuple(p["name"] for p in meta.get("path_params", [])),
            query_params=query,
            body_schema=body["schema"] if body else None,
            meta=meta,
        )

    def accepts_query(self, name: str) -> bool:
        return name in self.query_params


def load_operations(source: Mapping[str, Mapping[str, Any]] | None = None) -> dict[str, Operation]:
    """Build the operation table from ``source`` or, by default, the generated metadata."""
    if source is None:
        from sentry_api_client._operations import OPERATIONS

        source = OPERATIONS
    return {op_id: Operation.from_meta(meta) for op_id, meta in source.items()}

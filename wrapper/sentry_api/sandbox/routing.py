"""The route table, built from the operation metadata's path templates.

Matching works on the *raw* (still percent-encoded) request path split at ``/``, decoding each
segment only after the split. A release version such as ``api@1.0+build/7`` arrives as
``api%401.0%2Bbuild%2F7`` and stays one segment, so versions containing ``/`` route correctly and
round-trip unchanged — which matching on the decoded path cannot do.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from .operations import Operation


@dataclass
class _Node:
    literal: dict[str, _Node] = field(default_factory=dict)
    param: tuple[str, _Node] | None = None
    methods: dict[str, Operation] = field(default_factory=dict)


@dataclass(frozen=True)
class Match:
    operation: Operation
    params: dict[str, str]


@dataclass(frozen=True)
class MethodNotAllowed:
    allowed: tuple[str, ...]


class RouteTable:
    def __init__(self, operations: Iterable[Operation]) -> None:
        self._root = _Node()
        for op in operations:
            self._add(op)

    def _add(self, op: Operation) -> None:
        node = self._root
        for segment in op.path.strip("/").split("/"):
            if segment.startswith("{") and segment.endswith("}"):
                name = segment[1:-1]
                if node.param is None:
                    node.param = (name, _Node())
                elif node.param[0] != name:
                    raise ValueError(
                        f"{op.operation_id}: parameter {{{name}}} clashes with "
                        f"{{{node.param[0]}}} at the same place in another path"
                    )
                node = node.param[1]
            else:
                node = node.literal.setdefault(segment, _Node())
        if op.method in node.methods:
            raise ValueError(f"{op.method} {op.path} is defined twice")
        node.methods[op.method] = op

    def match(self, method: str, raw_path: bytes) -> Match | MethodNotAllowed | None:
        """Find the operation for a request; None when no path matches at all."""
        text = raw_path.decode("latin-1")
        if not text.endswith("/"):
            return None  # Sentry's routes all end with "/" (see the catch-all in app.py)
        segments = text.strip("/").split("/")
        found = self._walk(self._root, segments, 0, {})
        if found is None:
            return None
        node, params = found
        op = node.methods.get(method) or (node.methods.get("GET") if method == "HEAD" else None)
        if op is None:
            return MethodNotAllowed(tuple(sorted(node.methods)))
        return Match(op, params)

    def _walk(
        self, node: _Node, segments: list[str], index: int, params: dict[str, str]
    ) -> tuple[_Node, dict[str, str]] | None:
        if index == len(segments):
            return (node, params) if node.methods else None
        segment = segments[index]
        child = node.literal.get(segment)
        if child is not None:
            found = self._walk(child, segments, index + 1, params)
            if found is not None:
                return found
        if node.param is not None and segment:
            name, param_node = node.param
            value = unquote(segment, encoding="utf-8", errors="replace")
            return self._walk(param_node, segments, index + 1, {**params, name: value})
        return None

    def path_exists_with_slash(self, raw_path: bytes) -> bool:
        """Whether adding the missing trailing slash would reach a route (for the hint)."""
        return self.match("GET", raw_path + b"/") is not None

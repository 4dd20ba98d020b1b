"""Can our generated models read Sentry's own documented answers?

For every operation with a response model, the 200/201 example from Sentry's published OpenAPI
schema (``/work/ref/ops/<operationId>.json``) is checked against the model (all the way down),
parsed with the generated ``from_dict``, and returned through the client from a mock server.

Known mismatches are listed in ``KNOWN_MISMATCHES`` as strict xfails: each is a place where our
spec is stricter than (or disagrees with) Sentry's documentation, to be settled in the spec.
When one is fixed the xfail turns into a failure, so the list cannot go stale.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sentry_api import models
from sentry_api.operations import Operation, operations
from wrapper_fakes import Script, json_response, make_client

OPS_DIR = Path("/work/ref/ops")

pytestmark = pytest.mark.skipif(
    not OPS_DIR.is_dir(), reason="Sentry's reference schema is not on this machine"
)

KNOWN_MISMATCHES = {
    "list_organization_issues": (
        "Sentry's example (and its schema) has `owners` as one object; our spec says an array "
        "of owners (or null)"
    ),
    "retrieve_organization": (
        "Sentry's example is the short organization (13 fields); our Organization model also "
        "requires access, defaultRole, openMembership... which that example lacks"
    ),
}


def documented_example(op: Operation) -> Any:
    path = OPS_DIR / f"{op.operation_id}.json"
    if not path.exists():
        pytest.skip(f"{op.operation_id} is not in Sentry's published schema")
    response = (
        json.loads(path.read_text(encoding="utf-8"))["responses"].get(str(op.response_status)) or {}
    )
    content = (response.get("content") or {}).get("application/json") or {}
    if "example" in content:
        return content["example"]
    for example in (content.get("examples") or {}).values():
        if "value" in example:
            return example["value"]
    pytest.skip(f"Sentry documents no {op.response_status} example for {op.operation_id}")


def minimal(schema: Any) -> Any:
    """The smallest value the client's validation accepts for ``schema`` (required parts only)."""
    if "enum" in schema:
        return schema["enum"][0]
    if schema.get("examples"):
        return schema["examples"][-1]
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {name: minimal(properties.get(name) or {}) for name in schema.get("required") or ()}
    if kind == "array":
        return [minimal(schema.get("items") or {})] * max(1, schema.get("minItems", 1))
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    if kind == "boolean":
        return True
    if "pattern" in schema and "[0-9a-f]{32}" in schema["pattern"]:
        return "0" * 32
    return "x"


def with_model() -> list[Any]:
    params = []
    for op_id, op in sorted(operations().items()):
        marks = []
        if op_id in KNOWN_MISMATCHES:
            marks.append(pytest.mark.xfail(reason=KNOWN_MISMATCHES[op_id], strict=True))
        if op.response_model:
            params.append(pytest.param(op_id, marks=marks, id=op_id))
    return params


@pytest.mark.parametrize("operation_id", with_model())
def test_the_model_parses_sentrys_documented_example(operation_id: str) -> None:
    op = operations()[operation_id]
    example = documented_example(op)
    cls = models.load_model(op.response_model or "")
    items = example if op.response_is_list else [example]
    assert isinstance(items, list) and items, "the example has the documented top-level shape"
    for index, item in enumerate(items):
        problem = models.shape_error(cls, item, deep=True)
        assert problem is None, f"item {index}: {problem}"
        parsed = cls.from_dict(item)  # type: ignore[attr-defined]
        assert parsed.to_dict() is not None

    # And through the client, as a caller would get it.
    params: dict[str, Any] = {p.python_name: minimal(p.schema) for p in op.path_params}
    if op.body_schema is not None:
        params["body"] = minimal(op.body_schema)
    result = make_client(Script(json_response(op.response_status or 200, example))).call(
        operation_id, **params
    )
    assert result.success, result.error
    data = result.to_dict()["data"]
    assert data == example

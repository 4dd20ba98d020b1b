"""Can our generated models read Sentry's own documented answers?

For every operation with a response model, the 200/201 example from Sentry's published OpenAPI
schema (getsentry/sentry-api-schema, kept as data in ``tests/data/sentry_published_examples.json``)
is checked against the model (all the way down), parsed with the generated ``from_dict``, and
returned through the client from a mock server.

Operations for which Sentry publishes no example are named in ``WITHOUT_EXAMPLE``; a test keeps
that list exact, so an example can neither go missing nor be left unchecked.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sentry_api import models
from sentry_api.operations import Operation, operations
from sentry_api.schema_check import response_checker
from wrapper_fakes import Script, json_response, make_client

EXAMPLES_FILE = Path(__file__).parent / "data" / "sentry_published_examples.json"
EXAMPLES: dict[str, Any] = json.loads(EXAMPLES_FILE.read_text(encoding="utf-8"))

# Sentry's published schema has no success example for these (list_projects is not in it at all).
WITHOUT_EXAMPLE = {"create_deploy", "list_release_deploys", "update_issue", "list_projects"}


def documented_example(op: Operation) -> Any:
    entry = EXAMPLES[op.operation_id]
    assert entry["status"] == op.response_status, "our success status matches Sentry's"
    return entry["example"]


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


def with_model_and_example() -> list[str]:
    return sorted(
        op_id for op_id, op in operations().items() if op.response_model and op_id in EXAMPLES
    )


def test_every_operation_with_a_model_is_checked_against_an_example() -> None:
    with_model = {op_id for op_id, op in operations().items() if op.response_model}
    assert with_model - set(EXAMPLES) == WITHOUT_EXAMPLE


@pytest.mark.parametrize("operation_id", with_model_and_example())
def test_the_model_parses_sentrys_documented_example(operation_id: str) -> None:
    op = operations()[operation_id]
    example = documented_example(op)
    cls = models.load_model(op.response_model or "")
    items = example if op.response_is_list else [example]
    assert isinstance(items, list) and items, "the example has the documented top-level shape"
    checker = response_checker(operation_id)
    assert checker is not None
    problems = list(checker.problems(example))
    # Fields Sentry's example has and our spec does not document are drift, reported as
    # warnings (below); anything else would be a mistake in the spec.
    assert not [str(p) for p in problems if p.kind != "unknown"]
    for item in items:
        parsed = cls.from_dict(item)  # type: ignore[attr-defined]
        assert parsed.to_dict() is not None

    # And through the client, as a caller would get it.
    params: dict[str, Any] = {p.python_name: minimal(p.schema) for p in op.path_params}
    if op.body_schema is not None:
        params["body"] = minimal(op.body_schema)
    client = make_client(Script(json_response(op.response_status or 200, example)))
    result = client.call(operation_id, **params)
    assert result.success == (not problems), result.error  # strict in the tests
    lenient = make_client(
        Script(json_response(op.response_status or 200, example)), validation="lenient"
    )
    result = lenient.call(operation_id, **params)
    assert result.success, result.error
    assert len(result.warnings) == min(len(problems), 21)
    data = result.to_dict()["data"]
    assert data == example

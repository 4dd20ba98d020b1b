"""Can the client read what real Sentry servers sent, from 2015 to today?

``tests/data/corpus/`` holds response bodies captured from real Sentry servers (see its
``SOURCES.md``; ``index.json`` lists each file with its operation, era and provenance). Every body
is replayed through the client from a mock server, for the operation that answered it:

- lenient (the default mode): the call succeeds, the data is all there, and ``Result.warnings``
  lists exactly the differences from the spec (none when strict mode accepts the body);
- strict: the call never raises; it succeeds, or fails with a message that names where the body
  differs.

A test on the corpus itself keeps it large and varied enough to back the spec's ``required`` lists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from sentry_api.errors import ErrorKind
from sentry_api.operations import operations
from sentry_api.result import Result
from test_models_examples import minimal
from wrapper_fakes import Script, json_response, make_client

CORPUS = Path(__file__).parent / "data" / "corpus"
INDEX: list[dict[str, str]] = json.loads((CORPUS / "index.json").read_text(encoding="utf-8"))
SOURCES = (CORPUS / "SOURCES.md").read_text(encoding="utf-8")
ERAS = {"2015-2019", "2020-2022", "2023-current"}

# A path into a JSON body as messages write it: ``[3].project.slug``, ``avatar``, ``_meta``.
PATH = re.compile(r"(?:\[\d+\]|[A-Za-z_$][\w$]*)(?:\.[A-Za-z_$][\w$]*|\[\d+\])*")


def body_of(entry: dict[str, str]) -> Any:
    return json.loads((CORPUS / entry["file"]).read_text(encoding="utf-8"))


def replay(entry: dict[str, str], validation: str) -> Result:
    """The body, answered by a mock server, read by a client in the given validation mode."""
    op = operations()[entry["operationId"]]
    params: dict[str, Any] = {p.python_name: minimal(p.schema) for p in op.path_params}
    if op.body_schema is not None:
        params["body"] = minimal(op.body_schema)
    reply = json_response(op.response_status or 200, body_of(entry))
    client = make_client(Script(reply), validation=validation)
    try:
        return client.call(entry["operationId"], **params)
    finally:
        client.close()


def named_paths(message: str, operation_id: str) -> list[str]:
    """The body paths a failure message names (each written ``path: what is wrong``)."""
    text = message.removeprefix(f"{operation_id}: ")
    return [m.group(0) for m in PATH.finditer(text) if text[m.end() : m.end() + 2] == ": "]


def ids(entry: dict[str, str]) -> str:
    return entry["file"]


# --------------------------------------------------------------------------- the corpus itself


def test_the_corpus_is_large_and_varied_enough_to_back_the_spec() -> None:
    assert len(INDEX) >= 30
    assert len({entry["operationId"] for entry in INDEX}) >= 12
    assert {entry["era"] for entry in INDEX} == ERAS
    for era in ERAS:
        assert sum(entry["era"] == era for entry in INDEX) >= 5, era


def test_every_body_is_listed_with_its_provenance() -> None:
    on_disk = {
        path.relative_to(CORPUS).as_posix()
        for path in CORPUS.rglob("*.json")
        if path.name != "index.json"
    }
    listed = [entry["file"] for entry in INDEX]
    assert sorted(listed) == sorted(on_disk), "index.json lists exactly the corpus files"
    assert len(set(listed)) == len(listed)
    known = set(operations())
    for entry in INDEX:
        assert entry["operationId"] in known, entry["file"]
        assert entry["file"].startswith(entry["operationId"] + "/"), entry["file"]
        assert re.fullmatch(r"[\w.-]+/[\w.-]+", entry["repo"]), entry["file"]
        assert re.fullmatch(r"[0-9a-f]{40}", entry["commit"]), entry["file"]
        assert entry["path"] and entry["era"] in ERAS and entry["date"], entry["file"]
        row = f"| `{entry['file']}` | {entry['era']} | {entry['date']} | {entry['repo']} | "
        assert row + f"`{entry['commit']}` | `{entry['path']}` |" in SOURCES, entry["file"]


@pytest.mark.parametrize("entry", INDEX, ids=ids)
def test_every_body_has_the_top_level_kind_of_its_operation(entry: dict[str, str]) -> None:
    op = operations()[entry["operationId"]]
    body = body_of(entry)
    assert isinstance(body, list if op.response_is_list else dict)
    assert body, "an empty body shows nothing about the fields Sentry sends"


# --------------------------------------------------------------------------- through the client


@pytest.mark.parametrize("entry", INDEX, ids=ids)
def test_lenient_mode_reads_every_real_body(entry: dict[str, str]) -> None:
    body = body_of(entry)
    result = replay(entry, "lenient")
    assert result.success, result.error
    assert result.data is not None
    if isinstance(body, list):
        assert len(result.data) == len(body)
    assert result.to_dict()["data"] == body, "nothing is lost or invented on the way"

    warnings = result.warnings
    assert isinstance(warnings, tuple) and all(isinstance(w, str) for w in warnings)
    listed = warnings[:-1] if warnings and warnings[-1].startswith("... and ") else warnings
    for warning in listed:
        assert ": " in warning, f"a warning reads 'path: message': {warning!r}"

    # The warnings are the differences strict mode refuses: none exactly when strict accepts.
    strict = replay(entry, "strict")
    assert (warnings == ()) == strict.success, (warnings, strict.error)


@pytest.mark.parametrize("entry", INDEX, ids=ids)
def test_strict_mode_accepts_a_body_or_names_where_it_differs(entry: dict[str, str]) -> None:
    result = replay(entry, "strict")  # must not raise
    if result.success:
        assert result.data is not None
        return
    assert result.error_kind == ErrorKind.INVALID_RESPONSE, result.error
    assert named_paths(result.error or "", entry["operationId"]), result.error


def test_real_bodies_differ_from_the_spec_only_by_fields_it_does_not_document() -> None:
    """The spec's ``required`` lists and types are what every known Sentry version sends: the
    only differences of a real body are fields the spec does not list (which strict mode
    refuses and lenient mode warns about), never a missing required field or another type."""
    from sentry_api.schema_check import response_checker

    other: dict[str, list[str]] = {}
    for entry in INDEX:
        checker = response_checker(entry["operationId"])
        assert checker is not None, entry["operationId"]
        problems = list(checker.problems(body_of(entry)))
        wrong = [str(p) for p in problems if p.kind != "unknown"]
        if wrong:
            other[entry["file"]] = wrong
    assert other == {}

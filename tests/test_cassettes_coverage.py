"""What the cassettes must cover, checked on the recorded files themselves.

Every interaction is mapped back to its operation through the generated metadata (method and
path template), so these tests need no list of operations of their own: every one of the 42
has a recorded success; every family has 401, 403 naming a scope, 404, 400, and a 429 followed
by a successful retry; lists are recorded across three pages (two where an entity rarely has
more: a project's client keys, an issue's hashes, a token's organizations); the async client
has its own cassettes; the files stay small, belong to existing tests, and docs/testing.md's scope
table is current.
"""

from __future__ import annotations

import importlib.util
import re
from collections import defaultdict
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from conftest import CASSETTE_DIR, SANDBOX_TARGET_FILE, TARGET_FILE, TESTS_DIR
from sentry_api_client._operations import OPERATIONS

ROOT = TESTS_DIR.parent
TWO_PAGES_ENOUGH = {
    "list_project_keys": "a project rarely has three client keys (the sandbox's have two)",
    "list_issue_hashes": "an issue rarely has three hashes (the sandbox's have two)",
    "list_organizations": "a token rarely sees three organizations (the sandbox has two)",
}
MAX_TOTAL_BYTES = 2 * 1024 * 1024
MAX_FILE_BYTES = 200 * 1024


@cache
def record_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "record_cassettes", ROOT / "scripts" / "record_cassettes.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class Exchange:
    def __init__(self, cassette: Path, interaction: dict[str, Any], operation: str | None) -> None:
        request, response = interaction["request"], interaction["response"]
        self.cassette = cassette
        self.operation = operation
        self.method = request["method"]
        self.uri = request["uri"]
        self.body = request.get("body")
        self.status: int = response["status"]["code"]
        self.headers = {k.lower(): v for k, v in (response.get("headers") or {}).items()}

    @property
    def cursor(self) -> str | None:
        return (parse_qs(urlsplit(self.uri).query).get("cursor") or [None])[0]

    @property
    def request_key(self) -> tuple[str, str, Any]:
        return (self.method, self.uri, self.body)


@cache
def exchanges() -> dict[Path, list[Exchange]]:
    match = record_script().operation_matcher()
    found: dict[Path, list[Exchange]] = {}
    for path in sorted(CASSETTE_DIR.rglob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        found[path] = [
            Exchange(
                path, item, match(item["request"]["method"], urlsplit(item["request"]["uri"]).path)
            )
            for item in data.get("interactions") or []
        ]
    return found


def all_exchanges() -> list[Exchange]:
    return [exchange for items in exchanges().values() for exchange in items]


def family(operation: str | None) -> str:
    return OPERATIONS[operation]["tag"].lower() if operation else "?"


FAMILIES = sorted({op["tag"].lower() for op in OPERATIONS.values()})


def test_every_request_maps_to_an_operation() -> None:
    stray = [f"{e.cassette.name}: {e.method} {e.uri}" for e in all_exchanges() if not e.operation]
    assert not stray, stray


def test_every_operation_has_a_success_cassette() -> None:
    succeeded = {e.operation for e in all_exchanges() if 200 <= e.status < 300}
    assert succeeded == set(OPERATIONS), f"no success recorded for {set(OPERATIONS) - succeeded}"


@pytest.mark.parametrize("name", FAMILIES)
def test_every_family_has_the_error_answers(name: str) -> None:
    mine = [e for e in all_exchanges() if family(e.operation) == name]
    statuses = {e.status for e in mine}
    assert {400, 401, 404} <= statuses, f"{name}: only {sorted(statuses)}"
    challenges = [e.headers.get("www-authenticate", [""])[0] for e in mine if e.status == 403]
    assert any(re.search(r'insufficient_scope", scope="[a-z]+:[a-z]+"', c) for c in challenges), (
        f"{name}: no 403 naming a scope"
    )
    retried = False
    for items in exchanges().values():
        for index, exchange in enumerate(items):
            if exchange.status == 429 and family(exchange.operation) == name:
                later = items[index + 1 :]
                retried |= any(
                    e.request_key == exchange.request_key and 200 <= e.status < 300 for e in later
                )
    assert retried, f"{name}: no 429 followed by a successful retry of the same request"


def test_lists_are_recorded_across_three_pages() -> None:
    pages: dict[str, int] = defaultdict(int)
    for items in exchanges().values():
        cursors: dict[str, set[str | None]] = defaultdict(set)
        for e in items:
            if e.operation and OPERATIONS[e.operation]["paginated"] and e.status == 200:
                cursors[e.operation].add(e.cursor)
        for operation, seen in cursors.items():
            pages[operation] = max(pages[operation], len(seen))
    short = {
        op: pages[op]
        for op, meta in OPERATIONS.items()
        if meta["paginated"] and pages[op] < (2 if op in TWO_PAGES_ENOUGH else 3)
    }
    assert not short, f"lists recorded over too few pages: {short}"


def test_the_async_client_has_its_own_cassettes() -> None:
    source = (TESTS_DIR / "test_cassettes_async.py").read_text(encoding="utf-8")
    assert "async_cassette_client" in source
    recorded = list((CASSETTE_DIR / "test_cassettes_async").glob("*.yaml"))
    assert len(recorded) >= 5
    ops = {e.operation for path in recorded for e in exchanges()[path]}
    assert len(ops) >= 8 and any(OPERATIONS[op]["method"] == "POST" for op in ops if op)


def test_cassettes_stay_small() -> None:
    sizes = {path: path.stat().st_size for path in CASSETTE_DIR.rglob("*") if path.is_file()}
    assert sum(sizes.values()) < MAX_TOTAL_BYTES, f"{sum(sizes.values())} bytes of cassettes"
    big = {path.name: size for path, size in sizes.items() if size > MAX_FILE_BYTES}
    assert not big, f"cassettes over {MAX_FILE_BYTES} bytes: {big}"


def test_every_cassette_belongs_to_an_existing_test() -> None:
    orphans = []
    for module_dir in (p for p in CASSETTE_DIR.iterdir() if p.is_dir()):
        module = TESTS_DIR / f"{module_dir.name}.py"
        source = module.read_text(encoding="utf-8") if module.exists() else ""
        for cassette in module_dir.glob("*.yaml"):
            test = cassette.stem.split("[", 1)[0]
            if not re.search(rf"^(async )?def {re.escape(test)}\(", source, re.M):
                orphans.append(f"{module_dir.name}/{cassette.name}")
    assert not orphans, f"cassettes of tests that no longer exist: {orphans}"


def test_targets_describe_what_was_recorded() -> None:
    import json

    for path in (TARGET_FILE, SANDBOX_TARGET_FILE):
        target = json.loads(path.read_text(encoding="utf-8"))
        assert target["source"] in ("sandbox", "live")
        assert {
            "organization",
            "project",
            "team",
            "issue_id",
            "event_id",
            "member_id",
            "release_version",
        } <= set(target)
    sandbox = json.loads(SANDBOX_TARGET_FILE.read_text(encoding="utf-8"))
    assert sandbox["source"] == "sandbox"


def test_readme_scope_table_is_current() -> None:
    script = record_script()
    text = script.DOC.read_text(encoding="utf-8")
    start = text.index(script.DOC_BEGIN) + len(script.DOC_BEGIN)
    current = text[start : text.index(script.DOC_END)].strip()
    assert current == script.scopes_markdown().strip(), (
        "run `python scripts/record_cassettes.py --update-docs`"
    )


def test_scope_table_is_derived_from_the_metadata() -> None:
    """The table's scopes are exactly the first accepted scope of each operation called."""
    for module, test, operations, scopes in record_script().scope_table():
        assert scopes == sorted({OPERATIONS[op]["scopes"][0] for op in operations}), (module, test)

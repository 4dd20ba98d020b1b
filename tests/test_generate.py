"""scripts/generate.py: deterministic output, `--check`, and what it derives from the spec
(the metadata module and docs/scopes.md)."""

from __future__ import annotations

import importlib
import re
import runpy
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = ROOT / "openapi" / "sentry.yaml"
PACKAGE_DIR = ROOT / "generated" / "sentry_api_client"
SCOPES_DOC = ROOT / "docs" / "scopes.md"
OPERATIONS_DOC = ROOT / "docs" / "operations.md"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def run_generate(*args: str, root: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(root / "scripts" / "generate.py"), *args],
        cwd=root,
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
        timeout=300,
        check=False,
    )


def tree(root: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
    }


@pytest.fixture(scope="module")
def spec() -> dict[str, Any]:
    with SPEC_PATH.open(encoding="utf-8") as handle:
        loaded: dict[str, Any] = yaml.safe_load(handle)
    return loaded


@pytest.fixture(scope="module")
def spec_operations(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """operationId -> {method, path, operation, item}, in spec order."""
    found: dict[str, dict[str, Any]] = {}
    for path, item in spec["paths"].items():
        for method in HTTP_METHODS:
            if method in item:
                operation = item[method]
                found[operation["operationId"]] = {
                    "method": method.upper(),
                    "path": path,
                    "operation": operation,
                    "item": item,
                }
    return found


@pytest.fixture(scope="module")
def metadata() -> dict[str, dict[str, Any]]:
    # Read the file in generated/ itself, whatever else is installed.
    namespace = runpy.run_path(str(PACKAGE_DIR / "_operations.py"))
    operations: dict[str, dict[str, Any]] = namespace["OPERATIONS"]
    return operations


def resolve(spec: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


# --------------------------------------------------------------------------- generation


def test_generation_is_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    for out in (first, second):
        done = run_generate("--out", str(out))
        assert done.returncode == 0, done.stdout + done.stderr
    first_tree, second_tree = tree(first), tree(second)
    assert "generated/sentry_api_client/_operations.py" in first_tree
    assert "docs/scopes.md" in first_tree
    assert sorted(first_tree) == sorted(second_tree)
    differing = [name for name in first_tree if first_tree[name] != second_tree[name]]
    assert not differing, f"two runs differ in {differing}"


def test_check_passes_on_the_repository() -> None:
    done = run_generate("--check")
    assert done.returncode == 0, done.stdout + done.stderr


def _copy_for_generation(destination: Path) -> Path:
    """A minimal copy of the repository that scripts/generate.py can run in."""
    for folder in ("scripts", "openapi", "generated", "templates"):
        shutil.copytree(
            ROOT / folder, destination / folder, ignore=shutil.ignore_patterns("__pycache__")
        )
    (destination / "docs").mkdir()
    shutil.copyfile(SCOPES_DOC, destination / "docs" / "scopes.md")
    shutil.copyfile(OPERATIONS_DOC, destination / "docs" / "operations.md")
    return destination


def test_check_names_hand_edits_and_changes_nothing(tmp_path: Path) -> None:
    # Works on a copy: the real generated/ is never touched by the test suite.
    copy = _copy_for_generation(tmp_path / "repo")
    edited = copy / "generated" / "sentry_api_client" / "resources" / "issues.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    stray = copy / "generated" / "sentry_api_client" / "models" / "hand_written.py"
    stray.write_text("X = 1\n", encoding="utf-8")
    (copy / "docs" / "scopes.md").write_text("# stale\n", encoding="utf-8")
    before = tree(copy)

    done = run_generate("--check", root=copy)

    assert done.returncode != 0
    report = done.stdout + done.stderr
    for name in (
        "generated/sentry_api_client/resources/issues.py",
        "generated/sentry_api_client/models/hand_written.py",
        "docs/scopes.md",
    ):
        assert name in report, f"{name} not named in:\n{report}"
    assert "generated/sentry_api_client/types.py" not in report, "an unchanged file was named"
    assert tree(copy) == before, "--check must not change any file"


# --------------------------------------------------------------------------- metadata


def test_metadata_lists_every_operation_in_spec_order(
    metadata: dict[str, dict[str, Any]], spec_operations: dict[str, dict[str, Any]]
) -> None:
    assert list(metadata) == list(spec_operations)
    assert len(metadata) == 42


def _scopes(operation: dict[str, Any]) -> list[str]:
    return [scope for requirement in operation["security"] for scope in requirement["auth_token"]]


def _parameters(spec: dict[str, Any], entry: dict[str, Any], where: str) -> list[str]:
    raw = [*entry["item"].get("parameters", []), *entry["operation"].get("parameters", [])]
    return [p["name"] for p in (resolve(spec, r) for r in raw) if p["in"] == where]


def test_metadata_matches_the_spec(
    spec: dict[str, Any],
    metadata: dict[str, dict[str, Any]],
    spec_operations: dict[str, dict[str, Any]],
) -> None:
    for operation_id, entry in spec_operations.items():
        meta, operation = metadata[operation_id], entry["operation"]
        assert meta["operation_id"] == operation_id
        assert (meta["method"], meta["path"]) == (entry["method"], entry["path"]), operation_id
        assert meta["tag"] == operation["tags"][0], operation_id
        assert meta["scopes"] == _scopes(operation), operation_id
        query = _parameters(spec, entry, "query")
        assert meta["paginated"] == ("cursor" in query), operation_id
        assert [p["name"] for p in meta["query_params"]] == query, operation_id
        assert [p["name"] for p in meta["path_params"]] == _parameters(spec, entry, "path")
        assert (meta["body"] is None) == ("requestBody" not in operation), operation_id
        statuses = sorted(code for code in map(str, operation["responses"]) if code[0] == "2")
        assert meta["response"] is not None and str(meta["response"]["status"]) == statuses[0]


def _import_ref(ref: str) -> Any:
    module, name = ref.split(":")
    return getattr(importlib.import_module(module), name)


def test_metadata_points_at_generated_code(metadata: dict[str, dict[str, Any]]) -> None:
    installed = Path(importlib.import_module("sentry_api_client").__file__ or "").resolve()
    assert installed.parent == PACKAGE_DIR, (
        f"sentry_api_client is imported from {installed.parent}, not this checkout: "
        "run `pip install -e '.[test]'` here"
    )
    resources = importlib.import_module("sentry_api_client.resources")
    for operation_id, meta in metadata.items():
        namespace = importlib.import_module(f"sentry_api_client.resources.{meta['namespace']}")
        sync_class = getattr(namespace, meta["namespace"].capitalize())
        assert sync_class.OPERATIONS[meta["method_name"]] == operation_id
        assert callable(getattr(resources.Resources, meta["namespace"]).func), operation_id
        for part in ("body", "response"):
            if meta[part] and meta[part]["model"]:
                assert isinstance(_import_ref(meta[part]["model"]), type), (operation_id, part)


# --------------------------------------------------------------------------- docs/scopes.md


def test_scopes_doc_lists_every_operation_with_its_scopes(
    spec_operations: dict[str, dict[str, Any]],
) -> None:
    rows = [
        line
        for line in SCOPES_DOC.read_text(encoding="utf-8").splitlines()
        if line.startswith("| `")
    ]
    listed = {}
    for row in rows:
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        listed[cells[0].strip("`")] = re.findall(r"`([a-z]+:[a-z]+)`", row)
    assert len(rows) == 42
    assert list(listed) == list(spec_operations)
    for operation_id, entry in spec_operations.items():
        assert listed[operation_id] == _scopes(entry["operation"]), operation_id


# --------------------------------------------------------------------------- an honest generated/


def _model_imports(path: Path) -> set[str]:
    """The model modules a generated module imports (at run time or for type checking)."""
    text = path.read_text(encoding="utf-8")
    found = set(re.findall(r"^\s*from \.\.models\.(\w+) import", text, re.M))
    found |= set(re.findall(r"^\s*from \.(\w+) import", text, re.M))
    return found


def _all_of_bases(spec: dict[str, Any]) -> set[str]:
    """Model modules of schemas that only appear as an ``allOf`` part of other schemas.

    openapi-python-client flattens an ``allOf`` into each model that uses it and still writes
    the part as its own class; it is a public type (``ProjectCore``), not dead code.
    """
    from openapi_python_client.strings import ClassName, snake_case

    return {
        snake_case(str(ClassName(part["$ref"].rsplit("/", 1)[-1], prefix="")))
        for schema in spec["components"]["schemas"].values()
        for part in schema.get("allOf", [])
        if "$ref" in part
    }


def test_every_generated_model_is_used(
    spec: dict[str, Any], metadata: dict[str, dict[str, Any]]
) -> None:
    """Each model module is an operation's body or response, or part of one (no dead models)."""
    pytest.importorskip("openapi_python_client")
    models_dir = PACKAGE_DIR / "models"
    every = {p.stem for p in models_dir.glob("*.py") if p.stem != "__init__"}
    every -= _all_of_bases(spec)
    pending = [
        meta[part]["model"].split(":")[0].rsplit(".", 1)[-1]
        for meta in metadata.values()
        for part in ("body", "response")
        if meta[part] and meta[part]["model"]
    ]
    used: set[str] = set()
    while pending:
        module = pending.pop()
        if module not in used:
            used.add(module)
            pending.extend(_model_imports(models_dir / f"{module}.py") & every)
    assert sorted(every - used) == []
    assert not [name for name in every if name.startswith("webhook_")]


def test_the_generators_own_request_layer_is_not_shipped() -> None:
    # The wrapper has one request path; a second, generated one went unused (and let `..`
    # through as a path segment). Nothing of it may come back.
    for name in ("api", "client.py", "errors.py"):
        assert not (PACKAGE_DIR / name).exists(), name
    shipped = {p.relative_to(PACKAGE_DIR).parts[0] for p in PACKAGE_DIR.iterdir()}
    assert shipped - {"__pycache__"} == {
        "__init__.py",
        "_compat.py",
        "_operations.py",
        "_schemas.py",
        "models",
        "py.typed",
        "resources",
        "types.py",
    }


def test_generated_packages_list_their_exports_statically() -> None:
    # A static __all__ is what lets `mypy --strict` accept `from ...models import Issue`.
    for path in [PACKAGE_DIR / "models" / "__init__.py", *PACKAGE_DIR.glob("resources/*.py")]:
        text = path.read_text(encoding="utf-8")
        assert re.search(r"^__all__ = [\[(]", text, re.M), path
        assert "__all__ = tuple(" not in text and "__all__ = list(" not in text, path


def test_each_operation_is_named_once_in_the_spec(spec_operations: dict[str, Any]) -> None:
    names = [entry["operation"]["x-sentry-method"] for entry in spec_operations.values()]
    assert len(names) == len(set(names)) == 42
    assert all(re.fullmatch(r"[a-z]+\.[a-z_]+", name) for name in names)


def test_operations_doc_maps_every_method_to_its_operation(
    metadata: dict[str, dict[str, Any]],
) -> None:
    rows = re.findall(
        r"^\| `client\.(\w+)\.(\w+)` \| `(\w+)` \|", OPERATIONS_DOC.read_text("utf-8"), re.M
    )
    assert len(rows) == 42
    for namespace, method, operation_id in rows:
        meta = metadata[operation_id]
        assert (meta["namespace"], meta["method_name"]) == (namespace, method)


def test_the_docs_list_every_allof_composition_as_a_standalone_class(
    spec: dict[str, Any],
) -> None:
    """An ``allOf`` part is generated as its own class that no composed model subclasses
    (``ProjectCore`` is never the runtime type of a value); docs/typed-client.md says so for
    each composition, and the runtime agrees."""
    import importlib

    models = importlib.import_module("sentry_api_client.models")
    doc = (ROOT / "docs" / "typed-client.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^\| `(\w+)` \| `(\w+)` \|$", doc, re.M))
    composed = {
        (name, part["$ref"].rsplit("/", 1)[-1])
        for name, schema in spec["components"]["schemas"].items()
        for part in schema.get("allOf", [])
        if "$ref" in part
    }
    assert documented == composed
    for whole, part in composed:
        assert not issubclass(getattr(models, whole), getattr(models, part)), (whole, part)

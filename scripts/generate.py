#!/usr/bin/env python3
"""Regenerate everything that is derived from ``openapi/sentry.yaml``.

Outputs (all deterministic: two runs give byte-identical files):

* ``generated/sentry_api_client/`` — the low-level client, written by openapi-python-client
  (pinned in ``pyproject.toml``) with the settings in ``openapi/generator.yaml``.
  Only the models are kept from its output (rendered with our ``templates/``, e.g. a
  ``models/__init__.py`` that imports each model on first use and lists ``__all__``
  statically); the generator's own request layer (``api/``, ``client.py``, ``errors.py``) is
  not shipped: the wrapper has one request path, and the typed layer below calls it.
* ``generated/sentry_api_client/_operations.py`` — per-operation metadata (method, path,
  accepted scopes, pagination, parameters, body and response models, and the namespace
  method named by the spec's ``x-sentry-method``). openapi-python-client drops security
  scopes and knows nothing of pagination, and the wrapper, sandbox, CLI and tools need both;
  emitting them here means no list of operations is ever copied by hand.
* ``generated/sentry_api_client/resources/`` — the typed namespaces (``client.issues.list``),
  sync and async, and ``bodies.py``, a ``TypedDict`` per request body; rendered from
  ``templates/resources/`` with the metadata.
* ``generated/sentry_api_client/_schemas.py`` — JSON Schemas of the success responses, which
  the wrapper (and its tolerant/strict reading) validates with jsonschema-rs
  (``scripts/response_schemas.py``).
* ``docs/scopes.md`` — the table of operations and the scopes each accepts;
  ``docs/operations.md`` — each namespace method and its operationId.
* ``docs/reference.html`` — a readable API reference (Redocly), when the npm tooling is
  installed. It is not part of ``--check``: it needs node, which a Python-only machine may lack.

``python scripts/generate.py --check`` regenerates into a temporary folder and compares; it
exits 1 naming the files that differ and changes nothing.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import keyword
import os
import pprint
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import response_schemas as json_schemas  # noqa: E402 - beside this script

try:
    import openapi_python_client  # noqa: F401 - checked here for a clear message, used below
    import yaml
except ImportError as missing:  # pragma: no cover - depends on the environment
    sys.exit(
        f"scripts/generate.py needs {missing.name}: install the development extra first "
        "(pip install -e '.[test]', Python 3.11+)"
    )

import typed_layer  # noqa: E402 - scripts/typed_layer.py, beside this file

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "sentry.yaml"
GENERATOR_CONFIG = ROOT / "openapi" / "generator.yaml"
# Our overrides of openapi-python-client's templates (model.py.jinja adds the field metadata).
TEMPLATES = ROOT / "templates"
PACKAGE = "sentry_api_client"
GENERATED_DIR = ROOT / "generated" / PACKAGE
SCOPES_DOC = ROOT / "docs" / "scopes.md"
OPERATIONS_DOC = ROOT / "docs" / "operations.md"
# What openapi-python-client writes that we do not ship: its own request layer. The wrapper
# builds every request in one place (sentry_api.operations) and the typed namespaces in
# resources/ call it, so these would be a second, unused (and unguarded) request path.
NOT_SHIPPED = ("api", "client.py", "errors.py")
REFERENCE_HTML = ROOT / "docs" / "reference.html"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")
# Success statuses in the order we prefer them when an operation documents several.
SUCCESS_STATUSES = ("200", "201", "202", "204")


# --------------------------------------------------------------------------- spec reading


def load_spec(path: Path | None = None) -> dict[str, Any]:
    with (path or SPEC).open(encoding="utf-8") as handle:
        spec: dict[str, Any] = yaml.safe_load(handle)
    return spec


def resolve_ref(spec: dict[str, Any], ref: str) -> Any:
    if not ref.startswith("#/"):
        raise ValueError(f"only local $refs are supported, got {ref!r}")
    node: Any = spec
    for part in ref[2:].split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def deref(spec: dict[str, Any], node: Any, seen: tuple[str, ...] = ()) -> Any:
    """Inline every local $ref below ``node`` (a cycle keeps its $ref rather than looping)."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            if ref in seen:
                return {"$ref": ref}
            target = deref(spec, resolve_ref(spec, ref), (*seen, ref))
            siblings = {k: deref(spec, v, seen) for k, v in node.items() if k != "$ref"}
            return {**target, **siblings} if isinstance(target, dict) else target
        return {key: deref(spec, value, seen) for key, value in node.items()}
    if isinstance(node, list):
        return [deref(spec, item, seen) for item in node]
    return node


def iter_operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], list[Any]]]:
    """Yield (method, path, operation, path-item parameters) in spec order."""
    for path, item in spec.get("paths", {}).items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                yield method, path, item[method], shared


# --------------------------------------------------------------------------- naming


def _python_name(wire_name: str) -> str:
    # Reuse the generator's own rules so the metadata names match the generated functions.
    from openapi_python_client.strings import PythonIdentifier

    return str(PythonIdentifier(value=wire_name, prefix="field_"))


def _model_ref(schema_ref: str) -> str:
    """'#/components/schemas/IssueUpdate' -> 'sentry_api_client.models.issue_update:IssueUpdate'."""
    from openapi_python_client.strings import ClassName, snake_case

    class_name = str(ClassName(schema_ref.rsplit("/", 1)[-1], prefix=""))
    return f"{PACKAGE}.models.{snake_case(class_name)}:{class_name}"


def _namespace_method(operation: dict[str, Any]) -> tuple[str, str]:
    """``x-sentry-method: issues.list`` -> ("issues", "list"): the ONE place an operation is named.

    The typed namespaces (``client.issues.list``), the CLI (``sentry-api issues list``) and
    docs/operations.md all take the name from here.
    """
    operation_id = operation["operationId"]
    value = operation.get("x-sentry-method")
    if not isinstance(value, str) or value.count(".") != 1:
        raise SystemExit(f"{operation_id}: x-sentry-method must read 'namespace.method'")
    namespace, method = value.split(".")
    for part in (namespace, method):
        if not part.isidentifier() or part.startswith("_") or keyword.iskeyword(part):
            raise SystemExit(f"{operation_id}: x-sentry-method {value!r} is not a Python name")
    return namespace, method


# --------------------------------------------------------------------------- metadata


def _parameter_entry(spec: dict[str, Any], raw: dict[str, Any]) -> dict[str, Any]:
    param = resolve_ref(spec, raw["$ref"]) if "$ref" in raw else raw
    entry = {
        "name": param["name"],
        "python_name": _python_name(param["name"]),
        "in": param["in"],
        "required": bool(param.get("required", False)),
        "description": (param.get("description") or "").strip(),
        "schema": deref(spec, param.get("schema", {})),
    }
    if param.get("deprecated"):
        entry["deprecated"] = True
    return entry


def _json_content_schema(container: dict[str, Any]) -> dict[str, Any] | None:
    content = container.get("content") or {}
    media = content.get("application/json")
    return None if media is None else media.get("schema")


def _body_entry(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    raw = operation.get("requestBody")
    if raw is None:
        return None
    body = resolve_ref(spec, raw["$ref"]) if "$ref" in raw else raw
    schema = _json_content_schema(body)
    if schema is None:
        return None
    return {
        "required": bool(body.get("required", False)),
        "schema": deref(spec, schema),
        "model": _model_ref(schema["$ref"]) if "$ref" in schema else None,
    }


def _response_entry(spec: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    responses = operation.get("responses", {})
    for status in SUCCESS_STATUSES:
        if status not in responses:
            continue
        raw = responses[status]
        response = resolve_ref(spec, raw["$ref"]) if "$ref" in raw else raw
        schema = _json_content_schema(response)
        entry: dict[str, Any]
        if schema is None:
            entry = {"status": int(status), "list": False, "model": None}
        elif schema.get("type") == "array" and "$ref" in schema.get("items", {}):
            entry = {
                "status": int(status),
                "list": True,
                "model": _model_ref(schema["items"]["$ref"]),
            }
        elif "$ref" in schema:
            entry = {"status": int(status), "list": False, "model": _model_ref(schema["$ref"])}
        else:
            entry = {"status": int(status), "list": schema.get("type") == "array", "model": None}
        # Every documented success status: a 204 the spec allows beside a body (Sentry's bulk
        # mutations answer 204 when nothing matched) is a success with no data, not a failure.
        entry["statuses"] = sorted(int(s) for s in responses if s in SUCCESS_STATUSES)
        entry["no_content"] = "204" in responses
        return entry
    return None


def response_schemas(spec: dict[str, Any]) -> dict[str, Any]:
    """operationId -> the JSON schema of its success response, for those that answer JSON."""
    found: dict[str, Any] = {}
    for _method, _path, operation, _shared in iter_operations(spec):
        responses = operation.get("responses", {})
        status = next((s for s in SUCCESS_STATUSES if s in responses), None)
        if status is None:
            continue
        raw = responses[status]
        schema = _json_content_schema(resolve_ref(spec, raw["$ref"]) if "$ref" in raw else raw)
        if schema is not None:
            found[operation["operationId"]] = schema
    return found


def _scopes(operation: dict[str, Any]) -> list[str]:
    scopes: list[str] = []
    for requirement in operation.get("security", []):
        for scope in requirement.get("auth_token", []):
            if scope not in scopes:
                scopes.append(scope)
    return scopes


def build_metadata(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    operations: dict[str, dict[str, Any]] = {}
    for method, path, operation, shared in iter_operations(spec):
        operation_id = operation["operationId"]
        params = [
            _parameter_entry(spec, raw) for raw in [*shared, *operation.get("parameters", [])]
        ]
        query = [p for p in params if p["in"] == "query"]
        tag = (operation.get("tags") or ["default"])[0]
        namespace, method_name = _namespace_method(operation)
        operations[operation_id] = {
            "operation_id": operation_id,
            "method": method.upper(),
            "path": path,
            "tag": tag,
            "namespace": namespace,
            "method_name": method_name,
            "summary": (operation.get("summary") or "").strip(),
            "description": (operation.get("description") or "").strip(),
            "deprecated": bool(operation.get("deprecated", False)),
            "scopes": _scopes(operation),
            "paginated": any(p["name"] == "cursor" for p in query),
            "path_params": [p for p in params if p["in"] == "path"],
            "query_params": query,
            "body": _body_entry(spec, operation),
            "response": _response_entry(spec, operation),
        }
    named: dict[tuple[str, str], str] = {}
    for operation_id, op in operations.items():
        other = named.setdefault((op["namespace"], op["method_name"]), operation_id)
        if other != operation_id:
            raise SystemExit(
                f"{operation_id} and {other} are both {op['namespace']}.{op['method_name']}"
            )
    return operations


def render_metadata(operations: dict[str, dict[str, Any]], spec_version: str) -> str:
    body = pprint.pformat(operations, width=100, sort_dicts=False)
    return (
        '"""Per-operation metadata read from openapi/sentry.yaml.\n\n'
        "Generated by scripts/generate.py; do not edit. Scopes are listed in the spec's order:\n"
        'the first is the one to ask for, any of them satisfies the operation."""\n\n'
        "from typing import Any\n\n"
        f"SPEC_VERSION = {spec_version!r}\n\n"
        f"OPERATIONS: dict[str, dict[str, Any]] = {body}\n"
    )


def render_scopes_doc(operations: dict[str, dict[str, Any]]) -> str:
    lines = [
        "# Operations and the scopes they accept",
        "",
        "Generated by `scripts/generate.py` from `openapi/sentry.yaml`; do not edit by hand.",
        "A token needs any one of an operation's scopes. The first listed is the narrowest one to",
        "ask for; `sentry-api scopes OPERATION...` computes the least set for several operations.",
        "",
        f"{len(operations)} operations.",
        "",
        "| operationId | method | path | scope to ask for | also accepted | paginated |",
        "|---|---|---|---|---|---|",
    ]
    for op in operations.values():
        first, *others = op["scopes"] or ["—"]
        also = ", ".join(f"`{s}`" for s in others) or "—"
        lines.append(
            f"| `{op['operation_id']}` | {op['method']} | `{op['path']}` | `{first}` | {also} | "
            f"{'yes' if op['paginated'] else 'no'} |"
        )
    return "\n".join(lines) + "\n"


# --------------------------------------------------------------------------- generation


def _tool_env() -> dict[str, str]:
    # The generator's post-hooks call `ruff`; prefer the one installed beside this Python.
    bin_dir = str(Path(sys.executable).parent)
    return {**os.environ, "PATH": bin_dir + os.pathsep + os.environ.get("PATH", "")}


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield ref
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def generator_input(spec: dict[str, Any]) -> dict[str, Any]:
    """The part of the spec openapi-python-client is given: the schemas the operations use.

    It generates models only. Its request functions would be a second request path beside
    the wrapper's (and would let ``.``/``..`` through as path segments), so it sees no paths.
    Schemas no request or success response reaches are left out, so no model is generated
    that nothing uses: the webhook payloads (``sentry_api.webhooks`` reads them itself) and
    the error bodies (the wrapper reads ``detail`` and field errors as plain JSON).
    """
    reachable: set[str] = set()
    pending = [
        ref
        for _, _, operation, _ in iter_operations(spec)
        for part in (
            operation.get("requestBody", {}),
            *(body for status, body in operation.get("responses", {}).items() if status[0] == "2"),
        )
        for ref in _refs(part)
    ]
    while pending:
        ref = pending.pop()
        if ref in reachable:
            continue
        reachable.add(ref)
        pending.extend(_refs(resolve_ref(spec, ref)))
    prefix = "#/components/schemas/"
    schemas = spec.get("components", {}).get("schemas", {})
    kept = {name: schema for name, schema in schemas.items() if prefix + name in reachable}
    return {
        "openapi": spec["openapi"],
        "info": spec["info"],
        "paths": {},
        "components": {"schemas": kept},
    }


def run_generator(spec_path: Path, out_dir: Path) -> None:
    command = [
        sys.executable,
        "-m",
        "openapi_python_client",
        "generate",
        "--path",
        str(spec_path),
        "--config",
        str(GENERATOR_CONFIG),
        "--meta",
        "none",
        "--custom-template-path",
        str(TEMPLATES),
        "--output-path",
        str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {done.returncode})")


# The generator's datetime template parses with `datetime.datetime.fromisoformat`, which on
# Python 3.10 rejects Sentry's `...Z` timestamps; this project supports 3.10, so model modules
# call a small generated `_compat.parse_datetime` instead (templates/property_templates).
# (`typing.Self`, the other 3.11-only construct, is no longer produced: see the post-hooks in
# openapi/generator.yaml.)
COMPAT_MODULE = '''"""Python 3.10 shim for the generated models.

Written by scripts/generate.py; do not edit.
"""

import datetime
import sys

if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:  # Python 3.10: fromisoformat does not accept a trailing "Z"
    from dateutil.parser import isoparse  # type: ignore[import-untyped]

    def parse_datetime(value: str) -> datetime.datetime:
        parsed: datetime.datetime = isoparse(value)
        return parsed


__all__ = ["parse_datetime"]
'''


def drop_not_shipped(package_dir: Path) -> None:
    for name in NOT_SHIPPED:
        target = package_dir / name
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()


def write_compat_module(package_dir: Path) -> None:
    """``_compat.py``: the ``parse_datetime`` that templates/model.py.jinja imports."""
    (package_dir / "_compat.py").write_text(COMPAT_MODULE, encoding="utf-8")


def format_python(path: Path) -> None:
    command = [
        "ruff",
        "format",
        "--quiet",
        "--no-cache",
        "--isolated",
        "--line-length",
        "100",
        str(path),
    ]
    subprocess.run(command, check=True, env=_tool_env())


def check_models_exist(package_dir: Path, operations: dict[str, dict[str, Any]]) -> None:
    """Fail loudly if a model named in the metadata is not where the generator put it."""
    for op in operations.values():
        for ref in (op["body"] and op["body"]["model"], op["response"] and op["response"]["model"]):
            if not ref:
                continue
            module, class_name = ref.split(":")
            file = package_dir.joinpath(*module.split(".")[1:]).with_suffix(".py")
            if not file.exists() or f"class {class_name}" not in file.read_text(encoding="utf-8"):
                raise SystemExit(f"{op['operation_id']}: model {ref} was not generated")


def build(out_root: Path) -> None:
    """Write the generated package and docs/scopes.md below ``out_root`` (a scratch folder)."""
    spec = load_spec()
    operations = build_metadata(spec)
    package_dir = out_root / "generated" / PACKAGE
    with tempfile.TemporaryDirectory(prefix="sentry-api-spec-") as scratch:
        given = Path(scratch) / "models-only.json"
        given.write_text(json.dumps(generator_input(spec)), encoding="utf-8")
        run_generator(given, package_dir)
    drop_not_shipped(package_dir)
    check_models_exist(package_dir, operations)
    write_compat_module(package_dir)
    typed_layer.render(operations, package_dir)
    format_python(package_dir)
    metadata_file = package_dir / "_operations.py"
    metadata_file.write_text(render_metadata(operations, str(spec["info"]["version"])), "utf-8")
    format_python(metadata_file)
    schemas_file = package_dir / "_schemas.py"
    schemas = json_schemas.build(spec, response_schemas(spec))
    schemas_file.write_text(json_schemas.render(schemas), "utf-8")
    format_python(schemas_file)
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    docs = out_root / "docs"
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "scopes.md").write_text(render_scopes_doc(operations), encoding="utf-8")
    (docs / "operations.md").write_text(typed_layer.operations_doc(operations), encoding="utf-8")


def compared_files(root: Path) -> set[str]:
    files = {str(p.relative_to(root)) for p in (root / "generated" / PACKAGE).rglob("*")}
    files = {f for f in files if (root / f).is_file() and "__pycache__" not in f}
    for doc in ("docs/scopes.md", "docs/operations.md"):
        if (root / doc).exists():
            files.add(doc)
    return files


def differences(fresh: Path, current: Path) -> list[str]:
    wanted, present = compared_files(fresh), compared_files(current)
    changed = [
        f
        for f in sorted(wanted & present)
        if not filecmp.cmp(fresh / f, current / f, shallow=False)
    ]
    missing = [f"{f} (missing)" for f in sorted(wanted - present)]
    extra = [f"{f} (not generated by the spec)" for f in sorted(present - wanted)]
    return changed + missing + extra


def install(fresh: Path) -> None:
    if GENERATED_DIR.exists():
        shutil.rmtree(GENERATED_DIR)
    shutil.copytree(fresh / "generated" / PACKAGE, GENERATED_DIR)
    SCOPES_DOC.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(fresh / "docs" / "scopes.md", SCOPES_DOC)
    shutil.copyfile(fresh / "docs" / "operations.md", OPERATIONS_DOC)


def build_reference_html(output: Path = REFERENCE_HTML) -> bool:
    """Render the spec to one self-contained HTML page with Redocly (pinned in package.json).

    Returns False, with a warning, when the npm tooling is not installed (`npm ci`). Redoc's
    scripts are inlined so the page works offline; the output is byte-identical across runs,
    which lets .ci/run check that the committed docs/reference.html is current.
    """
    redocly = ROOT / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        warning = f"warning: npm tooling not installed (run `npm ci`); {output.name} not rebuilt"
        print(warning, file=sys.stderr)
        return False
    # cwd=ROOT picks up redocly.yaml, which (like the env var) turns Redocly's telemetry off.
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    command = [str(redocly), "build-docs", str(SPEC), "--inlineBundle", "--output", str(output)]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit("redocly build-docs failed")
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is stale")
    parser.add_argument(
        "--out", type=Path, help="write the outputs below this folder instead of the repo"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="sentry-api-gen-") as scratch:
        fresh = Path(scratch)
        build(fresh)
        if args.out:
            shutil.copytree(fresh, args.out, dirs_exist_ok=True)
            return 0
        if args.check:
            stale = differences(fresh, ROOT)
            if stale:
                print("generated output is stale; run `python scripts/generate.py`:")
                print("\n".join(f"  {name}" for name in stale))
                return 1
            print("generated/ and docs/{scopes,operations}.md are up to date with the spec")
            return 0
        install(fresh)
    build_reference_html()
    print(f"regenerated {GENERATED_DIR.relative_to(ROOT)}, docs/scopes.md and docs/operations.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())

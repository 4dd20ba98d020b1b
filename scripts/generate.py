#!/usr/bin/env python3
"""Regenerate everything that is derived from ``openapi/sentry.yaml``.

Outputs (all deterministic: two runs give byte-identical files):

* ``generated/sentry_api_client/`` — the low-level client, written by openapi-python-client
  (pinned in ``pyproject.toml``) with the settings in ``openapi/generator.yaml``.
* ``generated/sentry_api_client/_operations.py`` — per-operation metadata (method, path,
  accepted scopes, pagination, parameters, body and response models). openapi-python-client
  drops security scopes and knows nothing of pagination, and the wrapper, sandbox, CLI and
  tools need both; emitting them here means no list of operations is ever copied by hand.
* ``generated/sentry_api_client/_schemas.py`` — JSON Schemas of the success responses, which
  the wrapper (and its tolerant/strict reading) validates with jsonschema-rs
  (``scripts/response_schemas.py``).
* ``docs/scopes.md`` — the table of operations and the scopes each accepts.
* ``docs/reference.html`` — a readable API reference (Redocly), when the npm tooling is
  installed. It is not part of ``--check``: it needs node, which a Python-only machine may lack.

``python scripts/generate.py --check`` regenerates into a temporary folder and compares; it
exits 1 naming the files that differ and changes nothing.
"""

from __future__ import annotations

import argparse
import ast
import filecmp
import os
import pprint
import re
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

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi" / "sentry.yaml"
GENERATOR_CONFIG = ROOT / "openapi" / "generator.yaml"
# Our overrides of openapi-python-client's templates (model.py.jinja adds the field metadata).
TEMPLATES = ROOT / "templates"
PACKAGE = "sentry_api_client"
GENERATED_DIR = ROOT / "generated" / PACKAGE
SCOPES_DOC = ROOT / "docs" / "scopes.md"
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


def _module_for(tag: str, operation_id: str) -> str:
    from openapi_python_client.strings import PythonIdentifier

    tag_module = str(PythonIdentifier(value=tag, prefix="tag"))
    return f"{PACKAGE}.api.{tag_module}.{_python_name(operation_id)}"


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
        if schema is None:
            return {"status": int(status), "list": False, "model": None}
        if schema.get("type") == "array" and "$ref" in schema.get("items", {}):
            return {
                "status": int(status),
                "list": True,
                "model": _model_ref(schema["items"]["$ref"]),
            }
        if "$ref" in schema:
            return {"status": int(status), "list": False, "model": _model_ref(schema["$ref"])}
        return {"status": int(status), "list": schema.get("type") == "array", "model": None}
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
        operations[operation_id] = {
            "operation_id": operation_id,
            "method": method.upper(),
            "path": path,
            "tag": tag,
            "summary": (operation.get("summary") or "").strip(),
            "description": (operation.get("description") or "").strip(),
            "deprecated": bool(operation.get("deprecated", False)),
            "scopes": _scopes(operation),
            "paginated": any(p["name"] == "cursor" for p in query),
            "path_params": [p for p in params if p["in"] == "path"],
            "query_params": query,
            "body": _body_entry(spec, operation),
            "response": _response_entry(spec, operation),
            "module": _module_for(tag, operation_id),
        }
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
        "--custom-template-path",
        str(TEMPLATES),
        "--meta",
        "none",
        "--output-path",
        str(out_dir),
        "--overwrite",
        "--fail-on-warning",
    ]
    done = subprocess.run(command, capture_output=True, text=True, env=_tool_env(), check=False)
    if done.returncode != 0:
        sys.stderr.write(done.stdout + done.stderr)
        raise SystemExit(f"openapi-python-client failed (exit {done.returncode})")


# openapi-python-client 0.29 writes code for Python 3.11+: `typing.Self`, and
# `datetime.fromisoformat` for Sentry's `...Z` timestamps (3.10's rejects them). This project
# supports 3.10, so both are routed through a small generated `_compat` module instead.
COMPAT_MODULE = '''"""Python 3.10 shims for the generated client.

Written by scripts/generate.py; do not edit.
"""

import datetime
import sys

if sys.version_info >= (3, 11):
    from typing import Self

    parse_datetime = datetime.datetime.fromisoformat
else:  # Python 3.10: fromisoformat does not accept a trailing "Z"
    from dateutil.parser import isoparse as parse_datetime
    from typing_extensions import Self

__all__ = ["Self", "parse_datetime"]
'''
TYPING_IMPORT = re.compile(r"^from typing import (?P<names>.+)$", re.MULTILINE)


def _without_self(match: re.Match[str]) -> str:
    names = [name.strip() for name in match.group("names").split(",")]
    kept = [name for name in names if name != "Self"]
    line = f"from typing import {', '.join(kept)}\n" if kept else ""
    return line + f"from {PACKAGE}._compat import Self"


def _add_import(source: str, line: str) -> str:
    """Add an import line after any `from __future__` import (which must stay first)."""
    future = "from __future__ import annotations\n"
    if future in source:
        return source.replace(future, future + line + "\n", 1)
    return line + "\n" + source


def make_python310_compatible(package_dir: Path) -> None:
    (package_dir / "_compat.py").write_text(COMPAT_MODULE, encoding="utf-8")
    for module in sorted(package_dir.rglob("*.py")):
        source = module.read_text(encoding="utf-8")
        fixed = source
        if re.search(r"^from typing import .*\bSelf\b", fixed, re.MULTILINE):
            fixed = TYPING_IMPORT.sub(
                lambda m: (
                    _without_self(m) if "Self" in m.group("names").split(", ") else m.group(0)
                ),
                fixed,
                count=1,
            )
        if "datetime.datetime.fromisoformat(" in fixed:
            fixed = fixed.replace("datetime.datetime.fromisoformat(", "parse_datetime(")
            fixed = _add_import(fixed, f"from {PACKAGE}._compat import parse_datetime")
        if fixed != source:
            module.write_text(fixed, encoding="utf-8")
    format_python(package_dir)


LAZY_MODELS_INIT = '''"""The data models of the API, each imported on first use.

Written by scripts/generate.py from the generator's eager version; do not edit. Importing one
model (as every generated endpoint module does) no longer imports all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
{type_imports}

_MODULE_OF = {{
{modules}
}}

__all__ = tuple(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {{__name__!r}} has no attribute {{name!r}}")
    value = getattr(importlib.import_module(f".{{module}}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
'''


def make_models_import_lazily(package_dir: Path) -> None:
    """Turn models/__init__.py's 230-odd eager imports into a name-to-module map.

    Every generated endpoint module imports its models from the package; with the eager
    __init__ that costs about 140 ms of imports on a client's first call (docs/benchmarks.md).
    """
    init = package_dir / "models" / "__init__.py"
    tree = ast.parse(init.read_text(encoding="utf-8"))
    module_of = {
        alias.asname or alias.name: node.module
        for node in tree.body
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module
        for alias in node.names
    }
    type_imports = "\n".join(
        f"    from .{module} import {name}" for name, module in module_of.items()
    )
    modules = "\n".join(f"    {name!r}: {module!r}," for name, module in module_of.items())
    text = LAZY_MODELS_INIT.format(type_imports=type_imports, modules=modules)
    init.write_text(text, encoding="utf-8")
    format_python(init)


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
        module_file = package_dir.joinpath(*op["module"].split(".")[1:]).with_suffix(".py")
        if not module_file.exists():
            raise SystemExit(f"{op['operation_id']}: module {op['module']} was not generated")


def build(out_root: Path) -> None:
    """Write the generated package and docs/scopes.md below ``out_root`` (a scratch folder)."""
    spec = load_spec()
    operations = build_metadata(spec)
    package_dir = out_root / "generated" / PACKAGE
    run_generator(SPEC, package_dir)
    check_models_exist(package_dir, operations)
    make_python310_compatible(package_dir)
    make_models_import_lazily(package_dir)
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


def compared_files(root: Path) -> set[str]:
    files = {str(p.relative_to(root)) for p in (root / "generated" / PACKAGE).rglob("*")}
    files = {f for f in files if (root / f).is_file() and "__pycache__" not in f}
    if (root / "docs" / "scopes.md").exists():
        files.add("docs/scopes.md")
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
            print("generated/ and docs/scopes.md are up to date with openapi/sentry.yaml")
            return 0
        install(fresh)
    build_reference_html()
    print(f"regenerated {GENERATED_DIR.relative_to(ROOT)} and {SCOPES_DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

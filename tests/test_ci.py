"""CI wiring: .ci/run runs the README's own test command, and the npm tooling is pinned."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
CI_RUN = ROOT / ".ci" / "run"


def readme_test_commands() -> list[str]:
    """Lines of the README's shell blocks that install the package and run pytest."""
    blocks = re.findall(r"```(?:bash|sh|console)\n(.*?)```", README.read_text("utf-8"), re.DOTALL)
    lines = [line.strip() for block in blocks for line in block.splitlines()]
    return [line for line in lines if line.startswith("pip install") and "pytest" in line]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    commands = readme_test_commands()
    assert len(commands) == 1, f"expected one install+test command in README.md, got {commands}"
    ci_lines = [line.strip() for line in CI_RUN.read_text("utf-8").splitlines()]
    executed = [line for line in ci_lines if not line.startswith("#")]
    assert any(line.startswith(commands[0]) for line in executed), (
        f".ci/run does not run the README command {commands[0]!r}"
    )


def test_ci_script_is_strict_and_checks_generation() -> None:
    text = CI_RUN.read_text("utf-8")
    assert "set -euo pipefail" in text
    assert "python scripts/generate.py --check" in text


def test_npm_tooling_is_pinned_exactly() -> None:
    package = json.loads((ROOT / "package.json").read_text("utf-8"))
    lock = json.loads((ROOT / "package-lock.json").read_text("utf-8"))
    wanted = {**package.get("dependencies", {}), **package.get("devDependencies", {})}
    assert {"@redocly/cli", "openapi-typescript", "typescript"} <= set(wanted)
    for name, version in wanted.items():
        assert re.fullmatch(r"\d+\.\d+\.\d+", version), f"{name} is not pinned: {version}"
        assert lock["packages"][f"node_modules/{name}"]["version"] == version, name
    assert lock["packages"][""]["devDependencies"] == package["devDependencies"]


def test_ci_smoke_tests_the_built_wheel_alone() -> None:
    # .ci/run builds the wheel and the sdist, installs the wheel alone into a fresh virtual
    # environment, checks that no CLI or sandbox library came with it, that `sentry-api`
    # names the [cli] extra, and that a call against the in-process sandbox works once the
    # [sandbox] extra is added.
    text = CI_RUN.read_text("utf-8")
    executed = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("#"))
    assert 'step "Wheel and sdist: the wheel alone in a fresh environment" wheel_smoke_test' in (
        executed
    )
    assert "pip wheel --quiet --no-deps" in executed
    assert "hatchling build -t sdist" in executed
    faces = re.search(r'^FACES="([^"]+)"', executed, re.MULTILINE)
    assert faces is not None
    assert set(faces.group(1).split()) >= {
        "click",
        "rich",
        "pygments",
        "markdown-it-py",
        "starlette",
        "uvicorn",
    }
    assert '"$wheel[sandbox]"' in executed
    assert "pip install 'sentry-api[cli]'" in executed
    assert 'client.call("retrieve_issue"' in executed

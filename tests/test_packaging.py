"""The package is lean: API calls need only the core; the CLI and the sandbox are extras that
explain themselves when missing. (CI's wheel smoke test, .ci/run, proves the same on a real
fresh install; these tests keep it true between CI runs.)"""

from __future__ import annotations

import importlib.metadata
import re
import subprocess
import sys

# Libraries of the command line and the sandbox that a service calling the API must not pay for.
FACES = ("click", "rich", "pygments", "markdown_it", "starlette", "uvicorn")


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )


def requirement_names(extra: str | None) -> set[str]:
    names = set()
    for requirement in importlib.metadata.requires("sentry-api") or []:
        name, _, marker = requirement.partition(";")
        in_extra = re.search(r"extra == ['\"]([\w-]+)['\"]", marker)
        if (in_extra.group(1) if in_extra else None) == extra:
            names.add(re.split(r"[<>=!~\[ ]", name.strip(), maxsplit=1)[0].lower())
    return names


def test_core_requirements_exclude_the_cli_and_sandbox_libraries() -> None:
    core = requirement_names(None)
    assert {"httpx", "attrs", "python-dateutil", "tenacity"} <= core
    assert not core & {"click", "rich", "starlette", "uvicorn"}, core
    assert {"click", "rich", "starlette", "uvicorn"} <= requirement_names("cli")
    assert {"starlette", "uvicorn"} <= requirement_names("sandbox")
    assert {"click", "rich", "starlette", "uvicorn", "pytest"} <= requirement_names("test")


def test_client_import_and_construction_load_no_cli_or_sandbox_library() -> None:
    # httpx imports its own CLI (click, rich, pygments) whenever click is importable, as it is
    # in this test environment; blocking that one module shows what *our* code imports.
    probe = run_python(
        "import sys; sys.modules['httpx._main'] = None\n"
        "from sentry_api import SentryClient\n"
        "SentryClient('t', base_url='https://sentry.example.com', organization='o').close()\n"
        f"print(sorted(m for m in {FACES!r} if m in sys.modules))"
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "[]"


def test_console_script_without_the_cli_extra_says_how_to_get_it() -> None:
    probe = run_python(
        "import sys; sys.modules['click'] = None\n"
        "from sentry_api.cli import main\n"
        "main(['--sandbox', 'orgs', 'list'])"
    )
    assert probe.returncode == 2
    assert probe.stdout == ""
    lines = probe.stderr.splitlines()
    assert len(lines) == 1, probe.stderr
    assert "pip install 'sentry-api[cli]'" in lines[0] and "click" in lines[0]


def test_sandbox_without_its_extra_names_the_extra() -> None:
    probe = run_python(
        "import sys; sys.modules['starlette'] = None\n"
        "try:\n"
        "    import sentry_api.sandbox\n"
        "except ImportError as exc:\n"
        "    print(type(exc).__name__, exc.name, exc)\n"
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.startswith("ImportError starlette ")
    assert "pip install 'sentry-api[sandbox]'" in probe.stdout


def test_importing_the_cli_package_does_not_import_click() -> None:
    # The console script's module must load without the extra to be able to explain it.
    probe = run_python(
        "import sys; sys.modules['httpx._main'] = None\n"
        "import sentry_api.cli\n"
        "print('click' in sys.modules)"
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == "False"

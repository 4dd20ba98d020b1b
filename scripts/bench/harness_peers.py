"""The peers of scenario 5: which clients, how each reaches the sandbox, their environments.

Each peer runs in its own virtual environment made from pinned requirements
(``python scripts/bench.py --setup-peers``): sentry-api-python installs a top-level package
named ``sentry_api`` like ours, and airbyte-agent-sentry needs Python >= 3.13. Used by
scripts/bench.py (the harness), not by the workers.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PEER_REQUIREMENTS = ROOT / "scripts" / "bench-requirements.txt"
AIRBYTE_REQUIREMENTS = ROOT / "scripts" / "bench-requirements-airbyte.txt"


@dataclass(frozen=True)
class PeerEnv:
    name: str
    requirements: Path
    min_python: tuple[int, int]


PEER_ENVS = {
    "peers": PeerEnv("peers", PEER_REQUIREMENTS, (3, 10)),
    "airbyte": PeerEnv("airbyte", AIRBYTE_REQUIREMENTS, (3, 13)),
}


@dataclass(frozen=True)
class Peer:
    label: str
    env: str
    script: str
    package: str


PEERS = (
    Peer("requests (curl-style Link loop)", "peers", "peer_requests.py", "requests"),
    Peer("sentry-api-python", "peers", "peer_sentry_api_python.py", "sentry-api-python"),
    Peer("sentrypy", "peers", "peer_sentrypy.py", "sentrypy"),
    Peer("airbyte-agent-sentry", "airbyte", "peer_airbyte.py", "airbyte-agent-sentry"),
)

# Why each peer needed what it needed to reach the sandbox; printed with the results.
PEER_NOTES = {
    "requests (curl-style Link loop)": (
        "One `requests.Session`, `response.links['next']` until `results=\"false\"`."
    ),
    "sentry-api-python": (
        "`SentryApi(endpoint_url=...)` points it at the sandbox with no patching. It has no "
        "issue endpoints and no pagination (only projects, project rules, teams), so the work "
        "goes through its generic `http_client.make_a_call()` and the script follows the Link "
        "header itself. It installs a top-level package named `sentry_api`, like ours: it can "
        "only live in its own environment."
    ),
    "sentrypy": (
        "No base-URL option: every method builds `https://sentry.io/api/0/...` and calls the "
        "module-level `requests.get` (no keep-alive: one new connection per request). The "
        "worker swaps `https://sentry.io` for the sandbox URL in front of those calls and "
        "changes nothing else; listing is its own `Project.issues()` (lazy Link pagination), "
        "fetching its `Organization.issue()`."
    ),
    "airbyte-agent-sentry": (
        "Needs Python >= 3.13 (own environment). Its `hostname` option only fills "
        "`https://{hostname}/api/0`, so after construction the executor's "
        "`http_client.base_url` is set to the sandbox; `AIRBYTE_TELEMETRY_MODE=disabled`. "
        "Fetching uses the public `connector.issues.get()`. Listing cannot use "
        "`connector.issues.list()`: it returns only `data` (no meta extractor is declared for "
        "issues, so the Link cursor never reaches the caller) and stops after 100 issues; the "
        "list is walked with the connector's own `http_client.request()` following the Link "
        "header. Even with telemetry disabled, constructing the connector calls "
        "`https://api.ipify.org` (public-IP lookup in `ObservabilitySession`) and writes "
        "`~/.airbyte/connector-sdk/config.yaml`; the network guard refuses the call (listed "
        "under blocked hosts) and the worker runs with a throw-away HOME."
    ),
}


def peers_home(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit).expanduser().resolve()
    if os.environ.get("SENTRY_API_BENCH_HOME"):
        return Path(os.environ["SENTRY_API_BENCH_HOME"]).expanduser().resolve()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "sentry-api-bench"


def venv_python(home: Path, env: str) -> Path:
    return home / env / "bin" / "python"


def _requirements_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def env_ready(home: Path, env: PeerEnv) -> bool:
    marker = home / env.name / ".bench-requirements.sha256"
    return (
        venv_python(home, env.name).exists()
        and marker.exists()
        and (marker.read_text().strip() == _requirements_hash(env.requirements))
    )


def python_version(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", "import sys; print(*sys.version_info[:2])"],
            capture_output=True,
            text=True,
            timeout=30,
            check=True,
        ).stdout.split()
        return int(out[0]), int(out[1])
    except (OSError, subprocess.SubprocessError, ValueError, IndexError):
        return None


def find_python(minimum: tuple[int, int], explicit: str | None) -> str | None:
    """An interpreter of at least ``minimum``: given, on PATH, or under pyenv."""
    candidates: list[str] = [explicit] if explicit else []
    if minimum <= sys.version_info[:2]:
        candidates.append(sys.executable)
    for minor in range(minimum[1], minimum[1] + 6):
        found = shutil.which(f"python{minimum[0]}.{minor}")
        if found:
            candidates.append(found)
    pyenv_root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    for folder in sorted((pyenv_root / "versions").glob(f"{minimum[0]}.*"), reverse=True):
        candidates.append(str(folder / "bin" / "python"))
    for candidate in candidates:
        found_version = python_version(candidate)
        if found_version is not None and found_version >= minimum:
            return candidate
    return None


def setup_peers(home: Path, python313: str | None) -> list[str]:
    """Create (or refresh) the peers' virtual environments from the pinned requirements."""
    messages = []
    for env in PEER_ENVS.values():
        if env_ready(home, env):
            messages.append(f"{env.name}: up to date ({home / env.name})")
            continue
        python = find_python(env.min_python, python313 if env.name == "airbyte" else None)
        if python is None:
            wanted = ".".join(map(str, env.min_python))
            messages.append(f"{env.name}: SKIPPED, no Python >= {wanted} found (--python313)")
            continue
        target = home / env.name
        if target.exists():
            shutil.rmtree(target)
        subprocess.run([python, "-m", "venv", str(target)], check=True)
        pip = [str(venv_python(home, env.name)), "-m", "pip", "--disable-pip-version-check"]
        subprocess.run([*pip, "install", "-q", "-r", str(env.requirements)], check=True)
        (target / ".bench-requirements.sha256").write_text(_requirements_hash(env.requirements))
        messages.append(f"{env.name}: installed into {target} with {python}")
    return messages

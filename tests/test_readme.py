"""Every command and code block in README.md, CONTRIBUTING.md and docs/*.md runs, so the
documentation cannot rot.

The rules (also stated in docs/testing.md, "The examples in the documentation run"):

* ```` ```python ```` blocks are executed in file order, each in a fresh namespace, with
  ``SENTRY_URL``, ``SENTRY_AUTH_TOKEN`` and ``SENTRY_ORG`` pointing at a sandbox server this
  module starts on 127.0.0.1 (so ``SentryClient.from_env()`` reaches it).
* ```` ```console ```` blocks: lines starting with ``$ `` are commands; the lines after one
  are its expected output. Every expected line must appear in the real output, in order
  (trailing spaces ignored); a line ``...`` stands for any number of lines.
  ```` ```bash ```` blocks: every line is a command (``#`` comments dropped), no output check.
* A command line is split on ``&&``; leading ``NAME=value`` words set variables for that part
  only; each part must match exactly one rule:
  ``sentry-api ...`` runs in process (click's runner) with the environment above plus any
  ``export``; ``sentry-api sandbox ...`` runs as a real process until it has printed its
  banner, then gets Ctrl-C; set-up parts (venv, activate, pip install) and the commands in
  ``NOT_RUN_HERE`` are skipped, each for the stated reason. Anything else fails the test.
* The example port 8765 becomes a free port: the server's in ``export`` lines, a fresh one
  for ``sentry-api sandbox --port 8765``.
* ``<!-- norun: REASON -->`` on the line before a fence: the block is not run (the reason is
  required). For examples of what the test cannot provide; use sparingly.
* README.md is a user's page: at most ``README_LIMIT`` characters.
"""

from __future__ import annotations

import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from click.testing import CliRunner
from sentry_api.cli import cli
from sentry_api.cli import output as cli_output
from sentry_api.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCUMENTS = [README, ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
EXAMPLE_PORT = "8765"
README_LIMIT = 15_000
NORUN = re.compile(r"^<!-- norun: (?P<reason>\S.*?) -->$")
ASSIGNMENT = re.compile(r"^[A-Z_][A-Z0-9_]*=")
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

# Set-up steps of the two fresh-machine commands: the test already runs inside such an
# environment, and re-installing the package from PyPI is what CI's fresh clone does.
SETUP = (
    re.compile(r"^python3? -m venv \S+$"),
    re.compile(r"^(\.|source) \S*bin/activate$"),
    re.compile(r"^pip install "),
)
# Commands the README shows but this test does not run (a command matches an entry when it is
# the entry, or the entry followed by arguments), and where each is covered instead.
NOT_RUN_HERE = {
    "pytest": "it is this test suite; CI runs the README's install-and-test line (.ci/run)",
    "python scripts/generate.py --check": "tests/test_generate.py runs it on the repository",
    "python scripts/generate.py": "rewrites generated files in place; CI runs --check (.ci/run)",
    "python scripts/record_cassettes.py": "re-records every cassette (minutes, rewrites "
    "tests/cassettes/); the cassette tests replay what it recorded",
    "npm ci": "needs the npm registry; CI runs it (.ci/run)",
    "npm run lint:spec": "needs npm ci; CI runs it (.ci/run)",
    "npm run check:ts": "needs npm ci; CI runs it (.ci/run)",
}


@dataclass
class Block:
    lang: str
    line: int  # 1-based line of the opening fence
    text: str
    path: Path = README
    norun: str | None = None  # the reason given by a norun marker

    @property
    def where(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.line}"

    @property
    def id(self) -> str:
        return f"{self.path.relative_to(ROOT)}:{self.lang}@L{self.line}"


@dataclass
class Command:
    text: str
    expected: list[str] = field(default_factory=list)
    check_output: bool = False


def readme_blocks(path: Path = README) -> list[Block]:
    blocks = []
    lines = path.read_text("utf-8").splitlines()
    index = 0
    while index < len(lines):
        match = re.match(r"^```(\w+)\s*$", lines[index])
        if not match:
            index += 1
            continue
        start = index
        index += 1
        body = []
        while not lines[index].startswith("```"):
            body.append(lines[index])
            index += 1
        marker = NORUN.match(lines[start - 1]) if start else None
        norun = marker.group("reason") if marker else None
        blocks.append(Block(match.group(1), start + 1, "\n".join(body) + "\n", path, norun))
        index += 1
    return blocks


def all_blocks() -> list[Block]:
    return [block for path in DOCUMENTS for block in readme_blocks(path)]


def commands(block: Block) -> list[Command]:
    """The commands of a shell block, with expected output for ```console blocks."""
    found: list[Command] = []
    pending = ""
    for raw in block.text.splitlines():
        if block.lang == "console":
            if raw.startswith("$ "):
                found.append(Command(raw[2:].strip(), check_output=True))
            elif found:
                found[-1].expected.append(raw.rstrip())
            continue
        line = pending + raw.strip()
        if line.endswith("\\"):
            pending = line[:-1] + " "
            continue
        pending = ""
        words = shlex.split(line, comments=True)
        if words:
            found.append(Command(shlex.join(words)))
    for command in found:
        while command.expected and not command.expected[-1]:
            command.expected.pop()
    return found


def split_and(text: str) -> list[list[str]]:
    """``a b && c d`` -> [["a", "b"], ["c", "d"]]; other shell operators are not allowed."""
    lexer = shlex.shlex(text, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    parts: list[list[str]] = [[]]
    for token in lexer:
        if token == "&&":
            parts.append([])
        elif token and set(token) <= set("|;&<>()"):  # '' is a quoted empty argument
            raise AssertionError(
                f"documented command uses unsupported shell syntax {token!r}: {text}"
            )
        else:
            parts[-1].append(token)
    return parts


def is_setup(words: list[str]) -> bool:
    text = " ".join(words)
    return any(rule.search(text) for rule in SETUP)


def not_run_here(line: str) -> bool:
    return any(line == command or line.startswith(command + " ") for command in NOT_RUN_HERE)


def assert_output(expected: list[str], actual: str, where: str) -> None:
    got = [line.rstrip() for line in actual.splitlines()]
    position = 0
    for wanted in expected:
        if wanted.strip() == "...":
            continue
        try:
            position = got.index(wanted, position) + 1
        except ValueError:
            raise AssertionError(
                f"{where}: expected line not in output (in order):\n{wanted!r}\n--- output ---\n"
                + actual
            ) from None


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


# ------------------------------------------------------------------------------- fixtures


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer() as running:
        yield running


@pytest.fixture(scope="module")
def readme_env(server: SandboxServer) -> dict[str, str]:
    """The environment of the README's code; each shell block starts from a copy of it
    (``export`` changes it until the end of its block, as in a fresh shell)."""
    return {"SENTRY_URL": server.url, "SENTRY_AUTH_TOKEN": server.token, "SENTRY_ORG": "acme"}


def _port(server: SandboxServer) -> str:
    return server.url.rsplit(":", 1)[1]


# ------------------------------------------------------------------------------- runners


def run_sentry_api(words: list[str], env: dict[str, str]) -> str:
    """In process, with stdout taken for a 200-column terminal: the README shows what a
    person sees there (in a pipe, tables are plain tab-separated rows). Escape sequences are
    dropped before comparing."""
    clean = {
        key: None
        for key in (
            "SENTRY_AUTH_TOKEN",
            "SENTRY_URL",
            "SENTRY_REGION",
            "SENTRY_ORG",
            "SENTRY_PROJECT",
        )
    }
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli_output, "_isatty", lambda stream: stream is sys.stdout)
        result = CliRunner().invoke(cli, words[1:], env={**clean, "COLUMNS": "200", **env})
    assert result.exit_code == 0, f"`{shlex.join(words)}` failed:\n{result.stdout}{result.stderr}"
    return ANSI.sub("", result.stdout + result.stderr)


def run_sandbox_server(words: list[str], expected: list[str]) -> str:
    """``sentry-api sandbox ...`` as a real process, stopped with Ctrl-C once it is up."""
    port = str(free_port())
    words = [port if word == EXAMPLE_PORT else word for word in words]
    expected[:] = [line.replace(EXAMPLE_PORT, port) for line in expected]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENTRY_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sentry_api.cli", *words[1:]],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    output = []
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            output.append(line)
            if "Ctrl-C" in line:
                break
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    assert code == 0, "".join(output) + (proc.stderr.read() if proc.stderr else "")
    return "".join(output)


def run_command(command: Command, env: dict[str, str], port: str, where: str) -> None:
    """Run one README command line, part by part, and check its shown output."""
    ran = False
    for words in split_and(command.text):
        prefix = {}  # `NAME=value command`: for this command only
        while words and ASSIGNMENT.match(words[0]):
            key, _, value = words.pop(0).partition("=")
            prefix[key] = value
        line = shlex.join(words)
        if is_setup(words) or not_run_here(line):
            continue
        if words[0] == "sentry-api" and words[1:2] == ["sandbox"]:
            # Its own server on a fresh port (substituted in the command and its output).
            expected = list(command.expected)
            output = run_sandbox_server(words, expected)
        else:
            # Everything else talks to the module's server instead of the example port.
            words = [_to_server(word, port) for word in words]
            expected = [_to_server(text, port) for text in command.expected]
            if words[0] == "export":
                for assignment in words[1:]:
                    key, _, value = assignment.partition("=")
                    env[key] = value
                continue
            if words[0] != "sentry-api":
                raise AssertionError(
                    f"{where}: no rule runs {line!r}; add one to tests/test_readme.py (and say why)"
                )
            output = run_sentry_api(words, {**env, **prefix})
        ran = True
        if command.check_output:
            assert_output(expected, output, f"{where}: {line}")
    if command.expected and not ran:
        raise AssertionError(f"{where}: output shown for a command that is not run: {command.text}")


def _to_server(text: str, port: str) -> str:
    return text.replace(f"127.0.0.1:{EXAMPLE_PORT}", f"127.0.0.1:{port}")


# ------------------------------------------------------------------------------- tests

BLOCKS = [
    block
    for block in all_blocks()
    if block.lang in ("python", "console", "bash") and block.norun is None
]


def test_readme_has_the_two_fresh_machine_commands() -> None:
    lines = {
        command.text
        for block in readme_blocks()
        if block.lang in ("console", "bash")
        for command in commands(block)
    }
    assert (
        "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[cli]' && "
        "sentry-api --sandbox issues list web" in lines
    )
    # The test command, verbatim (tests/test_ci.py checks that .ci/run runs this very line).
    raw = {line.strip() for block in readme_blocks() for line in block.text.splitlines()}
    assert "pip install -e '.[test]' && pytest" in raw


def test_readme_is_a_short_users_page() -> None:
    text = README.read_text("utf-8")
    assert len(text) <= README_LIMIT, f"README.md has {len(text)} characters"
    # The contributors' material lives elsewhere; the README links to it.
    for link in ("docs/testing.md", "CONTRIBUTING.md", "docs/cli.md", "docs/python.md"):
        assert f"]({link})" in text, link
    assert "<!-- cassette-scopes:begin" not in text


def test_documents_exist_and_docs_are_covered() -> None:
    names = {path.relative_to(ROOT).as_posix() for path in DOCUMENTS}
    assert {"README.md", "CONTRIBUTING.md", "docs/cli.md", "docs/testing.md"} <= names
    assert len(BLOCKS) >= 30  # a sanity floor: the examples were found


def test_every_fence_is_a_known_language() -> None:
    # A typo such as ```pyhton would otherwise silently escape execution.
    allowed = {"python", "console", "bash", "text", "yaml", "json", "typescript", "toml"}
    unknown = [block.id for block in all_blocks() if block.lang not in allowed]
    assert not unknown, unknown


def test_norun_markers_are_rare_and_give_a_reason() -> None:
    skipped = [block for block in all_blocks() if block.norun is not None]
    assert len(skipped) <= 5, [block.id for block in skipped]
    for path in DOCUMENTS:
        for number, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.startswith("<!-- norun"):
                assert NORUN.match(line), f"{path.name}:{number}: norun needs a reason: {line}"


@pytest.mark.parametrize("block", BLOCKS, ids=[block.id for block in BLOCKS])
def test_readme_block(
    block: Block,
    server: SandboxServer,
    readme_env: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    where = block.where
    if block.lang == "python":
        for key, value in readme_env.items():
            monkeypatch.setenv(key, value)
        monkeypatch.delenv("SENTRY_REGION", raising=False)
        code = compile(block.text, where, "exec")
        exec(code, {"__name__": "__readme__"})
        return
    env = dict(readme_env)
    for command in commands(block):
        run_command(command, env, _port(server), where)


def test_rules_reject_unknown_commands_and_shell_syntax() -> None:
    with pytest.raises(AssertionError, match="no rule runs"):
        run_command(Command("curl https://example.com"), {}, "1", "here")
    with pytest.raises(AssertionError, match="unsupported shell syntax"):
        split_and("sentry-api --sandbox issues list web | head")
    with pytest.raises(AssertionError, match="expected line not in output"):
        assert_output(["b", "a"], "a\nb\n", "here")
    assert_output(["a", "...", "c"], "a\nb\nc\n", "here")


def test_norun_marker_and_env_prefix(tmp_path: Path) -> None:
    doc = tmp_path / "doc.md"
    doc.write_text("<!-- norun: needs a real Sentry -->\n```bash\nsentry-api x\n```\n")
    (block,) = readme_blocks(doc)
    assert block.norun == "needs a real Sentry"
    with pytest.raises(AssertionError, match="no rule runs"):
        run_command(Command("SENTRY_ORG=acme curl https://example.com"), {}, "1", "here")

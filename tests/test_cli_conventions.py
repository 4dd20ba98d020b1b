"""sentry-cli's conventions: --auth-token, SENTRY_PROJECT, global options after the
subcommand, .sentryclirc (and `sentry-api config`), shell completion, and error lines that give
the HTTP status once."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cli_support import CLEAN_ENV
from click.shell_completion import ShellComplete
from click.testing import CliRunner, Result
from sentry_api.cli import cli
from sentry_api.cli.config import rc_files, resolve
from sentry_api.sandbox import DEMO_TOKEN, Sandbox, SandboxServer

FAKE_TOKEN = "fake-token-8d1e77c2-never-print-me"


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={**CLEAN_ENV, **(env or {})})


def as_json(result: Result) -> Any:
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)


def write_rc(directory: Path, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / ".sentryclirc"
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty home directory, and a working directory two levels below a project root."""
    home = tmp_path / "home"
    home.mkdir()
    work = tmp_path / "repo" / "src" / "app"
    work.mkdir(parents=True)
    monkeypatch.chdir(work)
    return home


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer() as running:
        yield running


# ------------------------------------------------------------------------ --auth-token


def test_auth_token_is_another_name_for_token(sandbox: Sandbox) -> None:
    ok = run("--auth-token", DEMO_TOKEN, "--sandbox", "orgs", "show", "--json")
    assert as_json(ok)["slug"] == "acme"
    denied = run("--sandbox", "--auth-token", FAKE_TOKEN, "orgs", "show")
    assert denied.exit_code == 1
    assert "HTTP 401" in denied.stderr and FAKE_TOKEN not in denied.stderr


# ------------------------------------------------------------------------ SENTRY_PROJECT


def test_sentry_project_is_the_default_project(sandbox: Sandbox) -> None:
    env = {"SENTRY_PROJECT": "web"}
    issues = as_json(run("--sandbox", "issues", "list", "--json", "--max", "3", env=env))
    assert len(issues) == 3 and {issue["project"]["slug"] for issue in issues} == {"web"}
    # An explicit PROJECT still wins.
    api = as_json(run("--sandbox", "issues", "list", "api", "--json", "--max", "2", env=env))
    assert {issue["project"]["slug"] for issue in api} == {"api"}
    shown = as_json(run("--sandbox", "projects", "show", "--json", env=env))
    assert shown["slug"] == "web"


def test_default_project_fills_the_first_of_two_arguments(sandbox: Sandbox) -> None:
    event_id = as_json(run("--sandbox", "events", "list", "web", "--json", "--max", "1"))[0][
        "eventID"
    ]
    shown = run("--sandbox", "events", "show", event_id, "--json", env={"SENTRY_PROJECT": "web"})
    assert as_json(shown)["eventID"] == event_id
    missing = run("--sandbox", "events", "show", event_id)  # no default: the id is the PROJECT
    assert missing.exit_code == 2 and "EVENT_ID" in missing.stderr


def test_missing_project_names_the_ways_to_give_one() -> None:
    result = run("--sandbox", "issues", "list")
    assert result.exit_code == 2
    assert "PROJECT" in result.stderr and "SENTRY_PROJECT" in result.stderr


def test_call_takes_the_default_project(sandbox: Sandbox) -> None:
    result = run(
        "--sandbox", "call", "list_project_issues", "--max", "2", env={"SENTRY_PROJECT": "api"}
    )
    envelope = as_json(result)
    assert {issue["project"]["slug"] for issue in envelope["data"]} == {"api"}


def test_default_project_fills_a_required_projects_body(sandbox: Sandbox) -> None:
    env = {"SENTRY_PROJECT": "api"}
    created = as_json(run("--sandbox", "releases", "create", "v9.9.9", "--json", env=env))
    assert [project["slug"] for project in created["projects"]] == ["api"]
    # An optional project filter is not narrowed by the default.
    listed = as_json(run("--sandbox", "releases", "list", "--json", "--max", "0", env=env))
    assert {slug for r in listed for slug in (p["slug"] for p in r["projects"])} > {"api"}


# ------------------------------------------------------------------ options after the command


@pytest.mark.parametrize(
    "args",
    [
        ["--sandbox", "issues", "list", "web", "--org", "acme"],
        ["issues", "list", "web", "--org", "acme", "--sandbox"],
        ["issues", "list", "--sandbox", "-o", "acme", "-p", "web"],
        ["issues", "--sandbox", "list", "--project", "web"],
    ],
)
def test_global_options_after_the_subcommand(sandbox: Sandbox, args: list[str]) -> None:
    result = run(*args, "--json", "--max", "2")
    assert {issue["project"]["slug"] for issue in as_json(result)} == {"web"}


def test_org_after_the_subcommand_is_used(sandbox: Sandbox) -> None:
    result = run("--sandbox", "issues", "list", "web", "--org", "no-such-org")
    assert result.exit_code == 1
    assert "no-such-org" in result.stderr


def test_token_after_the_subcommand_is_used_and_redacted(sandbox: Sandbox) -> None:
    result = run("--sandbox", "orgs", "show", "--auth-token", FAKE_TOKEN)
    assert result.exit_code == 1 and "HTTP 401" in result.stderr
    assert FAKE_TOKEN not in result.stdout + result.stderr


def test_a_commands_own_option_wins_over_the_global_one(sandbox: Sandbox) -> None:
    # `call -p` is --param; `releases list --project` is the release filter.
    envelope = as_json(run("--sandbox", "call", "retrieve_issue", "-p", "issue_id=WEB-1"))
    assert envelope["data"]["shortId"] == "WEB-1"
    help_text = run("releases", "list", "--help").stdout
    assert "--project" in help_text


def test_url_after_the_subcommand_still_conflicts_with_sandbox() -> None:
    result = run("--sandbox", "orgs", "show", "--url", "https://sentry.example.com")
    assert result.exit_code == 2 and "--url cannot be combined with --sandbox" in result.stderr


# ------------------------------------------------------------------------ .sentryclirc


def test_sentryclirc_is_read_from_the_nearest_directory_then_home(
    home: Path, server: SandboxServer
) -> None:
    write_rc(home, f"[auth]\ntoken = {server.token}\n[defaults]\norg = globex\nproject = api\n")
    write_rc(Path.cwd().parent.parent, f"[defaults]\nurl = {server.url}\norg = acme\n")
    env = {"HOME": str(home)}
    issues = as_json(run("issues", "list", "--json", "--max", "2", env=env))
    # url and org from the repository's file, token and project from the home directory's.
    assert {issue["project"]["slug"] for issue in issues} == {"api"}
    described = as_json(run("config", "--json", env=env))["settings"]
    assert described["org"] == {
        "value": "acme",
        "from": f"{Path.cwd().parent.parent / '.sentryclirc'} [defaults] org",
    }
    assert described["token"] == {"value": "set", "from": f"{home / '.sentryclirc'} [auth] token"}


def test_environment_beats_the_file_and_options_beat_the_environment(home: Path) -> None:
    write_rc(home, "[defaults]\norg = from-file\nproject = from-file\nurl = https://a.example\n")
    env = {"HOME": str(home), "SENTRY_ORG": "from-env", "SENTRY_REGION": "de"}
    described = as_json(run("config", "--json", "--project", "from-flag", env=env))["settings"]
    assert described["org"] == {"value": "from-env", "from": "SENTRY_ORG"}
    assert described["project"] == {"value": "from-flag", "from": "--project"}
    # The region from the environment outranks the file's url rather than clash with it.
    assert described["region"]["value"] == "de" and described["url"]["value"] is None


def test_config_never_shows_the_token(home: Path) -> None:
    write_rc(home, f"[auth]\ntoken = {FAKE_TOKEN}\n")
    for args in (["config"], ["config", "--json"], ["--token", FAKE_TOKEN, "config"]):
        result = run(*args, env={"HOME": str(home), "SENTRY_AUTH_TOKEN": FAKE_TOKEN})
        assert result.exit_code == 0, result.stderr
        assert FAKE_TOKEN not in result.stdout + result.stderr
        assert "token" in result.stdout


def test_config_says_where_each_value_came_from(home: Path) -> None:
    path = write_rc(home, "[defaults]\nproject = web\n")
    result = run("config", env={"HOME": str(home), "SENTRY_ORG": "acme"})
    assert result.exit_code == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines()}
    assert "acme" in lines["org"] and "SENTRY_ORG" in lines["org"]
    assert str(path) in lines["project"]
    assert "not set" in lines["token"]


def test_sandbox_ignores_the_config_files(sandbox: Sandbox, home: Path) -> None:
    write_rc(home, f"[auth]\ntoken = {FAKE_TOKEN}\n[defaults]\norg = mycompany\n")
    result = run("--sandbox", "orgs", "show", "--json", env={"HOME": str(home)})
    assert as_json(result)["slug"] == "acme"


def test_a_broken_sentryclirc_is_one_usage_error(home: Path) -> None:
    path = write_rc(home, "token = no section header\n")
    result = run("issues", "list", "web", env={"HOME": str(home)})
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and str(path) in result.stderr


def test_rc_files_stop_at_the_nearest_and_do_not_repeat_home(tmp_path: Path) -> None:
    outer = write_rc(tmp_path, "[defaults]\norg = outer\n")
    inner = write_rc(tmp_path / "a", "[defaults]\norg = inner\n")
    assert rc_files(tmp_path / "a", tmp_path) == [inner, outer]
    assert rc_files(tmp_path, tmp_path) == [outer]
    assert rc_files(tmp_path / "a", None) == [inner]
    assert resolve({}, {}, [inner, outer]).get("org") == "inner"


# ------------------------------------------------------------------------ completion


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_completion_prints_a_script_for_each_shell(shell: str) -> None:
    result = run("completion", shell)
    assert result.exit_code == 0, result.stderr
    assert "_SENTRY_API_COMPLETE" in result.stdout and "sentry-api" in result.stdout


def test_operation_ids_complete_after_call() -> None:
    completer = ShellComplete(cli, {}, "sentry-api", "_SENTRY_API_COMPLETE")
    found = [item.value for item in completer.get_completions(["call"], "update_i")]
    assert found == ["update_issue"]
    commands = [item.value for item in completer.get_completions([], "comp")]
    assert commands == ["completion"]


def test_completion_through_the_console_script_protocol() -> None:
    # What the bash script does on <TAB>: call the program back with the words so far.
    result = CliRunner().invoke(
        cli,
        [],
        prog_name="sentry-api",
        env={
            **CLEAN_ENV,
            "_SENTRY_API_COMPLETE": "bash_complete",
            "COMP_WORDS": "sentry-api call list_project_i",
            "COMP_CWORD": "2",
        },
    )
    assert result.stdout.splitlines() == ["plain,list_project_issues"]


# ------------------------------------------------------------------------ errors


def test_error_line_gives_the_status_once(sandbox: Sandbox) -> None:
    sandbox.add_token("read-only-token", ["event:read"])
    denied = run(
        "--sandbox",
        "--token",
        "read-only-token",
        "call",
        "update_issue",
        "--param",
        "issue_id=WEB-1",
        "--body",
        '{"status": "resolved"}',
    )
    assert denied.exit_code == 1
    line = denied.stderr.strip()
    assert line.startswith("error: update_issue failed (HTTP 403): ")
    assert len(re.findall(r"\b403\b", line)) == 1, line
    missing = run("--sandbox", "issues", "show", "NOPE-1")
    assert missing.exit_code == 1
    assert len(re.findall(r"\b404\b", missing.stderr)) == 1, missing.stderr


# Review of issue 13: the CLI said "raise max_response_bytes" but had no way to.


@pytest.mark.parametrize(
    ("args", "env"),
    [
        (("--max-response-bytes", "100", "call", "retrieve_organization"), {}),
        (("call", "retrieve_organization", "--max-response-bytes", "100"), {}),
        (("call", "retrieve_organization"), {"SENTRY_API_MAX_RESPONSE_BYTES": "100"}),
    ],
)
def test_max_response_bytes_is_a_global_option_and_a_variable(
    args: tuple[str, ...], env: dict[str, str]
) -> None:
    result = run("--sandbox", *args, env=env)
    assert result.exit_code != 0
    assert json.loads(result.stdout)["error_kind"] == "response_too_large"
    assert "--max-response-bytes" in result.stderr


def test_the_option_wins_over_the_variable_and_the_default_is_kept_otherwise() -> None:
    env = {"SENTRY_API_MAX_RESPONSE_BYTES": "100"}
    assert as_json(
        run("--sandbox", "--max-response-bytes", "100000", "call", "retrieve_organization", env=env)
    )["success"]
    assert as_json(run("--sandbox", "call", "retrieve_organization"))["success"]


@pytest.mark.parametrize(
    ("args", "env", "said"),
    [
        (("--timeout", "inf"), {}, "invalid --timeout: 'inf'"),
        (("--timeout", "0"), {}, "invalid --timeout"),
        ((), {"SENTRY_API_TIMEOUT": "soon"}, "invalid SENTRY_API_TIMEOUT"),
        (("--max-response-bytes", "-5"), {}, "invalid --max-response-bytes"),
        ((), {"SENTRY_API_MAX_RESPONSE_BYTES": "1.5"}, "invalid SENTRY_API_MAX_RESPONSE_BYTES"),
    ],
)
def test_bad_limits_are_usage_errors(args: tuple[str, ...], env: dict[str, str], said: str) -> None:
    result = run("--sandbox", *args, "call", "retrieve_organization", env=env)
    assert result.exit_code == 2
    assert said in result.stderr


def test_timeout_reaches_the_client() -> None:
    from sentry_api.cli.output import Output
    from sentry_api.cli.runtime import State

    state = State(Output())
    state.give("sandbox", True, "--sandbox")
    state.give("timeout", "2.5", "--timeout")
    try:
        assert state.client()._whole_timeout == 2.5
    finally:
        state.close()

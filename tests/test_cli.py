"""The `sentry-api` command line: structure, help, `call`, errors, token redaction, `scopes`,
`operations` and `sandbox`. Resource commands are covered in test_cli_resources.py."""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import httpx
import pytest
from cli_support import CLEAN_ENV
from click.testing import CliRunner, Result
from sentry_api import SentryClient, scopes
from sentry_api.cli import app, cli, output, params
from sentry_api.cli.output import Redactor, format_cell, lookup
from sentry_api.cli.resources import GROUPS
from sentry_api.sandbox import Sandbox
from sentry_api_client._operations import OPERATIONS

# Looks nothing like a real Sentry token (CONTRACTS.md), but long and unique enough that any
# occurrence in the output can only be a leak.
FAKE_TOKEN = "fake-token-5f3a9c0e-never-print-me"


def run(*args: str, env: dict[str, str] | None = None, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env={**CLEAN_ENV, **(env or {})}, input=input)


def sandbox_run(*args: str, **kwargs: Any) -> Result:
    return run("--sandbox", *args, **kwargs)


def all_commands(
    command: click.Command = cli, path: tuple[str, ...] = ()
) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    yield path, command
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            if not sub.hidden:  # renamed commands' old names are hidden aliases
                yield from all_commands(sub, (*path, name))


# --------------------------------------------------------------------------- structure & help

EXPECTED_TREE = {
    "issues": {"list", "retrieve", "resolve", "ignore", "assign", "delete", "events"},
    "events": {"retrieve"},
    "projects": {"list", "retrieve", "create", "update", "delete", "keys", "users"},
    "organizations": {"list", "retrieve", "update"},
    "teams": {"list", "retrieve", "create", "delete", "members", "projects"},
    "releases": {"list", "retrieve", "create", "update", "delete", "deploys", "create-deploy"},
    "members": {"list", "retrieve", "invite", "update", "remove"},
}


def test_command_tree_has_every_command_the_issue_lists() -> None:
    assert {"call", "scopes", "sandbox", "operations"} <= set(cli.commands)
    for group, names in EXPECTED_TREE.items():
        sub = cli.commands[group]
        assert isinstance(sub, click.Group)
        assert names <= set(sub.commands), f"{group} misses {names - set(sub.commands)}"


def test_cli_commands_and_python_methods_share_one_name_per_operation() -> None:
    # `sentry-api projects list` and `client.projects.list` once called different operations.
    from sentry_api.operations import operations

    methods = {(op.namespace, op.method_name): op.operation_id for op in operations().values()}
    for group in GROUPS:
        assert group.name in {namespace for namespace, _ in methods}, group.name
        for action in group.actions:
            namespace, method_name = action.method.split(".")
            assert namespace == group.name, (group.name, action.name)
            same_name = methods.get((group.name, action.name.replace("-", "_")))
            if same_name is not None:  # a command named like a method calls that method
                assert action.operation == same_name, (group.name, action.name)
                assert method_name == action.name.replace("-", "_")


def test_every_resource_row_names_a_real_operation_and_lists_match_pagination() -> None:
    for group in GROUPS:
        for action in group.actions:
            meta = OPERATIONS[action.operation]
            assert action.is_list == meta["paginated"], f"{group.name} {action.name}"
            known = {p["python_name"] for p in meta["path_params"] + meta["query_params"]}
            for target in [a.target for a in action.args] + [o.target for o in action.options]:
                if target.startswith("body."):
                    field = target.split(".")[1]
                    assert meta["body"], f"{action.operation} has no body for {target}"
                    assert field in meta["body"]["schema"]["properties"], (action.operation, field)
                else:
                    assert target in known, (action.operation, target)


def _schema(meta: dict[str, Any], target: str) -> dict[str, Any]:
    if target.startswith("body."):
        node = meta["body"]["schema"]
        for step in target.split(".")[1:]:
            node = node.get("properties", {}).get(step, {})
        return dict(node)
    return next(
        dict(p["schema"])
        for p in meta["path_params"] + meta["query_params"]
        if p["python_name"] == target
    )


def test_option_choices_are_the_spec_enums() -> None:
    """--sort, --role, ... offer exactly what the spec accepts (the empty string aside)."""
    for group in GROUPS:
        for action in group.actions:
            for opt in action.options:
                schema = _schema(OPERATIONS[action.operation], opt.target)
                enum = schema.get("enum") or (schema.get("items") or {}).get("enum")
                where = f"{group.name} {action.name} {opt.flag}"
                if enum:
                    assert opt.choices and set(opt.choices) <= set(enum), where
                    assert set(enum) - set(opt.choices) <= {""}, where
                else:
                    assert not opt.choices, where


@pytest.mark.parametrize(
    "path", [path for path, _ in all_commands()], ids=lambda p: " ".join(p) or "root"
)
def test_help_of_every_command_has_a_description_and_an_example(path: tuple[str, ...]) -> None:
    result = run(*path, "--help")
    assert result.exit_code == 0, result.output
    text = result.stdout
    assert text.startswith(f"Usage: sentry-api {' '.join(path)}".rstrip())
    description = text.split("\n\n")[1].strip()
    assert len(description) > 15, f"no description in {path}"
    assert "Example" in text
    examples = [line.strip()[2:] for line in text.splitlines() if line.strip().startswith("$ ")]
    assert examples, f"no `$ ...` example line in help of {path}"
    if path:  # the example really uses this command
        assert any(" ".join(path) in example for example in examples), examples


def _examples() -> list[str]:
    found = []
    for _path, command in all_commands():
        for line in (command.help or "").splitlines():
            line = line.strip()
            if line.startswith("$ sentry-api --sandbox"):
                found.append(line[2:])
    return found


@pytest.mark.parametrize("example", _examples())
def test_every_sandbox_example_in_the_help_runs(example: str, tmp_path: Path) -> None:
    """Examples in --help are commands a user will paste: each runs on fresh demo data."""
    argv = shlex.split(example)[1:]
    if "@team.json" in argv:  # `call create_team --body @team.json` reads a file
        (tmp_path / "team.json").write_text('{"slug": "data", "name": "Data"}')
        argv[argv.index("@team.json")] = f"@{tmp_path / 'team.json'}"
    result = run(*argv)
    assert result.exit_code == 0, (example, result.stdout, result.stderr)
    assert result.stdout.strip(), example


def test_bare_group_shows_its_help_and_exits_2() -> None:
    result = run("issues")
    assert result.exit_code == 2
    assert "resolve" in result.stderr and "Usage: sentry-api issues" in result.stderr


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert "sentry-api" in result.stdout


# --------------------------------------------------------------------------- call


def test_call_prints_the_envelope_and_exits_0(client: SentryClient) -> None:
    result = sandbox_run("call", "retrieve_issue", "--param", "issue_id=WEB-1")
    assert result.exit_code == 0, result.stderr
    envelope = json.loads(result.stdout)
    expected = client.call("retrieve_issue", issue_id="WEB-1").to_dict()
    for key in ("success", "data", "error", "status_code", "next_cursor"):
        assert envelope[key] == expected[key], key
    assert envelope["success"] is True and envelope["data"]["shortId"] == "WEB-1"
    assert set(envelope) >= {"success", "data", "error", "status_code", "rate_limit"}
    assert result.stderr == ""


def test_call_failure_prints_the_envelope_and_one_error_line_exit_1() -> None:
    result = sandbox_run("call", "retrieve_issue", "--param", "issue_id=999999999")
    assert result.exit_code == 1
    envelope = json.loads(result.stdout)
    assert envelope["success"] is False and envelope["status_code"] == 404
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: retrieve_issue failed (HTTP 404)")
    assert "--org" in lines[0]  # says what to do


def test_call_list_with_typed_params_and_max(client: SentryClient) -> None:
    result = sandbox_run(
        "call",
        "list_project_issues",
        "--param",
        "project_id_or_slug=web",
        "--param",
        "query=is:unresolved level:error",
        "--param",
        "limit=5",
    )
    assert result.exit_code == 0, result.stderr
    envelope = json.loads(result.stdout)
    assert len(envelope["data"]) == 5
    assert all(
        issue["level"] == "error" and issue["status"] == "unresolved" for issue in envelope["data"]
    )
    assert envelope["next_cursor"]
    # Resuming from the printed cursor continues the same list.
    more = sandbox_run(
        "call",
        "list_project_issues",
        "-p",
        "project_id_or_slug=web",
        "-p",
        "query=is:unresolved level:error",
        "-p",
        "limit=5",
        "-p",
        f"cursor={envelope['next_cursor']}",
    )
    expected = client.call(
        "list_project_issues",
        project_id_or_slug="web",
        query="is:unresolved level:error",
        max_results=10,
    ).to_dict()["data"]
    ids = [i["id"] for i in envelope["data"] + json.loads(more.stdout)["data"]]
    assert ids == [i["id"] for i in expected]


def test_call_max_follows_pagination(client: SentryClient) -> None:
    # query= (empty) lists every status: more than one 100-item page of the demo project.
    result = sandbox_run(
        "call",
        "list_project_issues",
        "-p",
        "project_id_or_slug=web",
        "-p",
        "query=",
        "--max",
        "150",
    )
    assert result.exit_code == 0, result.stderr
    everything = list(client.paginate("list_project_issues", project_id_or_slug="web", query=""))
    assert len(everything) > 100
    got = json.loads(result.stdout)["data"]
    assert [i["id"] for i in got] == [i.id for i in everything[:150]]


def test_call_body_inline_file_and_stdin(
    sandbox: Sandbox, client: SentryClient, tmp_path: Path
) -> None:
    inline = sandbox_run(
        "call", "update_issue", "-p", "issue_id=WEB-1", "--body", '{"status": "resolved"}'
    )
    assert inline.exit_code == 0, inline.stderr
    assert client.call("retrieve_issue", issue_id="WEB-1").to_dict()["data"]["status"] == "resolved"

    body = tmp_path / "team.json"
    body.write_text(json.dumps({"slug": "data-eng", "name": "Data Engineering"}))
    created = sandbox_run("call", "create_team", "--body", f"@{body}")
    assert created.exit_code == 0, created.stderr
    assert json.loads(created.stdout)["data"]["slug"] == "data-eng"

    piped = sandbox_run("call", "create_team", "--body", "@-", input='{"slug": "qa", "name": "QA"}')
    assert piped.exit_code == 0, piped.stderr
    slugs = {t["slug"] for t in client.call("list_organization_teams").to_dict()["data"]}
    assert {"data-eng", "qa"} <= slugs


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["call", "retrieve_isue", "-p", "issue_id=1"], "did you mean retrieve_issue"),
        (["call", "retrieve_issue", "-p", "issue_id"], "expected NAME=VALUE"),
        (["call", "retrieve_issue", "-p", "issue=1"], "has no parameter 'issue'"),
        (["call", "retrieve_issue"], "needs --param issue_id=..."),
        (
            ["call", "list_project_issues", "-p", "project_id_or_slug=web", "-p", "limit=many"],
            "limit expects integer",
        ),
        (["call", "update_issue", "-p", "issue_id=1", "--body", "{not json"], "not valid JSON"),
        (
            ["call", "update_issue", "-p", "issue_id=1", "--body", "@/nonexistent/body.json"],
            "cannot read",
        ),
        (["call", "retrieve_issue", "-p", "issue_id=1", "--body", "{}"], "takes no request body"),
        (["call", "retrieve_issue", "-p", "issue_id=1", "--max", "5"], "is not a list"),
        (["call", "retrieve_issue", "-p", "issue_id=1", "-p", "issue_id=2"], "given twice"),
        (["issues", "list"], None),
        (["issues", "list", "web", "--max", "-1"], "-1"),
        (["issues", "resolve", "WEB-1", "--bogus"], "No such option"),
        (["projects", "update", "web"], "nothing to change"),
        (["issues", "delete", "WEB-1"], "pass --yes"),
        (
            ["--url", "https://example.com", "issues", "list", "web"],
            "cannot be combined with --sandbox",
        ),
    ],
)
def test_usage_errors_exit_2_without_traceback(args: list[str], message: str | None) -> None:
    result = sandbox_run(*args)
    assert result.exit_code == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    if message is not None:
        assert message in result.stderr
        assert result.stderr.startswith("error: ") and len(result.stderr.strip().splitlines()) == 1
        assert result.stdout == ""


def test_array_params_collect_repeats_and_strings_stay_strings(client: SentryClient) -> None:
    meta = OPERATIONS["list_organization_issues"]
    parsed = params.parse_params(
        meta, ["project=1", "project=2", "query=123", "limit=7", 'environment=["a", "b"]']
    )
    # project is an array of strings in the spec: values stay strings.
    assert parsed == {"project": ["1", "2"], "query": "123", "limit": 7, "environment": ["a", "b"]}
    ids = params.parse_params(OPERATIONS["bulk_mutate_project_issues"], ["id=5", "id=[6, 7]"])
    assert ids == {"id": [5, 6, 7]}  # an array of integers: decoded
    with pytest.raises(click.BadParameter, match="id expects integer"):
        params.parse_params(OPERATIONS["bulk_mutate_project_issues"], ["id=five"])
    assert params.parse_params(OPERATIONS["retrieve_issue"], ["issue_id=00123"]) == {
        "issue_id": "00123"
    }
    # Spec names and Python names both work.
    by_spec = params.parse_params(OPERATIONS["list_project_issues"], ["statsPeriod=24h"])
    by_python = params.parse_params(OPERATIONS["list_project_issues"], ["stats_period=24h"])
    assert by_spec == by_python == {"stats_period": "24h"}


def test_untyped_values_follow_the_json_rule() -> None:
    untyped: dict[str, Any] = {}
    assert params.coerce("x", "5", untyped) == 5
    assert params.coerce("x", "true", untyped) is True
    assert params.coerce("x", "[1, 2]", untyped) == [1, 2]
    assert params.coerce("x", '{"a": 1}', untyped) == '{"a": 1}'
    assert params.coerce("x", "web", untyped) == "web"
    assert params.coerce("x", "null", untyped) == "null"
    with pytest.raises(click.BadParameter):
        params.coerce("limit", "true", {"type": "integer"})
    assert params.coerce("full", "True", {"type": "boolean"}) is True


# --------------------------------------------------------------------------- errors and the token


def _assert_no_token(result: Result) -> None:
    assert FAKE_TOKEN not in result.stdout
    assert FAKE_TOKEN not in result.stderr
    assert FAKE_TOKEN[:16] not in result.stdout + result.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--sandbox", "--token", FAKE_TOKEN, "issues", "list", "web"],
        ["--sandbox", f"--token={FAKE_TOKEN}", "call", "retrieve_issue", "-p", "issue_id=WEB-1"],
        ["--token", FAKE_TOKEN, "--url", "ftp://nowhere", "issues", "list", "web"],
        ["--token", FAKE_TOKEN, "--region", "mars", "--org", "acme", "issues", "list", "web"],
        ["--token", FAKE_TOKEN, "issues", "list", "web"],  # no org
        ["--token", FAKE_TOKEN, "no-such-command", FAKE_TOKEN],
        ["--sandbox", "--token", FAKE_TOKEN, "issues", "retrieve", FAKE_TOKEN],
        [
            "--token",
            FAKE_TOKEN,
            "--url",
            "http://127.0.0.1:9",
            "--org",
            "acme",
            "issues",
            "list",
            "web",
        ],
    ],
    ids=[
        "401-table",
        "401-call",
        "bad-url",
        "bad-region",
        "no-org",
        "unknown-command",
        "token-as-argument",
        "connection-refused",
    ],
)
def test_token_is_never_printed(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code != 0
    _assert_no_token(result)
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr


def test_token_from_the_environment_is_never_printed() -> None:
    result = run(
        "--org",
        "acme",
        "--url",
        "http://127.0.0.1:9",
        "issues",
        "list",
        "web",
        env={"SENTRY_AUTH_TOKEN": FAKE_TOKEN},
    )
    assert result.exit_code == 1
    _assert_no_token(result)


def test_401_says_what_to_do() -> None:
    result = sandbox_run("--token", FAKE_TOKEN, "issues", "retrieve", "WEB-1")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: retrieve_issue failed (HTTP 401)")
    assert "--token or SENTRY_AUTH_TOKEN" in result.stderr


def test_403_names_the_scope_to_ask_for(sandbox: Sandbox) -> None:
    sandbox.add_token("read-only-token", ["event:read"])
    result = sandbox_run("--token", "read-only-token", "issues", "resolve", "WEB-1")
    assert result.exit_code == 1
    assert "HTTP 403" in result.stderr
    assert "event:write" in result.stderr
    assert "read-only-token" not in result.stderr  # redaction covers any --token value


def test_missing_token_and_missing_org_are_usage_errors() -> None:
    no_token = run("issues", "list", "web")
    assert no_token.exit_code == 2
    assert "no auth token" in no_token.stderr and "--sandbox" in no_token.stderr
    no_org = run("--token", FAKE_TOKEN, "issues", "list", "web")
    assert no_org.exit_code == 2
    assert "no organization" in no_org.stderr


def test_sandbox_ignores_a_real_token_in_the_environment() -> None:
    result = run("--sandbox", "issues", "retrieve", "WEB-1", env={"SENTRY_AUTH_TOKEN": FAKE_TOKEN})
    assert result.exit_code == 0, result.stderr
    assert "WEB-1" in result.stdout


def test_redactor_replaces_longest_secret_first_and_tiny_ones_only_as_whole_tokens() -> None:
    redact = Redactor(["abcdef", "abcdefgh", "x", None])
    assert redact("token abcdefgh and abcdef, x") == "token [redacted] and [redacted], [redacted]"
    assert redact("extra x-ray") == "extra [redacted]-ray"


def test_lookup_and_cells() -> None:
    item = {"projects": [{"slug": "web"}, {"slug": "api"}], "a": {"b": None}, "n": 3}
    assert format_cell(lookup(item, "projects.slug")) == "web, api"
    assert format_cell(lookup(item, "a.b")) == "-"
    assert format_cell(lookup(item, "missing.path")) == "-"
    assert format_cell("2024-05-01T10:20:30.123456Z") == "2024-05-01 10:20"
    assert format_cell(True) == "yes"
    assert format_cell([{"key": "level", "value": "error"}]) == "level=error"


# --------------------------------------------------------------------------- scopes, operations


def test_scopes_prints_the_least_set() -> None:
    ops = ["list_project_issues", "update_issue", "list_organization_teams"]
    result = run("scopes", *ops)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.split() == sorted(scopes.required(ops))
    as_json = run("scopes", "--json", *ops)
    assert json.loads(as_json.stdout) == sorted(scopes.required(ops))


def test_scopes_unknown_operation_is_a_usage_error() -> None:
    result = run("scopes", "retrieve_issue", "updat_issue")
    assert result.exit_code == 2
    assert "did you mean update_issue" in result.stderr


def test_operations_lists_all_and_describes_one() -> None:
    listing = run("operations", "--json")
    assert {row["operation_id"] for row in json.loads(listing.stdout)} == set(OPERATIONS)
    table = run("operations", "--tag", "releases")
    assert "create_deploy" in table.stdout and "retrieve_issue" not in table.stdout
    described = run("operations", "list_project_issues")
    assert described.exit_code == 0
    for expected in ("GET /api/0/projects/", "stats_period", "cursor", "event:read"):
        assert expected in described.stdout


# --------------------------------------------------------------------------- output details


def test_no_progress_bar_or_noise_on_stderr_when_not_a_terminal() -> None:
    result = sandbox_run("issues", "list", "web", "--max", "150")
    assert result.exit_code == 0
    assert result.stderr == ""


def test_json_output_is_plain_json_of_the_data(client: SentryClient) -> None:
    result = sandbox_run("projects", "list", "--json")
    assert result.exit_code == 0
    expected = client.call("list_organization_projects", max_results=100).to_dict()["data"]
    assert json.loads(result.stdout) == expected


def test_import_sentry_api_does_not_import_the_cli_stack() -> None:
    code = (
        "import sys, sentry_api; "
        "bad = [m for m in ('click', 'rich', 'sentry_api.cli') if m in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_console_script_runs_the_main_job() -> None:
    """The installed entry point (not the test runner) prints the demo issues table."""
    script = Path(sys.executable).with_name("sentry-api")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "sentry_api.cli"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENTRY_")}
    done = subprocess.run(
        [*command, "--sandbox", "issues", "list", "web"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    # stdout is a pipe: 25 plain tab-separated rows, the note about the rest on stderr.
    lines = done.stdout.splitlines()
    assert len(lines) == 25 and all(line.split("\t")[1].startswith("WEB-") for line in lines)
    assert done.stderr.startswith("25 issues shown; more available")


def test_sandbox_command_serves_until_interrupted() -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SENTRY_")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "sentry_api.cli", "sandbox", "--port", "0"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        exports: dict[str, str] = {}
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("export "):
                key, _, value = line[len("export ") :].strip().partition("=")
                exports[key] = value
            if "Ctrl-C" in line:
                break
        admin_token = exports.pop("SENTRY_SANDBOX_ADMIN_TOKEN")
        assert set(exports) == {"SENTRY_URL", "SENTRY_AUTH_TOKEN", "SENTRY_ORG"}
        health = httpx.get(
            f"{exports['SENTRY_URL']}/__sandbox__/health",
            headers={"Authorization": f"Bearer {admin_token}"},
            timeout=10,
        )
        assert health.status_code == 200
        assert exports["SENTRY_URL"].startswith("http://127.0.0.1:")
        answer = httpx.get(
            f"{exports['SENTRY_URL']}/api/0/organizations/{exports['SENTRY_ORG']}/projects/",
            headers={"Authorization": f"Bearer {exports['SENTRY_AUTH_TOKEN']}"},
            timeout=10,
        )
        assert answer.status_code == 200
        assert "web" in {p["slug"] for p in answer.json()}
        # The CLI works against it through the environment, like any other Sentry.
        listed = run("projects", "list", env=exports)
        assert listed.exit_code == 0, listed.stderr
        assert "web" in listed.stdout
    finally:
        proc.send_signal(signal.SIGINT)
        code = proc.wait(timeout=20)
    assert code == 0
    assert "Traceback" not in (proc.stderr.read() if proc.stderr else "")


def test_internal_bug_is_one_line_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError(f"boom with {FAKE_TOKEN}")

    monkeypatch.setattr(app, "parse_params", broken)
    result = run("--token", FAKE_TOKEN, "--sandbox", "call", "retrieve_issue", "-p", "issue_id=1")
    assert result.exit_code == 1
    assert result.stderr.startswith("error: unexpected RuntimeError: boom with [redacted]")
    _assert_no_token(result)


ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def test_narrow_terminal_keeps_every_row_on_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """In an 80-column terminal the title is cut with an ellipsis; ids and counts stay whole."""
    monkeypatch.setattr(output, "_isatty", lambda stream: True)
    result = run("--sandbox", "issues", "list", "web", "--max", "5", env={"COLUMNS": "80"})
    assert result.exit_code == 0, result.stderr
    lines = [ANSI.sub("", line) for line in result.stdout.splitlines()]
    assert all(len(line) <= 80 for line in lines), lines
    rows = [line for line in lines if re.search(r"\bWEB-\w+\b", line)]
    assert len(rows) == 5  # one line per issue, none wrapped
    assert all(re.search(r"\s\d+\s", row) for row in rows)  # the event count survives
    assert any(row.endswith("…") for row in rows)  # long titles are cut, not wrapped
    assert "Short ID" in lines[0] and "Events" in lines[0]


def test_progress_bar_only_on_a_terminal_stderr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_isatty", lambda stream: stream is sys.stderr)
    result = run("--sandbox", "issues", "list", "web", "--max", "150", "--query", "")
    assert result.exit_code == 0, result.stderr
    assert "Fetching issues: 100 of 150" in ANSI.sub("", result.stderr)
    assert "Fetching" not in result.stdout
    assert 100 < len(result.stdout.splitlines()) <= 150  # all, past page one


def test_input_the_client_refuses_before_sending_is_a_usage_error(sandbox: Sandbox) -> None:
    before = sandbox.call_count("list_project_issues")
    result = sandbox_run(
        "call", "list_project_issues", "-p", "project_id_or_slug=web", "-p", "sort=bogus"
    )
    assert result.exit_code == 2
    envelope = json.loads(result.stdout)  # `call` still prints the envelope for agents
    assert envelope["error_kind"] == "invalid_request" and envelope["status_code"] is None
    assert result.stderr.startswith("error: list_project_issues failed: sort must be one of")
    assert sandbox.call_count("list_project_issues") == before  # nothing was sent


def test_renamed_commands_keep_working_hidden_from_help() -> None:
    # `issues show`, `orgs` and `releases deploy` became `issues retrieve`, `organizations` and
    # `releases create-deploy` (the Python names); the old names still run, unlisted.
    from sentry_api.cli.resources import RENAMED

    assert cli.commands["orgs"].hidden and not cli.commands["organizations"].hidden
    issues = cli.commands["issues"]
    assert isinstance(issues, click.Group)
    assert issues.commands["show"].hidden
    assert "show" not in CliRunner().invoke(cli, ["issues", "--help"]).output
    assert RENAMED["deploy"] == "create-deploy"


@pytest.mark.parametrize(
    "words",
    [
        ["issues", "list", "web", "--json", "--max", "0", "--query", ""],
        # One write larger than a pipe's buffer: the pipe takes part of it and says so.
        ["issues", "list", "web", "--jsonl", "--max", "100"],
        [
            "call",
            "list_project_issues",
            "--param",
            "project_id_or_slug=web",
            "--param",
            "limit=100",
        ],
    ],
    ids=["json", "jsonl-one-write", "call"],
)
def test_a_reader_that_leaves_early_gets_the_sigpipe_status_and_no_message(
    words: list[str],
) -> None:
    """`sentry-api ... | head -c 100`: exit 141 as a program killed by SIGPIPE, every time."""
    import subprocess
    import sys

    env = {**os.environ, "SENTRY_AUTH_TOKEN": "", "SENTRY_PROJECT": ""}
    command = [sys.executable, "-m", "sentry_api.cli", "--sandbox", *words]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(100)
    process.stdout.close()
    error = process.stderr.read()
    assert process.wait(timeout=60) == 141
    assert error == b""


def test_ctrl_c_while_the_command_line_loads_exits_130_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys
    import types

    import sentry_api.cli as entry

    class Loading(types.ModuleType):
        def __getattr__(self, name: str) -> object:
            raise KeyboardInterrupt

    monkeypatch.setitem(sys.modules, "sentry_api.cli.app", Loading("sentry_api.cli.app"))
    with pytest.raises(SystemExit) as exit_info:
        entry.main(["--sandbox", "issues", "list", "web"])
    assert exit_info.value.code == 130
    assert capsys.readouterr().err == ""

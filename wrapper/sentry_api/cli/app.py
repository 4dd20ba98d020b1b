"""The root ``sentry-api`` group, its global options, and the commands that are not resource
commands: ``call``, ``operations``, ``scopes`` and ``sandbox``."""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Mapping, Sequence
from typing import Any

import click
from click.shell_completion import CompletionItem

from sentry_api.cli import errors
from sentry_api.cli.commands import add_hidden_aliases, build_group
from sentry_api.cli.conventions import (
    accept_global_options,
    default_project,
    default_projects_option,
    root_options,
)
from sentry_api.cli.errors import ApiFailure, exit_code, failure_message
from sentry_api.cli.output import Column, Output, Redactor
from sentry_api.cli.params import (
    load_body,
    missing_required,
    operation,
    operations,
    parameters,
    parse_params,
)
from sentry_api.cli.resources import GROUPS
from sentry_api.cli.runtime import DEMO_ORG, State
from sentry_api.cli.setup_commands import completion_command, config_command

ROOT_HELP = f"""Work with the Sentry web API from the command line.

\b
Examples without an account (an in-process sandbox with demo data):
  $ sentry-api --sandbox issues list web
  $ sentry-api --sandbox call retrieve_issue --param issue_id=WEB-1

\b
Examples against Sentry (or a self-hosted install):
  $ export SENTRY_AUTH_TOKEN=...  SENTRY_ORG=my-org
  $ sentry-api issues list my-project --query 'is:unresolved level:error'

Resource commands print tables (--json for JSON). `call` reaches all 42 operations and prints
the result envelope as JSON. Exit status: 0 success, 1 the API call failed, 2 usage error.
With --sandbox the organization defaults to `{DEMO_ORG}`.

As with sentry-cli, the options below also work after the command (`sentry-api issues list
web --org acme`), a command's PROJECT defaults to --project / SENTRY_PROJECT, and settings
also come from .sentryclirc files (`sentry-api config` shows what applies, and from where).
Shell completion: `sentry-api completion bash|zsh|fish`.
"""


def _tokens_in(args: Sequence[str]) -> list[str]:
    """Values given to --token/--auth-token, found before parsing so even parse errors are
    redacted."""
    found = []
    for index, arg in enumerate(args):
        if arg in ("--token", "--auth-token") and index + 1 < len(args):
            found.append(args[index + 1])
        elif arg.startswith(("--token=", "--auth-token=")):
            found.append(arg.partition("=")[2])
    return found


class RootGroup(click.Group):
    """Reports every failure as one redacted ``error:`` line with the documented exit status.

    Overriding ``main`` (rather than wrapping it) keeps click's test runner on the same path
    as the console script.
    """

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        out = Output(Redactor([os.environ.get("SENTRY_AUTH_TOKEN"), *_tokens_in(argv)]))
        state = State(out)
        code = errors.EXIT_OK
        stdout = sys.stdout
        try:
            result = super().main(
                argv, prog_name or "sentry-api", complete_var, False, obj=state, **extra
            )
            code = result if isinstance(result, int) else errors.EXIT_OK
        except click.exceptions.UsageError as exc:
            code = _usage_error(out, exc)
        except ApiFailure as exc:
            out.error(exc.format_message())
            code = exc.code
        except click.ClickException as exc:
            out.error(exc.format_message())
            code = exc.exit_code
        except click.exceptions.Abort as exc:
            out.error("aborted")
            interrupted = isinstance(exc.__cause__, KeyboardInterrupt)
            code = errors.EXIT_INTERRUPTED if interrupted else errors.EXIT_API_FAILURE
        except BrokenPipeError:
            # `sentry-api ... | head`: the reader left; say nothing and stop writing, and exit
            # as a program killed by SIGPIPE would (what `yes | head` reports under pipefail).
            _silence_stdout()
            code = errors.EXIT_BROKEN_PIPE
        except SystemExit:
            # click turns EPIPE into exit 1 after replacing sys.stdout with a wrapper that
            # swallows it; say what it was instead.
            if sys.stdout is stdout:
                raise
            _silence_stdout()
            code = errors.EXIT_BROKEN_PIPE
        except Exception as exc:  # a bug or an environment problem: one line, no traceback
            out.error(f"unexpected {type(exc).__name__}: {exc}")
            code = errors.EXIT_API_FAILURE
        finally:
            state.close()
        if standalone_mode:
            sys.exit(code)
        return code


def _usage_error(out: Output, exc: click.exceptions.UsageError) -> int:
    if type(exc).__name__ == "NoArgsIsHelpError":  # a bare group or command: show its help
        click.echo(out.redact(exc.format_message()), err=True)
        return errors.EXIT_USAGE
    where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
    out.error(exc.format_message() + where)
    return errors.EXIT_USAGE


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


@root_options
@click.group(
    "sentry-api",
    cls=RootGroup,
    help=ROOT_HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(package_name="sentry-api", prog_name="sentry-api")
@click.pass_context
def cli(ctx: click.Context) -> None:
    # The global options were handed to the State by their callbacks; it resolves them (with
    # the environment and .sentryclirc) when a command first needs them.
    ctx.ensure_object(State)


def _state() -> State:
    state = click.get_current_context().find_object(State)
    assert state is not None
    return state


# ---------------------------------------------------------------------------- call

CALL_HELP = """Call any operation by its operationId and print the result envelope as JSON.

Parameters use their spec or Python names. Values are typed by the operation's schema:
string parameters stay strings, integers and booleans are decoded (`limit=5`, `full=true`),
and an array parameter collects repeated --param options (`--param project=1 --param
project=2`) or takes a JSON array (`project=[1,2]`). The organization comes from --org
when not given.

The envelope is `{"success", "data", "error", "status_code", "rate_limit", "next_cursor"}`;
pass `--param cursor=<next_cursor>` to continue a list. Exit status: 0 success, 1 the API
call failed (the envelope is still printed), 2 usage error.

\b
Examples:
  $ sentry-api --sandbox call list_project_issues --param project_id_or_slug=web --param limit=5
  $ sentry-api --sandbox call update_issue --param issue_id=WEB-1 --body '{"status": "resolved"}'
  $ sentry-api --sandbox call create_team --body @team.json
"""


def complete_operation_id(
    ctx: click.Context, param: click.Parameter, incomplete: str
) -> list[CompletionItem]:
    """Shell completion of operation ids (``sentry-api call update_i<TAB>``)."""
    return [
        CompletionItem(operation_id, help=str(meta.get("summary") or ""))
        for operation_id, meta in operations().items()
        if operation_id.startswith(incomplete)
    ]


@cli.command("call", help=CALL_HELP, short_help="Call any operation; print the envelope as JSON.")
@click.argument("operation_id", shell_complete=complete_operation_id)
@click.option(
    "--param",
    "-p",
    "raw_params",
    multiple=True,
    metavar="NAME=VALUE",
    help="A path or query parameter (repeatable).",
)
@click.option("--body", metavar="JSON|@FILE", help="Request body: JSON, @file.json, or @- (stdin).")
@click.option(
    "--max",
    "max_results",
    type=click.IntRange(min=1),
    metavar="N",
    help="For lists: follow pagination until N items (default: one page).",
)
def call_command(
    operation_id: str, raw_params: tuple[str, ...], body: str | None, max_results: int | None
) -> None:
    state = _state()
    meta = operation(operation_id)
    params = parse_params(meta, raw_params)
    if body is not None:
        if not meta.get("body"):
            raise click.BadParameter(f"{operation_id} takes no request body", param_hint="--body")
        params["body"] = load_body(body)
    if max_results is not None:
        if not meta.get("paginated"):
            raise click.BadParameter(f"{operation_id} is not a list", param_hint="--max")
        params["max_results"] = max_results
    params = state.fill_project(meta, params)
    missing = missing_required(meta, params, has_org=bool(state.organization))
    if missing:
        raise click.UsageError(
            f"{operation_id} needs " + ", ".join(f"--param {name}=..." for name in missing)
        )
    result = state.call(meta, state.with_org(meta, params))
    envelope = result.to_dict()
    state.out.json(envelope)
    if not result.success:
        raise ApiFailure(failure_message(meta, envelope), exit_code(envelope))


# ---------------------------------------------------------------------------- operations

_OPERATION_COLUMNS = (
    Column("Operation", "operation_id"),
    Column("Method", "method"),
    Column("Path", "path"),
    Column("Scope", "scopes"),
)


@cli.command("operations", short_help="List the operations `call` accepts, or describe one.")
@click.argument("operation_id", required=False, shell_complete=complete_operation_id)
@click.option("--tag", help="Only operations with this tag, e.g. Issues.")
@click.option("--json", "as_json", is_flag=True, help="Print the metadata as JSON.")
def operations_command(operation_id: str | None, tag: str | None, as_json: bool) -> None:
    """List the API operations (for `sentry-api call`), or describe one: its parameters,
    request body and accepted scopes.

    \b
    Examples:
      $ sentry-api operations --tag Issues
      $ sentry-api operations update_issue
    """
    out = _state().out
    if operation_id:
        meta = operation(operation_id)
        if as_json:
            out.json(dict(meta))
        else:
            _describe(out, meta)
        return
    rows = [
        {**meta, "scopes": (meta.get("scopes") or ["-"])[:1]}
        for meta in operations().values()
        if not tag or str(meta.get("tag", "")).lower() == tag.lower()
    ]
    if as_json:
        out.json(rows)
    else:
        out.table(rows, _OPERATION_COLUMNS, caption=f"{len(rows)} operations")


def _describe(out: Output, meta: Mapping[str, Any]) -> None:
    out.echo(f"{meta['operation_id']}: {meta.get('method')} {meta.get('path')}")
    if meta.get("summary"):
        out.echo(str(meta["summary"]))
    scopes = meta.get("scopes") or []
    out.echo(f"Scopes: {' or '.join(scopes) if scopes else 'none'}")
    rows = [
        {
            "name": param.get("python_name") or param["name"],
            "where": "path" if param in meta.get("path_params", ()) else "query",
            "type": _type_name(param.get("schema") or {}),
            "required": bool(param.get("required")),
            "description": " ".join(str(param.get("description") or "").split()),
        }
        for param in parameters(meta)
    ]
    if rows:
        out.table(
            rows,
            (
                Column("Parameter", "name"),
                Column("In", "where"),
                Column("Type", "type"),
                Column("Required", "required"),
                Column("Description", "description"),
            ),
        )
    body = meta.get("body")
    if body:
        schema = body.get("schema") or {}
        fields = ", ".join(schema.get("properties") or {}) or "(free-form)"
        required = ", ".join(schema.get("required") or []) or "none"
        out.echo(f"Body (JSON, --body): fields {fields}; required: {required}")


def _type_name(schema: Mapping[str, Any]) -> str:
    kind = schema.get("type", "any")
    if isinstance(kind, list):
        kind = "|".join(str(k) for k in kind if k != "null")
    if kind == "array":
        return f"array of {_type_name(schema.get('items') or {})}"
    return str(kind)


# ---------------------------------------------------------------------------- scopes


@cli.command("scopes", short_help="Least set of token scopes needed for some operations.")
@click.argument(
    "operation_ids",
    nargs=-1,
    required=True,
    metavar="OPERATION_ID...",
    shell_complete=complete_operation_id,
)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array.")
def scopes_command(operation_ids: tuple[str, ...], as_json: bool) -> None:
    """Print the least set of scopes a token needs to call all the given operations, one per
    line (from the spec: each operation lists the scopes that satisfy it).

    \b
    Example:
      $ sentry-api scopes list_project_issues update_issue list_organization_teams
    """
    from sentry_api import scopes

    for operation_id in operation_ids:
        operation(operation_id)  # unknown ids: a usage error with suggestions
    needed = sorted(scopes.required(operation_ids))
    out = _state().out
    if as_json:
        out.json(needed)
    else:
        for scope in needed:
            out.echo(scope)


# ---------------------------------------------------------------------------- sandbox


@cli.command("sandbox", short_help="Serve the sandbox on 127.0.0.1 for other programs.")
@click.option(
    "--port", type=click.IntRange(0, 65535), default=0, help="Port (default: a free one)."
)
@click.option(
    "--seed-issues",
    type=click.IntRange(min=0),
    default=250,
    show_default=True,
    help="Demo issues to generate for the acme organization (more for benchmarks).",
)
def sandbox_command(port: int, seed_issues: int) -> None:
    """Serve a Sentry-compatible sandbox with demo data on 127.0.0.1 until Ctrl-C.

    It prints the URL and the demo token (a sandbox-only value, not a secret) as shell
    exports, so any HTTP client or this CLI can use it, and the admin token that the
    /__sandbox__/ control routes require.

    \b
    Example:
      $ sentry-api sandbox --port 8765
    """
    from sentry_api.sandbox import SandboxServer

    out = _state().out
    # Ctrl-C is the normal way to stop, whenever it comes (even during start-up): exit 0.
    try:
        with SandboxServer(port=port, seed_issues=seed_issues) as server:
            out.echo(f"Sentry sandbox listening on {server.url} (organization {DEMO_ORG})")
            out.echo(f"export SENTRY_URL={server.url}")
            # The demo token is public by design; print it even though tokens are redacted.
            click.echo(f"export SENTRY_AUTH_TOKEN={server.token}")
            out.echo(f"export SENTRY_ORG={DEMO_ORG}")
            # The control routes' credential: a program that injects faults needs it.
            click.echo(f"export SENTRY_SANDBOX_ADMIN_TOKEN={server.admin_token}")
            out.echo("Press Ctrl-C to stop.")
            sys.stdout.flush()
            threading.Event().wait()
    except KeyboardInterrupt:
        out.note("stopped")


for _group in GROUPS:
    _built = build_group(_group)
    cli.add_command(_built)
    for _action in _group.actions:
        default_projects_option(_built.commands[_action.name], _action.operation)
cli.add_command(config_command)
cli.add_command(completion_command)
default_project(cli)
for _command in cli.commands.values():
    # `sentry-api sandbox` serves its own data; `completion` only prints a script.
    accept_global_options(_command, skip=("sandbox", "completion"))
# Last: an alias is a copy of the finished command, project defaults and global options included.
for _group_command in list(cli.commands.values()):
    if isinstance(_group_command, click.Group):
        add_hidden_aliases(_group_command)
add_hidden_aliases(cli)


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point (``sentry-api``)."""
    cli.main(args=argv, prog_name="sentry-api")

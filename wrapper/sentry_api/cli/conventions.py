"""sentry-cli's conventions for the global options: accepted before or after the subcommand,
``--auth-token`` as another name for ``--token``, and a default project for every command whose
first argument is PROJECT (``--project``, ``SENTRY_PROJECT`` or ``.sentryclirc``).

The options only hand their values to :class:`~sentry_api.cli.runtime.State`; it resolves them
together with the environment and the config files (:mod:`sentry_api.cli.config`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import click

from sentry_api.cli.params import operation
from sentry_api.cli.runtime import DEMO_ORG, State

PROJECT_ARG = "project"
GLOBAL_EPILOG = (
    "The global options (--org/-o, --project/-p, --token/--auth-token, --url, --region, "
    "--sandbox, --strict, --timeout, --max-response-bytes) work here too; see "
    "`sentry-api --help`."
)
CommandT = TypeVar("CommandT", bound=click.Command)


@dataclass(frozen=True)
class GlobalOption:
    """An option of the root command that every subcommand accepts too (as sentry-cli and gh
    do): ``sentry-api issues list web --org acme`` means ``sentry-api --org acme issues ...``."""

    name: str
    flags: tuple[str, ...]
    help: str
    metavar: str | None = None
    is_flag: bool = False

    def option(self, *, hidden: bool, flags: Sequence[str] | None = None) -> click.Option:
        label = "/".join(flag for flag in self.flags if flag.startswith("--"))

        def give(ctx: click.Context, param: click.Parameter, value: Any) -> None:
            state = ctx.find_object(State)
            if value not in (None, False) and state is not None and not ctx.resilient_parsing:
                state.give(self.name, value, label)

        return click.Option(
            [f"global_{self.name}", *(flags or self.flags)],
            is_flag=self.is_flag,
            default=None if not self.is_flag else False,
            metavar=self.metavar,
            help=self.help,
            hidden=hidden,
            expose_value=False,
            callback=give,
        )


GLOBAL_OPTIONS = (
    GlobalOption(
        "token",
        ("--token", "--auth-token"),
        "Auth token [env: SENTRY_AUTH_TOKEN; .sentryclirc: [auth] token]. Prefer the variable "
        "or the file: arguments are visible to other local users.",
        "TOKEN",
    ),
    GlobalOption(
        "url",
        ("--url",),
        "Base URL, e.g. https://sentry.example.com for self-hosted [env: SENTRY_URL; "
        ".sentryclirc: [defaults] url].",
        "URL",
    ),
    GlobalOption(
        "region",
        ("--region",),
        "SaaS region: us, de, or auto to look up the organization's region [env: SENTRY_REGION].",
        "REGION",
    ),
    GlobalOption(
        "org",
        ("--org", "-o"),
        "Organization [env: SENTRY_ORG; .sentryclirc: [defaults] org].",
        "SLUG",
    ),
    GlobalOption(
        "project",
        ("--project", "-p"),
        "Default PROJECT of the commands that take one [env: SENTRY_PROJECT; "
        ".sentryclirc: [defaults] project].",
        "SLUG",
    ),
    GlobalOption(
        "sandbox",
        ("--sandbox",),
        f"Use an in-process sandbox with demo data and a demo token (org `{DEMO_ORG}`); "
        "no network, nothing to configure. Each command starts from fresh demo data.",
        is_flag=True,
    ),
    GlobalOption(
        "timeout",
        ("--timeout",),
        "Seconds one request may take in all, from connecting to its last byte (default 30) "
        "[env: SENTRY_API_TIMEOUT].",
        "SECONDS",
    ),
    GlobalOption(
        "max_response_bytes",
        ("--max-response-bytes",),
        "The largest response body accepted, after decompression (default 67108864, 64 MiB) "
        "[env: SENTRY_API_MAX_RESPONSE_BYTES].",
        "N",
    ),
    GlobalOption(
        "strict",
        ("--strict",),
        "Fail when a response differs from the spec (default: accept it and list the "
        "differences as warnings) [env: SENTRY_API_VALIDATION=strict].",
        is_flag=True,
    ),
)


def root_options(command: CommandT) -> CommandT:
    """Decorator: the global options, shown, on the root command."""
    for spec in reversed(GLOBAL_OPTIONS):
        command.params.insert(0, spec.option(hidden=False))
    return command


def _names(command: click.Command) -> set[str]:
    return {
        flag
        for param in command.params
        if isinstance(param, click.Option)
        for flag in (*param.opts, *param.secondary_opts)
    }


def accept_global_options(command: click.Command, *, skip: Sequence[str] = ()) -> None:
    """Add the global options, hidden, to ``command`` and every command below it.

    A command's own option of the same name wins: ``releases list --project`` stays its
    filter (and ``-p`` is then not the global one either, to keep one meaning per command);
    ``call -p`` stays ``--param``.
    """
    if command.name in skip:
        return
    taken = _names(command)
    for spec in GLOBAL_OPTIONS:
        longs = [flag for flag in spec.flags if flag.startswith("--")]
        if taken & set(longs):
            continue
        free = [flag for flag in spec.flags if flag not in taken]
        command.params.append(spec.option(hidden=True, flags=free))
    if command.epilog is None:
        command.epilog = GLOBAL_EPILOG
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            accept_global_options(sub, skip=skip)


def default_project(command: click.Command) -> None:
    """Let every command whose first argument is PROJECT (at any depth) take the default
    project instead: ``SENTRY_PROJECT=web sentry-api events show <id>``."""
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            default_project(sub)
        return
    _default_project_argument(command)


def default_projects_option(command: click.Command, operation_id: str) -> None:
    """A ``--project`` option that fills a request body's required ``projects`` list
    (``releases create``) gets the default project when none is given, as in sentry-cli."""
    option = next((p for p in command.params if p.name == PROJECT_ARG), None)
    if not isinstance(option, click.Option) or not option.multiple or command.callback is None:
        return
    callback = command.callback

    def run(**values: Any) -> Any:
        state = click.get_current_context().find_object(State)
        if not values.get(PROJECT_ARG) and state is not None and state.project:
            # Checked here, not at start-up: the operation metadata is large to import.
            schema = (operation(operation_id).get("body") or {}).get("schema") or {}
            if "projects" in (schema.get("required") or ()):
                values[PROJECT_ARG] = (state.project,)
        return callback(**values)

    command.callback = run


def _default_project_argument(command: click.Command) -> None:
    args = [param for param in command.params if isinstance(param, click.Argument)]
    if not args or args[0].name != PROJECT_ARG or command.callback is None:
        return
    required = [arg for arg in args if arg.required]
    for arg in args:
        arg.required = False  # checked below, once the default project is known
    command.no_args_is_help = False
    command.callback = _with_default_project(command.callback, args, required)


def _with_default_project(
    callback: Callable[..., Any], args: list[click.Argument], required: list[click.Argument]
) -> Callable[..., Any]:
    names = [str(arg.name) for arg in args]

    def run(**values: Any) -> Any:
        given = [values[name] for name in names if values.get(name) is not None]
        state = click.get_current_context().find_object(State)
        project = state.project if state is not None else None
        if len(given) < len(required) and project:
            given.insert(0, project)  # the positional values shift one to the right
        for name, value in zip(names, [*given, *[None] * len(names)], strict=False):
            values[name] = value
        for arg in required:
            if values.get(str(arg.name)) is None:
                raise _missing(arg)
        return callback(**values)

    return run


def _missing(arg: click.Argument) -> click.UsageError:
    name = str(arg.name)
    hint = " (or set a default: --project, SENTRY_PROJECT or .sentryclirc)"
    return click.UsageError(
        f"Missing argument '{name.upper()}'" + (hint if name == PROJECT_ARG else "") + "."
    )

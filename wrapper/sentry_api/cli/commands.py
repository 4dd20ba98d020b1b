"""Turn the rows of :mod:`sentry_api.cli.resources` into click commands, and run them.

Every resource command ends in the same place: build ``(operation, params)`` from the row and
the command line, then :meth:`State.call_or_fail` (the generic path ``sentry-api call`` uses
too) or, for lists, :func:`~sentry_api.cli.listing.run_listing`, which prints page by page.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Mapping
from typing import Any

import click

from sentry_api.cli.fields import FIELDS_HELP, field_columns, parse_fields, select
from sentry_api.cli.listing import run_listing
from sentry_api.cli.params import operation
from sentry_api.cli.resources import RENAMED, Action, Group, Opt
from sentry_api.cli.runtime import State
from sentry_api.cli.sinks import list_sink

# Lists show this many rows unless --max says otherwise: a screenful, like `gh issue list`.
DEFAULT_MAX = 25
JSON_HELP = "Print the response data as JSON instead of a table."
LIST_JSON_HELP = "Print a JSON array instead of a table (written as pages arrive)."
JSONL_HELP = "Print one JSON object per line (JSON Lines) instead of a table."
CURSOR_HELP = (
    "Start from this cursor: the one a stopped listing printed, to continue where it stopped."
)


def dest(opt: Opt) -> str:
    """The Python name click gives an option's value (``--in-release`` -> ``in_release``)."""
    return opt.flag.lstrip("-").replace("-", "_")


def _option(opt: Opt) -> click.Option:
    if opt.kind == "flag":
        name = opt.flag.lstrip("-")
        return click.Option([dest(opt), f"--{name}/--no-{name}"], default=None, help=opt.help)
    if opt.kind == "many":
        return click.Option([dest(opt), opt.flag], multiple=True, help=opt.help)
    kind: Any = click.Choice(opt.choices) if opt.choices else str
    if opt.kind == "int":
        kind = click.IntRange(min=0)
    return click.Option([dest(opt), opt.flag], type=kind, help=opt.help, metavar=None)


def help_text(action: Action, group: str) -> str:
    """Summary, arguments, an example, and the operation behind the command."""
    lines = [action.summary, ""]
    if action.args:
        width = max(len(arg.name) for arg in action.args) + 2
        lines += ["\b", "Arguments:"]
        lines += [f"  {arg.name.upper():<{width}}{arg.help}" for arg in action.args]
        lines.append("")
    lines += ["\b", "Example:", f"  $ {action.example}", ""]
    lines.append(
        f"Calls the {action.operation} operation, client.{action.method}() in Python (see "
        f"`sentry-api operations {action.operation}`; `sentry-api call` reaches every parameter)."
    )
    return "\n".join(lines)


def build_command(action: Action, group: str) -> click.Command:
    params: list[click.Parameter] = [
        click.Argument([arg.name], required=arg.required) for arg in action.args
    ]
    params += [_option(opt) for opt in action.options]
    if action.is_list:
        params.append(
            click.Option(
                ["max_items", "--max"],
                type=click.IntRange(min=0),
                default=DEFAULT_MAX,
                show_default=True,
                metavar="N",
                help="Show at most N items (0 = all; follows pagination).",
            )
        )
        params.append(click.Option(["cursor", "--cursor"], metavar="CURSOR", help=CURSOR_HELP))
    if action.is_list or action.name == "retrieve":
        params.append(click.Option(["fields", "--fields"], metavar="A,B,...", help=FIELDS_HELP))
    if action.confirm:
        params.append(
            click.Option(["yes", "--yes", "-y"], is_flag=True, help="Do not ask for confirmation.")
        )
    params.append(
        click.Option(
            ["as_json", "--json"],
            is_flag=True,
            help=LIST_JSON_HELP if action.is_list else JSON_HELP,
        )
    )
    if action.is_list:
        params.append(click.Option(["as_jsonl", "--jsonl"], is_flag=True, help=JSONL_HELP))

    def callback(**values: Any) -> None:
        state = click.get_current_context().find_object(State)
        assert state is not None  # the root group always installs it
        run_action(state, action, values)

    return click.Command(
        action.name,
        params=params,
        callback=callback,
        help=help_text(action, group),
        no_args_is_help=bool(action.args) and action.args[0].required,
    )


def build_group(group: Group) -> click.Group:
    examples = "\n".join(f"  $ {action.example}" for action in group.actions[:3])
    command = click.Group(
        group.name,
        help=f"{group.help}\n\n\b\nExamples:\n{examples}",
        short_help=group.help,
    )
    for action in group.actions:
        command.add_command(build_command(action, group.name))
    return command


def add_hidden_aliases(group: click.Group) -> None:
    """Register each renamed subcommand under its old name too, hidden from --help."""
    for old, new in RENAMED.items():
        current = group.commands.get(new)
        if current is not None and old not in group.commands:
            alias = copy.copy(current)
            alias.hidden = True
            group.add_command(alias, old)


# ---------------------------------------------------------------------- running one action


def _put(target: str, value: Any, params: dict[str, Any], body: dict[str, Any]) -> None:
    if not target.startswith("body."):
        params[target] = value
        return
    *parents, leaf = target.removeprefix("body.").split(".")
    node = body
    for key in parents:
        node = node.setdefault(key, {})
    node[leaf] = value


def build_params(action: Action, values: Mapping[str, Any]) -> dict[str, Any]:
    """Operation parameters (and ``body``) from the row's mapping and the given values."""
    params: dict[str, Any] = {}
    body: dict[str, Any] = {}
    for target, value in action.fixed.items():
        _put(target, value, params, body)
    for arg in action.args:
        if values.get(arg.name) is not None:
            _put(arg.target, values[arg.name], params, body)
    changed = False
    for opt in action.options:
        value = values.get(dest(opt))
        if value is None or (opt.kind == "many" and not value):
            continue
        if opt.kind == "many":
            value = list(value)
        _put(opt.target, opt.convert(value) if opt.convert else value, params, body)
        changed = True
    if action.needs_change and not changed:
        flags = ", ".join(opt.flag for opt in action.options)
        raise click.UsageError(f"nothing to change: give at least one of {flags}")
    if body:
        params["body"] = body
    return params


def _confirm(question: str) -> None:
    if sys.stdin.isatty():
        click.confirm(question, abort=True)
        return
    raise click.UsageError(f"{question.rstrip('?')}: not confirmed; pass --yes to proceed")


def run_action(state: State, action: Action, values: Mapping[str, Any]) -> None:
    meta = operation(action.operation)
    fields = parse_fields(values.get("fields"), meta)
    if values.get("as_json") and values.get("as_jsonl"):
        raise click.UsageError("choose one of --json and --jsonl")
    params = state.with_org(meta, build_params(action, values))
    names = {arg.name: values.get(arg.name) or "" for arg in action.args}
    if action.confirm and not values.get("yes"):
        _confirm(action.confirm.format(**names))
    out = state.out
    if action.is_list:
        assert action.noun is not None
        if values.get("cursor"):
            params["cursor"] = values["cursor"]
        fmt = "json" if values.get("as_json") else "jsonl" if values.get("as_jsonl") else "table"
        columns = field_columns(fields) if fields else action.columns
        sink = list_sink(out, columns, fmt, fields)
        run_listing(state, meta, params, sink=sink, noun=action.noun, max_items=values["max_items"])
        return
    data = state.call_or_fail(meta, params)
    if values.get("as_json"):
        out.json(select(data, fields) if fields else data)
        return
    if action.done:
        out.echo(action.done.format(**names))
    columns = field_columns(fields) if fields else action.columns
    if isinstance(data, Mapping) and columns:
        out.detail(data, columns)

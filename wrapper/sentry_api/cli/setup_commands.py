"""Commands about the command line itself: ``sentry-api config`` (which settings apply, and
where each came from) and ``sentry-api completion SHELL`` (a shell completion script)."""

from __future__ import annotations

from typing import Any

import click
from click.shell_completion import get_completion_class

from sentry_api.cli.config import NAMES
from sentry_api.cli.runtime import DEMO_ORG, State

PROG = "sentry-api"
COMPLETE_VAR = "_SENTRY_API_COMPLETE"  # what click's completion scripts call back with
SHELLS = ("bash", "zsh", "fish")


def _state() -> State:
    state = click.get_current_context().find_object(State)
    assert state is not None  # the root group always installs it
    return state


def describe(state: State) -> dict[str, Any]:
    """Each setting's value (the token only as set/not set) and origin, and the files read."""
    settings = state.settings
    resolved = state.resolved
    found = resolved.values if resolved else {}
    rows: dict[str, dict[str, Any]] = {}
    for name in NAMES:
        value = found.get(name)
        entry: dict[str, Any] = {
            "value": value.value if value else None,
            "from": value.origin if value else None,
        }
        rows[name] = entry
    token = rows["token"]
    token["value"] = "set" if token["value"] else None  # never the token itself
    if settings.sandbox:
        if not token["value"]:
            token.update(value="set", **{"from": "sandbox demo token"})
        rows["url"].update(value="in-process sandbox", **{"from": "--sandbox"})
        if not rows["org"]["value"]:
            rows["org"].update(value=DEMO_ORG, **{"from": "sandbox default"})
    return {
        "sandbox": settings.sandbox,
        "settings": rows,
        "files": [str(path) for path in (resolved.files if resolved else [])],
    }


@click.command("config", short_help="Show the settings in effect and where each came from.")
@click.option("--json", "as_json", is_flag=True, help="Print them as JSON.")
def config_command(as_json: bool) -> None:
    """Show the token (set or not; never its value), URL, region, organization and project
    this command line would use, and where each came from: an option, the environment, or a
    .sentryclirc file (the nearest one from the current directory upwards, then the one in
    your home directory; options win over the environment, which wins over the files).

    \b
    Examples:
      $ sentry-api config
      $ SENTRY_PROJECT=web sentry-api --sandbox config
    """
    state = _state()
    report = describe(state)
    out = state.out
    if as_json:
        out.json(report)
        return
    width = max(len(name) for name in NAMES) + 2
    for name, entry in report["settings"].items():
        value = entry["value"] or "-"
        origin = f"  (from {entry['from']})" if entry["from"] else "  (not set)"
        out.echo(f"{name:<{width}}{value}{origin}")
    files = report["files"]
    out.echo(f"{'files':<{width}}" + (", ".join(files) if files else "no .sentryclirc read"))


@click.command("completion", short_help="Print a shell completion script (bash, zsh, fish).")
@click.argument("shell", type=click.Choice(SHELLS))
def completion_command(shell: str) -> None:
    """Print the completion script for SHELL. Commands, options and, after `call`, operation
    ids complete.

    \b
    Examples:
      $ eval "$(sentry-api completion bash)"      # in ~/.bashrc
      $ eval "$(sentry-api completion zsh)"       # in ~/.zshrc
      $ sentry-api completion fish > ~/.config/fish/completions/sentry-api.fish
    """
    from sentry_api.cli.app import cli

    completion = get_completion_class(shell)
    assert completion is not None  # every name in SHELLS is one click ships
    click.echo(completion(cli, {}, PROG, COMPLETE_VAR).source())

"""Where the command line's settings come from, the way sentry-cli finds them.

Precedence, highest first: a command-line option (before or after the subcommand), the
environment (``SENTRY_AUTH_TOKEN``, ``SENTRY_URL``, ``SENTRY_REGION``, ``SENTRY_ORG``,
``SENTRY_PROJECT``), the nearest ``.sentryclirc`` from the current directory upwards, then
``~/.sentryclirc``. The files are INI: ``[auth] token`` and ``[defaults] url / org / project``.

With ``--sandbox`` the files are not read at all: they describe a real Sentry, and the demo data
must not be asked for a real organization. Everything here is pure apart from reading files;
:func:`resolve` records the origin of each value so ``sentry-api config`` can show it.
"""

from __future__ import annotations

import configparser
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

RC_NAME = ".sentryclirc"
NAMES = ("token", "url", "region", "org", "project")
ENV = {
    "token": "SENTRY_AUTH_TOKEN",
    "url": "SENTRY_URL",
    "region": "SENTRY_REGION",
    "org": "SENTRY_ORG",
    "project": "SENTRY_PROJECT",
}
# (section, key) of each setting in a .sentryclirc; sentry-cli has no region key.
RC_KEYS = {
    "token": ("auth", "token"),
    "url": ("defaults", "url"),
    "org": ("defaults", "org"),
    "project": ("defaults", "project"),
}
# How strongly a value was given; lower wins.
RANK_FLAG, RANK_ENV, RANK_FILE = 0, 1, 2


class ConfigError(ValueError):
    """A .sentryclirc that cannot be read or parsed; the message names the file."""


@dataclass(frozen=True)
class Value:
    value: str
    origin: str  # "--org", "SENTRY_ORG", "/home/me/.sentryclirc [defaults] org", ...
    rank: int


@dataclass
class Resolved:
    values: dict[str, Value] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)  # the .sentryclirc files read, nearest first

    def get(self, name: str) -> str | None:
        found = self.values.get(name)
        return found.value if found else None


def rc_files(cwd: Path, home: Path | None) -> list[Path]:
    """The files to read, nearest first: the first ``.sentryclirc`` from ``cwd`` upwards, then
    the one in the home directory (once, if the walk already found it)."""
    found: list[Path] = []
    for directory in (cwd, *cwd.parents):
        candidate = directory / RC_NAME
        if candidate.is_file():
            found.append(candidate)
            break
    if home is not None:
        global_rc = home / RC_NAME
        if global_rc.is_file() and all(global_rc.resolve() != f.resolve() for f in found):
            found.append(global_rc)
    return found


def read_rc(path: Path) -> dict[str, str]:
    """The settings one file gives, by our names (empty values count as absent)."""
    parser = configparser.RawConfigParser(strict=False)
    try:
        with path.open(encoding="utf-8") as handle:
            parser.read_file(handle)
    except (OSError, UnicodeDecodeError, configparser.Error) as exc:
        reason = getattr(exc, "strerror", None) or type(exc).__name__
        raise ConfigError(f"cannot read {path}: {reason}") from None
    values = {}
    for name, (section, key) in RC_KEYS.items():
        text = parser.get(section, key, fallback="").strip()
        if text:
            values[name] = text
    return values


def resolve(
    flags: Mapping[str, tuple[str, str]],
    env: Mapping[str, str],
    files: Sequence[Path],
) -> Resolved:
    """Each setting from the strongest source that gives it.

    ``flags`` maps a name to ``(value, option used)`` for values typed on the command line.
    """
    resolved = Resolved(files=list(files))
    for name, (text, option) in flags.items():
        if text:
            resolved.values[name] = Value(text, option, RANK_FLAG)
    for name, variable in ENV.items():
        text = env.get(variable, "").strip()
        if text and name not in resolved.values:
            resolved.values[name] = Value(text, variable, RANK_ENV)
    for path in files:
        for name, text in read_rc(path).items():
            if name not in resolved.values:
                section, key = RC_KEYS[name]
                resolved.values[name] = Value(text, f"{path} [{section}] {key}", RANK_FILE)
    _drop_weaker_of_url_and_region(resolved)
    return resolved


def _drop_weaker_of_url_and_region(resolved: Resolved) -> None:
    # Both pick the server; `--region de` must beat a url from a file or the environment rather
    # than end in a "give one or the other" error. At equal strength both stay (the client
    # reports the conflict).
    url, region = resolved.values.get("url"), resolved.values.get("region")
    if url and region and url.rank != region.rank:
        del resolved.values["url" if url.rank > region.rank else "region"]

"""The ``sentry-api`` command line (console script ``sentry-api = sentry_api.cli:main``).

The command line is the ``[cli]`` extra. This module imports nothing beyond the standard
library, so that without the extra the console script can still say, in one line, how to get
it (as httpx does for its own command line). Importing :mod:`sentry_api` never imports this
package; click and rich load only when a command runs.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sentry_api.cli.app import cli as cli

__all__ = ["cli", "main"]

EXIT_USAGE = 2
EXIT_INTERRUPTED = 130
MISSING_EXTRA = (
    "sentry-api: the command line is not installed ({missing} is missing); "
    "install it with: pip install 'sentry-api[cli]'"
)


def missing_dependency() -> str | None:
    """The first library of the ``[cli]`` extra that cannot be imported, or None."""
    for name in ("click", "rich"):
        try:
            __import__(name)
        except ImportError:
            return name
    return None


def main(argv: Sequence[str] | None = None) -> None:
    """Console-script entry point: the command line, or one line on how to install it."""
    missing = missing_dependency()
    if missing is not None:
        sys.stderr.write(MISSING_EXTRA.format(missing=missing) + "\n")
        sys.exit(EXIT_USAGE)
    try:
        from sentry_api.cli.app import main as run
    except KeyboardInterrupt:  # Ctrl-C while the command line is still loading: no traceback
        sys.exit(EXIT_INTERRUPTED)
    run(argv)


def __getattr__(name: str) -> Any:
    # `from sentry_api.cli import cli` (the click group) for tests and embedding.
    if name == "cli":
        from sentry_api.cli.app import cli

        return cli
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

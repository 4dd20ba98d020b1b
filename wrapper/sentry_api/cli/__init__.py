"""The ``sentry-api`` command line (console script ``sentry-api = sentry_api.cli:main``).

Importing :mod:`sentry_api` never imports this package, so click and rich cost nothing to
library users; rich itself is imported only when a table or progress bar is drawn.
"""

from sentry_api.cli.app import cli, main

__all__ = ["cli", "main"]

"""``python -m sentry_api.cli``: the same as the ``sentry-api`` console script."""

from sentry_api.cli import main

main()

"""Shared by the CLI tests: the environment every invocation runs with.

Their fixtures (`sandbox`, `client`) live in conftest.py.
"""

from __future__ import annotations

# The environment of every invocation: no real configuration leaks in from the host.
CLEAN_ENV: dict[str, str | None] = {
    "SENTRY_AUTH_TOKEN": None,
    "SENTRY_URL": None,
    "SENTRY_REGION": None,
    "SENTRY_ORG": None,
    "SENTRY_PROJECT": None,
    "SENTRY_API_TIMEOUT": None,
    "SENTRY_API_MAX_RESPONSE_BYTES": None,
    # No ~/.sentryclirc of the developer's: a home directory that does not exist.
    "HOME": "/nonexistent/sentry-api-tests-home",
}

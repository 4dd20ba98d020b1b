"""Scenario 5 with ``sentrypy`` (PyPI): its own objects and its lazy Link pagination.

sentrypy has no base-URL option: every method builds ``https://sentry.io/api/0/...`` itself
and sends it with the module-level ``requests.get`` (a new connection per request). The only
change made here is a host rewrite in front of those calls, ``https://sentry.io`` -> the
sandbox URL; everything else (``Sentry.organization``, ``Organization.project``,
``Project.issues`` with its ``PaginationLink`` parser, ``Organization.issue``, the model
objects) is sentrypy's own code. The ``next`` links the sandbox sends are already local.
"""

from __future__ import annotations

import _netguard

_netguard.install()

from collections.abc import Iterator  # noqa: E402
from importlib.metadata import version  # noqa: E402
from typing import Any  # noqa: E402

import requests  # noqa: E402
import sentrypy.transceiver  # noqa: E402
from _common import emit, peer_arguments, run_list_then_fetch  # noqa: E402
from sentrypy.sentry import Sentry  # noqa: E402

SENTRY_ORIGIN = "https://sentry.io"


class _Rewriting:
    """Stands in for the ``requests`` module inside sentrypy.transceiver: swaps the host only."""

    def __init__(self, origin: str) -> None:
        self._origin = origin

    def _url(self, url: str) -> str:
        return self._origin + url[len(SENTRY_ORIGIN) :] if url.startswith(SENTRY_ORIGIN) else url

    def get(self, url: str, **kwargs: Any) -> requests.Response:
        return requests.get(self._url(url), **kwargs)

    def post(self, url: str, **kwargs: Any) -> requests.Response:
        return requests.post(self._url(url), **kwargs)

    def put(self, url: str, **kwargs: Any) -> requests.Response:
        return requests.put(self._url(url), **kwargs)

    def delete(self, url: str, **kwargs: Any) -> requests.Response:
        return requests.delete(self._url(url), **kwargs)


def main() -> None:
    args = peer_arguments(__doc__ or "")
    sentrypy.transceiver.requests = _Rewriting(args.url)  # type: ignore[assignment]
    sentry = Sentry(token=args.token)
    organization = sentry.organization(args.org)
    project = organization.project(args.project)

    def list_ids() -> Iterator[str]:
        # query=None makes sentrypy send query="" (every status); the bench project's issues
        # are all unresolved, so the default would list the same set.
        for issue in project.issues(query=None):
            yield issue.id

    def fetch_one(issue_id: str) -> Any:
        return organization.issue(issue_id)

    next(iter(project.issues(query=None)))  # warm-up, untimed (sentrypy never keeps-alive)
    result = run_list_then_fetch(args, list_ids, fetch_one)
    result["version"] = version("sentrypy")
    emit(result)


if __name__ == "__main__":
    main()

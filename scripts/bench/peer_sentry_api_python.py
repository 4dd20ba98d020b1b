"""Scenario 5 with ``sentry-api-python`` (PyPI; import name ``sentry_api``, like ours).

Its ``SentryApi(endpoint_url=...)`` takes the API root, so it points at the sandbox with no
patching. It has no issue endpoints and no pagination (its resources are projects, project
rules and teams), so the work goes through its one generic call,
``SentryApi.http_client.make_a_call(method, path)`` — a ``requests.Session`` that joins the
path onto ``endpoint_url`` — and the ``Link`` header is followed by this script with requests'
parser, as a user of the library would have to.
"""

from __future__ import annotations

import _netguard

_netguard.install()

import os  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from importlib.metadata import version  # noqa: E402
from typing import Any  # noqa: E402

import sentry_api  # noqa: E402
from _common import emit, peer_arguments, run_list_then_fetch  # noqa: E402
from sentry_api.api import SentryApi  # noqa: E402


def main() -> None:
    args = peer_arguments(__doc__ or "")
    # Both packages are imported as `sentry_api`: make sure this is the peer, not ours.
    if "site-packages" not in os.path.abspath(sentry_api.__file__):
        raise SystemExit(f"wrong sentry_api imported: {sentry_api.__file__}")
    api = SentryApi(args.org, token=args.token, endpoint_url=f"{args.url}/api/0/")
    call = api.http_client.make_a_call
    list_path = f"projects/{args.org}/{args.project}/issues/"

    def list_ids() -> Iterator[str]:
        path: str | None = list_path
        while path:
            response = call("get", path)  # an absolute next URL survives urljoin unchanged
            response.raise_for_status()
            for issue in response.json():
                yield issue["id"]
            nxt = response.links.get("next")
            path = nxt["url"] if nxt and nxt.get("results") == "true" else None

    def fetch_one(issue_id: str) -> Any:
        response = call("get", f"organizations/{args.org}/issues/{issue_id}/")
        response.raise_for_status()
        return response.json()

    call("get", list_path).raise_for_status()  # warm-up, untimed
    result = run_list_then_fetch(args, list_ids, fetch_one)
    result["version"] = version("sentry-api-python")
    emit(result)


if __name__ == "__main__":
    main()

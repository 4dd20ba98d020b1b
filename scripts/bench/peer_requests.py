"""Scenario 5 with plain ``requests``: what a curl-style script does.

One ``requests.Session`` (kept-alive connection), follows ``rel="next"`` from the ``Link``
header using requests' own Link parser until Sentry says ``results="false"``.
"""

from __future__ import annotations

import _netguard

_netguard.install()

from collections.abc import Iterator  # noqa: E402
from typing import Any  # noqa: E402

import requests  # noqa: E402
from _common import emit, peer_arguments, run_list_then_fetch  # noqa: E402


def main() -> None:
    args = peer_arguments(__doc__ or "")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {args.token}"
    list_url = f"{args.url}/api/0/projects/{args.org}/{args.project}/issues/"

    def list_ids() -> Iterator[str]:
        url: str | None = list_url
        while url:
            response = session.get(url)
            response.raise_for_status()
            for issue in response.json():
                yield issue["id"]
            nxt = response.links.get("next")
            url = nxt["url"] if nxt and nxt.get("results") == "true" else None

    def fetch_one(issue_id: str) -> Any:
        response = session.get(f"{args.url}/api/0/organizations/{args.org}/issues/{issue_id}/")
        response.raise_for_status()
        return response.json()

    session.get(list_url).raise_for_status()  # warm-up: open the connection, untimed
    result = run_list_then_fetch(args, list_ids, fetch_one)
    result["version"] = requests.__version__
    emit(result)


if __name__ == "__main__":
    main()

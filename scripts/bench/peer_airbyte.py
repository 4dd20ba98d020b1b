"""Scenario 5 with ``airbyte-agent-sentry`` (the Airbyte connector; Python >= 3.13 only).

Its ``hostname`` option only fills ``https://{hostname}/api/0``, so it cannot reach a plain
http server; after construction the executor's ``http_client.base_url`` is set to the sandbox
(``AIRBYTE_TELEMETRY_MODE=disabled`` keeps Segment telemetry off). Fetching issues goes
through the public ``connector.issues.get``. Listing cannot: ``issues.list`` returns only
``data`` — the connector declares no meta extractor for it, so the next cursor in the ``Link``
header never reaches the caller and only the first 100 issues are reachable. The list is
therefore walked with the connector's own HTTP layer (``http_client.request``, which returns
the headers) and this script follows ``rel="next"``.
"""

from __future__ import annotations

import _netguard

_netguard.install()

import asyncio  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
from importlib.metadata import version  # noqa: E402
from typing import Any  # noqa: E402

os.environ.setdefault("AIRBYTE_TELEMETRY_MODE", "disabled")

from _common import emit, field_of, parse_link, peer_arguments, pick_ids  # noqa: E402
from airbyte_agent_sentry import SentryConnector  # noqa: E402
from airbyte_agent_sentry.models import SentryAuthConfig  # noqa: E402


async def list_ids(http: Any, first_url: str) -> list[str]:
    ids: list[str] = []
    url: str | None = first_url
    while url:
        data, headers = await http.request("GET", url)
        ids.extend(str(issue["id"]) for issue in data)
        nxt = parse_link(headers.get("link") or headers.get("Link")).get("next")
        url = nxt[0] if nxt and nxt[1] else None
    return ids


async def run(args: Any) -> dict[str, Any]:
    constructed = time.perf_counter()
    connector = SentryConnector(auth_config=SentryAuthConfig(auth_token=args.token))
    construct_seconds = time.perf_counter() - constructed
    http = connector._executor.http_client
    http.base_url = f"{args.url}/api/0"
    first_url = f"{http.base_url}/projects/{args.org}/{args.project}/issues/"
    first_page = await connector.issues.list(organization_slug=args.org, project_slug=args.project)
    if not first_page.data:  # warm-up through the public API, untimed
        raise SystemExit("airbyte connector listed no issues")

    started, cpu_started = time.perf_counter(), time.process_time()
    ids = await list_ids(http, first_url)
    listed_at = time.perf_counter()
    fetched = 0
    for issue_id in pick_ids(ids, args.fetch):
        issue = await connector.issues.get(organization_slug=args.org, issue_id=issue_id)
        if str(field_of(issue, "id")) != issue_id:
            raise SystemExit(f"fetched issue {issue_id} came back as {field_of(issue, 'id')!r}")
        fetched += 1
    finished, cpu = time.perf_counter(), time.process_time() - cpu_started
    if len(ids) != args.expect or len(set(ids)) != len(ids):
        raise SystemExit(f"listed {len(ids)} ids, expected {args.expect}")
    await http.close()
    return {
        "seconds": finished - started,
        "cpu_seconds": cpu,
        "list_seconds": listed_at - started,
        "fetch_seconds": finished - listed_at,
        "listed": len(ids),
        "fetched": fetched,
        "construct_seconds": construct_seconds,
        "public_list_page_size": len(first_page.data),
    }


def main() -> None:
    args = peer_arguments(__doc__ or "")
    result = asyncio.run(run(args))
    result["version"] = version("airbyte-agent-sentry")
    emit(result)


if __name__ == "__main__":
    main()

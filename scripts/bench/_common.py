"""What every benchmark worker shares: arguments, the work of scenario 5, timing, the report line.

A worker is one process that does one contender's work once and prints one ``BENCH_RESULT``
line of JSON. The harness (scripts/bench.py) starts a fresh worker per round, so every contender
pays the same process start-up (outside the timed region) and none inherits another's warm
caches. Standard library only: the peers' workers import this inside their own virtual
environments, where our package is not installed.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import _netguard

RESULT_MARKER = "BENCH_RESULT "
_LINK_ENTRY = re.compile(r"<([^>]*)>([^<]*)")
_LINK_PARAM = re.compile(r';\s*([A-Za-z]+)="?([^";]*)"?')


def peer_arguments(description: str) -> argparse.Namespace:
    """Arguments of a scenario-5 worker: where the sandbox is and how much work to do."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--url", required=True, help="sandbox base URL, http://127.0.0.1:PORT")
    parser.add_argument("--token", required=True)
    parser.add_argument("--org", required=True)
    parser.add_argument("--project", required=True)
    parser.add_argument("--fetch", type=int, default=200, help="issue details to fetch")
    parser.add_argument("--expect", type=int, required=True, help="issues the list must yield")
    return parser.parse_args()


def pick_ids(ids: Sequence[str], count: int) -> list[str]:
    """``count`` ids spread evenly over the list, the same choice for every contender."""
    if count <= 0:
        return []
    if count >= len(ids):
        return list(ids)
    step = len(ids) / count
    return [ids[int(i * step)] for i in range(count)]


def parse_link(header: str | None) -> dict[str, tuple[str, bool]]:
    """``{rel: (url, results)}`` from a Sentry ``Link`` header (for clients without a parser)."""
    links: dict[str, tuple[str, bool]] = {}
    for url, rest in _LINK_ENTRY.findall(header or ""):
        params = dict(_LINK_PARAM.findall(rest))
        rel = params.get("rel")
        if rel:
            links[rel] = (url, params.get("results", "true") == "true")
    return links


def run_list_then_fetch(
    args: argparse.Namespace,
    list_ids: Callable[[], Iterable[str]],
    fetch_one: Callable[[str], Any],
) -> dict[str, Any]:
    """Time scenario 5 — list every issue, then fetch ``args.fetch`` of them — and check it."""
    started, cpu_started = time.perf_counter(), time.process_time()
    ids = [str(i) for i in list_ids()]
    listed_at = time.perf_counter()
    chosen = pick_ids(ids, args.fetch)
    fetched = 0
    for issue_id in chosen:
        detail = fetch_one(issue_id)
        if str(field_of(detail, "id")) != issue_id:
            raise SystemExit(f"fetched issue {issue_id} came back as {field_of(detail, 'id')!r}")
        fetched += 1
    finished, cpu = time.perf_counter(), time.process_time() - cpu_started
    if len(ids) != args.expect or len(set(ids)) != len(ids):
        raise SystemExit(
            f"listed {len(ids)} ids ({len(set(ids))} distinct), expected {args.expect}"
        )
    return {
        "seconds": finished - started,
        "cpu_seconds": cpu,
        "list_seconds": listed_at - started,
        "fetch_seconds": finished - listed_at,
        "listed": len(ids),
        "fetched": fetched,
    }


def field_of(obj: Any, name: str) -> Any:
    """A field of a dict, a model object or a pydantic model, whichever the client returns."""
    if isinstance(obj, dict):
        return obj.get(name)
    return getattr(obj, name, None)


def emit(result: dict[str, Any]) -> None:
    """Print the one line the harness reads, with the hosts the network guard refused."""
    result = dict(result)
    result["blocked_hosts"] = sorted(set(_netguard.BLOCKED))
    result["python"] = sys.version.split()[0]
    sys.stdout.write(RESULT_MARKER + json.dumps(result) + "\n")
    sys.stdout.flush()

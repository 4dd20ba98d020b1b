"""Benchmark worker for our client (sync and async) and the bare-httpx baselines.

Runs in the project's environment. ``BENCH_SPEC='<json>' python ours.py`` does the work once
and prints one ``BENCH_RESULT`` line (see _common.py). Spec keys: ``scenario``, ``contender`` (or
``pair`` for an interleaved run), ``url``, ``token``, ``org`` and per scenario ``ids``,
``count``, ``project``, ``expect``, ``fetch``, ``concurrency``, ``memory``, ``chunk``.

Every contender is timed the same way: imports, client construction and one warm-up request
happen before the clock starts; ``time.perf_counter()`` brackets only the work, and
``time.process_time()`` the CPU this process spent on it (the client's own cost, which the
machine's other load does not change the way it changes wall time).

Interleaved runs (``pair``) put a baseline and our client in one process and alternate them in
chunks (A B, B A, A B, ...) over the same kept-alive server, so a slow second on a shared
machine falls on both; each still has its own connection and does the full amount of work.
"""

from __future__ import annotations

import _netguard

_netguard.install()

import asyncio  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import AsyncIterator, Callable, Iterator  # noqa: E402
from importlib.metadata import version  # noqa: E402
from itertools import cycle, islice  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import httpx  # noqa: E402
from _common import emit, field_of, parse_link, pick_ids  # noqa: E402

Spec = dict[str, Any]
Work = Callable[[], Any]
# A contender as a stream of units of work (one call, or one listed item): next() does one.
Stream = tuple[Iterator[Any], Callable[[], None]]
AsyncStream = tuple[AsyncIterator[Any], Callable[[], Any]]


# --- measuring ------------------------------------------------------------------------------


def _status_kib(field: str) -> int | None:
    """A ``VmRSS``/``VmHWM`` figure from /proc (Linux), in KiB; None elsewhere."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _reset_peak_rss() -> bool:
    """Reset the kernel's peak-RSS mark (``echo 5 > clear_refs``) so VmHWM measures this run."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def measure(work: Work, memory: bool) -> tuple[dict[str, Any], Any]:
    """Run ``work`` once: wall and CPU seconds, memory figures, and what it returned.

    With ``memory`` the run is traced with tracemalloc (slower; such runs are not used for
    timing); otherwise only the peak-RSS growth is read, which costs nothing.
    """
    figures: dict[str, Any] = {}
    if memory:
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        tracemalloc.reset_peak()
    rss_before = _status_kib("VmRSS")
    rss_reset = _reset_peak_rss()
    started, cpu_started = time.perf_counter(), time.process_time()
    value = work()
    figures["seconds"] = time.perf_counter() - started
    figures["cpu_seconds"] = time.process_time() - cpu_started
    if memory:
        figures["tracemalloc_peak_bytes"] = tracemalloc.get_traced_memory()[1] - base
        tracemalloc.stop()
    peak = _status_kib("VmHWM")
    if rss_reset and peak is not None and rss_before is not None:
        figures["rss_peak_growth_bytes"] = max(0, peak - rss_before) * 1024
    return figures, value


class Clock:
    """Wall and CPU time of one contender, accumulated over its chunks."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.cpu_seconds = 0.0
        self.units = 0
        self.chunks: list[float] = []
        self._wall = self._cpu = 0.0

    def start(self) -> None:
        self._wall, self._cpu = time.perf_counter(), time.process_time()

    def stop(self, units: int) -> None:
        took = time.perf_counter() - self._wall
        self.cpu_seconds += time.process_time() - self._cpu
        self.seconds += took
        self.chunks.append(took)
        self.units += units

    def report(self) -> dict[str, Any]:
        return {
            "seconds": self.seconds,
            "cpu_seconds": self.cpu_seconds,
            "units": self.units,
            "chunks": self.chunks,
        }


def chunk_orders(names: list[str], total: int, chunk: int) -> Iterator[tuple[list[str], int]]:
    """(order, size) per chunk: A B, then B A, ... until each has done ``total`` units."""
    done, index = 0, 0
    while done < total:
        size = min(chunk, total - done)
        yield (names if index % 2 == 0 else names[::-1]), size
        done += size
        index += 1


def run_pair(streams: dict[str, Stream], total: int, chunk: int) -> dict[str, Any]:
    clocks = {name: Clock() for name in streams}
    for order, size in chunk_orders(list(streams), total, chunk):
        for name in order:
            clock = clocks[name]
            clock.start()
            units = sum(1 for _ in islice(streams[name][0], size))
            clock.stop(units)
    for _, close in streams.values():
        close()
    return {name: clock.report() for name, clock in clocks.items()}


async def run_pair_async(streams: dict[str, AsyncStream], total: int, chunk: int) -> Any:
    clocks = {name: Clock() for name in streams}
    for order, size in chunk_orders(list(streams), total, chunk):
        for name in order:
            clock = clocks[name]
            stream = streams[name][0]
            clock.start()
            units = 0
            while units < size:
                try:
                    await stream.__anext__()
                except StopAsyncIteration:
                    break
                units += 1
            clock.stop(units)
    for _, close in streams.values():
        await close()
    return {name: clock.report() for name, clock in clocks.items()}


# --- clients --------------------------------------------------------------------------------


def ours_sync(spec: Spec, **options: Any) -> Any:
    from sentry_api import SentryClient

    return SentryClient(
        token=spec["token"], base_url=spec["url"], organization=spec["org"], **options
    )


def ours_async(spec: Spec, **options: Any) -> Any:
    from sentry_api import AsyncSentryClient

    return AsyncSentryClient(
        token=spec["token"], base_url=spec["url"], organization=spec["org"], **options
    )


def _ok(result: Any) -> Any:
    if not result.success:
        raise SystemExit(f"call failed: {result.status_code} {result.error}")
    return result.data


def _auth(spec: Spec) -> dict[str, str]:
    return {"Authorization": f"Bearer {spec['token']}"}


def _sequence(spec: Spec) -> list[str]:
    """The ``count`` issue ids a per-call scenario requests, cycling through ``ids``."""
    return list(islice(cycle(spec["ids"]), spec["count"]))


def _issue_path(spec: Spec, issue_id: str) -> str:
    return f"/api/0/organizations/{spec['org']}/issues/{issue_id}/"


def _list_url(spec: Spec) -> str:
    return f"{spec['url']}/api/0/projects/{spec['org']}/{spec['project']}/issues/"


# --- scenario 1: one call per unit ----------------------------------------------------------


def calls_httpx(spec: Spec) -> Stream:
    client = httpx.Client(base_url=spec["url"], headers=_auth(spec))
    client.get(_issue_path(spec, spec["ids"][0])).json()  # warm-up: connect, untimed

    def stream() -> Iterator[Any]:
        for issue_id in _sequence(spec):
            yield client.get(_issue_path(spec, issue_id)).json()

    return stream(), client.close


def calls_ours(spec: Spec) -> Stream:
    client = ours_sync(spec)
    _ok(client.call("retrieve_issue", issue_id=spec["ids"][0]))

    def stream() -> Iterator[Any]:
        for issue_id in _sequence(spec):
            yield _ok(client.call("retrieve_issue", issue_id=issue_id))

    return stream(), client.close


async def calls_httpx_async(spec: Spec) -> AsyncStream:
    client = httpx.AsyncClient(base_url=spec["url"], headers=_auth(spec))
    (await client.get(_issue_path(spec, spec["ids"][0]))).json()

    async def stream() -> AsyncIterator[Any]:
        for issue_id in _sequence(spec):
            yield (await client.get(_issue_path(spec, issue_id))).json()

    return stream(), client.aclose


async def calls_ours_async(spec: Spec) -> AsyncStream:
    client = ours_async(spec)
    _ok(await client.call("retrieve_issue", issue_id=spec["ids"][0]))

    async def stream() -> AsyncIterator[Any]:
        for issue_id in _sequence(spec):
            yield _ok(await client.call("retrieve_issue", issue_id=issue_id))

    return stream(), client.aclose


# --- scenario 2: one listed item per unit ---------------------------------------------------


def items_httpx(spec: Spec, client: httpx.Client | None = None) -> Stream:
    """The hand-written baseline: follow ``rel="next"`` while Sentry says it has results."""
    client = client or httpx.Client(headers=_auth(spec))
    client.get(_list_url(spec)).json()

    def stream() -> Iterator[Any]:
        url: str | None = _list_url(spec)
        while url:
            response = client.get(url)
            for issue in response.json():
                yield issue["id"]
            nxt = parse_link(response.headers.get("link")).get("next")
            url = nxt[0] if nxt and nxt[1] else None

    return stream(), client.close


def items_ours(spec: Spec, client: Any = None) -> Stream:
    client = client or ours_sync(spec)
    params = {"project_id_or_slug": spec["project"]}
    next(iter(client.paginate("list_project_issues", **params)))

    def stream() -> Iterator[Any]:
        for issue in client.paginate("list_project_issues", **params):
            yield issue.id  # attribute access on the model, as a user writes it

    return stream(), client.close


def items_ours_off(spec: Spec) -> Stream:
    """Our client with validation="off": the top-level kind only, for the fastest bulk reads."""
    return items_ours(spec, ours_sync(spec, validation="off"))


def items_ours_serial(spec: Spec) -> Stream:
    """Our client without reading ahead: each page requested only when the loop reaches it."""
    return items_ours(spec, ours_sync(spec, read_ahead=False))


SYNC_STREAMS: dict[str, Callable[[Spec], Stream]] = {
    "httpx": calls_httpx,
    "sync": calls_ours,
    "httpx-link": items_httpx,
    "paginate": items_ours,
    "paginate-off": items_ours_off,
    "paginate-serial": items_ours_serial,
}
ASYNC_STREAMS = {"httpx-async": calls_httpx_async, "async": calls_ours_async}


def paired(spec: Spec) -> Work:
    names: list[str] = spec["pair"]
    total, chunk = int(spec["count"]), int(spec["chunk"])
    if all(name in SYNC_STREAMS for name in names):
        streams = {name: SYNC_STREAMS[name](spec) for name in names}
        return lambda: run_pair(streams, total, chunk)

    async def run() -> Any:
        streams = {name: await ASYNC_STREAMS[name](spec) for name in names}
        return await run_pair_async(streams, total, chunk)

    return lambda: asyncio.run(run())


def single(spec: Spec) -> Work:
    """One contender alone (memory runs): drain its stream."""
    stream, close = SYNC_STREAMS[spec["contender"]](spec)

    def work() -> dict[str, Any]:
        count = sum(1 for _ in stream)
        close()
        return {"count": count}

    return work


# --- scenario 3: rate-limit efficiency ------------------------------------------------------


def limited(spec: Spec) -> Work:
    """``count`` retrieve_issue calls launched at once; the client must pace itself."""
    ids = _sequence(spec)
    options = {"max_concurrency": spec["concurrency"]} if spec.get("concurrency") else {}

    async def run() -> dict[str, Any]:
        async with ours_async(spec, **options) as client:
            started = time.perf_counter()
            calls = (client.call("retrieve_issue", issue_id=i) for i in ids)
            results = await asyncio.gather(*calls)
            elapsed = time.perf_counter() - started
        failed = [r for r in results if not r.success]
        return {
            "seconds": elapsed,
            "count": len(results),
            "failed": len(failed),
            "first_error": failed[0].error if failed else None,
        }

    return lambda: asyncio.run(run())


# --- scenario 4: concurrency ----------------------------------------------------------------


def sequential(spec: Spec) -> Work:
    stream, close = calls_ours(spec)

    def work() -> dict[str, Any]:
        count = sum(1 for _ in stream)
        close()
        return {"count": count}

    return work


def concurrent_httpx(spec: Spec) -> Work:
    """Reference for scenario 4: bare httpx.AsyncClient, an asyncio.Semaphore, gather."""
    ids = _sequence(spec)

    async def run() -> dict[str, Any]:
        limits = httpx.Limits(max_connections=spec["concurrency"])
        async with httpx.AsyncClient(base_url=spec["url"], headers=_auth(spec), limits=limits) as c:
            (await c.get(_issue_path(spec, ids[0]))).json()
            gate = asyncio.Semaphore(spec["concurrency"])

            async def one(issue_id: str) -> Any:
                async with gate:
                    response = await c.get(_issue_path(spec, issue_id))
                    response.raise_for_status()
                    return response.json()

            started = time.perf_counter()
            results = await asyncio.gather(*(one(i) for i in ids))
            elapsed = time.perf_counter() - started
        return {"seconds": elapsed, "count": len(results)}

    return lambda: asyncio.run(run())


def concurrent(spec: Spec) -> Work:
    ids = _sequence(spec)

    async def run() -> dict[str, Any]:
        async with ours_async(spec, max_concurrency=spec["concurrency"]) as client:
            _ok(await client.call("retrieve_issue", issue_id=ids[0]))
            started = time.perf_counter()
            calls = (client.call("retrieve_issue", issue_id=i) for i in ids)
            results = await asyncio.gather(*calls)
            elapsed = time.perf_counter() - started
        for result in results:
            _ok(result)
        return {"seconds": elapsed, "count": len(results)}

    return lambda: asyncio.run(run())


# --- scenario 5: the peers' work ------------------------------------------------------------


def peers_work(spec: Spec) -> Work:
    """Scenario 5 with our client, or (``contender="httpx"``) with a bare httpx.Client loop.

    One client (one kept-alive connection) for both halves; the untimed warm-up is the first
    list page, as for the peers.
    """
    items: Iterator[Any]
    if spec["contender"] == "httpx":
        client = httpx.Client(headers=_auth(spec))
        items, close = items_httpx(spec, client)

        def fetch(issue_id: str) -> Any:
            response = client.get(spec["url"] + _issue_path(spec, issue_id))
            response.raise_for_status()
            return response.json()

    else:
        ours = ours_sync(spec)
        items, close = items_ours(spec, ours)

        def fetch(issue_id: str) -> Any:
            return _ok(ours.call("retrieve_issue", issue_id=issue_id))

    def work() -> dict[str, Any]:
        started = time.perf_counter()
        ids = [str(issue_id) for issue_id in items]
        listed_at = time.perf_counter()
        for issue_id in pick_ids(ids, spec["fetch"]):
            detail = fetch(issue_id)
            if str(field_of(detail, "id")) != issue_id:
                raise SystemExit(f"fetched {issue_id}, got {field_of(detail, 'id')!r}")
        finished = time.perf_counter()
        if len(ids) != spec["expect"] or len(set(ids)) != len(ids):
            raise SystemExit(f"listed {len(ids)} ids, expected {spec['expect']}")
        close()
        return {
            "list_seconds": listed_at - started,
            "fetch_seconds": finished - listed_at,
            "listed": len(ids),
            "fetched": min(spec["fetch"], len(ids)),
        }

    return work


def build(spec: Spec) -> Work:
    scenario = int(spec["scenario"])
    if "pair" in spec:
        return paired(spec)
    if scenario == 2:
        return single(spec)
    if scenario == 3:
        return limited(spec)
    if scenario == 4:
        kinds = {"sync": sequential, "async": concurrent, "httpx-async": concurrent_httpx}
        return kinds[spec["contender"]](spec)
    if scenario == 5:
        return peers_work(spec)
    raise SystemExit(f"no such work: {spec}")


def main() -> None:
    # The spec comes through the environment so that a profiler's report of the command line
    # (pyinstrument prints it) stays short.
    spec: Spec = json.loads(os.environ["BENCH_SPEC"])
    figures, value = measure(build(spec), bool(spec.get("memory")))
    if isinstance(value, dict):
        # Work that times itself (async work, after its event loop and warm-up) overrides the
        # outer figures; an interleaved run reports one entry per contender.
        figures.update(value)
    figures["version"] = version("sentry-api")
    figures["httpx_version"] = httpx.__version__
    emit(figures)


if __name__ == "__main__":
    main()

#!/usr/bin/env python
"""Benchmarks: our client against bare httpx and against other Sentry clients, on the sandbox.

    python scripts/bench.py --setup-peers      # once: the peers' own virtual environments
    python scripts/bench.py                    # all seven scenarios, writes docs/benchmarks.md
    python scripts/bench.py --scenario 1 --scenario 5 --size small --rounds 3

The sandbox server runs in this process (a uvicorn thread on 127.0.0.1). Every contender —
ours, the httpx baselines and the peers — runs as a fresh worker process per round (see
scripts/bench/), timed inside the worker around the work only, in alternating order so drift
on the machine falls on all of them alike. Workers refuse any connection that is not to
127.0.0.1 and report what they tried. Target pass/fail is reported, never asserted: this is
not part of the test suite (tests/test_bench_smoke.py only checks it still produces numbers).

Layout: this file holds the sizes, the sandbox, the runners and the seven scenarios;
scripts/bench/harness_peers.py the peers and their environments, harness_results.py the
result rows and the markdown report; ours.py, peer_*.py, _common.py and _netguard.py are the
workers.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
WORKERS = ROOT / "scripts" / "bench"
DEFAULT_OUTPUT = ROOT / "docs" / "benchmarks.md"
RESULT_MARKER = "BENCH_RESULT "
ORG = "acme"
LIMITED_TOKEN = "bench-rate-limited"
WORKER_TIMEOUT = 600.0

sys.path.insert(0, str(WORKERS))
from harness_peers import (  # noqa: E402
    PEER_ENVS,
    PEER_NOTES,
    PEERS,
    env_ready,
    peers_home,
    setup_peers,
    venv_python,
)
from harness_results import (  # noqa: E402
    MIB,
    Row,
    ScenarioResult,
    Target,
    fmt_ratio,
    machine,
    mib,
    ratio_target,
    render_markdown,
    write_markdown,
)

# ============================================================================ sizes


@dataclass(frozen=True)
class Sizes:
    """How much work each scenario does; ``rounds`` per scenario unless --rounds says."""

    s1_calls: int
    s2_lists: tuple[int, int]  # short and long list; timing runs use the long one
    s3_requests: int
    s3_rate: int  # requests per window
    s3_window: float
    s3_concurrent: int
    s3_latency: float  # so requests overlap and the concurrency limit can actually bind
    s4_issues: int
    s4_latency: float
    s4_concurrency: int
    s5_list: int
    s5_fetch: int
    s6_runs: int
    s7_issues: int
    rounds: dict[int, int]


SIZES = {
    "default": Sizes(
        s1_calls=2000,
        s2_lists=(10_000, 100_000),
        s3_requests=2000,
        s3_rate=250,
        s3_window=1.0,
        s3_concurrent=4,
        s3_latency=0.005,
        s4_issues=1000,
        s4_latency=0.005,
        s4_concurrency=8,
        s5_list=10_000,
        s5_fetch=200,
        s6_runs=20,
        s7_issues=100_000,
        rounds={1: 5, 2: 3, 3: 3, 4: 5, 5: 5, 7: 3},  # scenario 6 repeats s6_runs times
    ),
    "small": Sizes(
        s1_calls=100,
        s2_lists=(500, 2000),
        s3_requests=60,
        s3_rate=100,
        s3_window=1.0,
        s3_concurrent=4,
        s3_latency=0.005,
        s4_issues=40,
        s4_latency=0.005,
        s4_concurrency=8,
        s5_list=500,
        s5_fetch=10,
        s6_runs=2,
        s7_issues=2000,
        rounds={1: 1, 2: 1, 3: 1, 4: 1, 5: 1, 7: 1},
    ),
}


# ============================================================================ workers


class WorkerFailed(RuntimeError):
    pass


@dataclass(frozen=True)
class Worker:
    """How to start one contender: an interpreter, a worker script, its arguments."""

    python: str
    script: str
    args: tuple[str, ...]
    env: tuple[tuple[str, str], ...] = ()

    def run(self) -> dict[str, Any]:
        env = clean_env(dict(self.env))
        command = [self.python, str(WORKERS / self.script), *self.args]
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=WORKER_TIMEOUT, cwd=WORKERS
        )
        for line in reversed(done.stdout.splitlines()):
            if line.startswith(RESULT_MARKER):
                if done.returncode == 0:
                    return dict(json.loads(line[len(RESULT_MARKER) :]))
        tail = (done.stderr or done.stdout).strip().splitlines()[-6:]
        raise WorkerFailed(f"exit {done.returncode}: " + " | ".join(tail))


def clean_env(extra: dict[str, str]) -> dict[str, str]:
    """The environment a worker gets: ours, minus anything that would change what it imports."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "PYTHONPATH",
            "PYTHONHOME",
            "PYTHONSTARTUP",
            "VIRTUAL_ENV",
            "PYTHONDONTWRITEBYTECODE",
        }
        and not k.startswith(("SENTRY_", "PYTHONPROFILE"))
    }
    env["AIRBYTE_TELEMETRY_MODE"] = "disabled"
    env.update(extra)
    return env


def ours(spec: dict[str, Any]) -> Worker:
    return Worker(sys.executable, "ours.py", (), (("BENCH_SPEC", json.dumps(spec)),))


def rotate(items: Sequence[Any], round_index: int) -> list[Any]:
    """Round r starts with contender r (mod n): each goes first, middle and last in turn."""
    shift = round_index % len(items) if items else 0
    return list(items[shift:]) + list(items[:shift])


def run_rounds(
    contenders: Sequence[tuple[str, Worker]],
    rounds: int,
    before_each: Callable[[], None] | None = None,
    after_each: Callable[[str, dict[str, Any]], None] | None = None,
) -> list[Row]:
    """Every contender once per round, in rotating order; a failing contender stops early."""
    rows = {label: Row(label) for label, _ in contenders}
    for round_index in range(rounds):
        for label, worker in rotate(contenders, round_index):
            row = rows[label]
            if row.error is not None:
                continue
            if before_each is not None:
                before_each()
            # This process only waits for the worker meanwhile: its CPU time is the server's.
            server_cpu = time.process_time()
            try:
                report = worker.run()
            except (WorkerFailed, subprocess.TimeoutExpired) as exc:
                row.error = str(exc)
                log(f"    {label}: FAILED {row.error}")
                continue
            report["server_cpu_seconds"] = time.process_time() - server_cpu
            if after_each is not None:
                after_each(label, report)
            row.samples.append(float(report["seconds"]))
            if isinstance(report.get("cpu_seconds"), int | float):
                row.cpu.append(float(report["cpu_seconds"]))
            row.reports.append(report)
            log(f"    {label}: {report['seconds']:.3f} s")
    return [rows[label] for label, _ in contenders]


def run_interleaved(
    spec: dict[str, Any], pair: Sequence[tuple[str, str]], rounds: int
) -> list[Row]:
    """Rounds of one worker that alternates two contenders in chunks (see scripts/bench/ours.py).

    Which of the two starts is rotated per round, like the order of separate workers.
    """
    rows = {key: Row(label) for key, label in pair}
    for round_index in range(rounds):
        order = rotate([key for key, _ in pair], round_index)
        try:
            report = ours({**spec, "pair": order}).run()
        except (WorkerFailed, subprocess.TimeoutExpired) as exc:
            for row in rows.values():
                row.error = str(exc)
            log(f"    interleaved {order}: FAILED {exc}")
            break
        for key in order:
            entry = {**report[key], "blocked_hosts": report.get("blocked_hosts")}
            rows[key].samples.append(float(entry["seconds"]))
            rows[key].cpu.append(float(entry["cpu_seconds"]))
            rows[key].reports.append(entry)
        log("    " + ", ".join(f"{rows[k].label}: {report[k]['seconds']:.3f} s" for k in order))
    return [rows[key] for key, _ in pair]


def chunk_ratio(row: Row, base: Row) -> tuple[float, int] | None:
    """Median over rounds and chunks of (row's chunk time ÷ base's chunk time), and how many.

    The two ran the same chunk back to back in one process, so each ratio compares them
    under the same momentary load; the median of many such pairs resists a noisy machine.
    """
    ratios = [
        mine / theirs
        for ours_report, base_report in zip(row.reports, base.reports, strict=False)
        for mine, theirs in zip(ours_report["chunks"], base_report["chunks"], strict=False)
        if theirs > 0
    ]
    return (statistics.median(ratios), len(ratios)) if ratios else None


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# ============================================================================ the sandbox


class SandboxHost:
    """The sandbox server this run measures against, with the data the scenarios need.

    Benchmark projects are created in ``acme`` with exactly the issue counts asked for, all
    unresolved, so Sentry's default ``is:unresolved`` list and an explicit ``query=""`` return
    the same set for every client.
    """

    def __init__(self, project_sizes: Sequence[int]) -> None:
        from sentry_api.sandbox import SandboxServer

        self.server = SandboxServer()
        self.projects: dict[int, str] = {}
        self._sizes = sorted(set(project_sizes))

    def __enter__(self) -> SandboxHost:
        self.server.__enter__()
        started = time.perf_counter()
        for size in self._sizes:
            self.projects[size] = self._make_project(size)
        # The server thread lives in this process with 100k+ seeded objects: without this every
        # full collection walks all of them in the middle of some contender's request.
        gc.collect()
        gc.freeze()
        took = time.perf_counter() - started
        log(f"sandbox at {self.url}; seeded {self._sizes} issues in {took:.1f} s")
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.__exit__(*exc)

    @property
    def sandbox(self) -> Any:
        return self.server.sandbox

    @property
    def url(self) -> str:
        return str(self.server.url).rstrip("/")

    @property
    def token(self) -> str:
        return str(self.server.token)

    def _make_project(self, size: int) -> str:
        state = self.sandbox.state
        org = state.org(ORG)
        team = state.org_teams(org)[0]
        slug = f"bench-{size}"
        state.create_project(team, f"Bench {size}", slug, "python")
        self.sandbox.add_issues(ORG, slug, size, status="unresolved")
        return slug

    def issue_ids(self, size: int, count: int) -> list[str]:
        """The first ``count`` issue ids of a bench project, in the order the list returns."""
        import httpx

        ids: list[str] = []
        url: str | None = f"{self.url}/api/0/projects/{ORG}/{self.projects[size]}/issues/"
        with httpx.Client(headers={"Authorization": f"Bearer {self.token}"}) as client:
            while url and len(ids) < count:
                response = client.get(url)
                response.raise_for_status()
                ids.extend(str(item["id"]) for item in response.json())
                url = _next_link(response.headers.get("link"))
        return ids[:count]

    def limit_token(self, requests: int, window: float, concurrent: int) -> None:
        from sentry_api.sandbox.ratelimit import RateLimit

        limit = RateLimit(requests=requests, window=window, concurrent=concurrent)
        self.sandbox.add_token(LIMITED_TOKEN, rate_limit=limit)

    def reset_limits(self) -> None:
        self.sandbox.limiter.reset_counters(LIMITED_TOKEN)

    def limit_stats(self) -> dict[str, int]:
        return dict(self.sandbox.rate_limit_stats(LIMITED_TOKEN))

    @contextmanager
    def latency(self, seconds: float) -> Iterator[None]:
        previous = self.sandbox.latency
        self.sandbox.latency = seconds
        try:
            yield
        finally:
            self.sandbox.latency = previous


def _next_link(header: str | None) -> str | None:
    for url, rest in re.findall(r"<([^>]*)>([^<]*)", header or ""):
        if 'rel="next"' in rest and 'results="true"' in rest:
            return str(url)
    return None


# ============================================================================ scenarios


@dataclass
class Context:
    host: SandboxHost
    sizes: Sizes
    rounds_override: int | None
    peers_home: Path
    use_peers: bool
    profile_dir: Path | None

    def rounds(self, scenario: int) -> int:
        return self.rounds_override or self.sizes.rounds[scenario]

    def spec(self, scenario: int, contender: str, **extra: Any) -> dict[str, Any]:
        base = {"scenario": scenario, "contender": contender, "url": self.host.url}
        return {**base, "token": self.host.token, "org": ORG, **extra}


def scenario_1(ctx: Context) -> ScenarioResult:
    calls = ctx.sizes.s1_calls
    size = ctx.sizes.s2_lists[0]
    ids = ctx.host.issue_ids(size, 100)
    spec = ctx.spec(1, "", ids=ids, count=calls, chunk=max(1, calls // 20))
    sync_pair = [("httpx", "httpx.Client get + json() (baseline)"), ("sync", "SentryClient.call")]
    async_pair = [
        ("httpx-async", "httpx.AsyncClient get + json()"),
        ("async", "AsyncSentryClient.call"),
    ]
    rows = run_interleaved(spec, sync_pair, ctx.rounds(1))
    rows += run_interleaved(spec, async_pair, ctx.rounds(1))
    result = ScenarioResult(
        1,
        "Per-call overhead",
        f"{calls:,} sequential `retrieve_issue` calls per contender on one kept-alive "
        f"connection (cycling over {len(ids)} issues of a {size:,}-issue project); baseline and "
        f"client interleaved in one worker in chunks of {spec['chunk']}",
        rows,
        rows[0].label,
        rounds=ctx.rounds(1),
    )
    for row in rows:
        if row.ok:
            cpu = row.cpu_median or 0.0
            row.note = (
                f"{row.median / calls * 1e6:.0f} µs/call wall, {cpu / calls * 1e6:.0f} µs CPU"
            )
    sync_ratio = result.ratio(rows[1].label)
    result.targets.append(ratio_target("sync client ≤ 1.05× bare httpx", sync_ratio, 1.05))
    async_ratio = result.ratio(rows[3].label, rows[2].label)
    result.targets.append(
        Target("async client vs bare httpx.AsyncClient (reported)", fmt_ratio(async_ratio), None)
    )
    _chunk_notes(result, [(rows[1], rows[0]), (rows[3], rows[2])])
    return result


def _chunk_notes(result: ScenarioResult, pairs: Sequence[tuple[Row, Row]]) -> None:
    for row, base in pairs:
        if not (row.ok and base.ok):
            continue
        found = chunk_ratio(row, base)
        cpu = (row.cpu_median or 0) / (base.cpu_median or 1)
        if found:
            result.notes.append(
                f"{row.label} ÷ {base.label}: median of {found[1]} back-to-back chunk pairs "
                f"{found[0]:.2f}×; worker CPU time {cpu:.2f}×."
            )


def scenario_2(ctx: Context) -> ScenarioResult:
    short, long = ctx.sizes.s2_lists
    project = ctx.host.projects[long]
    spec = ctx.spec(2, "", project=project, count=long, chunk=max(100, long // 20))
    pair = [
        ("httpx-link", "hand-written httpx Link loop (baseline)"),
        ("paginate", "SentryClient.paginate"),
        ("paginate-off", 'SentryClient.paginate, validation="off"'),
        ("paginate-serial", "SentryClient.paginate, read_ahead=False"),
    ]
    rows = run_interleaved(spec, pair, ctx.rounds(2))
    result = ScenarioResult(
        2,
        "Streaming a long list",
        f"{long:,} issues ({long // 100:,} pages of 100) of one project, every item touched; "
        f"baseline and client interleaved in one worker in chunks of {spec['chunk']:,} items",
        rows,
        rows[0].label,
        rounds=ctx.rounds(2),
    )
    ratio = result.ratio(rows[1].label)
    result.targets.append(ratio_target("paginate ≤ 1.00× the httpx loop", ratio, 1.00))
    off_ratio = result.ratio(rows[2].label)
    result.targets.append(
        Target('paginate with validation="off" (reported)', fmt_ratio(off_ratio), None)
    )
    serial_ratio = result.ratio(rows[3].label)
    result.targets.append(
        Target("paginate with read_ahead=False (reported)", fmt_ratio(serial_ratio), None)
    )
    _chunk_notes(result, [(rows[1], rows[0]), (rows[2], rows[0]), (rows[3], rows[0])])
    memory = _memory_runs(ctx, [("httpx-link", rows[0].label), ("paginate", rows[1].label)])
    result.tables.append(_memory_table(memory, short, long))
    ours_peaks = memory.get("paginate", {})
    peak_long = ours_peaks.get(long, {}).get("tracemalloc_peak_bytes")
    peak_short = ours_peaks.get(short, {}).get("tracemalloc_peak_bytes")
    if isinstance(peak_long, int):
        result.targets.append(
            Target(
                "paginate peak memory growth < 30 MB",
                f"{peak_long / MIB:.1f} MiB",
                peak_long < 30 * 1000 * 1000,
            )
        )
    if isinstance(peak_long, int) and isinstance(peak_short, int):
        flat = peak_long <= 1.25 * peak_short + MIB
        result.targets.append(
            Target(
                f"flat: peak at {long:,} ≤ 1.25× peak at {short:,} + 1 MiB",
                f"{peak_short / MIB:.2f} → {peak_long / MIB:.2f} MiB",
                flat,
            )
        )
    result.notes.append(
        "Memory is measured in separate runs (tracemalloc slows the run; its timings are not "
        "used): tracemalloc's peak of Python allocations above the level before the loop, and "
        "the growth of the kernel's peak RSS (VmHWM, reset through /proc/self/clear_refs)."
    )
    return result


def _memory_runs(
    ctx: Context, contenders: Sequence[tuple[str, str]]
) -> dict[str, dict[int, dict[str, Any]]]:
    figures: dict[str, dict[int, dict[str, Any]]] = {}
    for size in ctx.sizes.s2_lists:
        project = ctx.host.projects[size]
        for key, label in contenders:
            try:
                spec = ctx.spec(2, key, project=project, count=size, memory=True)
                report = ours(spec).run()
            except (WorkerFailed, subprocess.TimeoutExpired) as exc:
                log(f"    memory {label} @ {size}: FAILED {exc}")
                report = {"error": str(exc)}
            figures.setdefault(key, {})[size] = report
            peak = report.get("tracemalloc_peak_bytes")
            if isinstance(peak, int):
                log(f"    memory {label} @ {size:,}: {peak / MIB:.2f} MiB")
    return figures


def _memory_table(figures: dict[str, dict[int, dict[str, Any]]], short: int, long: int) -> str:
    lines = [
        "| contender | issues | tracemalloc peak growth | peak RSS growth |",
        "|---|---:|---:|---:|",
    ]
    names = {"httpx-link": "hand-written httpx Link loop", "paginate": "SentryClient.paginate"}
    for key, by_size in figures.items():
        for size in (short, long):
            report = by_size.get(size, {})
            lines.append(
                f"| {names.get(key, key)} | {size:,} | "
                f"{mib(report.get('tracemalloc_peak_bytes'))} | "
                f"{mib(report.get('rss_peak_growth_bytes'))} |"
            )
    return "\n".join(lines)


def scenario_3(ctx: Context) -> ScenarioResult:
    sizes = ctx.sizes
    host = ctx.host
    host.limit_token(sizes.s3_rate, sizes.s3_window, sizes.s3_concurrent)
    ids = host.issue_ids(sizes.s2_lists[0], 100)
    common = {"ids": ids, "count": sizes.s3_requests, "token": LIMITED_TOKEN}
    contenders = [
        ("AsyncSentryClient, limits learned from headers", ours(ctx.spec(3, "async", **common))),
        (
            f"AsyncSentryClient, max_concurrency={sizes.s3_concurrent}",
            ours(ctx.spec(3, "async", concurrency=sizes.s3_concurrent, **common)),
        ),
    ]
    stats: dict[str, list[dict[str, int]]] = {}

    def collect(label: str, report: dict[str, Any]) -> None:
        server = host.limit_stats()
        report["server"] = server
        stats.setdefault(label, []).append(server)

    with host.latency(sizes.s3_latency):
        rows = run_rounds(
            contenders, ctx.rounds(3), before_each=host.reset_limits, after_each=collect
        )
    minimum = sizes.s3_requests / (sizes.s3_rate / sizes.s3_window)
    result = ScenarioResult(
        3,
        "Rate-limit efficiency",
        f"{sizes.s3_requests:,} `retrieve_issue` calls launched at once (asyncio.gather) with a "
        f"token limited to {sizes.s3_rate} requests per {sizes.s3_window:g} s window and "
        f"{sizes.s3_concurrent} concurrent, the sandbox adding {sizes.s3_latency * 1000:g} ms per "
        f"request; theoretical minimum {minimum:.2f} s",
        rows,
        None,
        rounds=ctx.rounds(3),
    )
    lines = [
        "| contender | median | ÷ minimum | failed calls | max in flight (sandbox) | "
        "429s absorbed (window / concurrent) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        if not row.ok:
            continue
        failed = sum(int(r.get("failed", 0)) for r in row.reports)
        server = stats.get(row.label, [])
        peak = max((s["peak_attempted"] for s in server), default=-1)
        rejected_w = sum(s["rejected_window"] for s in server)
        rejected_c = sum(s["rejected_concurrent"] for s in server)
        ratio = row.median / minimum
        row.note = f"{ratio:.2f}× minimum"
        lines.append(
            f"| {row.label} | {row.median:.2f} s | {ratio:.2f}× | {failed} | {peak} | "
            f"{rejected_w} / {rejected_c} |"
        )
        result.targets.append(Target(f"{row.label}: zero failed calls", str(failed), failed == 0))
        result.targets.append(
            Target(
                f"{row.label}: never more than {sizes.s3_concurrent} in flight",
                str(peak),
                0 <= peak <= sizes.s3_concurrent,
            )
        )
        result.targets.append(ratio_target(f"{row.label}: ≤ 1.10× minimum", ratio, 1.10))
    result.tables.append("\n".join(lines))
    result.notes.append(
        "Max in flight is the sandbox's own count of requests that arrived while others of the "
        "token were running, including any it refused (`peak_attempted`). Sentry's windows are "
        "fixed and aligned to the epoch, so a run that starts mid-window may finish slightly "
        "under the minimum."
    )
    return result


def scenario_4(ctx: Context) -> ScenarioResult:
    sizes = ctx.sizes
    ids = ctx.host.issue_ids(sizes.s2_lists[0], sizes.s4_issues)
    common = {"ids": ids, "count": sizes.s4_issues}
    contenders = [
        ("SentryClient, sequential (baseline)", ours(ctx.spec(4, "sync", **common))),
        (
            f"AsyncSentryClient, max_concurrency={sizes.s4_concurrency}",
            ours(ctx.spec(4, "async", concurrency=sizes.s4_concurrency, **common)),
        ),
        (
            f"reference: bare httpx.AsyncClient, Semaphore({sizes.s4_concurrency})",
            ours(ctx.spec(4, "httpx-async", concurrency=sizes.s4_concurrency, **common)),
        ),
    ]
    with ctx.host.latency(sizes.s4_latency):
        rows = run_rounds(contenders, ctx.rounds(4))
    result = ScenarioResult(
        4,
        "Concurrency",
        f"details of {sizes.s4_issues:,} issues, sandbox adds {sizes.s4_latency * 1000:g} ms per "
        "request",
        rows,
        rows[0].label,
        rounds=ctx.rounds(4),
    )
    ratio = result.ratio(rows[1].label)
    speedup = 1 / ratio if ratio else None
    result.targets.append(
        Target(
            f"async ×{sizes.s4_concurrency} at least 6× faster than sequential",
            f"{speedup:.1f}×" if speedup else "n/a",
            None if speedup is None else speedup >= 6,
        )
    )
    reference = result.ratio(rows[2].label)
    if reference:
        result.targets.append(
            Target(
                "reference: bare httpx.AsyncClient speed-up on the same work (reported)",
                f"{1 / reference:.1f}×",
                None,
            )
        )
    result.notes.append(_cpu_per_request(rows, sizes.s4_issues))
    floor = sizes.s4_issues * sizes.s4_latency / sizes.s4_concurrency
    result.notes.append(
        f"Latency alone puts the async floor at {floor:.3f} s "
        f"({sizes.s4_issues} × {sizes.s4_latency * 1000:g} ms ÷ {sizes.s4_concurrency}) and the "
        f"sequential floor at {sizes.s4_issues * sizes.s4_latency:.1f} s."
    )
    return result


def _cpu_per_request(rows: Sequence[Row], requests: int) -> str:
    """Client and server CPU per request: what bounds concurrency on a 2-core machine."""
    parts = []
    for row in rows:
        server = row.report_median("server_cpu_seconds")
        if row.ok and row.cpu_median is not None and server is not None:
            parts.append(
                f"{row.label}: client {row.cpu_median / requests * 1e3:.2f} ms, "
                f"server {server / requests * 1e3:.2f} ms"
            )
    return "CPU per request (median run): " + "; ".join(parts) + "."


def scenario_5(ctx: Context) -> ScenarioResult:
    sizes = ctx.sizes
    project = ctx.host.projects[sizes.s5_list]
    spec = ctx.spec(5, "ours", project=project, fetch=sizes.s5_fetch, expect=sizes.s5_list)
    contenders: list[tuple[str, Worker]] = [
        ("sentry-api (ours, SentryClient)", ours(spec)),
        ("reference: bare httpx.Client Link loop", ours({**spec, "contender": "httpx"})),
    ]
    skipped: dict[str, str] = {}
    scratch_home = Path(tempfile.mkdtemp(prefix="bench-home-"))
    peer_args = (
        "--url",
        ctx.host.url,
        "--token",
        ctx.host.token,
        "--org",
        ORG,
        "--project",
        project,
        "--fetch",
        str(sizes.s5_fetch),
        "--expect",
        str(sizes.s5_list),
    )
    for peer in PEERS:
        env = PEER_ENVS[peer.env]
        if not ctx.use_peers:
            skipped[peer.label] = "peers disabled (--no-peers)"
        elif not env_ready(ctx.peers_home, env):
            skipped[peer.label] = (
                f"environment `{env.name}` not set up under {ctx.peers_home} "
                "(run `python scripts/bench.py --setup-peers`)"
            )
        else:
            python = str(venv_python(ctx.peers_home, env.name))
            extra = (("HOME", str(scratch_home)),) if peer.env == "airbyte" else ()
            contenders.append((peer.label, Worker(python, peer.script, peer_args, extra)))
    try:
        rows = run_rounds(contenders, ctx.rounds(5))
    finally:
        shutil.rmtree(scratch_home, ignore_errors=True)
    result = ScenarioResult(
        5,
        "Peers, same work",
        f"list all {sizes.s5_list:,} issues of one project (following pagination to the end), "
        f"then fetch {sizes.s5_fetch} of them one by one",
        rows,
        rows[0].label,
        rounds=ctx.rounds(5),
    )
    for row in rows:
        if row.ok:
            listing = row.report_median("list_seconds") or 0.0
            fetching = row.report_median("fetch_seconds") or 0.0
            row.note = f"list {listing:.2f} s + fetch {fetching:.2f} s"
    result.tables.append(_peer_table(rows, skipped))
    ours_row = rows[0]
    peer_labels = {peer.label for peer in PEERS}
    peer_rows = [r for r in rows if r.label in peer_labels]
    faster = [r.label for r in peer_rows if r.ok and ours_row.ok and r.median < ours_row.median]
    measured = [r for r in peer_rows if r.ok]
    result.targets.append(
        Target(
            "no peer faster than ours",
            "faster: " + ", ".join(faster) if faster else f"none of {len(measured)} measured",
            None if not ours_row.ok or not measured else not faster,
        )
    )
    return result


def _peer_table(rows: Sequence[Row], skipped: dict[str, str]) -> str:
    lines = [
        "| peer | status | version | Python | hosts refused by the network guard "
        "| how it was pointed at the sandbox |",
        "|---|---|---|---|---|---|",
    ]
    peer_labels = {peer.label for peer in PEERS}
    for row in (r for r in rows if r.label in peer_labels):
        report = row.reports[-1] if row.reports else {}
        status = "measured" if row.ok else f"failed: {row.error}"
        blocked = ", ".join(report.get("blocked_hosts", [])) or "none"
        lines.append(
            f"| {row.label} | {status} | {report.get('version', '?')} | "
            f"{report.get('python', '?')} | {blocked} | {PEER_NOTES.get(row.label, '')} |"
        )
    for label, reason in skipped.items():
        lines.append(f"| {label} | not run: {reason} | | | | {PEER_NOTES.get(label, '')} |")
    return "\n".join(lines)


FIRST_CALL_HTTPX = """
import os, httpx
env = os.environ
url = f"{env['BENCH_URL']}/api/0/organizations/acme/issues/{env['BENCH_ISSUE']}/"
httpx.get(url, headers={"Authorization": "Bearer " + env["BENCH_TOKEN"]}).json()
"""
FIRST_CALL_OURS = """
import os
from sentry_api import SentryClient
env = os.environ
client = SentryClient(env["BENCH_TOKEN"], base_url=env["BENCH_URL"], organization="acme")
client.call("retrieve_issue", issue_id=env["BENCH_ISSUE"]).unwrap()
"""


def scenario_6(ctx: Context) -> ScenarioResult:
    """Import time against httpx's (the target), and import-plus-first-call (reported)."""
    runs = ctx.sizes.s6_runs
    commands = [
        ("python -c 'import httpx' (floor)", "import httpx"),
        ("python -c 'import sentry_api'", "import sentry_api"),
        ("first call: import httpx, httpx.get(issue).json()", FIRST_CALL_HTTPX),
        (
            "first call: import sentry_api, SentryClient(...).call('retrieve_issue')",
            FIRST_CALL_OURS,
        ),
    ]
    issue = ctx.host.issue_ids(ctx.sizes.s2_lists[0], 1)[0]
    env = clean_env(
        {"BENCH_URL": ctx.host.url, "BENCH_TOKEN": ctx.host.token, "BENCH_ISSUE": issue}
    )
    for _, code in commands:  # untimed: write bytecode caches, warm the page cache
        subprocess.run([sys.executable, "-c", code], env=env, check=True)
    rows = [Row(label) for label, _ in commands]
    for index in range(runs):
        for row, (_, code) in rotate(list(zip(rows, commands, strict=True)), index):
            started = time.perf_counter()
            subprocess.run([sys.executable, "-c", code], env=env, check=True)
            row.samples.append(time.perf_counter() - started)
    result = ScenarioResult(
        6,
        "Cold start",
        f"a fresh interpreter (`{Path(sys.executable).name}`, bytecode cached) running each "
        f"snippet, {runs} runs each, alternating",
        rows,
        rows[0].label,
        rounds=runs,
    )
    ratio = result.ratio(rows[1].label)
    result.targets.append(ratio_target("import sentry_api ≤ 1.5× import httpx", ratio, 1.5))
    first = result.ratio(rows[3].label, rows[2].label)
    result.targets.append(
        Target("first call vs httpx's first call (reported)", fmt_ratio(first), None)
    )
    result.tables.append(_import_profile(env, "import sentry_api", "`import sentry_api`"))
    result.tables.append(_import_profile(env, FIRST_CALL_OURS, "Our first call"))
    return result


def _import_profile(env: dict[str, str], code: str, title: str) -> str:
    """Where a snippet's import time goes (``-X importtime``), summed per package.

    Self times are added up per top-level package (per subpackage for ours), so the 234
    generated model modules show as one line, ``sentry_api_client.models``.
    """
    command = [sys.executable, "-X", "importtime", "-c", code]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    totals: dict[str, list[int]] = {}
    for line in done.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \| *(\S+)", line)
        if match:
            parts = match.group(2).split(".")
            group = ".".join(parts[:2] if parts[0].startswith("sentry_api") else parts[:1])
            entry = totals.setdefault(group, [0, 0])
            entry[0] += int(match.group(1))
            entry[1] += 1
    top = sorted(totals.items(), key=lambda item: item[1][0], reverse=True)[:10]
    total_ms = sum(own for own, _ in totals.values()) / 1000
    lines = [f"{title}: {total_ms:.0f} ms of imports (`python -X importtime`), largest by package:"]
    lines += ["", "| package | modules | import time (self, summed) |", "|---|---:|---:|"]
    lines += [f"| `{name}` | {count} | {own / 1000:.1f} ms |" for name, (own, count) in top]
    return "\n".join(lines)


# ---------------------------------------------------------------------------- scenario 7

PAGINATE_CHILD = """
import os
from sentry_api import SentryClient
env = os.environ
client = SentryClient(env["SENTRY_AUTH_TOKEN"], base_url=env["SENTRY_URL"], organization="acme")
items = client.paginate("list_project_issues", project_id_or_slug=env["BENCH_PROJECT"])
print(sum(1 for _ in items))
"""
# (label, sentry-api arguments after the project, stdout a terminal)
CLI_FORMATS = (
    ("sentry-api issues list --json | reader", ("--json",), False),
    ("sentry-api issues list --jsonl | reader", ("--jsonl",), False),
    ("sentry-api issues list (table) | reader", (), False),
    ("sentry-api issues list (table on a terminal)", (), True),
)
CLI_RSS_LIMIT = 100 * 1000 * 1000
CLI_RATIO_LIMIT = 1.3


# Each measured process is started by this small launcher, not by the harness: on Linux a
# child's peak RSS (`ru_maxrss`) starts from the RSS of the process it was forked from, which
# for the harness includes the whole seeded sandbox.
LAUNCHER_CHILD = """
import json, os, subprocess, sys, time
started = time.perf_counter()
proc = subprocess.Popen(sys.argv[2:], stdin=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
report = {
    "seconds": time.perf_counter() - started,
    "returncode": os.waitstatus_to_exitcode(status),
    "rss_peak_bytes": usage.ru_maxrss * 1024,
    "cpu_seconds": usage.ru_utime + usage.ru_stime,
}
with open(sys.argv[1], "w") as out:
    json.dump(report, out)
"""
# What arrived at the far end of the pipe (or terminal), counted in a process of its own (not a
# thread of the harness, whose interpreter also runs the sandbox): bytes, lines, and the
# JSON array's items (objects opening at indent 2), and whether the array was closed.
READER_CHILD = """
import json, os
total = lines = objects = 0
carry = head = tail = b""
while True:
    try:
        chunk = os.read(0, 1 << 20)
    except OSError:  # a terminal's end: EIO once the writer has closed it
        break
    if not chunk:
        break
    head = head or chunk[:1]
    total += len(chunk)
    lines += chunk.count(b"\\n")
    joined = carry + chunk
    objects += joined.count(b"\\n  {")
    carry, tail = joined[-3:], (tail + chunk)[-4:]
closed = head == b"[" and tail.replace(b"\\r", b"").endswith(b"]\\n")
print(json.dumps({"stdout_bytes": total, "stdout_lines": lines, "json_objects": objects,
                  "json_closed": closed}))
"""


def run_measured(command: Sequence[str], env: dict[str, str], terminal: bool) -> dict[str, Any]:
    """Run ``command`` with stdout on a pipe (or a pseudo-terminal) read to the end by another
    process; its wall time from start to exit and its peak RSS (``wait4``, via the launcher)."""
    import pty

    if terminal:
        reader_fd, child_fd = pty.openpty()
    else:
        reader_fd, child_fd = os.pipe()
    with tempfile.TemporaryDirectory() as scratch:
        report_path = Path(scratch) / "report.json"
        stderr_path = Path(scratch) / "stderr.txt"
        reader = subprocess.Popen(
            [sys.executable, "-c", READER_CHILD], stdin=reader_fd, stdout=subprocess.PIPE, env=env
        )
        os.close(reader_fd)
        with stderr_path.open("wb") as stderr:
            launcher = subprocess.Popen(
                [sys.executable, "-c", LAUNCHER_CHILD, str(report_path), *command],
                stdin=subprocess.DEVNULL,
                stdout=child_fd,
                stderr=stderr,
                env=env,
            )
            os.close(child_fd)
            launcher.wait(timeout=WORKER_TIMEOUT)
        received, _ = reader.communicate(timeout=60)
        errors = stderr_path.read_text(errors="replace").strip()
        if launcher.returncode != 0 or not report_path.exists():
            raise WorkerFailed(f"launcher exit {launcher.returncode}: {errors[-500:]}")
        report: dict[str, Any] = json.loads(report_path.read_text())
    if report["returncode"] != 0:
        raise WorkerFailed(f"exit {report['returncode']}: {errors[-500:]}")
    report.update(json.loads(received))
    report["stderr"] = errors[-300:]
    return report


def _cli_items(report: dict[str, Any], args: Sequence[str], terminal: bool) -> int:
    if "--json" in args:
        return int(report["json_objects"]) if report["json_closed"] else -1
    if terminal:  # header, rule, the rows, the caption (one line: nothing more to list)
        return int(report["stdout_lines"]) - 3
    return int(report["stdout_lines"])


def scenario_7(ctx: Context) -> ScenarioResult:
    """The command line lists a big project in each output format, against the library."""
    size = ctx.sizes.s7_issues
    project = ctx.host.projects[size]
    env = clean_env(
        {
            "SENTRY_URL": ctx.host.url,
            "SENTRY_AUTH_TOKEN": ctx.host.token,
            "SENTRY_ORG": ORG,
            "BENCH_PROJECT": project,
            "COLUMNS": "160",
        }
    )
    cli = [sys.executable, "-m", "sentry_api.cli", "issues", "list", project, "--max", "0"]
    contenders: list[tuple[str, Sequence[str], bool, Sequence[str]]] = [
        ("SentryClient.paginate (baseline)", [sys.executable, "-c", PAGINATE_CHILD], False, ())
    ]
    contenders += [(label, [*cli, *args], tty, args) for label, args, tty in CLI_FORMATS]
    rows = {label: Row(label) for label, *_ in contenders}
    for round_index in range(ctx.rounds(7)):
        for label, command, terminal, args in rotate(contenders, round_index):
            row = rows[label]
            if row.error is not None:
                continue
            try:
                report = run_measured(command, env, terminal)
            except (WorkerFailed, subprocess.TimeoutExpired) as exc:
                row.error = str(exc)
                log(f"    {label}: FAILED {row.error}")
                continue
            items = size if label.startswith("SentryClient") else _cli_items(report, args, terminal)
            if items != size:
                row.error = f"printed {items} items, expected {size}"
                log(f"    {label}: FAILED {row.error}")
                continue
            row.samples.append(float(report["seconds"]))
            row.cpu.append(float(report["cpu_seconds"]))
            row.reports.append(report)
            log(f"    {label}: {report['seconds']:.2f} s, {mib(report['rss_peak_bytes'])} peak RSS")
    ordered = [rows[label] for label, *_ in contenders]
    result = ScenarioResult(
        7,
        "The command line streams a long list",
        f"`sentry-api issues list <project> --max 0` over {size:,} issues ({size // 100:,} pages) "
        "in each output format, stdout read to the end through a pipe (or a pseudo-terminal), "
        "against a process iterating `SentryClient.paginate` over the same list; wall time of "
        "the whole process (start-up included) and its peak RSS (`wait4`)",
        ordered,
        ordered[0].label,
        rounds=ctx.rounds(7),
    )
    for row in ordered:
        peak = max((int(r["rss_peak_bytes"]) for r in row.reports), default=None)
        if row.ok:
            cpu = row.cpu_median or 0.0
            row.note = f"peak RSS {mib(peak)}, CPU {cpu:.2f} s"
        if row is ordered[0]:
            continue
        result.targets.append(
            Target(
                f"{row.label}: peak RSS < 100 MB",
                mib(peak),
                None if peak is None else peak < CLI_RSS_LIMIT,
            )
        )
        result.targets.append(
            ratio_target(
                f"{row.label}: ≤ {CLI_RATIO_LIMIT}× paginate",
                result.ratio(row.label),
                CLI_RATIO_LIMIT,
            )
        )
    result.notes.append(
        "Every contender is a fresh `python` process (the sandbox serves from the harness "
        "process); the CLI's output was counted at the reading end: one JSON array of every "
        "issue, one line per issue, or one row per issue (the terminal table: plus its header, "
        "rule and caption)."
    )
    return result


SCENARIOS: dict[int, Callable[[Context], ScenarioResult]] = {
    1: scenario_1,
    2: scenario_2,
    3: scenario_3,
    4: scenario_4,
    5: scenario_5,
    6: scenario_6,
    7: scenario_7,
}


# ============================================================================ profiling


def profile_ours(ctx: Context, result: ScenarioResult) -> str | None:
    """Profile the worker of scenario 1, 2 or 5 with pyinstrument (``--profile DIR``).

    Scenarios 1 and 2 profile the interleaved worker, so baseline and client show side by side.
    """
    if ctx.profile_dir is None or result.number not in (1, 2, 5):
        return None
    sizes, host = ctx.sizes, ctx.host
    specs = {
        1: lambda: ctx.spec(1, "", ids=host.issue_ids(sizes.s2_lists[0], 100),
                            count=sizes.s1_calls, chunk=sizes.s1_calls, pair=["httpx", "sync"]),
        2: lambda: ctx.spec(2, "", project=host.projects[sizes.s2_lists[1]],
                            count=sizes.s2_lists[1], chunk=sizes.s2_lists[1],
                            pair=["httpx-link", "paginate"]),
        5: lambda: ctx.spec(5, "ours", project=host.projects[sizes.s5_list],
                            fetch=sizes.s5_fetch, expect=sizes.s5_list),
    }  # fmt: skip
    ctx.profile_dir.mkdir(parents=True, exist_ok=True)
    out = ctx.profile_dir / f"scenario-{result.number}.txt"
    env = clean_env({"BENCH_SPEC": json.dumps(specs[result.number]())})
    command = [sys.executable, "-m", "pyinstrument", "--renderer", "text", "--outfile", str(out),
               str(WORKERS / "ours.py")]  # fmt: skip
    done = subprocess.run(command, env=env, cwd=WORKERS, capture_output=True, text=True)
    if done.returncode != 0:
        return f"pyinstrument failed: {done.stderr.strip().splitlines()[-1:]}"
    return str(out)


# ============================================================================ main


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--scenario",
        type=int,
        action="append",
        choices=sorted(SCENARIOS),
        help="run only this scenario (repeatable); default: all seven",
    )
    parser.add_argument("--size", choices=sorted(SIZES), default="default")
    parser.add_argument("--rounds", type=int, help="rounds per scenario (default: per scenario)")
    parser.add_argument(
        "--output",
        type=Path,
        default=DEFAULT_OUTPUT,
        help="markdown report to write (default docs/benchmarks.md)",
    )
    parser.add_argument("--no-output", action="store_true", help="do not write the markdown")
    parser.add_argument("--json", type=Path, help="also write the raw figures as JSON here")
    parser.add_argument(
        "--setup-peers",
        action="store_true",
        help="create the peers' virtual environments (pinned) and exit",
    )
    parser.add_argument(
        "--peers-dir",
        help="where the peer environments live "
        "(default $SENTRY_API_BENCH_HOME or ~/.cache/sentry-api-bench)",
    )
    parser.add_argument("--python313", help="a Python >= 3.13 for the airbyte peer")
    parser.add_argument("--no-peers", action="store_true", help="scenario 5 without the peers")
    parser.add_argument(
        "--profile",
        type=Path,
        metavar="DIR",
        help="profile our worker with pyinstrument where a target is missed",
    )
    args = parser.parse_args(argv)
    if args.rounds is not None and args.rounds < 1:
        parser.error("--rounds must be at least 1")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    home = peers_home(args.peers_dir)
    if args.setup_peers:
        for message in setup_peers(home, args.python313):
            print(message)
        return 0
    chosen = sorted(set(args.scenario or SCENARIOS))
    sizes = SIZES[args.size]
    command = "python scripts/bench.py" + "".join(
        f" {shlex.quote(a)}" for a in (sys.argv[1:] if argv is None else argv)
    )
    started = time.perf_counter()
    load_start = os.getloadavg()
    results: list[ScenarioResult] = []
    profiles: dict[int, str] = {}
    project_sizes = sorted({*sizes.s2_lists, sizes.s5_list, sizes.s7_issues})
    with SandboxHost(project_sizes) as host:
        ctx = Context(host, sizes, args.rounds, home, not args.no_peers, args.profile)
        for number in chosen:
            log(f"scenario {number} ...")
            scenario_started = time.perf_counter()
            result = SCENARIOS[number](ctx)
            result.seconds = time.perf_counter() - scenario_started
            log(f"scenario {number} done in {result.seconds:.1f} s")
            results.append(result)
            profile = profile_ours(ctx, result)
            if profile:
                profiles[number] = profile
    total = time.perf_counter() - started
    if not args.no_output:
        write_markdown(
            args.output, render_markdown(results, args.size, command, total, profiles, load_start)
        )
    if args.json:
        payload = {
            "size": args.size,
            "seconds": total,
            "machine": machine(),
            "scenarios": [r.to_json() for r in results],
        }
        args.json.write_text(json.dumps(payload, indent=2))
    for result in results:
        for target in result.targets:
            mark = {True: "met", False: "MISSED", None: "-"}[target.met]
            print(f"{result.number}. {target.text}: {target.measured} [{mark}]")
    print(f"total {total:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The benchmark's results and its report: rows of samples, targets, docs/benchmarks.md.

Used by scripts/bench.py (the harness), not by the workers.
"""

from __future__ import annotations

import os
import platform
import statistics
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

GENERATED_BEGIN = "<!-- bench.py: generated section begins; edits here are overwritten -->"
GENERATED_END = "<!-- bench.py: generated section ends; notes below are kept -->"
MIB = 1024 * 1024


@dataclass
class Row:
    """One contender's samples (seconds) in one scenario, plus whatever else it reported."""

    label: str
    samples: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)  # CPU seconds of the worker over the work
    reports: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    note: str = ""

    @property
    def ok(self) -> bool:
        return bool(self.samples) and self.error is None

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def spread(self) -> tuple[float, float]:
        return min(self.samples), max(self.samples)

    @property
    def cpu_median(self) -> float | None:
        return statistics.median(self.cpu) if self.cpu else None

    def report_median(self, key: str) -> float | None:
        values = [r[key] for r in self.reports if isinstance(r.get(key), int | float)]
        return statistics.median(values) if values else None

    def to_json(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "samples": self.samples,
            "median": self.median if self.samples else None,
            "cpu": self.cpu,
            "reports": self.reports,
            "error": self.error,
            "note": self.note,
        }


@dataclass
class Target:
    text: str
    measured: str
    met: bool | None  # None: could not be measured


@dataclass
class ScenarioResult:
    number: int
    title: str
    work: str
    rows: list[Row]
    baseline: str | None
    targets: list[Target] = field(default_factory=list)
    tables: list[str] = field(default_factory=list)  # extra markdown (memory, limits, peers)
    notes: list[str] = field(default_factory=list)
    rounds: int = 1
    seconds: float = 0.0

    def row(self, label: str) -> Row | None:
        return next((r for r in self.rows if r.label == label), None)

    def ratio(self, label: str, baseline: str | None = None) -> float | None:
        row, base = self.row(label), self.row(baseline or self.baseline or "")
        if row is None or base is None or not row.ok or not base.ok:
            return None
        return row.median / base.median

    def to_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "title": self.title,
            "work": self.work,
            "baseline": self.baseline,
            "rounds": self.rounds,
            "seconds": self.seconds,
            "rows": [r.to_json() for r in self.rows],
            "targets": [vars(t) for t in self.targets],
            "notes": self.notes,
        }


def ratio_target(text: str, ratio: float | None, limit: float) -> Target:
    return Target(text, fmt_ratio(ratio), None if ratio is None else ratio <= limit)


def fmt_ratio(ratio: float | None) -> str:
    return "n/a" if ratio is None else f"{ratio:.2f}×"


def mib(value: Any) -> str:
    return f"{value / MIB:.2f} MiB" if isinstance(value, int | float) else "n/a"


def machine() -> dict[str, str]:
    cpu = platform.processor() or "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        usable = len(os.sched_getaffinity(0))
    except AttributeError:
        usable = os.cpu_count() or 0
    packages = ["sentry-api", "httpx", "httpcore", "h11", "attrs", "uvicorn", "starlette"]
    return {
        "cpu": cpu,
        "cores": f"{os.cpu_count()} logical, {usable} usable by this process",
        "memory": _total_memory(),
        "os": platform.platform(),
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "packages": ", ".join(f"{name} {_version(name)}" for name in packages),
    }


def _total_memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


def _version(name: str) -> str:
    try:
        return version(name)
    except PackageNotFoundError:
        return "not installed"


def render_markdown(
    results: Sequence[ScenarioResult],
    size: str,
    command: str,
    total: float,
    profiles: dict[int, str],
    load_start: tuple[float, float, float],
) -> str:
    info = machine()
    # Other work on the machine shows up as spread; say how busy it was.
    info["load average (1/5/15 min)"] = (
        f"{_load(load_start)} at start, {_load(os.getloadavg())} at end"
    )
    now = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    out = [
        GENERATED_BEGIN,
        "",
        f"Measured {now} with `{command}` (size `{size}`) in {total:.0f} s.",
        "",
        "| machine | |",
        "|---|---|",
        *[f"| {key} | {value} |" for key, value in info.items()],
        "",
        "Each contender runs in a fresh worker process per round, in rotating order; the clock "
        "(`time.perf_counter`) brackets only the work, after imports, client construction and "
        "one warm-up request. In scenarios 1 and 2 the baseline and our client share one worker "
        "and alternate in chunks (A B, B A, ...), each on its own connection, so momentary load "
        "from elsewhere on the machine falls on both. Figures are the median over the rounds "
        "with the min–max range; ratios divide medians; *worker CPU* is the CPU time the client "
        "process spent on the work (`time.process_time`), the client's own cost. Server: the "
        "sandbox (uvicorn on 127.0.0.1, a thread of the harness process, which does nothing "
        "else while a worker runs).",
        "",
        "## Targets",
        "",
        "| scenario | target | measured | |",
        "|---|---|---|---|",
    ]
    for result in results:
        for target in result.targets:
            mark = {True: "met", False: "**missed**", None: "—"}[target.met]
            out.append(
                f"| {result.number}. {result.title} | {target.text} | {target.measured} | {mark} |"
            )
    for result in results:
        out += [
            "",
            f"## {result.number}. {result.title}",
            "",
            f"Work: {result.work}. Rounds: {result.rounds}.",
            "",
        ]
        out += _rows_table(result)
        for table in result.tables:
            out += ["", table]
        for note in result.notes:
            out += ["", note]
        if result.number in profiles:
            out += ["", f"Profile of our worker (pyinstrument): `{profiles[result.number]}`."]
    out += ["", GENERATED_END]
    return "\n".join(out) + "\n"


def _load(values: Sequence[float]) -> str:
    return " / ".join(f"{v:.2f}" for v in values)


def _rows_table(result: ScenarioResult) -> list[str]:
    lines = [
        "| contender | median | min–max | ratio | worker CPU | |",
        "|---|---:|---:|---:|---:|---|",
    ]
    base = result.row(result.baseline) if result.baseline else None
    for row in result.rows:
        if not row.ok:
            lines.append(f"| {row.label} | — | — | — | — | failed: {row.error} |")
            continue
        low, high = row.spread
        ratio = f"{row.median / base.median:.2f}×" if base is not None and base.ok else "—"
        cpu = _secs(row.cpu_median) if row.cpu_median is not None else "—"
        lines.append(
            f"| {row.label} | {_secs(row.median)} | {_secs(low)}–{_secs(high)} | {ratio} | "
            f"{cpu} | {row.note} |"
        )
    return lines


def _secs(value: float) -> str:
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.3f} s"


def write_markdown(path: Path, generated: str) -> None:
    """Replace the generated section of ``path``, keeping any hand-written notes after it."""
    notes = ""
    if path.exists():
        old = path.read_text()
        if GENERATED_END in old:
            notes = old.split(GENERATED_END, 1)[1].lstrip("\n")
    header = "# Benchmarks\n\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(header + generated + ("\n" + notes if notes else ""))

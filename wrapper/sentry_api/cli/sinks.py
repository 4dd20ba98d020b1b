"""Where a listing's pages go, one page at a time: the four output formats of a list command.

Every sink takes a page of JSON objects, writes it out at once and keeps nothing of it, so a
listing of any length runs in flat memory and a reader sees each page as it arrives.

* :class:`JsonArray` (``--json``): one JSON array, exactly as ``json.dumps(items, indent=2)``
  would print it, written page by page; :meth:`finish` closes it, so what was written is one
  valid document even when the listing stops early.
* :class:`JsonLines` (``--jsonl``): one compact JSON object per line.
* :class:`TerminalTable`: aligned columns for a person; the widths come from the first page
  (later rows are fitted to them) so rows print as they arrive.
* :class:`PlainRows`: stdout is a pipe or a file: tab-separated rows, no header, rules or
  colour (like ``gh``), values in full.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Protocol

import orjson

from sentry_api.cli.fields import select
from sentry_api.cli.output import (
    BOLD,
    Column,
    Writer,
    clean,
    format_cell,
    lookup,
    plain_cell,
    style,
)

if TYPE_CHECKING:
    from sentry_api.cli.output import Output

# Columns are dropped (optional ones, right to left) until the widest column gets this much.
MIN_FLEXIBLE_WIDTH = 30
GAP = "   "  # between two columns of a terminal table
ELLIPSIS = "…"


class Sink(Protocol):
    count: int  # items written so far

    def page(self, items: Sequence[Any]) -> None: ...

    def finish(self) -> None: ...


def list_sink(
    out: Output, columns: Sequence[Column], fmt: str, fields: Sequence[str] | None
) -> Sink:
    """The sink for ``fmt`` (``"json"``, ``"jsonl"`` or ``"table"``)."""
    if fmt == "json":
        return JsonArray(out.writer(), fields)
    if fmt == "jsonl":
        return JsonLines(out.writer(), fields)
    return table_sink(out, columns)


def table_sink(out: Output, columns: Sequence[Column]) -> Sink:
    if out.interactive:
        return TerminalTable(out.writer(), columns, shutil.get_terminal_size().columns)
    return PlainRows(out.writer(), columns)


# ------------------------------------------------------------------------------ JSON


def _dumps(value: Any, indent: bool) -> str:
    """``value`` as JSON text, for the rare page orjson refuses as a whole (the fast path
    writes orjson's bytes as they are)."""
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2 if indent else 0).decode()
    except TypeError:
        # What orjson refuses (integers beyond 64 bits, non-string keys, lone surrogates) the
        # standard library writes; the two agree byte for byte on everything else.
        if indent:
            return json.dumps(value, indent=2, ensure_ascii=False, default=str)
        return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


_INDENT = orjson.OPT_INDENT_2


class JsonArray:
    def __init__(self, writer: Writer, fields: Sequence[str] | None) -> None:
        self._writer = writer
        self._fields = fields
        self.count = 0

    def page(self, items: Sequence[Any]) -> None:
        if not items:
            return
        if self._fields:
            items = [select(item, self._fields) for item in items]
        # The page as an indented array is "[\n  item,\n  item\n]": its inside is exactly what
        # the whole array holds for these items, so pages join with ",\n".
        opening = self.count == 0
        try:
            data = orjson.dumps(items if type(items) is list else list(items), option=_INDENT)
        except TypeError:
            inner = _dumps(list(items), indent=True)[2:-2]
            self._writer.text(("[\n" if opening else ",\n") + inner)
        else:
            self._writer.utf8(data[:-2] if opening else b",\n" + data[2:-2])
        self.count += len(items)

    def finish(self) -> None:
        self._writer.text("[]\n" if self.count == 0 else "\n]\n")


class JsonLines:
    def __init__(self, writer: Writer, fields: Sequence[str] | None) -> None:
        self._writer = writer
        self._fields = fields
        self.count = 0

    def page(self, items: Sequence[Any]) -> None:
        if not items:
            return
        fields = self._fields
        if fields:
            items = [select(item, fields) for item in items]
        dumps = orjson.dumps
        try:
            lines = [dumps(item) for item in items]
        except TypeError:
            self._writer.text("".join(_dumps(item, indent=False) + "\n" for item in items))
        else:
            lines.append(b"")
            self._writer.utf8(b"\n".join(lines))
        self.count += len(items)

    def finish(self) -> None:
        pass


# ------------------------------------------------------------------------------ tables


def _getter(path: str) -> Callable[[Any], Any]:
    if "." in path:
        return lambda item: lookup(item, path)

    # The common case, a top-level key of a JSON object, without lookup()'s loop.
    def get(item: Any) -> Any:
        return item.get(path) if type(item) is dict else lookup(item, path)

    return get


class PlainRows:
    def __init__(self, writer: Writer, columns: Sequence[Column]) -> None:
        self._writer = writer
        self._getters = [_getter(column.path) for column in columns]
        self.count = 0

    def page(self, items: Sequence[Any]) -> None:
        if not items:
            return
        getters = self._getters
        rows = ["\t".join([plain_cell(get(item)) for get in getters]) for item in items]
        rows.append("")
        self._writer.text("\n".join(rows))
        self.count += len(items)

    def finish(self) -> None:
        pass


class TerminalTable:
    """Header, rule and rows, laid out once from the first non-empty page."""

    def __init__(self, writer: Writer, columns: Sequence[Column], width: int) -> None:
        self._writer = writer
        self._columns = columns
        self._getters = [_getter(column.path) for column in columns]
        self._width = width
        self._layout: _Layout | None = None
        self.count = 0

    def page(self, items: Sequence[Any]) -> None:
        if not items:
            return
        cells = [[clean(format_cell(get(item))) for get in self._getters] for item in items]
        lines = []
        if self._layout is None:
            self._layout = _Layout.plan(self._columns, cells, self._width)
            lines += self._layout.head()
        lines += [self._layout.row(row) for row in cells]
        lines.append("")
        self._writer.text("\n".join(lines))
        self.count += len(items)

    def finish(self) -> None:
        pass


class _Layout:
    """Which columns show and how wide: the widest column gives way in a narrow terminal
    (cut with "…"), ids, counts and dates keep their full width, and no row wraps."""

    def __init__(
        self, columns: Sequence[Column], shown: list[int], widths: list[int], flexible: int
    ) -> None:
        self.columns = columns
        self.shown = shown
        self.widths = widths
        self.flexible = flexible
        self.right = [column.justify == "right" for column in columns]

    @classmethod
    def plan(cls, columns: Sequence[Column], cells: list[list[str]], width: int) -> _Layout:
        widths = [
            max([_size(column.title), *(_size(row[i]) for row in cells)])
            for i, column in enumerate(columns)
        ]
        flexible = widths.index(max(widths))
        shown = _fit(columns, widths, flexible, width)
        widths[flexible] = max(1, min(widths[flexible], _room(widths, shown, flexible, width)))
        return cls(columns, shown, widths, flexible)

    def head(self) -> list[str]:
        line = self.row([column.title for column in self.columns])
        total = sum(self.widths[i] for i in self.shown) + len(GAP) * (len(self.shown) - 1)
        return [style(line, BOLD), "─" * total]

    def row(self, cells: list[str]) -> str:
        shown, widths, flexible = self.shown, self.widths, self.flexible
        sizes = [_size(cells[i]) for i in shown]
        # A later row may hold a longer id or count than the first page did: it keeps its
        # full width and the flexible column gives up the difference.
        extra = sum(
            size - widths[i]
            for i, size in zip(shown, sizes, strict=True)
            if size > widths[i] and i != flexible
        )
        parts = []
        for i, size in zip(shown, sizes, strict=True):
            text, width = cells[i], widths[i]
            if i == flexible:
                width = max(1, width - extra)
                if size > width:
                    parts.append(_cut(text, width))
                    continue
            elif size > width:
                parts.append(text)
                continue
            pad = " " * (width - size)
            parts.append(pad + text if self.right[i] else text + pad)
        return GAP.join(parts).rstrip()


def _size(text: str) -> int:
    """Terminal cells ``text`` takes (wide characters take two)."""
    if text.isascii():
        return len(text)
    from rich.cells import cell_len

    return cell_len(text)


def _cut(text: str, width: int) -> str:
    """``text`` cut to ``width`` cells, the last one an ellipsis."""
    if text.isascii():
        return text[: width - 1] + ELLIPSIS
    from rich.cells import set_cell_size

    return set_cell_size(text, width - 1) + ELLIPSIS


def _room(widths: list[int], shown: list[int], flexible: int, width: int) -> int:
    """What a terminal ``width`` wide leaves for the flexible column."""
    fixed = sum(widths[i] for i in shown if i != flexible)
    return width - fixed - len(GAP) * (len(shown) - 1)


def _fit(columns: Sequence[Column], widths: list[int], flexible: int, width: int) -> list[int]:
    """Indexes of the columns to show: optional ones go, right to left, while the flexible
    column would get less than ``MIN_FLEXIBLE_WIDTH`` (or less than it needs, if narrower)."""
    shown = list(range(len(columns)))
    droppable = [i for i in reversed(shown) if columns[i].optional and i != flexible]
    wanted = min(MIN_FLEXIBLE_WIDTH, widths[flexible])
    while _room(widths, shown, flexible, width) < wanted and droppable:
        shown.remove(droppable.pop(0))
    return shown

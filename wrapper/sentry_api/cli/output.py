"""Everything the CLI writes goes through :class:`Output`.

One place for stdout/stderr means one place to guarantee the two promises the CLI makes:
machine output (JSON) is plain and byte-stable, and the auth token is never written anywhere,
not even inside an error message a server or library produced.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, TextIO, cast

import click

from sentry_api.auth import Token, clean_secret

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

REDACTED = "[redacted]"
# When stdout is a pipe or file nobody is reading it at 80 columns: never wrap or truncate.
PIPE_WIDTH = 10_000
# Columns are dropped (optional ones, right to left) until the widest column gets this much.
MIN_FLEXIBLE_WIDTH = 30
COLUMN_GAP = 3  # padding and separator between two columns of the tables below
_ISO_DATETIME = re.compile(
    r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$"
)


@dataclass(frozen=True)
class Column:
    """One table column: a header and a dotted path into each JSON item.

    A path step that meets a list maps over it, so ``projects.slug`` renders a release's
    projects as ``web, api``.
    """

    title: str
    path: str
    # "right" for numbers; rich's justify values.
    justify: str = "left"
    # May be left out in a terminal too narrow for every column (never in pipes or files).
    optional: bool = False


def lookup(item: Any, path: str) -> Any:
    """Follow a dotted ``path`` into JSON data; lists are mapped over, missing keys give None."""
    value = item
    for step in path.split("."):
        if isinstance(value, list):
            value = [lookup(element, step) for element in value]
        elif isinstance(value, Mapping):
            value = value.get(step)
        else:
            return None
    return value


def format_cell(value: Any) -> str:
    """Human form of one JSON value for a table cell."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str):
        match = _ISO_DATETIME.match(value)
        # Timestamps: minute precision is what a person scanning a table needs.
        return f"{match.group(1)} {match.group(2)}" if match else value
    if isinstance(value, list):
        if value and all(isinstance(v, Mapping) and set(v) == {"key", "value"} for v in value):
            return ", ".join(f"{v['key']}={v['value']}" for v in value)  # Sentry tag lists
        return ", ".join(format_cell(v) for v in value if v is not None) or "-"
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


class Redactor:
    """Replaces known secrets in text, each as a whole token (a secret "t" hides the "t" of
    "token t" but not the one in "update"). Secrets are normalised by the same function as
    the client's (``auth.clean_secret``): a token given with surrounding spaces is still found."""

    def __init__(self, secrets: Iterable[str | None] = ()) -> None:
        self._tokens: list[Token] = []
        for secret in secrets:
            self.add(secret)

    def add(self, secret: str | None) -> None:
        if not secret or not clean_secret(secret):
            return
        try:
            token = Token(secret, spaces=True)
        except ValueError:
            # A control character: the client refuses such a token; drop the characters that
            # made it invalid so the printable rest is still hidden.
            token = Token("".join(ch for ch in secret if ch.isprintable()), spaces=True)
        if token not in self._tokens:
            self._tokens.append(token)
            self._tokens.sort(key=lambda t: len(t.reveal()), reverse=True)

    def __call__(self, text: str) -> str:
        for token in self._tokens:
            text = token.redact(text)
        return text


# A lone surrogate (from a "\ud800" escape in a response) cannot be encoded to UTF-8 and would
# make the write fail: it is printed as the JSON escape it came from.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    if _LONE_SURROGATE.search(text) is None:
        return text
    return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class Output:
    """stdout for results, stderr for errors, notes and progress."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        self.redact = redactor or Redactor()

    # ----------------------------------------------------------------- plain text
    def echo(self, text: str = "") -> None:
        click.echo(printable(self.redact(text)))

    def note(self, text: str) -> None:
        """An informational line for people; stderr so it never pollutes piped output."""
        click.echo(printable(self.redact(text)), err=True)

    def error(self, text: str) -> None:
        """The one-line error format: ``error: <what happened>``."""
        line = " ".join(self.redact(text).split())  # one line, whatever the source sent
        click.echo(printable(f"error: {line}"), err=True)

    def json(self, data: Any) -> None:
        text = json.dumps(data, indent=2, ensure_ascii=False, default=str)
        click.echo(printable(self.redact(text)))

    # ----------------------------------------------------------------- rich output
    def _console(self, *, stderr: bool = False) -> Console:
        from rich.console import Console

        stream: TextIO = sys.stderr if stderr else sys.stdout
        interactive = _isatty(stream)
        return Console(
            file=cast("IO[str]", _RedactingStream(stream, self.redact)),
            width=None if interactive else PIPE_WIDTH,
            force_terminal=interactive,
            highlight=False,
            soft_wrap=False,
        )

    def table(
        self,
        items: Sequence[Any],
        columns: Sequence[Column],
        *,
        caption: str | None = None,
    ) -> None:
        from rich import box
        from rich.table import Table

        console = self._console()
        cells = [[format_cell(lookup(item, c.path)) for c in columns] for item in items]
        widths = [
            max([len(column.title), *(len(row[i]) for row in cells)])
            for i, column in enumerate(columns)
        ]
        flexible = widths.index(max(widths))
        shown = list(range(len(columns)))
        if console.is_terminal:
            # Exact widths: rich's own shrinking would squeeze a count column to nothing.
            shown = _fit(columns, widths, flexible, console.width)
            widths[flexible] = max(
                1, min(widths[flexible], _room(widths, shown, flexible, console.width))
            )
        table = Table(
            box=box.SIMPLE_HEAD,
            caption=caption,
            caption_justify="left",
            show_edge=False,
            pad_edge=False,
        )
        # Only the widest column (the title, DSN...) gives way in a narrow terminal, cut with
        # "…"; ids, counts and dates keep their full width and no row wraps onto two lines.
        for index in shown:
            table.add_column(
                columns[index].title,
                justify=columns[index].justify,  # type: ignore[arg-type]
                no_wrap=True,
                overflow="ellipsis",
                width=widths[index] if console.is_terminal else None,
            )
        for row in cells:
            table.add_row(*(_escape(row[index]) for index in shown))
        self._print(table)

    def detail(self, item: Mapping[str, Any], fields: Sequence[Column]) -> None:
        """A key/value view of one object (``show`` commands)."""
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for field in fields:
            table.add_row(field.title, _escape(format_cell(lookup(item, field.path))))
        self._print(table)

    def _print(self, renderable: Any) -> None:
        console = self._console()
        if console.is_terminal:
            console.print(renderable)
            return
        # Piped or redirected: no padding at line ends (diffs, grep and copy-paste stay clean).
        with console.capture() as captured:
            console.print(renderable)
        text = "\n".join(line.rstrip() for line in captured.get().splitlines())
        click.echo(printable(text))

    @contextmanager
    def progress(self, description: str, total: int | None) -> Iterator[_Progress]:
        """A progress bar on stderr, only when stderr is a terminal (never in pipes or logs)."""
        if not _isatty(sys.stderr):
            yield _Progress(None, None)
            return
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        console = self._console(stderr=True)
        with Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            console=console,
            transient=True,
        ) as bar:
            yield _Progress(bar, bar.add_task(description, total=total))


def _room(widths: list[int], shown: list[int], flexible: int, width: int) -> int:
    """What a terminal ``width`` wide leaves for the flexible column."""
    fixed = sum(widths[i] for i in shown if i != flexible)
    return width - fixed - COLUMN_GAP * (len(shown) - 1)


def _fit(columns: Sequence[Column], widths: list[int], flexible: int, width: int) -> list[int]:
    """Indexes of the columns to show: optional ones go, right to left, while the flexible
    column would get less than ``MIN_FLEXIBLE_WIDTH`` (or less than it needs, if narrower)."""
    shown = list(range(len(columns)))
    droppable = [i for i in reversed(shown) if columns[i].optional and i != flexible]
    wanted = min(MIN_FLEXIBLE_WIDTH, widths[flexible])
    while _room(widths, shown, flexible, width) < wanted and droppable:
        shown.remove(droppable.pop(0))
    return shown


class _Progress:
    def __init__(self, bar: Any, task: Any) -> None:
        self._bar = bar
        self._task = task

    def advance(self, count: int) -> None:
        if self._bar is not None:
            self._bar.update(self._task, advance=count)


class _RedactingStream:
    """A text stream that redacts secrets on their way to the real stream (for rich)."""

    def __init__(self, stream: TextIO, redact: Redactor) -> None:
        self._stream = stream
        self._redact = redact

    def write(self, text: str) -> int:
        return self._stream.write(printable(self._redact(text)))

    def flush(self) -> None:
        self._stream.flush()

    def isatty(self) -> bool:
        return _isatty(self._stream)

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", None) or "utf-8"


def _isatty(stream: TextIO) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):  # closed or not a real stream
        return False


def _escape(text: str) -> Text:
    # Issue titles are user data and routinely contain "[...]": a Text is never parsed as markup.
    from rich.text import Text

    return Text(text)

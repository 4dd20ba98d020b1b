"""Everything the CLI writes goes through :class:`Output`.

One place for stdout/stderr means one place to guarantee the promises the CLI makes: machine
output (JSON) is plain and byte-stable; a table is for people on a terminal and plain
tab-separated rows in a pipe or file (notes then go to stderr); and the auth token is never
written anywhere, not even inside an error message a server or library produced.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import shutil
import sys
import textwrap
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any, BinaryIO, TextIO, cast

import click

from sentry_api.auth import Token, clean_secret

if TYPE_CHECKING:
    from rich.console import Console
    from rich.text import Text

REDACTED = "[redacted]"
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

    def found_in(self, data: bytes) -> bool:
        """Whether a secret may be in the UTF-8 ``data`` (then redact its text). The secrets
        are encoded on each call, never kept as bytes (``vars()`` must show no secret)."""
        return any(t.reveal().encode(errors="surrogatepass") in data for t in self._tokens)


# A lone surrogate (from a "\ud800" escape in a response) cannot be encoded to UTF-8 and would
# make the write fail: it is printed as the JSON escape it came from.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def printable(text: str) -> str:
    if text.isascii():  # O(1): the common case
        return text
    try:
        text.encode()  # C speed; a regex search costs ~100x more on a page of JSON
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    return text


class Output:
    """stdout for results, stderr for errors, notes and progress."""

    def __init__(self, redactor: Redactor | None = None) -> None:
        self.redact = redactor or Redactor()

    @property
    def interactive(self) -> bool:
        """Whether stdout is a terminal (tables with rules and colour) or a pipe/file (TSV)."""
        return _isatty(sys.stdout)

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
        self.writer().text(text + "\n")  # redacted, and a reader leaving early is noticed

    def writer(self) -> Writer:
        """Raw, redacted stdout for the streaming formats (:mod:`sentry_api.cli.sinks`)."""
        return Writer(sys.stdout, self.redact)

    def caption(self, text: str) -> None:
        """The line under a terminal table (a count, "more available"), dimmed, wrapped to
        the terminal's width."""
        width = shutil.get_terminal_size().columns
        for line in textwrap.wrap(self.redact(text), width=max(width, 20)):
            click.echo(style(line, DIM_ITALIC))

    # ----------------------------------------------------------------- tables
    def table(
        self,
        items: Sequence[Any],
        columns: Sequence[Column],
        *,
        caption: str | None = None,
    ) -> None:
        """A whole table at once. On a terminal: header, rule, aligned rows and the caption;
        in a pipe or file: tab-separated rows only (no header, rules, colour or caption)."""
        from sentry_api.cli.sinks import table_sink

        sink = table_sink(self, columns)
        sink.page(items)
        sink.finish()
        if caption and self.interactive:
            self.caption(caption)

    def detail(self, item: Mapping[str, Any], fields: Sequence[Column]) -> None:
        """A key/value view of one object (``show`` commands); ``key<TAB>value`` in pipes."""
        if not self.interactive:
            lines = (f"{field.title}\t{plain_cell(lookup(item, field.path))}" for field in fields)
            self.writer().text("".join(line + "\n" for line in lines))
            return
        from rich import box
        from rich.table import Table

        table = Table(box=box.SIMPLE, show_header=False, show_edge=False, pad_edge=False)
        table.add_column(style="bold")
        table.add_column(overflow="fold")
        for field in fields:
            table.add_row(field.title, _escape(format_cell(lookup(item, field.path))))
        self._console().print(table)

    def _console(self) -> Console:
        from rich.console import Console

        return Console(
            file=cast("IO[str]", _RedactingStream(sys.stdout, self.redact)),
            force_terminal=True,
            highlight=False,
            soft_wrap=False,
        )

    # ----------------------------------------------------------------- progress
    def status(self, noun: str, total: int | None) -> StatusLine:
        """A listing's progress line on stderr; silent unless stderr is a terminal."""
        return StatusLine(sys.stderr if _isatty(sys.stderr) else None, noun, total)


class Writer:
    """Text to a stream, redacted, flushed per chunk so a reader sees each page as it comes.

    When the stream is UTF-8 text over a byte buffer (stdout, nearly always), chunks go to
    the buffer as bytes: JSON from orjson is UTF-8 already and need not be decoded only to be
    encoded again, which is most of what a long ``--json`` listing would cost on top of the
    library's own work.
    """

    __slots__ = ("_buffer", "_redact", "_stream")

    def __init__(self, stream: TextIO, redact: Redactor) -> None:
        self._stream = stream
        self._redact = redact
        self._buffer = _utf8_buffer(stream)

    def text(self, chunk: str) -> None:
        text = self._redact(chunk)
        if self._buffer is not None:
            try:
                data = text.encode()
            except UnicodeEncodeError:  # a lone surrogate: printable() escapes it
                pass
            else:
                self._bytes(data)
                return
        self._stream.write(printable(text))
        self._stream.flush()

    def utf8(self, chunk: bytes) -> None:
        """Valid UTF-8 (orjson's output; it never holds a lone surrogate), written as it is
        unless a secret is in it."""
        if self._buffer is None or self._redact.found_in(chunk):
            self.text(chunk.decode())
            return
        self._bytes(chunk)

    def _bytes(self, data: bytes) -> None:
        assert self._buffer is not None
        self._stream.flush()  # anything written as text before goes out first
        view = memoryview(data)
        while view:
            # A pipe whose reader left can take part of a large write and report the short
            # count instead of failing: the rest must not vanish with exit status 0.
            written = self._buffer.write(view)
            if not written:
                raise BrokenPipeError("stdout took no more bytes")
            view = view[written:]
        self._buffer.flush()


def _utf8_buffer(stream: TextIO) -> BinaryIO | None:
    """The byte stream under ``stream`` if bytes written there are exactly what writing their
    text to ``stream`` would give: UTF-8, and no newline translation (``os.linesep``)."""
    buffer = getattr(stream, "buffer", None)
    encoding = getattr(stream, "encoding", None)
    if buffer is None or not isinstance(encoding, str) or os.linesep != "\n":
        return None
    try:
        if codecs.lookup(encoding).name != "utf-8":
            return None
    except LookupError:
        return None
    return cast("BinaryIO", buffer)


def style(text: str, codes: str) -> str:
    """``text`` in an SGR style, unless NO_COLOR asks for none (https://no-color.org)."""
    if os.environ.get("NO_COLOR"):
        return text
    return f"\x1b[{codes}m{text}\x1b[0m"


BOLD = "1"
DIM_ITALIC = "2;3"
# Control characters in data (newlines in a title, escape sequences) must not break a row or
# drive the terminal: each becomes a space.
# C1 controls (U+0080-U+009F: U+009B is an 8-bit CSI that terminals obey) and the invisible
# format characters that reorder or hide text (bidi overrides and isolates, zero-width ones) go
# the same way.
_CONTROLS = {
    code: " "
    for code in (
        *range(32),
        *range(0x7F, 0xA0),
        *range(0x200B, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        0xFEFF,
    )
}


def clean(text: str) -> str:
    return text if text.isprintable() else text.translate(_CONTROLS)


def plain_cell(value: Any) -> str:
    """One JSON value for a tab-separated row: machine-friendly (full timestamps, ``true``,
    empty for null) and never containing a tab or newline."""
    kind = type(value)
    if kind is str:  # most cells: checked first, on the hot path of long listings
        return value if value.isprintable() else value.translate(_CONTROLS)  # type: ignore[no-any-return]
    if value is None:
        return ""
    if kind is bool:
        return "true" if value else "false"
    if kind is int or kind is float:
        return str(value)
    if isinstance(value, str):
        return clean(value)
    if isinstance(value, list):
        if value and all(isinstance(v, Mapping) and set(v) == {"key", "value"} for v in value):
            return clean(", ".join(f"{v['key']}={v['value']}" for v in value))
        return ", ".join(plain_cell(v) for v in value if v is not None)
    if isinstance(value, Mapping):
        return clean(json.dumps(value, ensure_ascii=False, sort_keys=True))
    return clean(str(value))


class StatusLine:
    """ "Fetching issues: 12,300 so far (2,150/s)" on a terminal's stderr, redrawn in place.

    It appears once a listing needs a second page (short listings never flash it), says when
    the client waits (rate limit or retry back-off), and is hidden around every write to
    stdout, which is often the same terminal.
    """

    REDRAW_EVERY = 0.1  # seconds

    def __init__(
        self,
        stream: TextIO | None,
        noun: str,
        total: int | None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._stream = stream
        self._noun = noun
        self._total = total
        self._clock = clock
        self._started = clock()
        self._count = 0
        self._active = False
        self._shown = False
        self._drawn_at = 0.0
        self._wait: float | None = None

    def advance(self, count: int, more: bool) -> None:
        """``count`` more items are out; ``more``: another page will be fetched."""
        self._count += count
        self._wait = None
        if more and not self._active:
            self._active = True
            self._drawn_at = 0.0
        if self._active and more:  # after the last page there is nothing left to wait for
            self._draw()

    def waiting(self, seconds: float) -> None:
        self._wait = seconds
        if self._active:
            self._draw(force=True)

    def hide(self) -> None:
        if self._shown and self._stream is not None:
            self._stream.write("\r\x1b[K")
            self._stream.flush()
            self._shown = False

    def show(self) -> None:
        if self._active and not self._shown:
            self._draw(force=True)

    def close(self) -> None:
        self.hide()
        self._active = False

    def text(self) -> str:
        elapsed = max(self._clock() - self._started, 1e-9)
        done = f"{self._count:,}" + (f" of {self._total:,}" if self._total else " so far")
        line = f"Fetching {self._noun}: {done} ({self._count / elapsed:,.0f}/s)"
        if self._wait is not None:
            line += f", waiting {self._wait:.1f} s (rate limit or retry)"
        return line

    def _draw(self, force: bool = False) -> None:
        if self._stream is None:
            return
        now = self._clock()
        if not force and self._shown and now - self._drawn_at < self.REDRAW_EVERY:
            return
        self._drawn_at = now
        self._stream.write("\r\x1b[K" + self.text())
        self._stream.flush()
        self._shown = True


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

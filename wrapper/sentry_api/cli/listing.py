"""Run a list command: each page goes from the client to the output as it arrives.

Memory stays flat (a page is written and dropped before the next one is fetched), and nothing
fetched is lost: when the listing stops early — a failed page after the client's retries, or
Ctrl-C — what was printed stays printed, ``--json`` closes its array, and stderr gives the
exact ``--cursor`` that continues after the last printed item (``Result.next_cursor`` of the
last page written; the library resumes exactly there). Exit status 1, or 130 for Ctrl-C.
"""

from __future__ import annotations

import shlex
import signal
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from types import FrameType
from typing import TYPE_CHECKING, Any

import click

from sentry_api.cli.errors import EXIT_INTERRUPTED, exit_code, failure_message
from sentry_api.cli.sinks import PlainRows, Sink, TerminalTable

if TYPE_CHECKING:
    from sentry_api.cli.runtime import State


def run_listing(
    state: State,
    meta: Mapping[str, Any],
    params: Mapping[str, Any],
    *,
    sink: Sink,
    noun: str,
    max_items: int,
) -> None:
    """Print every page of the list operation ``meta`` (at most ``max_items``; 0 = all)."""
    from sentry_api.models import raw_json
    from sentry_api.operations import get_operation
    from sentry_api.pagination import MAX_PAGE_SIZE

    out = state.out
    call = dict(params)
    operation = get_operation(meta["operation_id"])
    size_param = operation.page_size_param if operation is not None else None
    if size_param is not None:
        call.setdefault(size_param, MAX_PAGE_SIZE)  # the fewest requests Sentry allows
    resume: str | None = call.get("cursor")
    started_from = resume
    failure: Mapping[str, Any] | None = None
    interrupted = False
    status = out.status(noun, max_items or None)
    pages = state.client().pages(meta["operation_id"], **call, max_results=max_items or None)
    state.on_wait = status.waiting
    try:
        with _HeldInterrupts() as interrupts:
            for page in pages:
                if not page.success:
                    failure = page.to_dict()
                    break
                items = [raw_json(item) for item in page.data or ()]
                following = page.next_cursor
                del page  # hold no Result of an earlier page while the next one is fetched
                status.hide()
                with interrupts.holding():
                    sink.page(items)
                    resume = following
                more = following is not None and (not max_items or sink.count < max_items)
                status.advance(len(items), more)
                del items
    except KeyboardInterrupt:
        interrupted = True
    finally:
        state.on_wait = None
        getattr(pages, "close", lambda: None)()  # a generator: let it end now
        status.close()
    sink.finish()
    if failure is not None:
        out.error(failure_message(meta, failure))
        if failure.get("error_kind") in _WORTH_RETRYING or sink.count:
            _resume_note(state, sink.count, noun, resume, started_from, max_items)
        raise click.exceptions.Exit(exit_code(failure))
    if interrupted:
        out.error(f"interrupted after {sink.count:,} {noun}")
        _resume_note(state, sink.count, noun, resume, started_from, max_items)
        raise click.exceptions.Exit(EXIT_INTERRUPTED)
    _summary(state, sink, noun, resume)


# Failures that the same request may get past later; after any other (a refused cursor, a
# missing scope), "run it again with --cursor X" would only fail the same way.
_WORTH_RETRYING = frozenset(
    {"rate_limited", "server", "timeout", "connection", "http", "invalid_response"}
)


def _continue_with(cursor: str, max_items: int, printed: int) -> str:
    flags = f"--cursor {shlex.quote(cursor)}"
    if max_items:
        flags += f" --max {max_items - printed}"
    return flags


def _resume_note(
    state: State, printed: int, noun: str, resume: str | None, started: str | None, max_items: int
) -> None:
    if resume is None:
        if printed:  # the last page was out; only the end of the listing was missed
            state.out.note(f"all {printed:,} {noun} were printed")
        return
    if not printed and resume == started:
        state.out.note(
            f"to retry, run the same command again (with --cursor {shlex.quote(resume)})"
        )
        return
    state.out.note(
        f"{printed:,} {noun} printed; to continue after them, run the same command with "
        + _continue_with(resume, max_items, printed)
    )


def _summary(state: State, sink: Sink, noun: str, resume: str | None) -> None:
    """The count and "more available" after a complete listing: under a terminal table; as a
    note on stderr otherwise (only when there is something to say)."""
    out = state.out
    on_terminal = isinstance(sink, TerminalTable)
    if sink.count == 0 and resume is None:
        if on_terminal:
            out.echo(f"No {noun} found.")
        elif isinstance(sink, PlainRows):
            out.note(f"No {noun} found.")
        return
    lines = [f"{sink.count:,} {noun}"]
    if resume is not None:
        lines = [
            f"{sink.count:,} {noun} shown; more available (--max N for more, --max 0 for all)",
            f"to continue after them: --cursor {shlex.quote(resume)}",
        ]
    for line in lines:
        if on_terminal:
            out.caption(line)
        elif resume is not None:
            out.note(line)


class _HeldInterrupts:
    """Ctrl-C while a page is being written takes effect once that page is out, so the output
    never ends inside an object or a row; a second Ctrl-C meanwhile stops at once.

    Only in the main thread, and only where Python's own Ctrl-C handler is installed (not
    when the parent process told us to ignore SIGINT).
    """

    def __init__(self) -> None:
        self._holding = False
        self._pending = False
        self._installed = False

    def __enter__(self) -> _HeldInterrupts:
        if (
            threading.current_thread() is threading.main_thread()
            and signal.getsignal(signal.SIGINT) is signal.default_int_handler
        ):
            signal.signal(signal.SIGINT, self._handle)
            self._installed = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self._installed:
            signal.signal(signal.SIGINT, signal.default_int_handler)
            self._installed = False

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self._holding and not self._pending:
            self._pending = True
            return
        raise KeyboardInterrupt

    @contextmanager
    def holding(self) -> Iterator[None]:
        self._holding = True
        try:
            yield
        finally:
            self._holding = False
        if self._pending:
            self._pending = False
            raise KeyboardInterrupt

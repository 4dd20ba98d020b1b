"""Sentry's cursor pagination: ``<value>:<offset>:<is_prev>`` cursors and the ``Link`` header.

Sentry's offset paginator (the one whose cursors the API docs show, ``0:100:0``) ignores the
cursor's value and direction and reads only the offset, answers ``per_page`` items from there,
and always sends both a ``previous`` and a ``next`` link, each saying with ``results`` whether
following it would return anything. The links repeat the request's other query parameters,
and the cursor is appended after them unencoded: ``<URL?query&cursor=0:100:0>`` — with no other
parameters that gives the ``?&cursor=`` Sentry's own examples show.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TypeVar
from urllib.parse import urlencode

T = TypeVar("T")

DEFAULT_PER_PAGE = 100
MAX_PER_PAGE = 100


class PaginationError(ValueError):
    """A bad cursor or page size; the message is the ``detail`` Sentry sends with its 400."""


@dataclass(frozen=True)
class Cursor:
    value: int | float
    offset: int
    is_prev: bool

    def __str__(self) -> str:
        value = int(self.value) if float(self.value).is_integer() else self.value
        return f"{value}:{self.offset}:{int(self.is_prev)}"


def parse_cursor(raw: str | None) -> Cursor:
    """Parse a cursor as Sentry's ``Cursor.from_string`` does; no cursor means the first page."""
    if raw is None or raw == "":
        return Cursor(0, 0, False)
    bits = raw.split(":")
    if len(bits) != 3:
        raise PaginationError("Invalid cursor parameter.")
    try:
        value: int | float = float(bits[0]) if "." in bits[0] else int(bits[0])
        offset, is_prev = int(bits[1]), int(bits[2])
    except ValueError:
        raise PaginationError("Invalid cursor parameter.") from None
    if offset < 0:
        raise PaginationError("Pagination offset cannot be negative")
    return Cursor(value, offset, bool(is_prev))


def parse_per_page(raw: str | None, *, name: str = "per_page") -> int:
    """Validate ``per_page`` (or ``limit``) the way Sentry's ``get_per_page`` does."""
    if raw is None or raw == "":
        return DEFAULT_PER_PAGE
    try:
        per_page = int(raw)
    except ValueError:
        raise PaginationError(f"Invalid {name} parameter.") from None
    if per_page > MAX_PER_PAGE:
        raise PaginationError(f"Invalid {name} value. Cannot exceed {MAX_PER_PAGE}.")
    if per_page < 1:
        raise PaginationError(f"Invalid {name} parameter.")
    return per_page


@dataclass(frozen=True)
class Page:
    items: Sequence[object]
    prev: Cursor
    prev_has_results: bool
    next: Cursor
    next_has_results: bool


def paginate(items: Sequence[T], cursor: Cursor, per_page: int) -> Page:
    """Slice one page out of an already filtered and sorted sequence (O(per_page))."""
    offset = cursor.offset
    page = items[offset : offset + per_page]
    return Page(
        items=page,
        prev=Cursor(0, max(0, offset - per_page), True),
        prev_has_results=offset > 0,
        next=Cursor(0, offset + per_page, False),
        next_has_results=len(items) > offset + per_page,
    )


def link_entry(base: str, cursor: Cursor, rel: str, has_results: bool) -> str:
    text = str(cursor)
    results = "true" if has_results else "false"
    return f'<{base}&cursor={text}>; rel="{rel}"; results="{results}"; cursor="{text}"'


def link_base(url_without_query: str, query: Sequence[tuple[str, str]]) -> str:
    """The request URL with its query minus ``cursor``; the cursor is appended after ``&``."""
    kept = [(k, v) for k, v in query if k != "cursor"]
    return f"{url_without_query}?{urlencode(kept)}"


def link_header(base: str, page: Page) -> str:
    return ", ".join(
        (
            link_entry(base, page.prev, "previous", page.prev_has_results),
            link_entry(base, page.next, "next", page.next_has_results),
        )
    )

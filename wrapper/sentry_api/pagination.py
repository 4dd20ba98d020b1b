"""Sentry's cursor pagination, and how ``next_cursor`` lets a caller resume exactly.

Sentry answers a list request with a ``Link`` header::

    <https://sentry.io/api/0/...&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1",
    <https://sentry.io/api/0/...&cursor=0:100:0>; rel="next"; results="true"; cursor="0:100:0"

There are more items when the ``next`` link says ``results="true"``; its ``cursor`` is sent back
as the ``cursor`` query parameter. The client reads only the *cursor* from the link and sends
it to its own configured URL - it never follows the link's URL, which could name another host
(and would bypass a proxy's path prefix). Following stops when ``results="false"``, when there
is no ``next`` link, or when the server hands back a cursor already used in this listing (a
server-side loop; the call then fails with a pagination error rather than spinning forever).

``Result.next_cursor`` - resuming without skipping or repeating an item:

* When the last page was used whole, it is the server's own next cursor.
* ``call(list_op, max_results=N)`` asks each page for at most the items still wanted through the
  operation's page-size parameter (``per_page``, or ``limit`` for issue lists; 100 at most), so
  the last page normally ends exactly at N and the server's cursor resumes exactly there.
* If a page still holds more than wanted (the operation has no page-size parameter, or the
  server ignored it), the extra items are dropped and ``next_cursor`` is a *composite* cursor
  ``"<cursor of that page>|<items already taken from it>"`` (the page cursor is empty for the
  first page: ``"|7"``). Passed back as ``cursor=``, the client requests that same page again
  and skips the items already returned. Composite cursors are only understood by this client;
  Sentry's own cursors (``value:offset:is_prev``) never contain ``|``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import parse_qs, urlsplit

import attrs
import httpx

__all__ = [
    "MAX_PAGE_SIZE",
    "NextPage",
    "decode_cursor",
    "encode_cursor",
    "next_page",
    "page_size_for",
]

MAX_PAGE_SIZE = 100  # Sentry's largest page
_SEPARATOR = "|"


@attrs.frozen(slots=True)
class NextPage:
    cursor: str | None  # the server's cursor for the next page, if there is one
    more: bool  # whether the server says that page has results


def next_page(response: httpx.Response) -> NextPage:
    """The ``next`` link of a Sentry list response."""
    header = response.headers.get("link")
    if not header:
        return NextPage(None, False)
    link: Mapping[str, Any] | None = response.links.get("next")
    if link is None:
        return NextPage(None, False)
    cursor = link.get("cursor")
    if not cursor:
        # Not every server repeats the cursor as a link parameter; read it from the URL.
        values = parse_qs(urlsplit(str(link.get("url") or "")).query).get("cursor")
        cursor = values[0] if values else None
    results = str(link.get("results", "true")).strip().lower()
    more = results != "false" and bool(cursor)
    return NextPage(cursor or None, more)


def encode_cursor(page_cursor: str | None, skip: int) -> str:
    """A composite cursor: re-request the page at ``page_cursor`` and skip ``skip`` items."""
    return f"{page_cursor or ''}{_SEPARATOR}{skip}"


def decode_cursor(cursor: str) -> tuple[str | None, int]:
    """``(page cursor, items to skip)``; a plain Sentry cursor skips nothing.

    Raises ``ValueError`` for a malformed composite cursor.
    """
    if _SEPARATOR not in cursor:
        return (cursor or None), 0
    page, _, skip = cursor.rpartition(_SEPARATOR)
    if not skip.isdigit():
        raise ValueError(
            f"cursor {cursor!r} is not a cursor this client issued ('<page cursor>|<skip>')"
        )
    return (page or None), int(skip)


def page_size_for(
    wanted: int | None, skip: int, caller_size: int | None, has_size_param: bool
) -> int | None:
    """The page size to ask for, or ``None`` to leave the server's default.

    With ``max_results`` the page holds exactly what is still ``wanted`` (plus the items a
    composite cursor skips), capped by the caller's own ``per_page``/``limit`` and Sentry's 100.
    """
    if not has_size_param or wanted is None:
        return caller_size
    cap = min(caller_size or MAX_PAGE_SIZE, MAX_PAGE_SIZE)
    return max(1, min(cap, wanted + skip))

"""Whole calls: what ``call()``, ``pages()`` and ``paginate()`` do, as flows the drivers run."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from sentry_api import pagination
from sentry_api.base_client import HttpClientT
from sentry_api.errors import ErrorKind
from sentry_api.exchange import Exchanges
from sentry_api.flow import Exchange, Flow, Page, evolve
from sentry_api.operations import (
    InvalidArguments,
    Operation,
    Prepared,
    get_operation,
    prepare,
    unknown_operation_message,
)
from sentry_api.result import Result
from sentry_api.validation import merge_warnings

# Consecutive empty pages that still promise more (results="true", a fresh cursor) after which
# a listing stops: a server that never runs out of cursors would otherwise be asked forever.
MAX_EMPTY_PAGES = 5


class Calls(Exchanges[HttpClientT]):
    """Whole calls as flows: admission (operation, allow-list, arguments), then one request,
    or a listing that follows cursors (collected, or a ``Page`` per page)."""

    # ------------------------------------------------------------------ flows: the entry points

    def _call_flow(self, operation_id: str, params: Mapping[str, Any]) -> Flow:
        """Everything ``call()`` does; returns the Result."""
        started, started_at = self._clock(), self._wall()
        prepared_or_failure = self._admit(operation_id, params)
        if isinstance(prepared_or_failure, Result):
            self._audit_refusal(operation_id, prepared_or_failure, started, started_at)
            return prepared_or_failure
        prepared = prepared_or_failure
        op = prepared.operation
        if op.paginated:
            # Without max_results a list call is one page (a composite cursor still skips).
            one_page = prepared.max_results is None
            result = yield from self._list_flow(prepared, emit=False, one_page=one_page)
        else:
            exchange = yield from self._exchange_flow(prepared)
            result = exchange.result
        self._audit_call(prepared, result, started, started_at)
        return result

    def _pages_flow(self, operation_id: str, params: Mapping[str, Any]) -> Flow:
        """What ``pages()``/``paginate()`` do: a ``Page`` per page; returns the last Result."""
        started, started_at = self._clock(), self._wall()
        prepared_or_failure = self._admit(operation_id, params)
        if isinstance(prepared_or_failure, Result):
            self._audit_refusal(operation_id, prepared_or_failure, started, started_at)
            return prepared_or_failure
        if not prepared_or_failure.operation.paginated:
            failure = Result.failure(
                ErrorKind.INVALID_REQUEST,
                f"{operation_id} is not a list operation; use call() instead of paginate()",
                operation=operation_id,
            )
            self._audit_refusal(operation_id, failure, started, started_at)
            return failure
        result = yield from self._list_flow(prepared_or_failure, emit=True)
        return result

    def _admit(self, operation_id: str, params: Mapping[str, Any]) -> Prepared | Result[Any]:
        """Look the operation up, apply the allow-list and validate: a Prepared or a failure."""
        op = get_operation(operation_id)
        if op is None:
            return Result.failure(
                ErrorKind.INVALID_REQUEST,
                unknown_operation_message(operation_id),
                operation=str(operation_id),
            )
        denied = self._denial(op)
        if denied is not None:
            return denied
        try:
            return prepare(op, params, self._organization)
        except InvalidArguments as exc:
            return Result.failure(
                ErrorKind.INVALID_REQUEST, self._redact(str(exc)), operation=op.operation_id
            )

    def _denial(self, op: Operation) -> Result[Any] | None:
        if self._allow_operations is None and self._allow_scopes is None:
            return None  # the usual client: nothing to check, nothing to build
        scopes = list(op.scopes)
        needs = f"it needs one of {', '.join(scopes)}" if scopes else "it needs no particular scope"
        if self._allow_operations is not None and op.operation_id not in self._allow_operations:
            return Result.failure(
                ErrorKind.NOT_PERMITTED,
                f"{op.operation_id} is not in this client's allow_operations "
                f"({', '.join(sorted(self._allow_operations)) or 'none'}); {needs}",
                operation=op.operation_id,
                required_scopes=scopes,
            )
        if self._allow_scopes is not None and scopes and self._allow_scopes.isdisjoint(scopes):
            allowed = ", ".join(sorted(self._allow_scopes)) or "none"
            return Result.failure(
                ErrorKind.NOT_PERMITTED,
                f"{op.operation_id} is outside this client's allowed scopes ({allowed}): {needs}",
                operation=op.operation_id,
                required_scopes=scopes,
            )
        return None

    # ------------------------------------------------------------------ flows: lists

    def _list_flow(self, prepared: Prepared, *, emit: bool, one_page: bool = False) -> Flow:
        """Follow cursors. Collects into one Result, or (``emit``) yields a ``Page`` per page."""
        op = prepared.operation
        try:
            page_cursor, skip = (
                pagination.decode_cursor(prepared.cursor) if prepared.cursor else (None, 0)
            )
        except ValueError as exc:
            return Result.failure(
                ErrorKind.INVALID_REQUEST, f"{op.operation_id}: {exc}", operation=op.operation_id
            )
        wanted = prepared.max_results
        collected: list[Any] = []
        warnings: tuple[str, ...] = ()
        count = 0
        attempts, waited = 0, 0.0
        seen: set[str] = {page_cursor} if page_cursor else set()
        has_size = op.page_size_param is not None
        empty_run = 0
        # Reading ahead pays only while someone consumes the pages as they come, and only once
        # they have asked for a second page: whoever stops within the first costs no extra
        # request. (With max_results the next page's size depends on this page's items.)
        may_read_ahead = emit and wanted is None and self._read_ahead
        ahead: tuple[str, httpx.Request, float, float] | None = None
        pages_emitted = 0
        while True:
            started, started_at = self._clock(), self._wall()
            left = None if wanted is None else wanted - count
            size = pagination.page_size_for(left, skip, prepared.page_size, has_size)
            request = None
            if ahead is not None and ahead[0] == page_cursor:
                _, request, started, started_at = ahead
            exchange = yield from self._exchange_flow(
                prepared,
                cursor=page_cursor,
                page_size=size,
                request=request,
                # (Not when this page, if empty too, ends the listing as endless.)
                read_ahead_unless=seen
                if may_read_ahead and pages_emitted and empty_run < MAX_EMPTY_PAGES - 1
                else None,
            )
            ahead = exchange.ahead
            # A page read ahead: its record starts when it was sent, and the time its reply
            # waited for this loop to come back is the caller's, not the request's.
            started += exchange.idle
            attempts += exchange.result.attempts
            waited += exchange.result.waited
            if emit:
                self._audit_call(prepared, exchange.result, started, started_at)
            page, done = self._page_of(
                exchange, page_cursor, skip, left, count, one_page, seen, attempts, waited, emit
            )
            # Hold no reference to this page while the next one is fetched: a page that is
            # still alive then would outlive young-generation GC passes (and memory stays flat).
            del exchange
            if not page.success:
                return page
            count += len(page.data or ())
            next_cursor = page.next_cursor
            empty_run = 0 if page.data else empty_run + 1
            if empty_run >= MAX_EMPTY_PAGES and not done:
                return _empty_pages_failure(page, empty_run, count, attempts, waited)
            if emit:
                yield Page(page)
                pages_emitted += 1
            else:
                # The page's paths index the page; shifted, they index the whole listing.
                warnings = merge_warnings(warnings, page.warnings, offset=len(collected))
                collected.extend(page.data or ())
            if done:
                return page if emit else evolve(page, data=collected, warnings=warnings)
            del page
            assert next_cursor is not None
            seen.add(next_cursor)
            page_cursor, skip = next_cursor, 0

    def _page_of(
        self,
        exchange: Exchange,
        page_cursor: str | None,
        skip: int,
        left: int | None,
        count: int,
        one_page: bool,
        seen: set[str],
        attempts: int,
        waited: float,
        emit: bool,
    ) -> tuple[Result[Any], bool]:
        """One page's Result (items, resumable cursor) and whether the listing is done."""
        result = exchange.result
        op_id = result.operation
        if not result.success:
            return evolve(result, attempts=attempts, waited=waited), True
        items = result.data if isinstance(result.data, list) else []
        if skip:
            items = items[skip:]
        nxt = exchange.next or pagination.NextPage(None, False)
        next_cursor: str | None
        if left is not None and len(items) > left:
            # The page held more than wanted: stop mid-page with a composite cursor.
            next_cursor = pagination.encode_cursor(page_cursor, skip + left)
            items = items[:left]
            done = True
        else:
            next_cursor = nxt.cursor if nxt.more else None
            done = one_page or next_cursor is None or (left is not None and len(items) >= left)
            if next_cursor is not None and next_cursor in seen and not done:
                message = (
                    f"{op_id}: the server sent cursor {next_cursor!r} again after "
                    f"{count + len(items)} item(s); stopped to avoid an endless loop"
                )
                return Result(
                    success=False,
                    error=message,
                    error_kind=ErrorKind.PAGINATION,
                    status_code=result.status_code,
                    rate_limit=result.rate_limit,
                    operation=op_id,
                    attempts=attempts,
                    waited=waited,
                ), True
        page = Result(
            success=True,
            data=items,
            status_code=result.status_code,
            rate_limit=result.rate_limit,
            next_cursor=next_cursor,
            operation=op_id,
            attempts=result.attempts if emit else attempts,
            waited=result.waited if emit else waited,
            warnings=result.warnings,
        )
        return page, done


def _empty_pages_failure(
    page: Result[Any], empty: int, count: int, attempts: int, waited: float
) -> Result[Any]:
    message = (
        f"{page.operation}: the server sent {empty} empty pages in a row, each promising more, "
        f"after {count} item(s); stopped to avoid an endless loop "
        "(next_cursor resumes after the last empty page)"
    )
    return evolve(
        page,
        success=False,
        data=None,
        error=message,
        error_kind=ErrorKind.PAGINATION,
        attempts=attempts,
        waited=waited,
    )

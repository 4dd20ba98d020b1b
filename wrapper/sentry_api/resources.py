"""The small base the generated, typed namespaces stand on (``client.issues.list(...)``).

The namespaces themselves are generated from the spec into ``sentry_api_client.resources``
(one method per operation, named by the spec's ``x-sentry-method``, with explicit typed
parameters, docstrings and precise ``Result[...]`` types; see docs/operations.md). Each method
only forwards its arguments to the client's one call path. This module holds what they share:

* :class:`SyncCaller` / :class:`AsyncCaller` - what a namespace needs from its client.
* :class:`SyncNamespace`, :class:`AsyncNamespace` and the list-operation bases
  (:class:`SyncListing`, :class:`AsyncListing`: callable, with ``.pages()`` and ``.paginate()``).
* The decorators that keep the client's promise for bad arguments. A typed signature lets a
  type checker catch ``client.issues.list(quer="x")``; at run time Python itself would raise
  ``TypeError`` for an unknown keyword, a missing path parameter or an extra positional
  argument. The decorators turn that into what the call promises instead: a failed
  ``Result`` (``error_kind="invalid_request"``); for ``paginate`` the
  ``InvalidRequestError`` a failed page raises. The client's own ``call``, ``pages`` and
  ``paginate`` use them too (``operation_id=None``: the operation is their first argument).
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from typing import Any, ClassVar, ParamSpec, Protocol, TypeVar

from sentry_api.errors import ErrorKind, exception_for
from sentry_api.result import Result

__all__ = [
    "AsyncCaller",
    "AsyncListing",
    "AsyncNamespace",
    "SyncCaller",
    "SyncListing",
    "SyncNamespace",
    "async_call",
    "async_items",
    "async_pages",
    "sync_call",
    "sync_items",
    "sync_pages",
]

P = ParamSpec("P")
R = TypeVar("R")


class SyncCaller(Protocol):
    """The part of ``SentryClient`` a namespace uses."""

    def call(self, operation_id: str, /, **params: Any) -> Result[Any]: ...
    def pages(self, operation_id: str, /, **params: Any) -> Iterator[Result[Any]]: ...
    def paginate(self, operation_id: str, /, **params: Any) -> Iterator[Any]: ...


class AsyncCaller(Protocol):
    """The part of ``AsyncSentryClient`` a namespace uses."""

    async def call(self, operation_id: str, /, **params: Any) -> Result[Any]: ...
    def pages(self, operation_id: str, /, **params: Any) -> AsyncIterator[Result[Any]]: ...
    def paginate(self, operation_id: str, /, **params: Any) -> AsyncIterator[Any]: ...


class _Bound:
    OPERATIONS: ClassVar[dict[str, str]] = {}  # method name -> operationId, generated

    def __repr__(self) -> str:
        names = ", ".join(sorted(self.OPERATIONS))
        return f"<{type(self).__name__} namespace: {names}>"


class SyncNamespace(_Bound):
    def __init__(self, client: SyncCaller) -> None:
        self._client = client


class AsyncNamespace(_Bound):
    def __init__(self, client: AsyncCaller) -> None:
        self._client = client


class SyncListing:
    """A list operation: call it for a ``Result``; ``.pages()``/``.paginate()`` to iterate."""

    def __init__(self, client: SyncCaller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} list operation>"


class AsyncListing:
    """A list operation of the asyncio client: awaitable call, async ``pages``/``paginate``."""

    def __init__(self, client: AsyncCaller) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} list operation>"


# --------------------------------------------------------------------------- bad arguments


def _refusal(
    operation_id: str | None,
    method: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    error: TypeError,
) -> Result[Any]:
    """The failed Result for arguments that do not fit ``method``; re-raise any other error.

    ``operation_id`` None: the method is the client's own ``call(operation_id, ...)`` (and
    ``pages``/``paginate``), whose first argument after ``self`` names the operation.
    """
    if operation_id is None:
        operation_id = str(args[1]) if len(args) > 1 else "call"
    try:
        inspect.signature(method).bind(*args, **kwargs)
    except TypeError as mismatch:
        return Result.failure(
            ErrorKind.INVALID_REQUEST, f"{operation_id}: {mismatch}", operation=operation_id
        )
    raise error  # not an argument mismatch: a bug, not bad input


def sync_call(
    operation_id: str | None,
) -> Callable[[Callable[P, Result[R]]], Callable[P, Result[R]]]:
    def decorate(method: Callable[P, Result[R]]) -> Callable[P, Result[R]]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> Result[R]:
            try:
                return method(*args, **kwargs)
            except TypeError as error:
                return _refusal(operation_id, method, args, kwargs, error)

        return checked

    return decorate


def async_call(
    operation_id: str | None,
) -> Callable[
    [Callable[P, Coroutine[Any, Any, Result[R]]]], Callable[P, Coroutine[Any, Any, Result[R]]]
]:
    def decorate(
        method: Callable[P, Coroutine[Any, Any, Result[R]]],
    ) -> Callable[P, Coroutine[Any, Any, Result[R]]]:
        # A coroutine function itself, so that inspect.iscoroutinefunction() still tells an
        # async client's call() from a sync one (sentry_api.actions relies on it).
        @functools.wraps(method)
        async def checked(*args: P.args, **kwargs: P.kwargs) -> Result[R]:
            try:
                pending = method(*args, **kwargs)  # binding happens here, before any await
            except TypeError as error:
                return _refusal(operation_id, method, args, kwargs, error)
            return await pending

        return checked

    return decorate


def sync_pages(
    operation_id: str | None,
) -> Callable[[Callable[P, Iterator[Result[R]]]], Callable[P, Iterator[Result[R]]]]:
    def decorate(method: Callable[P, Iterator[Result[R]]]) -> Callable[P, Iterator[Result[R]]]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> Iterator[Result[R]]:
            try:
                return method(*args, **kwargs)
            except TypeError as error:
                return iter([_refusal(operation_id, method, args, kwargs, error)])

        return checked

    return decorate


async def _one_page(result: Result[R]) -> AsyncIterator[Result[R]]:
    yield result


def async_pages(
    operation_id: str | None,
) -> Callable[[Callable[P, AsyncIterator[Result[R]]]], Callable[P, AsyncIterator[Result[R]]]]:
    def decorate(
        method: Callable[P, AsyncIterator[Result[R]]],
    ) -> Callable[P, AsyncIterator[Result[R]]]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[Result[R]]:
            try:
                return method(*args, **kwargs)
            except TypeError as error:
                return _one_page(_refusal(operation_id, method, args, kwargs, error))

        return checked

    return decorate


def _raising(result: Result[Any]) -> Iterator[Any]:
    raise exception_for(result)
    yield  # a generator: raises on the first next(), as a failed page does


async def _async_raising(result: Result[Any]) -> AsyncIterator[Any]:
    raise exception_for(result)
    yield


def sync_items(
    operation_id: str | None,
) -> Callable[[Callable[P, Iterator[R]]], Callable[P, Iterator[R]]]:
    def decorate(method: Callable[P, Iterator[R]]) -> Callable[P, Iterator[R]]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> Iterator[R]:
            try:
                return method(*args, **kwargs)
            except TypeError as error:
                return _raising(_refusal(operation_id, method, args, kwargs, error))

        return checked

    return decorate


def async_items(
    operation_id: str | None,
) -> Callable[[Callable[P, AsyncIterator[R]]], Callable[P, AsyncIterator[R]]]:
    def decorate(method: Callable[P, AsyncIterator[R]]) -> Callable[P, AsyncIterator[R]]:
        @functools.wraps(method)
        def checked(*args: P.args, **kwargs: P.kwargs) -> AsyncIterator[R]:
            try:
                return method(*args, **kwargs)
            except TypeError as error:
                return _async_raising(_refusal(operation_id, method, args, kwargs, error))

        return checked

    return decorate

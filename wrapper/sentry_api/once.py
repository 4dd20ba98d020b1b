"""``locked_cache``: ``functools.cache`` for values that take a while to build and must never
be seen half-built by another thread.

``functools.cache`` lets two threads compute the same key at once, and lets a function that
registers a placeholder before finishing (the models' recursive checker compiler) hand that
placeholder to another thread. Every lazily built cache of the client goes through this one
lock instead: the first computation of each key happens under it, while lookups of values
already built take no lock. It is reentrant, so cached functions may call each other while
building (one lock for all of them means no lock-ordering deadlock either).
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Callable, Hashable
from typing import Any, ParamSpec, TypeVar

__all__ = ["BUILD_LOCK", "locked_cache"]

P = ParamSpec("P")
R = TypeVar("R")

BUILD_LOCK = threading.RLock()


def _new_lock_in_child() -> None:
    # A fork taken while another thread held the lock would leave the child's copy held
    # forever; the child has only the forking thread, so a fresh lock is correct.
    global BUILD_LOCK
    BUILD_LOCK = threading.RLock()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_new_lock_in_child)


def locked_cache(function: Callable[P, R]) -> Callable[P, R]:
    cache: dict[Hashable, Any] = {}
    missing = object()

    @functools.wraps(function)
    def cached(*args: P.args, **kwargs: P.kwargs) -> R:
        key: Hashable = args if not kwargs else (args, tuple(sorted(kwargs.items())))
        value = cache.get(key, missing)
        if value is not missing:
            return value  # type: ignore[no-any-return]
        with BUILD_LOCK:  # looked up at each call: a forked child has its own
            value = cache.get(key, missing)
            if value is missing:
                value = function(*args, **kwargs)
                cache[key] = value
            return value  # type: ignore[no-any-return]

    cached.cache_clear = cache.clear  # type: ignore[attr-defined]
    return cached

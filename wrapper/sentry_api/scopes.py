"""Which token scopes each operation accepts, read from the spec.

Sentry accepts any one of several scopes for most endpoints (``update_issue`` takes
``event:write`` or ``event:admin``). The spec lists them per operation, the narrowest first;
the generated metadata carries that list, and everything here derives from it.

* :func:`accepted` - the scopes one operation accepts (narrowest first).
* :func:`permits` - whether a set of allowed scopes covers an operation (used by the client's
  ``allow_scopes`` and by the agent tools).
* :func:`required` - the least set of scopes covering several operations.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence, Set

__all__ = ["accepted", "minimum_cover", "permits", "required"]


def _scopes_of(operation_id: str) -> tuple[str, ...]:
    from sentry_api.operations import get_operation

    op = get_operation(operation_id)
    if op is None:
        raise KeyError(f"unknown operation {operation_id!r}")
    return op.scopes


def accepted(operation_id: str) -> tuple[str, ...]:
    """The scopes ``operation_id`` accepts, the one to ask for first. ``KeyError`` if unknown."""
    return _scopes_of(operation_id)


def _as_set(values: Iterable[str] | str) -> frozenset[str]:
    # A lone string is one scope, not a set of characters.
    return frozenset([values] if isinstance(values, str) else values)


def permits(allowed: Iterable[str] | str | None, operation_id: str) -> bool:
    """Whether a token (or client) limited to ``allowed`` scopes may call ``operation_id``.

    ``None`` means "no limit". An operation that lists no scope needs none.
    ``KeyError`` for an unknown operation.
    """
    scopes = _scopes_of(operation_id)
    if allowed is None or not scopes:
        return True
    return not _as_set(allowed).isdisjoint(scopes)


# --------------------------------------------------------------------------- least privilege
# required() / minimum_cover() (issue 8): the least set of scopes covering several operations,
# used by the CLI's `scopes` command. Builds on accepted() above.

# Privilege order of a scope's level, to choose between equally small answers. Narrow
# special-purpose levels (project:releases, org:ci, member:invite) sit between read and write.
_LEVEL_RANK = {"read": 0, "write": 2, "admin": 3}
_OTHER_LEVEL_RANK = 1


def required(operation_ids: Iterable[str] | str) -> set[str]:
    """The smallest set of scopes that lets a token call every one of ``operation_ids``.

    Each operation accepts any one of its scopes, so one broader scope may cover several
    operations: ``required({"update_issue", "retrieve_issue"}) == {"event:write"}``.
    ``ValueError`` names every unknown operation id. See :func:`minimum_cover`.
    """
    from sentry_api.operations import get_operation

    wanted = [operation_ids] if isinstance(operation_ids, str) else list(operation_ids)
    unknown = sorted({op for op in wanted if get_operation(op) is None})
    if unknown:
        raise ValueError(f"unknown operation id(s): {', '.join(unknown)}")
    return minimum_cover({op: accepted(op) for op in wanted})


def minimum_cover(options: Mapping[str, Sequence[str]]) -> set[str]:
    """A minimum-size set of scopes containing one of each operation's accepted scopes.

    ``options`` maps each operation to the scopes it accepts, the one to ask for first. This
    is a minimum hitting set, found by exact search (the scopes are few). Among equally
    small answers it prefers scopes some operation lists first, then lower privilege
    (read < write < admin), then alphabetical order, so the answer is deterministic.
    An operation accepting no scope needs none.
    """
    accepted_sets = {frozenset(scopes) for scopes in options.values() if scopes}
    preferred = {scopes[0] for scopes in options.values() if scopes}
    # A scope that is some operation's only option belongs to every answer.
    forced = frozenset(scope for scopes in accepted_sets if len(scopes) == 1 for scope in scopes)
    remaining = [scopes for scopes in accepted_sets if scopes.isdisjoint(forced)]
    candidates = sorted(frozenset().union(*remaining))
    for size in range(len(candidates) + 1):
        answers = [
            frozenset(combo)
            for combo in itertools.combinations(candidates, size)
            if all(not scopes.isdisjoint(combo) for scopes in remaining)
        ]
        if answers:
            return set(forced | min(answers, key=lambda a: _preference(a, preferred)))
    return set(forced.union(candidates))  # not reached: all candidates together cover


def _privilege(scope: str) -> int:
    return _LEVEL_RANK.get(scope.rpartition(":")[2], _OTHER_LEVEL_RANK)


def _preference(answer: Set[str], preferred: Set[str]) -> tuple[int, int, tuple[str, ...]]:
    not_first_choices = sum(1 for scope in answer if scope not in preferred)
    return not_first_choices, sum(map(_privilege, answer)), tuple(sorted(answer))

"""sentry_api.scopes.required(): the least set of scopes covering some operations."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable

import pytest
from sentry_api import scopes
from sentry_api_client._operations import OPERATIONS


def covers(answer: Iterable[str], operation_ids: Iterable[str]) -> bool:
    granted = set(answer)
    return all(granted.intersection(OPERATIONS[op]["scopes"]) for op in operation_ids)


def smallest_cover_size(operation_ids: list[str]) -> int:
    """Brute force over every combination of every scope the spec mentions."""
    universe = sorted({scope for op in operation_ids for scope in OPERATIONS[op]["scopes"]})
    for size in range(len(universe) + 1):
        if any(covers(combo, operation_ids) for combo in itertools.combinations(universe, size)):
            return size
    raise AssertionError("no cover at all")


# --------------------------------------------------------------------------- real metadata


def test_metadata_has_the_42_operations() -> None:
    assert len(OPERATIONS) == 42


def test_one_scope_covers_read_and_write_of_issues() -> None:
    assert scopes.required({"update_issue", "retrieve_issue"}) == {"event:write"}


def test_read_and_delete_of_an_issue_need_only_admin() -> None:
    assert scopes.required(["retrieve_issue", "update_issue", "delete_issue"]) == {"event:admin"}


def test_unrelated_resources_need_one_scope_each() -> None:
    assert scopes.required(["list_project_issues", "list_organization_teams"]) == {
        "event:read",
        "org:read",
    }


@pytest.mark.parametrize("operation_id", sorted(OPERATIONS))
def test_single_operation_needs_its_first_listed_scope(operation_id: str) -> None:
    assert scopes.required([operation_id]) == {OPERATIONS[operation_id]["scopes"][0]}


def test_a_lone_string_is_one_operation() -> None:
    assert scopes.required("retrieve_issue") == scopes.required(["retrieve_issue"])


def test_no_operations_need_no_scopes() -> None:
    assert scopes.required([]) == set()


def test_duplicates_do_not_matter() -> None:
    ops = ["update_issue", "update_issue", "retrieve_issue"]
    assert scopes.required(ops) == scopes.required(set(ops))


def test_every_operation_together_is_covered_minimally() -> None:
    everything = sorted(OPERATIONS)
    answer = scopes.required(everything)
    assert covers(answer, everything)
    assert len(answer) == smallest_cover_size(everything)


def test_random_sets_are_covered_minimally() -> None:
    rng = random.Random(8)  # fixed seed: the same sets on every run
    names = sorted(OPERATIONS)
    for _ in range(60):
        chosen = rng.sample(names, rng.randint(1, 8))
        answer = scopes.required(chosen)
        assert covers(answer, chosen), chosen
        assert len(answer) == smallest_cover_size(chosen), chosen


def test_unknown_operation_is_named() -> None:
    with pytest.raises(ValueError, match="retrieve_isue"):
        scopes.required(["retrieve_issue", "retrieve_isue"])
    with pytest.raises(ValueError, match="no_such_op.*other_op|other_op.*no_such_op"):
        scopes.required(["no_such_op", "other_op"])


# --------------------------------------------------------------------------- the search itself


def test_exact_where_greedy_is_not() -> None:
    # "z:write" alone covers the most operations, so a greedy pick starts with it and ends
    # with three scopes; two ("x:read", "y:read") are enough.
    table = {
        "op1": ["x:read", "z:write"],
        "op2": ["x:read", "z:write"],
        "op3": ["x:read", "w:read"],
        "op4": ["y:read", "z:write"],
        "op5": ["y:read", "z:write"],
        "op6": ["y:read", "v:read"],
    }
    assert scopes.minimum_cover(table) == {"x:read", "y:read"}


def test_prefers_the_scope_operations_list_first() -> None:
    # Either scope alone covers both and they rank alike; only project:releases is an
    # operation's first choice (alphabetical order alone would pick org:ci).
    table = {"a": ["project:releases", "org:ci"], "b": ["project:releases", "org:ci"]}
    assert scopes.minimum_cover(table) == {"project:releases"}


def test_prefers_lower_privilege_among_first_choices() -> None:
    table = {"a": ["team:admin", "team:read"], "b": ["team:read", "team:admin"]}
    assert scopes.minimum_cover(table) == {"team:read"}
    table = {"a": ["org:write", "org:ci"], "b": ["org:ci", "org:write"]}
    assert scopes.minimum_cover(table) == {"org:ci"}


def test_first_choice_outranks_privilege() -> None:
    # Both answers have one scope; only the admin scope is an operation's first choice.
    # (Like remove_member, whose spec asks for member:admin though member:read also passes.)
    table = {"a": ["member:admin", "member:read"], "b": ["member:admin", "member:read"]}
    assert scopes.minimum_cover(table) == {"member:admin"}


def test_forced_scopes_are_kept() -> None:
    table = {"a": ["member:admin"], "b": ["member:read", "member:admin"], "c": ["org:read"]}
    assert scopes.minimum_cover(table) == {"member:admin", "org:read"}


def test_operation_without_scopes_needs_nothing() -> None:
    assert scopes.minimum_cover({"public": []}) == set()
    assert scopes.minimum_cover({"public": [], "b": ["org:read"]}) == {"org:read"}
    assert scopes.minimum_cover({}) == set()

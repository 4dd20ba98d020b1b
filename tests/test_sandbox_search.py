"""The issue search parser and request-body validation, as units."""

from __future__ import annotations

import pytest
from sentry_api.sandbox.search import SearchError, Term, compile_query, parse
from sentry_api.sandbox.seed import build_demo
from sentry_api.sandbox.state import Issue, State, Team, User
from sentry_api.sandbox.validation import validate_body


class Ctx:
    def __init__(self, state: State) -> None:
        self.state = state
        self.now = state.now
        self.me: User | None = state.demo_user
        self.org = state.org("acme")

    def find_user(self, text: str) -> User | None:
        assert self.org is not None
        return self.state.find_user(self.org, text)

    def find_team(self, slug: str) -> Team | None:
        assert self.org is not None
        return self.state.team(self.org, slug)

    def my_teams(self) -> list[Team]:
        assert self.org is not None
        return self.state.user_teams(self.org, self.me)


@pytest.fixture(scope="module")
def state() -> State:
    state = State(seed=3)
    build_demo(state, 300)
    return state


def matching(state: State, query: str) -> list[Issue]:
    predicate = compile_query(parse(query), Ctx(state))
    issues = list(state.issues.values())
    return issues if predicate is None else [i for i in issues if predicate(i)]


def test_parse_splits_filters_and_text() -> None:
    parsed = parse(
        'is:unresolved !level:info assigned:"Dana Developer" level:[error,fatal] '
        'checkout "cannot read"'
    )
    assert parsed.terms == (
        Term("is", ("unresolved",)),
        Term("level", ("info",), negated=True),
        Term("assigned", ("Dana Developer",)),
        Term("level", ("error", "fatal")),
    )
    assert parsed.text == ("checkout", "cannot read")


@pytest.mark.parametrize("query", ["is:nonsense", "level:", "foo OR bar", "times_seen:>lots"])
def test_invalid_queries(state: State, query: str) -> None:
    with pytest.raises(SearchError):
        compile_query(parse(query), Ctx(state))


def test_status_and_level_filters(state: State) -> None:
    unresolved = matching(state, "is:unresolved")
    assert unresolved and all(i.status == "unresolved" for i in unresolved)
    assert {i.status for i in matching(state, "is:archived")} == {"ignored"}
    fatal_or_error = matching(state, "level:[fatal,error]")
    assert {i.level for i in fatal_or_error} == {"fatal", "error"}
    assert not set(matching(state, "!level:error")) & set(matching(state, "level:error"))


def test_assignment_filters(state: State) -> None:
    unassigned = matching(state, "is:unassigned")
    assert unassigned and all(i.assignee is None for i in unassigned)
    assert set(matching(state, "assigned:none")) == set(unassigned)
    teams = matching(state, "assigned:#backend")
    assert teams and all(getattr(i.assignee, "slug", None) == "backend" for i in teams)
    dana = matching(state, "assigned:dana@acme.example")
    assert dana and all(getattr(i.assignee, "email", None) == "dana@acme.example" for i in dana)
    assert matching(state, "assigned:nobody@nowhere.example") == []


def test_text_and_wildcards(state: State) -> None:
    hits = matching(state, "TypeError")
    assert hits and all("typeerror" in i.title.lower() for i in hits)
    assert set(matching(state, "project:w*")) == {
        i for i in state.issues.values() if i.project.slug.startswith("w")
    }


def test_comparisons_and_dates(state: State) -> None:
    busy = matching(state, "times_seen:>100")
    assert busy and all(i.times_seen > 100 for i in busy)
    recent = matching(state, "lastSeen:-24h")
    assert all(i.last_seen >= state.now - 86400 for i in recent)
    old = matching(state, "firstSeen:+30d")
    assert all(i.first_seen <= state.now - 30 * 86400 for i in old)
    assert set(recent) | set(matching(state, "lastSeen:+24h")) == set(state.issues.values())


def test_tags(state: State) -> None:
    browsers = matching(state, "browser.name:Chrome")
    assert browsers and all(
        i.project.platform.startswith(("javascript", "node"))
        for i in browsers
        if i.project.platform
    )
    assert matching(state, "no.such.tag:x") == []


@pytest.mark.parametrize(
    ("body", "errors"),
    [
        ({}, {"name": ["This field is required."]}),
        ({"name": ""}, {"name": ["This field may not be blank."]}),
        ({"name": "x", "count": "seven"}, {"count": ["A valid integer is required."]}),
        ({"name": "x", "flag": "maybe"}, {"flag": ["Must be a valid boolean."]}),
        ({"name": "x", "role": "emperor"}, {"role": ['"emperor" is not a valid choice.']}),
        ({"name": "x", "tags": "a"}, {"tags": ['Expected a list of items but got type "str".']}),
        ({"name": None}, {"name": ["This field may not be null."]}),
        ([], {"non_field_errors": ["Invalid data. Expected a dictionary, but got list."]}),
    ],
)
def test_validation_messages(body: object, errors: dict[str, list[str]]) -> None:
    schema = {
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 1},
            "count": {"type": "integer"},
            "flag": {"type": "boolean"},
            "role": {"type": "string", "enum": ["member", "admin"]},
            "tags": {"type": "array", "items": {"type": "string"}},
        },
    }
    assert validate_body(schema, body)[1] == errors


def test_validation_coerces_like_drf() -> None:
    schema = {
        "type": "object",
        "properties": {"n": {"type": "integer"}, "b": {"type": ["boolean", "null"]}},
    }
    cleaned, errors = validate_body(schema, {"n": "5", "b": "true", "extra": 1})
    assert errors == {} and cleaned == {"n": 5, "b": True, "extra": 1}

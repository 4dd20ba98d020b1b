"""Sentry's issue search syntax, parsed and compiled to a predicate over sandbox issues.

Supported (``!`` before a key negates it; ``key:[a,b]`` means any of; ``*`` is a wildcard):

* ``is:`` unresolved, resolved, ignored (= archived, muted), assigned, unassigned, for_review,
  linked, unlinked, and substatuses (new, ongoing, regressed, escalating, archived_forever,
  archived_until_escalating, archived_until_condition_met)
* ``level:``, ``assigned:`` / ``assigned_or_suggested:`` (``me``, ``none``, ``my_teams``,
  ``#team-slug``, an email, a username or ``user:ID``), ``bookmarks:`` (``me`` or a user),
  ``has:assignee``, ``project:`` (slug), ``environment:``, ``release:`` / ``firstRelease:``,
  ``issue.priority:`` (or ``priority:``), ``issue.category:``, ``issue.type:``, ``issue.id:``,
  ``platform:``, ``message:`` (title or culprit contains)
* comparisons: ``times_seen:>10``, ``user.count:<=3``, ``age:-24h`` (first seen in the last
  24 hours; ``+`` means older), ``firstSeen:``/``lastSeen:`` with a relative or ISO date
* any other ``key:value`` matches the issue's tags (``browser.name:Chrome``, ``handled:no``)
* free text: every word (or ``"quoted phrase"``) must occur in the title, case-insensitively

Errors raise :class:`SearchError` whose message is the ``detail`` of Sentry's 400.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from .state import Issue, Team, User
from .util import parse_iso

Predicate = Callable[[Issue], bool]

IS_VALUES = (
    "archived",
    "assigned",
    "escalating",
    "for_review",
    "ignored",
    "linked",
    "muted",
    "new",
    "ongoing",
    "regressed",
    "resolved",
    "unassigned",
    "unlinked",
    "unresolved",
    "archived_forever",
    "archived_until_condition_met",
    "archived_until_escalating",
)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
_RELATIVE = re.compile(r"^([+-])(\d+)([smhdw])$")
_COMPARISON = re.compile(r"^(>=|<=|>|<|=)?(.*)$")
_TOKEN = re.compile(r'(!?[\w.\-]+:(?:"(?:[^"\\]|\\.)*"|\[[^\]]*\]|\S*))|("(?:[^"\\]|\\.)*")|(\S+)')


class SearchError(ValueError):
    """A query Sentry would reject; the message is the 400 ``detail``."""


@dataclass(frozen=True)
class Term:
    key: str
    values: tuple[str, ...]
    negated: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    text: tuple[str, ...]


class SearchContext(Protocol):
    """What a query needs to know about its surroundings (who "me" is, which teams exist)."""

    now: float
    me: User | None

    def find_user(self, text: str) -> User | None: ...

    def find_team(self, slug: str) -> Team | None: ...

    def my_teams(self) -> list[Team]: ...


def parse(query: str) -> ParsedQuery:
    terms: list[Term] = []
    text: list[str] = []
    for match in _TOKEN.finditer(query or ""):
        filter_token, phrase, word = match.groups()
        if filter_token:
            terms.append(_parse_filter(filter_token))
        elif phrase:
            text.append(_unquote(phrase))
        elif word in ("AND", "OR"):
            raise SearchError(
                'Error parsing search query: Boolean statements containing "OR" or "AND" are '
                "not supported in this search"
            )
        elif word:
            text.append(word)
    return ParsedQuery(tuple(terms), tuple(text))


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return re.sub(r"\\(.)", r"\1", value[1:-1])
    return value


def _parse_filter(token: str) -> Term:
    negated = token.startswith("!")
    key, _, raw = token.lstrip("!").partition(":")
    if raw == "":
        raise SearchError(f"Error parsing search query: Empty string after '{key}:'")
    if raw.startswith("[") and raw.endswith("]"):
        values = tuple(_unquote(v.strip()) for v in raw[1:-1].split(",") if v.strip())
        if not values:
            raise SearchError(f"Error parsing search query: Empty list after '{key}:'")
    else:
        values = (_unquote(raw),)
    return Term(key, values, negated)


def compile_query(parsed: ParsedQuery, ctx: SearchContext) -> Predicate | None:
    """A predicate for ``parsed``, or None when the query matches everything."""
    predicates = [_compile_term(term, ctx) for term in parsed.terms]
    words = [w.lower() for w in parsed.text]
    if words:
        predicates.append(lambda issue: all(w in issue.title.lower() for w in words))
    if not predicates:
        return None
    if len(predicates) == 1:
        return predicates[0]
    return lambda issue: all(p(issue) for p in predicates)


def _compile_term(term: Term, ctx: SearchContext) -> Predicate:
    factory = _FILTERS.get(term.key)
    if factory is None:
        factory = _COMPARISONS.get(term.key)
    predicate = factory(term.values, ctx) if factory else _tag_filter(term.key, term.values)
    if term.negated:
        return lambda issue: not predicate(issue)
    return predicate


def _any_of(values: Sequence[str], test: Callable[[str], Predicate]) -> Predicate:
    tests = [test(v) for v in values]
    if len(tests) == 1:
        return tests[0]
    return lambda issue: any(t(issue) for t in tests)


def _text_matcher(pattern: str) -> Callable[[str | None], bool]:
    """Case-insensitive equality, or a glob when the value holds ``*``."""
    lowered = pattern.lower()
    if "*" in lowered:
        return lambda value: value is not None and fnmatch.fnmatchcase(value.lower(), lowered)
    return lambda value: value is not None and value.lower() == lowered


# ---------------------------------------------------------------------------- is:


def _is_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    return _any_of(values, _is_value)


def _is_value(value: str) -> Predicate:
    if value not in IS_VALUES:
        raise SearchError(f'Invalid value for "is" search, valid values are {sorted(IS_VALUES)}')
    if value in ("ignored", "archived", "muted"):
        return lambda issue: issue.status == "ignored"
    if value in ("unresolved", "resolved"):
        return lambda issue: issue.status == value
    if value == "assigned":
        return lambda issue: issue.assignee is not None
    if value == "unassigned":
        return lambda issue: issue.assignee is None
    if value == "for_review":
        # Sentry's review inbox: unresolved issues that are new or regressed and not yet seen.
        return lambda issue: (
            issue.status == "unresolved" and issue.substatus in ("new", "regressed")
        )
    if value == "linked":
        return lambda issue: False  # the sandbox has no issue-tracker integrations
    if value == "unlinked":
        return lambda issue: True
    return lambda issue: issue.substatus == value


# ---------------------------------------------------------------------------- people


def _assigned_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    return _any_of(values, lambda v: _assignee_value(v, ctx))


def _assignee_value(value: str, ctx: SearchContext) -> Predicate:
    lowered = value.lower()
    if lowered == "none":
        return lambda issue: issue.assignee is None
    if lowered == "me":
        me = ctx.me
        return lambda issue: me is not None and issue.assignee is me
    if lowered in ("my_teams", "#my_teams"):
        teams = ctx.my_teams()
        return lambda issue: any(issue.assignee is t for t in teams)
    if lowered == "me_or_none":
        me = ctx.me
        return lambda issue: issue.assignee is None or issue.assignee is me
    if value.startswith("#"):
        team = ctx.find_team(value[1:])
        return lambda issue: team is not None and issue.assignee is team
    user = ctx.find_user(value.removeprefix("user:"))
    return lambda issue: user is not None and issue.assignee is user


def _bookmarks_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    # The sandbox keeps one bookmark flag per issue; it stands for the caller's bookmark.
    def value_test(value: str) -> Predicate:
        user = ctx.me if value.lower() == "me" else ctx.find_user(value)
        return lambda issue: user is not None and user is ctx.me and issue.is_bookmarked

    return _any_of(values, value_test)


def _has_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    def value_test(value: str) -> Predicate:
        if value in ("assignee", "assigned"):
            return lambda issue: issue.assignee is not None
        if value == "release":
            return lambda issue: issue.first_release is not None
        return lambda issue: issue_tags(issue).get(value) is not None

    return _any_of(values, value_test)


# ---------------------------------------------------------------------------- attributes


def _attribute_filter(getter: Callable[[Issue], str | None]) -> Any:
    def factory(values: Sequence[str], ctx: SearchContext) -> Predicate:
        def value_test(value: str) -> Predicate:
            match = _text_matcher(value)
            return lambda issue: match(getter(issue))

        return _any_of(values, value_test)

    return factory


def _environment_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    def value_test(value: str) -> Predicate:
        match = _text_matcher(value)
        return lambda issue: any(match(env) for env in issue.environments)

    return _any_of(values, value_test)


def _release_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    def value_test(value: str) -> Predicate:
        match = _text_matcher(value)
        return lambda issue: any(
            r is not None and match(r.version) for r in (issue.first_release, issue.last_release)
        )

    return _any_of(values, value_test)


def _message_filter(values: Sequence[str], ctx: SearchContext) -> Predicate:
    def value_test(value: str) -> Predicate:
        needle = value.lower().strip("*")
        return lambda issue: needle in issue.title.lower() or needle in issue.culprit.lower()

    return _any_of(values, value_test)


def _tag_filter(key: str, values: Sequence[str]) -> Predicate:
    def value_test(value: str) -> Predicate:
        match = _text_matcher(value)
        return lambda issue: match(issue_tags(issue).get(key))

    return _any_of(values, value_test)


def issue_tags(issue: Issue) -> dict[str, str]:
    """The tag values an issue's events carry (derived from the issue, like its events)."""
    platform = issue.project.platform or ""
    tags = {
        "level": issue.level,
        "environment": issue.environments[0],
        "handled": "no" if issue.is_unhandled else "yes",
        "mechanism": "onerror" if issue.is_unhandled else "generic",
    }
    if issue.first_release is not None:
        tags["release"] = issue.first_release.version
    if platform.startswith("python"):
        tags["runtime"] = "CPython 3.12.3"
        tags["server_name"] = f"web-{issue.seed % 4 + 1}.acme.internal"
    elif platform.startswith("react-native"):
        tags["os.name"] = ("iOS", "Android")[issue.seed % 2]
        tags["device"] = ("iPhone15,2", "Pixel 8")[issue.seed % 2]
    else:
        browser = ("Chrome", "Firefox", "Safari", "Edge")[issue.seed % 4]
        tags["browser.name"] = browser
        tags["browser"] = f"{browser} {120 + issue.seed % 10}"
        tags["os.name"] = ("Windows", "Mac OS X", "Linux")[issue.seed % 3]
    return tags


# ---------------------------------------------------------------------------- comparisons


def _numeric(getter: Callable[[Issue], float]) -> Any:
    def factory(values: Sequence[str], ctx: SearchContext) -> Predicate:
        return _any_of(values, lambda v: _number_test(v, getter))

    return factory


def _number_test(raw: str, getter: Callable[[Issue], float]) -> Predicate:
    operator, number_text = _split_operator(raw)
    try:
        number = float(number_text.replace("k", "000"))
    except ValueError:
        raise SearchError(f"Error parsing search query: Invalid number: {number_text}") from None
    return _compare(operator, getter, number)


def _split_operator(raw: str) -> tuple[str, str]:
    match = _COMPARISON.match(raw)
    assert match is not None  # the pattern accepts every string
    return match.group(1) or "=", match.group(2)


def _compare(operator: str, getter: Callable[[Issue], float], bound: float) -> Predicate:
    if operator == ">":
        return lambda issue: getter(issue) > bound
    if operator == ">=":
        return lambda issue: getter(issue) >= bound
    if operator == "<":
        return lambda issue: getter(issue) < bound
    if operator == "<=":
        return lambda issue: getter(issue) <= bound
    return lambda issue: getter(issue) == bound


def _date(getter: Callable[[Issue], float]) -> Any:
    def factory(values: Sequence[str], ctx: SearchContext) -> Predicate:
        return _any_of(values, lambda v: _date_test(v, getter, ctx.now))

    return factory


def _date_test(raw: str, getter: Callable[[Issue], float], now: float) -> Predicate:
    relative = _RELATIVE.match(raw)
    if relative and len(relative.group(2)) > 12:  # no real period; Python cannot read 4300+
        raise SearchError(f"Error parsing search query: Invalid date: {raw[:40]}")
    if relative:
        sign, amount, unit = relative.groups()
        bound = now - int(amount) * _UNITS[unit]
        # "-24h" = within the last 24 hours (newer than the bound); "+24h" = older.
        return _compare(">=" if sign == "-" else "<=", getter, bound)
    operator, text = _split_operator(raw)
    try:
        moment = parse_iso(text)
    except ValueError:
        raise SearchError(f"Error parsing search query: Invalid date: {raw}") from None
    if operator == "=":
        # A bare date means that whole day.
        return lambda issue: moment <= getter(issue) < moment + 86400
    return _compare(operator, getter, moment)


def _first_release(issue: Issue) -> str | None:
    return issue.first_release.version if issue.first_release else None


_FILTERS: dict[str, Callable[[Sequence[str], SearchContext], Predicate]] = {
    "is": _is_filter,
    "assigned": _assigned_filter,
    "assigned_or_suggested": _assigned_filter,
    "bookmarks": _bookmarks_filter,
    "has": _has_filter,
    "level": _attribute_filter(lambda i: i.level),
    "project": _attribute_filter(lambda i: i.project.slug),
    "platform": _attribute_filter(lambda i: i.project.platform),
    "environment": _environment_filter,
    "release": _release_filter,
    "firstRelease": _attribute_filter(lambda i: _first_release(i)),
    "first_release": _attribute_filter(lambda i: _first_release(i)),
    "issue.priority": _attribute_filter(lambda i: i.priority),
    "priority": _attribute_filter(lambda i: i.priority),
    "issue.category": _attribute_filter(lambda i: "error"),
    "issue.type": _attribute_filter(lambda i: "error"),
    "issue.id": _attribute_filter(lambda i: str(i.id)),
    "id": _attribute_filter(lambda i: str(i.id)),
    "message": _message_filter,
}
_COMPARISONS: dict[str, Callable[[Sequence[str], SearchContext], Predicate]] = {
    "times_seen": _numeric(lambda i: i.times_seen),
    "timesSeen": _numeric(lambda i: i.times_seen),
    "user.count": _numeric(lambda i: i.user_count),
    "age": _date(lambda i: i.first_seen),
    "firstSeen": _date(lambda i: i.first_seen),
    "first_seen": _date(lambda i: i.first_seen),
    "lastSeen": _date(lambda i: i.last_seen),
    "last_seen": _date(lambda i: i.last_seen),
}

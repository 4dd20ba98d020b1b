"""The four seed actions agent platforms already call, with their fixed output shapes.

Each takes a client first (sync :class:`~sentry_api.client.SentryClient` or async
:class:`~sentry_api.client.AsyncSentryClient`; with the async client the action returns an
awaitable) and never raises. ``to_dict()`` of the output is exactly::

    list_issue_events, list_project_events
        -> {"success": bool, "error": str|null, "events": [EventSummary]}
    list_project_issues
        -> {"success": bool, "error": str|null, "issues": [IssueSummary]}
    update_issue
        -> {"success": bool, "error": str|null, "issue": IssueSummary|null}

    EventSummary = {event_id, title, message, platform, date_created, date_received,
                    tags: [{key: value}]}
    IssueSummary = {id, title, short_id, status, level, permalink, assigned_to, has_seen,
                    is_bookmarked, is_public, count, first_seen, last_seen}

Dates are the strings Sentry sent. ``assigned_to`` is the assignee as Sentry's actor id
(``"user:42"`` or ``"team:7"``), which ``update_issue(assigned_to=...)`` accepts back.
With ``full=True`` each EventSummary also carries ``"event"``: the full event body Sentry
returned (``entries`` with the stack trace, contexts, SDK...); it is the only key beyond the
reference shape and appears only when asked for. ``output_schema(name)`` gives each output's
JSON Schema (the reference schemas, plus that optional ``event``).

The underlying :class:`~sentry_api.result.Result` (cursor, rate limits, status) stays
available as ``output.result``; it is not part of ``to_dict()``.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, TypeVar

import attrs

from sentry_api.models import raw_json
from sentry_api.result import Result

__all__ = [
    "ACTIONS",
    "EventSummary",
    "IssueSummary",
    "ListEventsOutput",
    "ListIssuesOutput",
    "UpdateIssueOutput",
    "list_issue_events",
    "list_project_events",
    "list_project_issues",
    "output_schema",
    "update_issue",
]

DEFAULT_QUERY = "is:unresolved"


# --------------------------------------------------------------------------- outputs


@attrs.frozen(slots=True)
class EventSummary:
    event_id: str | None = None
    title: str | None = None
    message: str | None = None
    platform: str | None = None
    date_created: str | None = None
    date_received: str | None = None
    tags: list[dict[str, str | None]] = attrs.field(factory=list)
    event: dict[str, Any] | None = None  # the full body, only with full=True

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "event_id": self.event_id,
            "title": self.title,
            "message": self.message,
            "platform": self.platform,
            "date_created": self.date_created,
            "date_received": self.date_received,
            "tags": [dict(tag) for tag in self.tags],
        }
        if self.event is not None:
            out["event"] = copy.deepcopy(self.event)
        return out


@attrs.frozen(slots=True)
class IssueSummary:
    id: str | None = None
    title: str | None = None
    short_id: str | None = None
    status: str | None = None
    level: str | None = None
    permalink: str | None = None
    assigned_to: str | None = None
    has_seen: bool | None = None
    is_bookmarked: bool | None = None
    is_public: bool | None = None
    count: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return attrs.asdict(self)


@attrs.frozen(slots=True)
class ListEventsOutput:
    success: bool
    error: str | None = None
    events: list[EventSummary] = attrs.field(factory=list)
    result: Result[Any] | None = attrs.field(default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "error": self.error,
            "events": [e.to_dict() for e in self.events],
        }


@attrs.frozen(slots=True)
class ListIssuesOutput:
    success: bool
    error: str | None = None
    issues: list[IssueSummary] = attrs.field(factory=list)
    result: Result[Any] | None = attrs.field(default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "error": self.error,
            "issues": [i.to_dict() for i in self.issues],
        }


@attrs.frozen(slots=True)
class UpdateIssueOutput:
    success: bool
    error: str | None = None
    issue: IssueSummary | None = None
    result: Result[Any] | None = attrs.field(default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "success": self.success,
            "error": self.error,
            "issue": None if self.issue is None else self.issue.to_dict(),
        }


# --------------------------------------------------------------------------- mapping


def _str(value: Any) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def _bool(value: Any) -> bool | None:
    return value if isinstance(value, bool) else None


def _tags(value: Any) -> list[dict[str, str | None]]:
    tags: list[dict[str, str | None]] = []
    for tag in value if isinstance(value, list) else ():
        if isinstance(tag, Mapping) and isinstance(tag.get("key"), str):
            tags.append({tag["key"]: _str(tag.get("value"))})
    return tags


def event_summary(event: Any, full: bool = False) -> EventSummary:
    raw = raw_json(event)
    data: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    return EventSummary(
        event_id=_str(data.get("eventID") or data.get("id")),
        title=_str(data.get("title")),
        message=_str(data.get("message")),
        platform=_str(data.get("platform")),
        date_created=_str(data.get("dateCreated")),
        date_received=_str(data.get("dateReceived")),
        tags=_tags(data.get("tags")),
        event=copy.deepcopy(dict(data)) if full else None,
    )


def _actor(value: Any) -> str | None:
    """``{"type": "user", "id": "42", ...}`` -> ``"user:42"`` (what update_issue accepts)."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        kind, ident = value.get("type"), value.get("id")
        if isinstance(kind, str) and ident is not None:
            return f"{kind}:{ident}"
        return _str(value.get("email") or value.get("name"))
    return None


def issue_summary(issue: Any) -> IssueSummary:
    raw = raw_json(issue)
    data: Mapping[str, Any] = raw if isinstance(raw, Mapping) else {}
    return IssueSummary(
        id=_str(data.get("id")),
        title=_str(data.get("title")),
        short_id=_str(data.get("shortId")),
        status=_str(data.get("status")),
        level=_str(data.get("level")),
        permalink=_str(data.get("permalink")),
        assigned_to=_actor(data.get("assignedTo")),
        has_seen=_bool(data.get("hasSeen")),
        is_bookmarked=_bool(data.get("isBookmarked")),
        is_public=_bool(data.get("isPublic")),
        count=_str(data.get("count")),
        first_seen=_str(data.get("firstSeen")),
        last_seen=_str(data.get("lastSeen")),
    )


# --------------------------------------------------------------------------- the actions

T = TypeVar("T")


def _finish(
    outcome: Result[Any] | Awaitable[Result[Any]], build: Callable[[Result[Any]], T]
) -> T | Awaitable[T]:
    """Apply ``build`` to a Result, or (async client) to the awaited Result."""
    if inspect.isawaitable(outcome):

        async def later() -> T:
            try:
                result = await outcome
            except Exception as exc:  # noqa: BLE001 - actions never raise
                result = Result.failure(
                    "internal", f"unexpected error: {type(exc).__name__}: {exc}"
                )
            return build(result)

        return later()
    return build(outcome)


def _check_max(max_results: Any) -> str | None:
    if isinstance(max_results, bool) or not isinstance(max_results, int) or max_results < 1:
        return f"max_results must be a positive integer, got {max_results!r}"
    return None


def _events_output(full: bool) -> Callable[[Result[Any]], ListEventsOutput]:
    def build(result: Result[Any]) -> ListEventsOutput:
        if not result.success:
            return ListEventsOutput(False, result.error, [], result)
        return ListEventsOutput(
            True, None, [event_summary(e, full) for e in result.data or []], result
        )

    return build


def _issues_output(result: Result[Any]) -> ListIssuesOutput:
    if not result.success:
        return ListIssuesOutput(False, result.error, [], result)
    return ListIssuesOutput(True, None, [issue_summary(i) for i in result.data or []], result)


def _issue_output(result: Result[Any]) -> UpdateIssueOutput:
    if not result.success:
        return UpdateIssueOutput(False, result.error, None, result)
    return UpdateIssueOutput(True, None, issue_summary(result.data), result)


def _refuse(
    build: Callable[[Result[Any]], T], client: Any, message: str, operation: str
) -> T | Awaitable[T]:
    failure = Result.failure("invalid_request", message, operation=operation)
    if inspect.iscoroutinefunction(getattr(client, "call", None)):

        async def later() -> T:
            return build(failure)

        return later()
    return build(failure)


def list_issue_events(
    client: Any, issue_id: str, full: bool = False, max_results: int = 100
) -> ListEventsOutput | Awaitable[ListEventsOutput]:
    """The events of one issue (newest first), up to ``max_results``.

    The issue is looked up in the client's default organization (``organization=`` /
    ``SENTRY_ORG``).
    """
    build = _events_output(bool(full))
    problem = _check_max(max_results)
    if problem:
        return _refuse(build, client, problem, "list_issue_events")
    return _finish(
        client.call(
            "list_issue_events", issue_id=issue_id, full=bool(full), max_results=max_results
        ),
        build,
    )


def list_project_events(
    client: Any,
    organization_slug: str,
    project_slug: str,
    full: bool = False,
    max_results: int = 100,
) -> ListEventsOutput | Awaitable[ListEventsOutput]:
    """The events of one project (newest first), up to ``max_results``."""
    build = _events_output(bool(full))
    problem = _check_max(max_results)
    if problem:
        return _refuse(build, client, problem, "list_project_events")
    return _finish(
        client.call(
            "list_project_events",
            organization_id_or_slug=organization_slug,
            project_id_or_slug=project_slug,
            full=bool(full),
            max_results=max_results,
        ),
        build,
    )


def list_project_issues(
    client: Any,
    organization_slug: str,
    project_slug: str,
    query: str | None = None,
    stats_period: str | None = None,
    short_id_lookup: bool | None = None,
    max_results: int = 100,
) -> ListIssuesOutput | Awaitable[ListIssuesOutput]:
    """A project's issues matching ``query`` (default ``is:unresolved``), up to ``max_results``."""
    problem = _check_max(max_results)
    if problem:
        return _refuse(_issues_output, client, problem, "list_project_issues")
    return _finish(
        client.call(
            "list_project_issues",
            organization_id_or_slug=organization_slug,
            project_id_or_slug=project_slug,
            query=DEFAULT_QUERY if query is None else query,
            stats_period=stats_period,
            short_id_lookup=short_id_lookup,
            max_results=max_results,
        ),
        _issues_output,
    )


def update_issue(
    client: Any,
    issue_id: str,
    status: str | None = None,
    assigned_to: str | None = None,
    has_seen: bool | None = None,
    is_bookmarked: bool | None = None,
    is_public: bool | None = None,
) -> UpdateIssueOutput | Awaitable[UpdateIssueOutput]:
    """Change one issue (in the client's default organization); only the given fields change.

    ``status``: resolved, resolvedInNextRelease, unresolved or ignored. ``assigned_to``: an
    actor id (``user:42``, ``team:7``), a username or an email; ``""`` unassigns.
    """
    changes = {
        "status": status,
        "assignedTo": assigned_to,
        "hasSeen": has_seen,
        "isBookmarked": is_bookmarked,
        "isPublic": is_public,
    }
    body = {key: value for key, value in changes.items() if value is not None}
    if not body:
        return _refuse(
            _issue_output,
            client,
            "update_issue: nothing to change; give status, assigned_to, has_seen, "
            "is_bookmarked or is_public",
            "update_issue",
        )
    return _finish(client.call("update_issue", issue_id=issue_id, body=body), _issue_output)


ACTIONS: dict[str, Callable[..., Any]] = {
    "list_issue_events": list_issue_events,
    "list_project_events": list_project_events,
    "list_project_issues": list_project_issues,
    "update_issue": update_issue,
}


# --------------------------------------------------------------------------- schemas


def _title(name: str) -> str:
    return " ".join(part.capitalize() for part in name.split("_"))


def _nullable(name: str, kind: str) -> dict[str, Any]:
    return {"anyOf": [{"type": kind}, {"type": "null"}], "default": None, "title": _title(name)}


def _event_summary_schema() -> dict[str, Any]:
    properties: dict[str, Any] = {
        name: _nullable(name, "string")
        for name in ("event_id", "title", "message", "platform", "date_created", "date_received")
    }
    properties["tags"] = {
        "items": {
            "additionalProperties": {"anyOf": [{"type": "string"}, {"type": "null"}]},
            "type": "object",
        },
        "title": "Tags",
        "type": "array",
    }
    # Beyond the reference shape: present only with full=True.
    properties["event"] = {
        "anyOf": [{"type": "object"}, {"type": "null"}],
        "default": None,
        "title": "Event",
        "description": (
            "The full event body (entries with the stack trace, contexts, ...); "
            "only with full=True."
        ),
    }
    return {
        "additionalProperties": False,
        "description": "A Sentry event object.",
        "properties": properties,
        "title": "EventSummary",
        "type": "object",
    }


def _issue_summary_schema() -> dict[str, Any]:
    kinds = {
        "id": "string",
        "title": "string",
        "short_id": "string",
        "status": "string",
        "level": "string",
        "permalink": "string",
        "assigned_to": "string",
        "has_seen": "boolean",
        "is_bookmarked": "boolean",
        "is_public": "boolean",
        "count": "string",
        "first_seen": "string",
        "last_seen": "string",
    }
    return {
        "additionalProperties": False,
        "description": "A Sentry issue object.",
        "properties": {name: _nullable(name, kind) for name, kind in kinds.items()},
        "title": "IssueSummary",
        "type": "object",
    }


def _envelope(
    title: str, defs: dict[str, Any], key: str, value_schema: dict[str, Any]
) -> dict[str, Any]:
    return {
        "$defs": defs,
        "additionalProperties": False,
        "properties": {
            "success": {"title": "Success", "type": "boolean"},
            "error": _nullable("error", "string"),
            key: value_schema,
        },
        "required": ["success"],
        "title": title,
        "type": "object",
    }


def _schemas() -> dict[str, dict[str, Any]]:
    events = {"items": {"$ref": "#/$defs/EventSummary"}, "title": "Events", "type": "array"}
    issues = {"items": {"$ref": "#/$defs/IssueSummary"}, "title": "Issues", "type": "array"}
    issue = {"anyOf": [{"$ref": "#/$defs/IssueSummary"}, {"type": "null"}], "default": None}
    event_defs = {"EventSummary": _event_summary_schema()}
    issue_defs = {"IssueSummary": _issue_summary_schema()}
    return {
        "list_issue_events": _envelope("ListIssueEventsOutput", event_defs, "events", events),
        "list_project_events": _envelope("ListProjectEventsOutput", event_defs, "events", events),
        "list_project_issues": _envelope("ListProjectIssuesOutput", issue_defs, "issues", issues),
        "update_issue": _envelope("UpdateIssueOutput", issue_defs, "issue", issue),
    }


def output_schema(name: str) -> dict[str, Any]:
    """The JSON Schema of one action's ``to_dict()`` output. ``KeyError`` for an unknown name."""
    schemas = _schemas()
    if name not in schemas:
        raise KeyError(f"unknown action {name!r}; known: {', '.join(schemas)}")
    return copy.deepcopy(schemas[name])

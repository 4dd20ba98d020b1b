"""Events: an issue's events and hashes, a project's events, and single events.

Events are derived, not stored: event ``i`` of an issue is computed from the issue and the seed
whenever it is needed, and its ID encodes (issue, i) reversibly (``util.EventIdCodec``). An
issue's seeded events are spread evenly between its first and last sighting; events recorded
later (``State.record_event``) keep their own timestamps.
"""

from __future__ import annotations

from typing import Any

from .handling import ApiError, Call, ListReply, Reply, not_found, operation
from .issues import event_platform, parse_period
from .search import issue_tags
from .state import Issue, Project, State
from .util import iso, stable_hex, stable_int

EventRef = tuple[Issue, int]

_SDKS = {
    "python": ("sentry.python.django", "2.19.2"),
    "javascript": ("sentry.javascript.react", "8.42.0"),
    "node": ("sentry.javascript.node", "8.42.0"),
}


def event_time(state: State, issue: Issue, index: int) -> float:
    seeded = issue.event_count
    if index >= seeded:
        extra = issue.extra_event_times or []
        return extra[index - seeded]
    if seeded <= 1:
        return issue.last_seen
    span = issue.last_seen - issue.first_seen
    return float(int(issue.first_seen + span * index / (seeded - 1)))


def issue_events(state: State, issue: Issue) -> list[EventRef]:
    """An issue's events, newest first."""
    refs = [(issue, i) for i in range(state.total_events(issue))]
    refs.sort(key=lambda ref: (event_time(state, *ref), ref[1]), reverse=True)
    return refs


def find_event(state: State, event_id: str) -> EventRef | None:
    decoded = state.event_ids.decode(event_id.lower())
    if decoded is None:
        return None
    issue = state.issues.get(decoded[0])
    if issue is None or decoded[1] >= state.total_events(issue):
        return None
    return issue, decoded[1]


def issue_hashes(state: State, issue: Issue) -> list[str]:
    """The grouping hashes of an issue (one or two, like most real issues)."""
    count = 1 + issue.seed % 2
    return [stable_hex("hash", state.seed, issue.id, n) for n in range(count)]


# ------------------------------------------------------------------------------ serializers


def _event_user(issue: Issue, index: int) -> dict[str, Any] | None:
    users = issue.project.users
    if not users:
        return None
    user = users[(issue.seed + index) % len(users)]
    return {
        "id": user.identifier or None,
        "email": user.email,
        "username": user.username,
        "ip_address": user.ip_address,
        "name": user.name,
        "geo": {"country_code": "DE" if issue.org.region == "de" else "US"},
        "data": None,
    }


def _tags(issue: Issue, index: int, user: dict[str, Any] | None) -> list[dict[str, str]]:
    tags = issue_tags(issue)
    tags["environment"] = issue.environments[index % len(issue.environments)]
    if user is not None:
        ident = user["id"] or user["email"] or user["username"] or user["ip_address"]
        kind = "id" if user["id"] else "email" if user["email"] else "username"
        tags["user"] = f"{kind}:{ident}"
    return [{"key": key, "value": value} for key, value in sorted(tags.items())]


def serialize_event(state: State, issue: Issue, index: int, *, full: bool) -> dict[str, Any]:
    """An event: the summary of lists, or (``full``) the whole body."""
    project = issue.project
    platform = event_platform(project)
    when = event_time(state, issue, index)
    user = _event_user(issue, index)
    filename = issue.culprit.split(" in ")[0]
    data: dict[str, Any] = {
        "id": state.event_ids.encode(issue.id, index),
        "eventID": state.event_ids.encode(issue.id, index),
        "groupID": str(issue.id),
        "projectID": str(project.id),
        "title": issue.title,
        "message": "",
        "location": filename,
        "culprit": issue.culprit,
        "user": user,
        "tags": _tags(issue, index, user),
        "platform": platform,
        "dateCreated": iso(when),
        "crashFile": None,
        "metadata": {
            "type": issue.exc_type,
            "value": issue.exc_value,
            "filename": filename,
            "function": issue.culprit.rpartition(" in ")[2],
        },
    }
    if not full:
        data["event.type"] = "error"
        return data
    data.update(_full_body(state, issue, index, platform, when))
    return data


def _full_body(
    state: State, issue: Issue, index: int, platform: str, when: float
) -> dict[str, Any]:
    sdk_name, sdk_version = _SDKS.get(platform, ("sentry.native", "0.7.0"))
    release = issue.first_release
    return {
        "type": "error",
        "entries": _entries(issue, index, platform, when),
        "contexts": _contexts(issue, platform, index),
        "context": {},
        "sdk": {"name": sdk_name, "version": sdk_version},
        "packages": {},
        "errors": [],
        "dateReceived": iso(when + 0.25),
        "size": 2048 + (issue.seed + index) % 8192,
        "dist": None,
        "occurrence": None,
        "_meta": {
            "entries": {},
            "message": None,
            "user": None,
            "contexts": None,
            "sdk": None,
            "context": None,
            "packages": None,
            "tags": {},
        },
        "fingerprints": [stable_hex("fingerprint", issue.id)],
        "groupingConfig": {
            "id": "newstyle:2023-01-11",
            "enhancements": "KLUv_SAYwQAAkwKRs2xlZ2FjeS",
        },
        "release": (
            {
                "version": release.version,
                "shortVersion": release.version,
                "dateCreated": iso(release.date_created),
                "dateReleased": iso(release.date_released),
                "url": release.url,
                "ref": release.ref,
            }
            if release
            else None
        ),
        "userReport": None,
        "resolvedWith": [],
        "sdkUpdates": [],
    }


def _frames(issue: Issue, platform: str) -> list[dict[str, Any]]:
    filename, _, function = issue.culprit.partition(" in ")
    depth = 3 + issue.seed % 4
    frames = []
    for level in range(depth):
        in_app = level >= depth - 2
        if platform == "python":
            module = filename if in_app else f"django.core.handlers.base{'.' * 0}"
            path = f"{module.replace('.', '/')}.py"
        else:
            module = filename.rsplit(".", 1)[0] if in_app else "node_modules/react-dom/cjs"
            path = filename if in_app else "node_modules/react-dom/cjs/react-dom.production.min.js"
        line = 10 + (issue.seed >> level) % 400
        frames.append(
            {
                "filename": path,
                "absPath": path,
                "module": module,
                "package": None,
                "platform": None,
                "function": function if level == depth - 1 else f"frame_{level}",
                "lineNo": line,
                "colNo": None if platform == "python" else 5 + level,
                "inApp": in_app,
                "context": [[line - 1, ""], [line, f"    {function}()"], [line + 1, ""]],
                "vars": {"request": "<WSGIRequest>"} if platform == "python" and in_app else None,
                "instructionAddr": None,
                "symbolAddr": None,
                "trust": None,
                "errors": None,
                "symbol": None,
            }
        )
    return frames


def _entries(issue: Issue, index: int, platform: str, when: float) -> list[dict[str, Any]]:
    exception = {
        "type": "exception",
        "data": {
            "values": [
                {
                    "type": issue.exc_type,
                    "value": issue.exc_value,
                    "module": None,
                    "mechanism": {
                        "type": "onerror" if issue.is_unhandled else "generic",
                        "handled": not issue.is_unhandled,
                    },
                    "threadId": None,
                    "rawStacktrace": None,
                    "stacktrace": {
                        "frames": _frames(issue, platform),
                        "framesOmitted": None,
                        "registers": None,
                        "hasSystemFrames": True,
                    },
                }
            ],
            "excOmitted": None,
            "hasSystemFrames": True,
        },
    }
    breadcrumbs = {
        "type": "breadcrumbs",
        "data": {
            "values": [
                {
                    "type": "http",
                    "category": "xhr" if platform == "javascript" else "httplib",
                    "level": "info",
                    "message": None,
                    "event_id": None,
                    "timestamp": iso(when - 2 - n),
                    "data": {"method": "GET", "url": f"/api/items/{n}/", "status_code": 200},
                }
                for n in range(3)
            ]
        },
    }
    request = {
        "type": "request",
        "data": {
            "method": "POST" if index % 2 else "GET",
            "url": f"https://{issue.org.slug}.example.com/{issue.project.slug}/",
            "query": [],
            "fragment": None,
            "data": None,
            "headers": [["User-Agent", "Mozilla/5.0"]],
            "cookies": [],
            "env": None,
            "inferredContentType": None,
        },
    }
    return [exception, breadcrumbs, request]


def _contexts(issue: Issue, platform: str, index: int) -> dict[str, Any]:
    trace_id = stable_hex("trace", issue.id, index)
    contexts: dict[str, Any] = {
        "trace": {
            "trace_id": trace_id,
            "span_id": trace_id[:16],
            "op": "http.server",
            "status": "internal_error",
            "type": "trace",
        }
    }
    if platform == "python":
        contexts["runtime"] = {"name": "CPython", "version": "3.12.3", "type": "runtime"}
        contexts["os"] = {"name": "Linux", "type": "os"}
    else:
        tags = issue_tags(issue)
        contexts["browser"] = {
            "name": tags.get("browser.name", "Chrome"),
            "type": "browser",
            "version": str(120 + issue.seed % 10),
        }
        contexts["os"] = {"name": tags.get("os.name", "Windows"), "type": "os"}
    return contexts


# ------------------------------------------------------------------------------ filters


def _window(call: Call) -> tuple[float | None, float | None]:
    from .util import parse_iso

    period = call.arg("statsPeriod")
    if period:
        return call.state.now - parse_period(period), None
    start, end = call.arg("start"), call.arg("end")
    try:
        return (parse_iso(start) if start else None), (parse_iso(end) if end else None)
    except ValueError:
        raise ApiError(400, "start and end must be ISO 8601 date-times") from None


def _filtered(call: Call, refs: list[EventRef]) -> list[EventRef]:
    start, end = _window(call)
    environments = call.args("environment")
    query = (call.arg("query") or "").strip()
    if start is None and end is None and not environments and not query:
        return refs
    out = []
    for issue, index in refs:
        when = event_time(call.state, issue, index)
        if (start is not None and when < start) or (end is not None and when > end):
            continue
        if environments and issue.environments[index % len(issue.environments)] not in environments:
            continue
        if query and not _event_matches(issue, index, query):
            continue
        out.append((issue, index))
    return out


def _event_matches(issue: Issue, index: int, query: str) -> bool:
    tags = {t["key"]: t["value"] for t in _tags(issue, index, _event_user(issue, index))}
    for token in query.split():
        key, sep, value = token.partition(":")
        if sep:
            if tags.get(key, "").lower() != value.strip('"').lower():
                return False
        elif token.lower() not in issue.title.lower():
            return False
    return True


# ------------------------------------------------------------------------------ handlers


@operation("list_issue_events")
def list_issue_events(call: Call) -> ListReply[EventRef]:
    state, full = call.state, call.flag("full")
    refs = _filtered(call, issue_events(state, call.issue))
    return ListReply(refs, lambda ref: serialize_event(state, *ref, full=full))


@operation("retrieve_issue_event")
def retrieve_issue_event(call: Call) -> Reply:
    state, issue = call.state, call.issue
    refs = issue_events(state, issue)
    event_id = call.params["event_id"]
    if event_id in ("latest", "recommended"):
        ref = refs[0] if refs else None
    elif event_id == "oldest":
        ref = refs[-1] if refs else None
    else:
        ref = find_event(state, event_id)
        if ref is not None and ref[0] is not issue:
            ref = None
    if ref is None:
        raise not_found()
    position = refs.index(ref)
    data = serialize_event(state, *ref, full=True)
    # Newest first: the "previous" (older) event is the next one in the list.
    data["previousEventID"] = _event_id(state, refs, position + 1)
    data["nextEventID"] = _event_id(state, refs, position - 1)
    fmt = call.arg("llmFormat")
    if fmt:
        data["formatted"] = {"format": fmt, "content": _formatted(data, fmt)}
    return Reply(200, data)


def _event_id(state: State, refs: list[EventRef], position: int) -> str | None:
    if 0 <= position < len(refs):
        issue, index = refs[position]
        return state.event_ids.encode(issue.id, index)
    return None


def _formatted(event: dict[str, Any], fmt: str) -> str:
    frames = event["entries"][0]["data"]["values"][0]["stacktrace"]["frames"]
    lines = [f"{f['filename']}:{f['lineNo']} in {f['function']}" for f in reversed(frames)]
    if fmt == "xml":
        body = "".join(f"<frame>{line}</frame>" for line in lines)
        return f'<event id="{event["id"]}"><title>{event["title"]}</title>{body}</event>'
    return "\n".join([f"# {event['title']}", "", *[f"- {line}" for line in lines]])


def _project_events(state: State, project: Project) -> list[EventRef]:
    def build() -> list[EventRef]:
        refs = [(i, n) for i in project.issues.values() for n in range(state.total_events(i))]
        refs.sort(key=lambda ref: (event_time(state, *ref), ref[0].id, ref[1]), reverse=True)
        return refs

    result: list[EventRef] = state.cached(("project-events", project.id), build)
    return result


@operation("list_project_events")
def list_project_events(call: Call) -> ListReply[EventRef]:
    state, full = call.state, call.flag("full")
    refs = _filtered(call, _project_events(state, call.project))
    if call.flag("sample"):
        # Sentry's "sample" returns events in a stable pseudo-random order instead of by date.
        refs = sorted(refs, key=lambda ref: stable_int("sample", ref[0].id, ref[1]))
    return ListReply(refs, lambda ref: serialize_event(state, *ref, full=full))


@operation("retrieve_project_event")
def retrieve_project_event(call: Call) -> Reply:
    ref = find_event(call.state, call.params["event_id"])
    if ref is None or ref[0].project is not call.project:
        raise not_found()
    refs = issue_events(call.state, ref[0])
    position = refs.index(ref)
    data = serialize_event(call.state, *ref, full=True)
    data["previousEventID"] = _event_id(call.state, refs, position + 1)
    data["nextEventID"] = _event_id(call.state, refs, position - 1)
    return Reply(200, data)


@operation("list_issue_hashes")
def list_issue_hashes(call: Call) -> ListReply[str]:
    state, issue = call.state, call.issue
    full = call.flag("full", default=True)
    latest = issue_events(state, issue)[0]

    def serialize(digest: str) -> dict[str, Any]:
        return {
            "id": digest,
            "latestEvent": serialize_event(state, *latest, full=full),
            "mergedBySeer": False,
        }

    return ListReply(issue_hashes(state, issue), serialize)

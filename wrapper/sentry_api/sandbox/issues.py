"""Issues: search and list (per project and per organization), retrieve, update, delete, and
bulk mutation; the issue serializers.

Lists are the benchmarks' hot path. Each (scope, sort) ordering is computed once and each
filtered result is cached until an issue changes (``State.cached``), so serving a page is a
slice plus serializing the 100 issues on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from .handling import ApiError, Call, ListReply, Reply, field_error, operation
from .members import serialize_actor
from .regions import Regions
from .search import SearchError, compile_query, issue_tags, parse
from .state import Issue, Organization, Project, Release, State, Team, User
from .util import iso, stable_hex

DEFAULT_QUERY = "is:unresolved"
BULK_LIMIT = 1000  # Sentry mutates at most this many issues matched by a query
HOUR, DAY = 3600, 86400
_PERIOD = re.compile(r"^(\d+)([smhdw])$")
_MAX_PERIOD_DIGITS = 12
_UNIT = {"s": 1, "m": 60, "h": HOUR, "d": DAY, "w": 7 * DAY}
_PRIORITY_RANK = {"high": 3, "medium": 2, "low": 1}
_MASK = (1 << 64) - 1


# ------------------------------------------------------------------------------ serializers


def event_platform(project: Project) -> str:
    platform = project.platform or "other"
    if platform.startswith("python"):
        return "python"
    if platform.startswith("node"):
        return "node"
    if platform.startswith(("javascript", "react-native")):
        return "javascript"
    return platform


def stats_series(issue: Issue, key: str, now: float) -> list[list[int]]:
    """Event counts per bucket (hourly for ``24h``, daily otherwise), oldest first.

    Lists are the hot path, so timelines are not computed per issue: each issue picks one of 64
    seeded shapes at the magnitude of its event count, and the (shared, never mutated) series
    is built once per sandbox "now". Stable, cheap, and plausible — not a real histogram.
    """
    magnitude = min(issue.times_seen.bit_length(), 16)
    cache_key = (now, key, issue.seed % _PATTERNS, magnitude)
    series = _SERIES.get(cache_key)
    if series is None:
        series = _SERIES[cache_key] = _build_series(key, now, cache_key[2], magnitude)
    return series


_PATTERNS = 64
_SERIES: dict[tuple[float, str, int, int], list[list[int]]] = {}


def _build_series(key: str, now: float, pattern: int, magnitude: int) -> list[list[int]]:
    step, buckets = (HOUR, 24) if key == "24h" else (DAY, 30 if key == "30d" else 14)
    end = int(now // step) * step
    scale = max(1, (1 << magnitude) // (buckets * 2)) + 1
    state = (pattern + 1) * 0x9E3779B97F4A7C15 & _MASK
    series = []
    for index in range(buckets):
        state = (state * 6364136223846793005 + 1442695040888963407) & _MASK
        series.append([end - (buckets - 1 - index) * step, (state >> 33) % scale])
    if len(_SERIES) > 20_000:  # a long-lived process with many "now"s: start over
        _SERIES.clear()
    return series


def serialize_issue(
    issue: Issue,
    regions: Regions,
    *,
    stats: str | None = None,
    expand: Sequence[str] = (),
    collapse: Sequence[str] = (),
    now: float = 0.0,
) -> dict[str, Any]:
    """The ``Issue`` shape of lists and updates. ``stats`` names the timeline to include."""
    project = issue.project
    org = project.org
    count = str(issue.times_seen)
    data: dict[str, Any] = {
        "id": str(issue.id),
        "shareId": stable_hex("share", issue.id) if issue.is_public else None,
        "shortId": issue.short_id,
        "title": issue.title,
        "culprit": issue.culprit,
        "permalink": regions.issue_permalink(org, issue.id),
        "logger": None,
        "level": issue.level,
        "status": issue.status,
        "statusDetails": dict(issue.status_details),
        "substatus": issue.substatus,
        "isPublic": issue.is_public,
        "platform": event_platform(project),
        "project": {
            "id": str(project.id),
            "name": project.name,
            "slug": project.slug,
            "platform": project.platform,
        },
        "type": "error",
        "metadata": {
            "type": issue.exc_type,
            "value": issue.exc_value,
            "filename": issue.culprit.split(" in ")[0],
            "function": issue.culprit.rpartition(" in ")[2],
            "in_app_frame_mix": "in-app-only",
            "initial_priority": {"high": 75, "medium": 50, "low": 25}.get(issue.priority, 50),
        },
        "numComments": issue.num_comments,
        "assignedTo": serialize_actor(issue.assignee),
        "isBookmarked": issue.is_bookmarked,
        "isSubscribed": issue.is_subscribed,
        "subscriptionDetails": {"reason": "unknown"} if issue.is_subscribed else None,
        "hasSeen": issue.has_seen,
        "annotations": [],
        "issueType": "error",
        "issueCategory": "error",
        "priority": issue.priority,
        "priorityLockedAt": None,
        "isUnhandled": issue.is_unhandled,
        "count": count,
        "userCount": issue.user_count,
        "firstSeen": iso(issue.first_seen),
        "lastSeen": iso(issue.last_seen),
    }
    if stats:
        data["stats"] = {stats: stats_series(issue, stats, now)}
        data["lifetime"] = {
            "count": count,
            "userCount": issue.user_count,
            "firstSeen": data["firstSeen"],
            "lastSeen": data["lastSeen"],
            "stats": None,
        }
        data["filtered"] = None
    if expand:
        _expand(data, issue, expand)
    if collapse:
        _collapse(data, collapse)
    return data


def _expand(data: dict[str, Any], issue: Issue, expand: Sequence[str]) -> None:
    if "inbox" in expand:
        in_inbox = issue.status == "unresolved" and issue.substatus in ("new", "regressed")
        data["inbox"] = (
            {
                "reason": 0 if issue.substatus == "new" else 2,
                "reason_details": None,
                "date_added": iso(issue.last_seen),
            }
            if in_inbox
            else None
        )
    if "owners" in expand:
        data["owners"] = None
    if "sessions" in expand:
        data["sessionCount"] = issue.user_count * 7
    if "integrationIssues" in expand:
        data["integrationIssues"] = []
    if "sentryAppIssues" in expand:
        data["sentryAppIssues"] = []
    if "latestEventHasAttachments" in expand:
        data["latestEventHasAttachments"] = False


def _collapse(data: dict[str, Any], collapse: Sequence[str]) -> None:
    for key in ("stats", "lifetime", "filtered"):
        if key in collapse:
            data.pop(key, None)
    if "unhandled" in collapse:
        data.pop("isUnhandled", None)


def _release_ref(release: Release | None) -> dict[str, Any] | None:
    if release is None:
        return None
    from .releases import short_version

    return {
        "version": release.version,
        "shortVersion": short_version(release.version),
        "dateCreated": iso(release.date_created),
        "dateReleased": iso(release.date_released),
        "ref": release.ref,
        "url": release.url,
    }


def serialize_issue_detail(issue: Issue, call: Call) -> dict[str, Any]:
    """The ``IssueDetail`` shape of ``retrieve_issue``."""
    state = call.state
    data = serialize_issue(
        issue,
        call.sandbox.regions,
        expand=call.args("expand"),
        collapse=call.args("collapse"),
    )
    if "stats" not in call.args("collapse"):
        data["stats"] = {
            "24h": stats_series(issue, "24h", state.now),
            "30d": stats_series(issue, "30d", state.now),
        }
    tags = issue_tags(issue)
    data.update(
        {
            "activity": [
                {
                    "id": str(issue.id * 10),
                    "type": "first_seen",
                    "data": {},
                    "dateCreated": iso(issue.first_seen),
                    "user": None,
                }
            ],
            "seenBy": [],
            "participants": [],
            "userReportCount": 0,
            "tags": [
                {"key": key, "name": key.replace(".", " ").title(), "totalValues": issue.times_seen}
                for key in sorted(tags)
            ],
            "firstRelease": _release_ref(issue.first_release),
            "lastRelease": _release_ref(issue.last_release),
            "pluginActions": [],
            "pluginIssues": [],
            "pluginContexts": [],
        }
    )
    return data


def render_for_webhook(sandbox: Any, resource: str, obj: object) -> dict[str, Any]:
    """What ``State.on_change`` listeners receive: the object as the API would show it."""
    if resource == "error":
        from .events import serialize_event

        assert isinstance(obj, tuple)
        issue, index = obj
        return serialize_event(sandbox.state, issue, int(index), full=True)
    assert isinstance(obj, Issue)
    return serialize_issue(obj, sandbox.regions)


# ------------------------------------------------------------------------------ searching


class IssueSearchContext:
    """Resolves the people and teams a query names, for one caller in one organization."""

    def __init__(self, state: State, org: Organization, me: User | None) -> None:
        self.state, self.org, self.me, self.now = state, org, me, state.now

    def find_user(self, text: str) -> User | None:
        return self.state.find_user(self.org, text)

    def find_team(self, slug: str) -> Team | None:
        return self.state.team(self.org, slug)

    def my_teams(self) -> list[Team]:
        return self.state.user_teams(self.org, self.me)


def _sort_key(sort: str) -> Any:
    if sort == "new" or sort == "inbox":
        return lambda i: (i.first_seen, i.id)
    if sort == "freq":
        return lambda i: (i.times_seen, i.id)
    if sort == "user":
        return lambda i: (i.user_count, i.id)
    if sort == "priority":
        return lambda i: (_PRIORITY_RANK.get(i.priority, 0), i.last_seen, i.id)
    if sort == "trends":
        return lambda i: (i.times_seen / max(1.0, (i.last_seen - i.first_seen) / DAY), i.id)
    return lambda i: (i.last_seen, i.id)  # "date" (and "recommended"): last seen


def _ordered(state: State, scope: tuple[Any, ...], issues: Any, sort: str) -> list[Issue]:
    """All issues of a scope in one sort order, computed once per issue change."""

    def build() -> list[Issue]:
        return sorted(issues(), key=_sort_key(sort), reverse=True)

    result: list[Issue] = state.cached(("ordered", scope, sort), build)
    return result


def parse_period(text: str) -> int:
    match = _PERIOD.match(text)
    # More than 12 digits is no period Sentry knows (and past 4300, Python cannot read it).
    if not match or len(match.group(1)) > _MAX_PERIOD_DIGITS:
        raise ApiError(400, f"Invalid statsPeriod: {text[:40]!r}")
    return int(match.group(1)) * _UNIT[match.group(2)]


def _search(call: Call, candidates: list[Issue], query: str, key: tuple[Any, ...]) -> list[Issue]:
    """Filter an ordered list by a search query; cached per (list, query, caller)."""
    state = call.state

    def build() -> list[Issue]:
        try:
            predicate = compile_query(parse(query), IssueSearchContext(state, call.org, call.user))
        except SearchError as exc:
            raise ApiError(400, str(exc)) from None
        if predicate is None:
            return candidates
        return [issue for issue in candidates if predicate(issue)]

    user_id = call.user.id if call.user else None
    result: list[Issue] = state.cached(("search", key, query, user_id), build)
    return result


def _direct_hit(
    call: Call, query: str, allow_short_id: bool, project: Project | None
) -> Issue | None:
    """An issue found by event ID or (when allowed) short ID, as Sentry's direct hits."""
    text = query.strip()
    issue: Issue | None = None
    decoded = call.state.event_ids.decode(text) if len(text) == 32 else None
    if decoded is not None:
        issue = call.state.issues.get(decoded[0])
    elif allow_short_id and "-" in text and " " not in text:
        issue = call.state.issue(call.org, text)
    if issue is None or issue.project.org is not call.org:
        return None
    if project is not None and issue.project is not project:
        return None
    return issue


def _issue_list(
    call: Call, issues: Sequence[Issue], stats: str | None, headers: Sequence[tuple[str, str]] = ()
) -> ListReply[Issue]:
    regions, now = call.sandbox.regions, call.state.now
    expand, collapse = call.args("expand"), call.args("collapse")
    return ListReply(
        issues,
        lambda i: serialize_issue(
            i, regions, stats=stats, expand=expand, collapse=collapse, now=now
        ),
        headers,
    )


def _direct_list(call: Call, issues: list[Issue], stats: str | None) -> ListReply[Issue]:
    """A direct hit: just the matching issues, flagged as Sentry flags them."""
    return _issue_list(call, issues, stats, [("X-Sentry-Direct-Hit", "1")])


# ------------------------------------------------------------------------------ lists


@operation("list_project_issues")
def list_project_issues(call: Call) -> ListReply[Issue]:
    project = call.project
    stats = call.arg("statsPeriod", "24h") or None
    query = call.arg("query")
    hashes = call.args("hashes")
    if hashes:
        if query is not None:
            raise ApiError(400, "You can not use both the query and hashes parameters.")
        return _direct_list(call, _issues_by_hash(call, project, hashes[:100]), stats)
    query = DEFAULT_QUERY if query is None else query.strip()
    hit = _direct_hit(call, query, call.flag("shortIdLookup"), project) if query else None
    if hit is not None:
        return _direct_list(call, [hit], stats)
    sort = call.arg("sort") or "date"
    ordered = _ordered(
        call.state, ("project", project.id), lambda: list(project.issues.values()), sort
    )
    issues = _search(call, ordered, query, ("project", project.id, sort))
    environment = call.arg("environment")
    if environment:
        issues = [i for i in issues if environment in i.environments]
    return _issue_list(call, issues, stats)


def _issues_by_hash(call: Call, project: Project, hashes: Sequence[str]) -> list[Issue]:
    from .events import issue_hashes

    def build() -> dict[str, Issue]:
        return {
            h: issue for issue in project.issues.values() for h in issue_hashes(call.state, issue)
        }

    index: dict[str, Issue] = call.state.cached(("hashes", project.id), build)
    found = [index[h] for h in hashes if h in index]
    return list({i.id: i for i in found}.values())


def _org_projects(call: Call) -> list[Project]:
    """The projects an organization-wide issue request covers (``project`` IDs or slugs)."""
    keys = [k for k in call.args("project") if k != "-1"]
    projects = call.state.org_projects(call.org)
    if not keys:
        return projects
    chosen = [p for p in projects if str(p.id) in keys or p.slug in keys]
    if len(chosen) != len(set(keys)):
        # Sentry answers 403 when any requested project is not one the caller can see.
        raise ApiError(403, "You do not have permission to perform this action.")
    return chosen


def _time_range(call: Call) -> tuple[float, float | None]:
    """Sentry's issue time window: ``statsPeriod`` (default 14 days) or ``start``/``end``."""
    from .util import parse_iso

    now = call.state.now
    period = call.arg("statsPeriod")
    start, end = call.arg("start"), call.arg("end")
    if not period and (start or end):
        if not (start and end):
            raise ApiError(400, "start and end are both required")
        try:
            return parse_iso(start), parse_iso(end)
        except ValueError:
            raise ApiError(400, "start and end must be ISO 8601 date-times") from None
    return now - parse_period(period or "14d"), None


@operation("list_organization_issues")
def list_organization_issues(call: Call) -> ListReply[Issue]:
    group_stats = call.arg("groupStatsPeriod", "24h")
    stats = None if group_stats == "" else ("24h" if group_stats in (None, "auto") else group_stats)
    projects = _org_projects(call)
    query = call.arg("query")
    query = DEFAULT_QUERY if query is None else query.strip()
    hit = _direct_hit(call, query, call.arg("shortIdLookup") == "1", None) if query else None
    if hit is not None and hit.project in projects:
        return _direct_list(call, [hit], stats)
    return _issue_list(call, _org_search(call, projects, query), stats)


def _org_search(call: Call, projects: list[Project], query: str) -> list[Issue]:
    org = call.org
    sort = call.arg("sort") or "date"
    ordered = _ordered(call.state, ("org", org.id), lambda: call.state.org_issues(org), sort)
    key = ("org", org.id, sort)
    return _narrow(call, _search(call, ordered, query, key), projects, (*key, query))


def _narrow(
    call: Call, issues: list[Issue], projects: list[Project], search_key: tuple[Any, ...]
) -> list[Issue]:
    """Apply the project, environment and time filters (cached like the search)."""
    org_projects = call.state.org_projects(call.org)
    environments = tuple(call.args("environment"))
    start, end = _time_range(call)
    project_ids = frozenset(p.id for p in projects)
    everything = len(projects) == len(org_projects)
    user_id = call.user.id if call.user else None
    scope = project_ids if not everything else None
    key = ("narrow", search_key, user_id, scope, environments, start, end)

    def build() -> list[Issue]:
        out = issues
        if not everything:
            out = [i for i in out if i.project.id in project_ids]
        if environments:
            out = [i for i in out if any(e in i.environments for e in environments)]
        out = [i for i in out if i.last_seen >= start and (end is None or i.first_seen <= end)]
        return out

    result: list[Issue] = call.state.cached(key, build)
    return result


# ------------------------------------------------------------------------------ one issue


@operation("retrieve_issue")
def retrieve_issue(call: Call) -> Reply:
    return Reply(200, serialize_issue_detail(call.issue, call))


@operation("update_issue")
def update_issue(call: Call) -> Reply:
    issue = call.issue
    body = call.body_dict()
    if body.get("discard"):
        call.state.delete_issue(issue)
        return Reply(204)
    apply_changes(call, [issue], body)  # "merge" needs several issues: the bulk mutations
    return Reply(200, serialize_issue(issue, call.sandbox.regions))


@operation("delete_issue")
def delete_issue(call: Call) -> Reply:
    call.state.delete_issue(call.issue)
    return Reply(202)


# ------------------------------------------------------------------------------ mutations


def apply_changes(call: Call, issues: list[Issue], body: dict[str, Any]) -> dict[str, Any]:
    """Apply an update body to ``issues``; returns the changed fields as Sentry reports them."""
    state = call.state
    result: dict[str, Any] = {}
    if "status" in body or "substatus" in body:
        result.update(_apply_status(call, issues, body))
    if "assignedTo" in body:
        assignee = _resolve_assignee(call, body["assignedTo"])
        for issue in issues:
            state.assign_issue(issue, assignee)
        result["assignedTo"] = serialize_actor(assignee)
    flags = {
        "hasSeen": "has_seen",
        "isBookmarked": "is_bookmarked",
        "isSubscribed": "is_subscribed",
        "isPublic": "is_public",
        "priority": "priority",
    }
    for field, attr in flags.items():
        if field in body and body[field] is not None:
            for issue in issues:
                state.set_issue_flags(issue, **{attr: body[field]})
            result[field] = body[field]
    if "isSubscribed" in result:
        result["subscriptionDetails"] = {"reason": "unknown"} if result["isSubscribed"] else None
    if "isPublic" in result:
        first = issues[0].id if issues else 0
        result["shareId"] = stable_hex("share", first) if result["isPublic"] else None
    if "inbox" in body and body["inbox"] is not None:
        if not body["inbox"]:
            for issue in issues:
                state.mark_reviewed(issue)
        result["inbox"] = bool(body["inbox"])
    return result


def _apply_status(call: Call, issues: list[Issue], body: dict[str, Any]) -> dict[str, Any]:
    status = body.get("status")
    substatus = body.get("substatus")
    details_in = body.get("statusDetails") or {}
    if status is None:
        # A substatus alone implies its status (archived_* = ignored, the rest unresolved).
        status = "ignored" if str(substatus).startswith("archived") else "unresolved"
    if status == "muted":
        status = "ignored"
    actor = serialize_actor(call.user)
    details: dict[str, Any] = {}
    if status == "resolvedInNextRelease" or details_in.get("inNextRelease"):
        status, details = "resolved", {"inNextRelease": True, "actor": actor}
    elif status == "resolved":
        details = _resolution(call, issues, details_in, actor)
    elif status == "ignored":
        details = _ignore_details(call, details_in, body.get("ignoreDuration"), actor)
    if substatus is not None and not _substatus_fits(status, substatus):
        raise field_error("substatus", f"The substatus {substatus} does not fit status {status}.")
    for issue in issues:
        call.state.set_issue_status(issue, status, substatus, dict(details))
    resulting = issues[0].substatus if issues else substatus
    return {"status": status, "statusDetails": details, "substatus": resulting}


def _substatus_fits(status: str, substatus: str) -> bool:
    archived = substatus.startswith("archived")
    return (status == "ignored") == archived and status != "resolved"


def _resolution(
    call: Call, issues: list[Issue], details: dict[str, Any], actor: dict[str, Any] | None
) -> dict[str, Any]:
    if details.get("inRelease"):
        version = str(details["inRelease"])
        release = (
            _latest_release(call, issues)
            if version == "latest"
            else call.state.release(call.org, version)
        )
        if release is None:
            raise field_error("statusDetails", "Unable to find the given release.")
        return {"inRelease": release.version, "actor": actor}
    if details.get("inCommit"):
        return {"inCommit": dict(details["inCommit"]), "actor": actor}
    if details.get("inUpcomingRelease"):
        return {"inUpcomingRelease": True, "actor": actor}
    return {}


def _latest_release(call: Call, issues: list[Issue]) -> Release | None:
    projects = {id(i.project) for i in issues}
    candidates = [
        r for r in call.state.org_releases(call.org) if any(id(p) in projects for p in r.projects)
    ]
    return max(candidates, key=lambda r: r.date_created, default=None)


def _ignore_details(
    call: Call, details: dict[str, Any], duration: Any, actor: dict[str, Any] | None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    minutes = details.get("ignoreDuration") or duration
    if minutes:
        out["ignoreUntil"] = iso(call.state.now + _count("ignoreDuration", minutes) * 60)
    for key in ("ignoreCount", "ignoreWindow", "ignoreUserCount", "ignoreUserWindow"):
        if details.get(key):
            out[key] = _count(key, details[key])
    if out:
        out["actor"] = actor
    return out


def _resolve_assignee(call: Call, raw: Any) -> User | Team | None:
    """``assignedTo`` as Sentry reads it: ``user:ID``, ``team:ID``, an ID, username or email."""
    if raw is None or str(raw).strip() == "":
        return None
    text = str(raw).strip()
    kind, sep, rest = text.partition(":")
    if sep and kind == "team":
        team = next((t for t in call.state.org_teams(call.org) if str(t.id) == rest), None)
        if team is None:
            raise field_error("assignedTo", "Unknown team")
        return team
    user = call.state.find_user(call.org, rest if sep and kind == "user" else text)
    if user is None:
        raise field_error("assignedTo", "Unknown actor input")
    return user


# ------------------------------------------------------------------------------ bulk


def _bulk(call: Call, candidates: list[Issue]) -> Reply:
    body = call.body_dict()
    if not candidates:
        return Reply(204)
    if body.get("discard"):
        for issue in candidates:
            call.state.delete_issue(issue)
        return Reply(204)
    result: dict[str, Any] = {}
    if body.get("merge"):
        if len(candidates) < 2:
            raise ApiError(400, "Only a single issue matches the parameters; nothing to merge.")
        parent, children = call.state.merge_issues(candidates)
        result["merge"] = {"parent": str(parent.id), "children": [str(c.id) for c in children]}
        candidates = [parent]
    result.update(apply_changes(call, candidates, body))
    return Reply(200, result)


# Sentry's integer fields are 32-bit (Django's IntegerField / DRF's max_value).
_MAX_INT32 = 2**31 - 1
# Ids are 64-bit (BoundedBigIntegerField): anything longer cannot name an issue.
_MAX_ID_DIGITS = 19


def _count(name: str, value: Any) -> int:
    """A DRF-style IntegerField: an integer (or integral number) within 32 bits, else 400."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise field_error(name, "A valid integer is required.")
    try:
        number = int(value) if not isinstance(value, float) or value.is_integer() else None
    except (ValueError, OverflowError):
        number = None
    if number is None:
        raise field_error(name, "A valid integer is required.")
    if number > _MAX_INT32:
        raise field_error(name, f"Ensure this value is less than or equal to {_MAX_INT32}.")
    return number


def _ids(call: Call) -> list[str]:
    ids = call.args("id")
    for value in ids:
        if not value.isdigit() or len(value) > _MAX_ID_DIGITS:
            raise field_error("id", "A valid integer is required.")
    return ids


@operation("bulk_mutate_organization_issues")
def bulk_mutate_organization_issues(call: Call) -> Reply:
    ids = _ids(call)
    projects = _org_projects(call)
    if ids:
        found = [call.state.issue(call.org, value) for value in ids]
        candidates = [i for i in found if i is not None and i.project in projects]
    else:
        query = call.arg("query")
        query = DEFAULT_QUERY if query is None else query.strip()
        candidates = _org_search(call, projects, query)[:BULK_LIMIT]
    return _bulk(call, list(candidates))


@operation("bulk_mutate_project_issues")
def bulk_mutate_project_issues(call: Call) -> Reply:
    project = call.project
    ids = _ids(call)
    status = call.arg("status")
    if ids:
        candidates = [project.issues[int(v)] for v in ids if int(v) in project.issues]
    else:
        ordered = _ordered(
            call.state, ("project", project.id), lambda: list(project.issues.values()), "date"
        )
        key = ("project", project.id, "date")
        candidates = _search(call, ordered, DEFAULT_QUERY, key)[:BULK_LIMIT]
    if status:
        candidates = [i for i in candidates if i.status == status]
    return _bulk(call, list(candidates))

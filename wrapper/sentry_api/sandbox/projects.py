"""Projects: list (yours and an organization's), create, retrieve, update, delete; client keys
(DSNs) and the end users seen in a project's events."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .handling import ApiError, Call, ListReply, Reply, operation
from .organizations import avatar, serialize_organization_summary
from .state import EventUser, Project, ProjectKey, Release
from .teams import SLUG_MESSAGE, serialize_team_ref, slugify, valid_slug
from .util import iso, stable_hex

_INSIGHT_FLAGS = (
    "hasInsightsHttp",
    "hasInsightsDb",
    "hasInsightsAssets",
    "hasInsightsAppStart",
    "hasInsightsScreenLoad",
    "hasInsightsVitals",
    "hasInsightsCaches",
    "hasInsightsQueues",
    "hasInsightsAgentMonitoring",
    "hasInsightsMCP",
)
_PROJECT_ACCESS = [
    "alerts:read",
    "event:read",
    "event:write",
    "member:read",
    "org:read",
    "project:read",
    "project:releases",
    "team:read",
]


def _latest_release(call: Call, project: Project) -> Release | None:
    releases = [r for r in call.state.org_releases(project.org) if project in r.projects]
    return max(releases, key=lambda r: r.date_created, default=None)


def serialize_project_summary(project: Project, call: Call) -> dict[str, Any]:
    """The project shape of lists and of ``create_project``."""
    member = call.state.member_for_user(project.org, call.user)
    is_member = member is not None and any(t.id in member.team_roles for t in project.teams)
    latest = _latest_release(call, project)
    data: dict[str, Any] = {
        "id": str(project.id),
        "slug": project.slug,
        "name": project.name,
        "platform": project.platform,
        "dateCreated": iso(project.date_created),
        "isBookmarked": project.is_bookmarked,
        "isMember": is_member,
        "features": list(project.features),
        "firstEvent": iso(project.first_event),
        "firstTransactionEvent": False,
        "access": list(_PROJECT_ACCESS),
        "hasAccess": True,
        "hasMinifiedStackTrace": False,
        "hasMonitors": False,
        "hasProfiles": False,
        "hasReplays": False,
        "hasFlags": False,
        "hasFeedbacks": False,
        "hasNewFeedbacks": False,
        "hasSessions": bool(project.first_event),
        "hasLogs": False,
        "hasTraceMetrics": False,
        "hasUserReports": False,
        "isInternal": False,
        "isPublic": bool(project.options.get("isPublic")),
        "avatar": avatar(),
        "color": project.color,
        "status": project.status,
        "team": serialize_team_ref(project.teams[0]) if project.teams else None,
        "teams": [serialize_team_ref(t) for t in project.teams],
        "environments": list(project.environments),
        "platforms": [project.platform] if project.platform else [],
        "latestRelease": {"version": latest.version} if latest else None,
        "latestDeploys": _latest_deploys(call, project),
    }
    data.update(dict.fromkeys(_INSIGHT_FLAGS, False))
    return data


def _latest_deploys(call: Call, project: Project) -> dict[str, Any] | None:
    latest: dict[str, Any] = {}
    for release in call.state.org_releases(project.org):
        if project not in release.projects:
            continue
        for deploy in release.deploys:
            seen = latest.get(deploy.environment)
            if seen is None or deploy.date_finished > seen[0]:
                latest[deploy.environment] = (deploy.date_finished, release.version)
    if not latest:
        return None
    return {
        env: {"version": version, "dateFinished": iso(when)}
        for env, (when, version) in sorted(latest.items())
    }


def serialize_project_detail(project: Project, call: Call) -> dict[str, Any]:
    """The project shape of retrieve/update: the summary plus settings and the organization."""
    options = project.options
    data = serialize_project_summary(project, call)
    data.update(
        {
            "organization": serialize_organization_summary(project.org, call.sandbox.regions),
            "subjectPrefix": options["subjectPrefix"],
            "subjectTemplate": options["subjectTemplate"],
            "resolveAge": options["resolveAge"],
            "highlightTags": list(options["highlightTags"]),
            "highlightContext": dict(options["highlightContext"]),
            "highlightPreset": {"tags": list(options["highlightTags"]), "context": {}},
            "scmSourceContextEnabled": options["scmSourceContextEnabled"],
            "enableAutoReleaseCreation": options["enableAutoReleaseCreation"],
            "digestsMinDelay": 180,
            "digestsMaxDelay": 600,
            "securityToken": stable_hex("security-token", project.id),
            "securityTokenHeader": None,
            "verifySSL": False,
            "scrubIPAddresses": False,
            "scrapeJavaScript": True,
            "dataScrubber": False,
            "dataScrubberDefaults": False,
            "sensitiveFields": [],
            "safeFields": [],
            "storeCrashReports": None,
            "allowedDomains": ["*"],
            "defaultEnvironment": None,
            "relayPiiConfig": None,
            "groupingConfig": "newstyle:2023-01-11",
            "groupingEnhancements": "",
            "fingerprintingRules": "",
            "builtinSymbolSources": [],
            "symbolSources": "[]",
            "processingIssues": 0,
            "isDynamicallySampled": False,
            "options": {
                "sentry:resolve_age": options["resolveAge"],
                "mail:subject_prefix": options["subjectPrefix"],
                "sentry:scrape_javascript": True,
            },
        }
    )
    return data


def _visible(call: Call, project: Project) -> bool:
    return call.sandbox.regions.serves(call.region, project.org)


@operation("list_projects")
def list_projects(call: Call) -> ListReply[Project]:
    orgs = call.state.user_orgs(call.user)
    projects = [p for org in orgs for p in call.state.org_projects(org) if _visible(call, p)]
    projects.sort(key=lambda p: (p.org.slug, p.slug))

    def serialize(project: Project) -> dict[str, Any]:
        data = serialize_project_summary(project, call)
        data["organization"] = serialize_organization_summary(project.org, call.sandbox.regions)
        return data

    return ListReply(projects, serialize)


@operation("list_organization_projects")
def list_organization_projects(call: Call) -> ListReply[Project]:
    projects = call.state.org_projects(call.org)
    query = (call.arg("query") or "").strip()
    if query:
        projects = [p for p in projects if _project_matches(p, query)]
    projects.sort(key=lambda p: p.slug)
    return ListReply(projects, lambda p: serialize_project_summary(p, call))


def _project_matches(project: Project, query: str) -> bool:
    """Sentry's project search: ``id:``, ``slug:``, ``team:`` or text in the name or slug."""
    for token in query.split():
        key, sep, value = token.partition(":")
        if not sep:
            if token.lower() not in project.slug and token.lower() not in project.name.lower():
                return False
        elif key == "id" and value != str(project.id):
            return False
        elif key == "slug" and value != project.slug:
            return False
        elif key == "team" and value not in [t.slug for t in project.teams]:
            return False
    return True


@operation("create_project")
def create_project(call: Call) -> Reply:
    body = call.body_dict()
    name = str(body.get("name") or "").strip()
    if not name:
        raise ApiError(400, {"name": ["This field may not be blank."]})
    slug = body.get("slug") or slugify(name)
    if not valid_slug(str(slug)):
        raise ApiError(400, {"slug": [SLUG_MESSAGE]})
    project = call.state.create_project(call.team, name, str(slug), body.get("platform"))
    return Reply(201, serialize_project_summary(project, call))


@operation("retrieve_project")
def retrieve_project(call: Call) -> Reply:
    return Reply(200, serialize_project_detail(call.project, call))


# update_project body field -> Project attribute; the rest are stored as project options.
_PROJECT_ATTRS = {
    "name": "name",
    "slug": "slug",
    "platform": "platform",
    "isBookmarked": "is_bookmarked",
}


@operation("update_project")
def update_project(call: Call) -> Reply:
    body = call.body_dict()
    if "slug" in body and not valid_slug(str(body["slug"])):
        raise ApiError(400, {"slug": [SLUG_MESSAGE]})
    if "name" in body and not str(body["name"]).strip():
        raise ApiError(400, {"name": ["This field may not be blank."]})
    project = call.project
    changes: dict[str, Any] = {}
    for key, value in body.items():
        if key in _PROJECT_ATTRS:
            changes[_PROJECT_ATTRS[key]] = value
        elif key in project.options:
            changes[key] = value
    call.state.update_project(project, changes)
    return Reply(200, serialize_project_detail(project, call))


@operation("delete_project")
def delete_project(call: Call) -> Reply:
    call.state.delete_project(call.project)
    return Reply(204)


def serialize_key(key: ProjectKey, project: Project, call: Call) -> dict[str, Any]:
    host = f"o{project.org.id}.ingest.{project.org.region}.sentry.io"
    api = f"https://{host}/api/{project.id}"
    return {
        "id": key.public,
        "name": key.name,
        "label": key.name,
        "public": key.public,
        "secret": key.secret,
        "projectId": project.id,
        "isActive": key.is_active,
        "rateLimit": key.rate_limit,
        "dsn": {
            "secret": f"https://{key.public}:{key.secret}@{host}/{project.id}",
            "public": f"https://{key.public}@{host}/{project.id}",
            "csp": f"{api}/csp-report/?sentry_key={key.public}",
            "security": f"{api}/security/?sentry_key={key.public}",
            "minidump": f"{api}/minidump/?sentry_key={key.public}",
            "nel": f"{api}/nel/?sentry_key={key.public}",
            "unreal": f"{api}/unreal/{key.public}/",
            "crons": f"{api}/crons/___MONITOR_SLUG___/{key.public}/",
            "cdn": f"https://js.sentry-cdn.com/{key.public}.min.js",
            "integration": f"{api}/integration/",
        },
        "browserSdkVersion": key.browser_sdk_version,
        "browserSdk": {"choices": [["latest", "latest"], ["8.x", "8.x"], ["7.x", "7.x"]]},
        "dateCreated": iso(key.date_created),
        "dynamicSdkLoaderOptions": {
            "hasReplay": True,
            "hasPerformance": True,
            "hasDebug": False,
            "hasFeedback": False,
            "hasLogsAndMetrics": False,
        },
    }


@operation("list_project_keys")
def list_project_keys(call: Call) -> ListReply[ProjectKey]:
    project = call.project
    keys = list(project.keys)
    status = call.arg("status")
    if status == "active":
        keys = [k for k in keys if k.is_active]
    elif status == "inactive":
        keys = [k for k in keys if not k.is_active]
    return ListReply(keys, lambda k: serialize_key(k, project, call))


def serialize_event_user(user: EventUser) -> dict[str, Any]:
    digest = stable_hex("event-user", user.id)
    return {
        "id": str(user.id),
        "tagValue": user.tag_value,
        "identifier": user.identifier or None,
        "username": user.username,
        "email": user.email,
        "name": user.name,
        "ipAddress": user.ip_address,
        "avatarUrl": f"https://secure.gravatar.com/avatar/{digest}?s=32",
        "hash": digest,
        "dateCreated": iso(user.date_created),
    }


# The fields ``query=<field>:<value>`` may name (Sentry's documented prefixes).
_USER_FIELDS: dict[str, Callable[[EventUser], str | None]] = {
    "id": lambda u: u.identifier,
    "email": lambda u: u.email,
    "username": lambda u: u.username,
    "ip": lambda u: u.ip_address,
}


@operation("list_project_users")
def list_project_users(call: Call) -> ListReply[EventUser]:
    users = list(call.project.users)
    query = (call.arg("query") or "").strip()
    if query:
        field, sep, value = query.partition(":")
        if sep and field in _USER_FIELDS:
            getter = _USER_FIELDS[field]
            users = [u for u in users if (getter(u) or "").lower() == value.lower()]
        else:
            needle = query.lower()
            users = [
                u
                for u in users
                if needle
                in " ".join(
                    filter(None, (u.identifier, u.email, u.username, u.name, u.ip_address))
                ).lower()
            ]
    return ListReply(users, serialize_event_user)

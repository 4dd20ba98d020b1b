"""Releases and deploys: list, create, retrieve, update, delete; list and create deploys."""

from __future__ import annotations

import re
from typing import Any

from .handling import ApiError, Call, ListReply, Reply, field_error, operation
from .members import serialize_user
from .state import Deploy, Project, Release
from .util import iso, parse_iso

# Sentry's release-name rules (sentry.constants.BAD_RELEASE_CHARS and Release.is_valid_version):
# no control characters, ``/`` or ``\``; not blank, ``.``, ``..`` or ``latest``; 200 characters.
BAD_RELEASE_CHARS = "\r\n\f\x0c\t/\\"
MAX_VERSION_LENGTH = 200
_SEMVER = re.compile(
    r"^v?(?P<major>\d+)(?:\.(?P<minor>\d+))?(?:\.(?P<patch>\d+))?(?:\.(?P<revision>\d+))?"
    r"(?:-(?P<pre>[0-9A-Za-z.\-]+))?(?:\+(?P<build>[0-9A-Za-z.\-]+))?$"
)
_HASH = re.compile(r"^[0-9a-f]{7,64}$")


def version_problem(version: str, *, allow_slash: bool = False) -> str | None:
    """Why Sentry would refuse ``version`` as a release name, or None."""
    bad = BAD_RELEASE_CHARS.replace("/", "") if allow_slash else BAD_RELEASE_CHARS
    stripped = version.strip()
    if (
        any(ch in version for ch in bad)
        or not stripped
        or stripped in (".", "..")
        or stripped.lower() == "latest"
    ):
        return f"Release with name {version} is not allowed"
    if len(version) > MAX_VERSION_LENGTH:
        return f"Ensure this field has no more than {MAX_VERSION_LENGTH} characters."
    return None


def version_info(version: str) -> dict[str, Any]:
    """Parse a version the way Sentry (Relay's ``parse_release``) does: ``package@version+build``
    becomes package, semver parts and build code; a commit hash becomes a build hash."""
    package, _, raw = version.rpartition("@") if "@" in version else ("", "", version)
    match = _SEMVER.match(raw)
    if match:
        parts = [match.group(k) for k in ("major", "minor", "patch", "revision")]
        build = match.group("build")
        parsed: dict[str, Any] = {
            "raw": raw,
            "major": int(parts[0]),
            "minor": int(parts[1] or 0),
            "patch": int(parts[2] or 0),
            "pre": match.group("pre"),
            "buildCode": build,
            "components": sum(p is not None for p in parts),
        }
        description = raw.split("+")[0] + (f" ({build})" if build else "")
        return {
            "package": package or None,
            "version": parsed,
            "description": description,
            "buildHash": None,
        }
    is_hash = bool(_HASH.match(raw))
    return {
        "package": package or None,
        "version": {"raw": raw},
        "description": raw[:12] if is_hash else raw,
        "buildHash": raw if is_hash else None,
    }


def short_version(version: str) -> str:
    return version[:7] if _HASH.match(version) else version


def serialize_deploy(deploy: Deploy) -> dict[str, Any]:
    return {
        "id": str(deploy.id),
        "environment": deploy.environment,
        "dateStarted": iso(deploy.date_started),
        "dateFinished": iso(deploy.date_finished),
        "name": deploy.name,
        "url": deploy.url,
    }


def _release_project(release: Release, project: Project, health: bool) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": project.id,
        "slug": project.slug,
        "name": project.name,
        "newGroups": release.new_groups,
        "platform": project.platform,
        "platforms": [project.platform] if project.platform else [],
        "hasHealthData": False,
    }
    if health:
        data["healthData"] = {
            "durationP50": None,
            "durationP90": None,
            "crashFreeUsers": None,
            "crashFreeSessions": None,
            "totalUsers": None,
            "totalUsers24h": None,
            "totalProjectUsers24h": None,
            "totalSessions": None,
            "totalSessions24h": None,
            "totalProjectSessions24h": None,
            "adoption": None,
            "sessionsAdoption": None,
            "sessionsCrashed": 0,
            "sessionsErrored": 0,
            "hasHealthData": False,
            "stats": {},
        }
    return data


def serialize_release(release: Release, call: Call) -> dict[str, Any]:
    health = call.flag("health")
    last_deploy = max(release.deploys, key=lambda d: d.date_finished, default=None)
    data: dict[str, Any] = {
        "id": release.id,
        "version": release.version,
        "shortVersion": short_version(release.version),
        "status": release.status,
        "versionInfo": version_info(release.version),
        "ref": release.ref,
        "url": release.url,
        "dateReleased": iso(release.date_released),
        "dateCreated": iso(release.date_created),
        "data": dict(release.data),
        "newGroups": release.new_groups,
        "owner": serialize_user(release.owner) if release.owner else None,
        "commitCount": release.commit_count,
        "lastCommit": None,
        "deployCount": len(release.deploys),
        "lastDeploy": serialize_deploy(last_deploy) if last_deploy else None,
        "authors": [serialize_user(release.owner)] if release.owner else [],
        "projects": [_release_project(release, p, health) for p in release.projects],
        "firstEvent": iso(release.first_event),
        "lastEvent": iso(release.last_event),
        "currentProjectMeta": {},
        "userAgent": release.user_agent,
    }
    if call.flag("adoptionStages"):
        data["adoptionStages"] = {
            p.slug: {"stage": "low_adoption", "adopted": None, "unadopted": None}
            for p in release.projects
        }
    return data


def _projects_by_keys(call: Call, keys: list[str]) -> list[Project] | None:
    """Projects named by slug or ID; None if any is unknown."""
    found = []
    for key in keys:
        project = call.state.project(call.org, str(key))
        if project is None:
            return None
        found.append(project)
    return found


# ------------------------------------------------------------------------------ releases


@operation("list_organization_releases")
def list_organization_releases(call: Call) -> ListReply[Release]:
    releases = call.state.org_releases(call.org)
    project_keys = [k for k in call.args("project") if k != "-1"]
    if project_keys:
        wanted = {id(p) for p in (_projects_by_keys(call, project_keys) or [])}
        releases = [r for r in releases if any(id(p) in wanted for p in r.projects)]
    environments = call.args("environment")
    if environments:
        releases = [r for r in releases if any(d.environment in environments for d in r.deploys)]
    status = call.arg("status") or "open"
    releases = [r for r in releases if r.status == status]
    query = (call.arg("query") or "").strip()
    if query:
        releases = [r for r in releases if _release_matches(r, query)]
    releases = _sorted_releases(releases, call.arg("sort") or "date")
    return ListReply(releases, lambda r: serialize_release(r, call))


def _release_matches(release: Release, query: str) -> bool:
    key, sep, value = query.partition(":")
    info = version_info(release.version)
    if sep and key == "release.version":
        return _glob(value, info["version"]["raw"]) or _glob(value, release.version)
    if sep and key == "release.package":
        return _glob(value, info["package"] or "")
    return query.lower() in release.version.lower()


def _glob(pattern: str, value: str) -> bool:
    import fnmatch

    return fnmatch.fnmatchcase(value.lower(), pattern.lower())


def _sorted_releases(releases: list[Release], sort: str) -> list[Release]:
    if sort == "semver":
        return sorted(releases, key=_semver_key, reverse=True)
    if sort == "build":
        with_build = [r for r in releases if version_info(r.version)["version"].get("buildCode")]
        return sorted(
            with_build,
            key=lambda r: str(version_info(r.version)["version"]["buildCode"]),
            reverse=True,
        )
    if sort == "adoption":
        return sorted(releases, key=lambda r: r.date_released or 0, reverse=True)
    return sorted(releases, key=lambda r: (r.date_created, r.id), reverse=True)


def _semver_key(release: Release) -> tuple[int, int, int, int]:
    parsed = version_info(release.version)["version"]
    if "major" not in parsed:
        return (-1, -1, -1, -1)
    # A pre-release sorts before its release (1.2.0-beta < 1.2.0).
    return (parsed["major"], parsed["minor"], parsed["patch"], 0 if parsed["pre"] else 1)


def _commits(body: dict[str, Any]) -> int | None:
    commits = body.get("commits")
    return len(commits) if isinstance(commits, list) else None


@operation("create_release")
def create_release(call: Call) -> Reply:
    body = call.body_dict()
    version = str(body.get("version", ""))
    problem = version_problem(version, allow_slash=call.sandbox.allow_slash_in_versions)
    if problem:
        raise field_error("version", problem)
    keys = [str(k) for k in body.get("projects") or []]
    if not keys:
        raise field_error("projects", "This field is required.")
    projects = _projects_by_keys(call, keys)
    if projects is None:
        raise field_error("projects", "Invalid project ids or slugs")
    existing = call.state.release(call.org, version)
    if existing is not None:
        # Sentry answers 208 Already Reported, after adding any new projects to the release.
        for project in projects:
            if project not in existing.projects:
                existing.projects.append(project)
        return Reply(208, serialize_release(existing, call))
    release = call.state.create_release(
        call.org,
        version,
        projects,
        ref=body.get("ref"),
        url=body.get("url"),
        date_released=_date(body, "dateReleased"),
        owner=call.state.find_user(call.org, str(body["owner"])) if body.get("owner") else None,
        commit_count=_commits(body) or 0,
        status=str(body.get("status") or "open"),
    )
    return Reply(201, serialize_release(release, call))


def _date(body: dict[str, Any], name: str) -> float | None:
    raw = body.get(name)
    if raw in (None, ""):
        return None
    try:
        return parse_iso(str(raw))
    except ValueError:
        raise field_error(
            name,
            "Datetime has wrong format. Use one of these formats instead: "
            "YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].",
        ) from None


@operation("retrieve_release")
def retrieve_release(call: Call) -> Reply:
    release = call.release
    data = serialize_release(release, call)
    project_key = call.arg("project") or call.arg("project_id")
    if project_key:
        project = call.state.project(call.org, project_key)
        if project is None or project not in release.projects:
            raise ApiError(404, "The requested resource does not exist")
        data["currentProjectMeta"] = _project_meta(call, release, project)
    return Reply(200, data)


def _project_meta(call: Call, release: Release, project: Project) -> dict[str, Any]:
    ordered = sorted(
        (r for r in call.state.org_releases(call.org) if project in r.projects),
        key=lambda r: (r.date_created, r.id),
    )
    index = ordered.index(release)
    return {
        "prevReleaseVersion": ordered[index - 1].version if index > 0 else None,
        "nextReleaseVersion": ordered[index + 1].version if index + 1 < len(ordered) else None,
        "firstReleaseVersion": ordered[0].version,
        "lastReleaseVersion": ordered[-1].version,
        "sessionsLowerBound": None,
        "sessionsUpperBound": None,
    }


@operation("update_release")
def update_release(call: Call) -> Reply:
    body = call.body_dict()
    changes: dict[str, Any] = {}
    for field in ("ref", "url"):
        if field in body:
            changes[field] = body[field]
    if "dateReleased" in body:
        changes["date_released"] = _date(body, "dateReleased")
    if "status" in body:
        if body["status"] not in ("open", "archived"):
            raise field_error("status", f'"{body["status"]}" is not a valid choice.')
        changes["status"] = body["status"]
    commits = _commits(body)
    if commits is not None:
        changes["commit_count"] = commits
    call.state.update_release(call.release, changes)
    return Reply(200, serialize_release(call.release, call))


@operation("delete_release")
def delete_release(call: Call) -> Reply:
    call.state.delete_release(call.release)
    return Reply(204)


# ------------------------------------------------------------------------------ deploys


@operation("list_release_deploys")
def list_release_deploys(call: Call) -> ListReply[Deploy]:
    deploys = list(call.release.deploys)
    project_keys = call.args("project")
    if project_keys:
        wanted = {id(p) for p in (_projects_by_keys(call, project_keys) or [])}
        deploys = [d for d in deploys if any(id(p) in wanted for p in d.projects)]
    deploys.sort(key=lambda d: (d.date_finished, d.id), reverse=True)
    return ListReply(deploys, serialize_deploy)


@operation("create_deploy")
def create_deploy(call: Call) -> Reply:
    body = call.body_dict()
    environment = str(body.get("environment", "")).strip()
    if not environment:
        raise field_error("environment", "This field may not be blank.")
    if any(ch in environment for ch in "/\r\n\t\f") or len(environment) > 64:
        raise field_error("environment", "Invalid environment name")
    release = call.release
    projects: list[Project] | None = None
    if body.get("projects"):
        projects = _projects_by_keys(call, [str(k) for k in body["projects"]])
        if projects is None or any(p not in release.projects for p in projects):
            raise field_error("projects", "Invalid projects")
    deploy = call.state.create_deploy(
        release,
        environment,
        name=body.get("name"),
        url=body.get("url"),
        date_started=_date(body, "dateStarted"),
        date_finished=_date(body, "dateFinished"),
        projects=projects,
    )
    return Reply(201, serialize_deploy(deploy))

"""Teams: list, create, retrieve, update, delete; a team's members and projects."""

from __future__ import annotations

import re
from typing import Any

from .handling import ApiError, Call, ListReply, Reply, operation
from .members import serialize_member
from .organizations import TEAM_ROLES, avatar, serialize_organization_summary
from .state import Member, Project, Team
from .util import iso

# Sentry's slug rule and message (lowercase letters, digits, _ and -, not all digits).
SLUG_PATTERN = re.compile(r"^(?![0-9]+$)[a-z0-9_\-]+$")
SLUG_MESSAGE = (
    "Enter a valid slug consisting of lowercase letters, numbers, underscores or hyphens. "
    "It cannot be entirely numeric."
)
SLUG_MAX = 50
_TEAM_SCOPES = {role["id"]: role["scopes"] for role in TEAM_ROLES}


def valid_slug(slug: str) -> bool:
    return bool(SLUG_PATTERN.match(slug)) and len(slug) <= SLUG_MAX


def slugify(name: str) -> str:
    slug = re.sub(r"[^a-z0-9_\-]+", "-", name.strip().lower()).strip("-")
    return slug[:SLUG_MAX] or "team"


def _membership(call: Call, team: Team) -> Member | None:
    member = call.state.member_for_user(team.org, call.user)
    return member if member is not None and team.id in member.team_roles else None


def serialize_team(team: Team, call: Call) -> dict[str, Any]:
    member = _membership(call, team)
    role = (member.team_roles.get(team.id) or "contributor") if member else None
    return {
        "id": str(team.id),
        "slug": team.slug,
        "name": team.name,
        "dateCreated": iso(team.date_created),
        "isMember": member is not None,
        "teamRole": role,
        "flags": {"idp:provisioned": False},
        "access": list(_TEAM_SCOPES.get(role or "contributor", [])),
        "hasAccess": True,
        "isPending": False,
        "memberCount": len(call.state.team_members(team)),
        "avatar": avatar(),
    }


def serialize_team_ref(team: Team) -> dict[str, str]:
    return {"id": str(team.id), "name": team.name, "slug": team.slug}


@operation("list_organization_teams")
def list_organization_teams(call: Call) -> ListReply[Team]:
    from .projects import serialize_project_summary

    teams = call.state.org_teams(call.org)
    query = (call.arg("query") or "").strip().lower()
    if query:
        teams = [t for t in teams if query in t.slug or query in t.name.lower()]
    teams.sort(key=lambda t: t.slug)
    detailed = call.arg("detailed") != "0"

    def serialize(team: Team) -> dict[str, Any]:
        data = serialize_team(team, call)
        if detailed:
            projects = call.state.team_projects(team)
            data["projects"] = [serialize_project_summary(p, call) for p in projects]
        return data

    return ListReply(teams, serialize)


@operation("create_team")
def create_team(call: Call) -> Reply:
    body = call.body_dict()
    name, slug = body.get("name"), body.get("slug")
    if not name and not slug:
        raise ApiError(400, {"non_field_errors": ["Name or slug is required"]})
    slug = slug or slugify(str(name))
    if not valid_slug(slug):
        raise ApiError(400, {"slug": [SLUG_MESSAGE]})
    team = call.state.create_team(call.org, slug, name or slug)
    creator = call.state.member_for_user(call.org, call.user)
    if creator is not None:
        # The creator joins the new team as its admin, as in Sentry.
        call.state.add_team_member(team, creator, "admin")
    return Reply(201, serialize_team(team, call))


@operation("retrieve_team")
def retrieve_team(call: Call) -> Reply:
    data = serialize_team(call.team, call)
    data["organization"] = serialize_organization_summary(call.org, call.sandbox.regions)
    return Reply(200, data)


@operation("update_team")
def update_team(call: Call) -> Reply:
    body = call.body_dict()
    slug = body.get("slug")
    if slug is not None and not valid_slug(str(slug)):
        raise ApiError(400, {"slug": [SLUG_MESSAGE]})
    call.state.update_team(call.team, slug=slug, name=body.get("name"))
    return Reply(200, serialize_team(call.team, call))


@operation("delete_team")
def delete_team(call: Call) -> Reply:
    call.state.delete_team(call.team)
    return Reply(204)


@operation("list_team_members")
def list_team_members(call: Call) -> ListReply[Member]:
    team, state = call.team, call.state
    members = sorted(state.team_members(team), key=lambda m: m.email.lower())

    def serialize(member: Member) -> dict[str, Any]:
        data = serialize_member(member, state)
        data["teamRole"] = member.team_roles.get(team.id) or "contributor"
        data["teamSlug"] = team.slug
        return data

    return ListReply(members, serialize)


@operation("list_team_projects")
def list_team_projects(call: Call) -> ListReply[Project]:
    from .projects import serialize_project_summary

    projects = sorted(call.state.team_projects(call.team), key=lambda p: p.slug)
    return ListReply(projects, lambda p: serialize_project_summary(p, call))

"""Organizations: list, retrieve, update; and the organization serializers other modules use."""

from __future__ import annotations

from typing import Any

from .auth import ALL_SCOPES
from .handling import Call, ListReply, Reply, operation
from .regions import Regions
from .state import Organization, State
from .util import iso

# Sentry's organization roles (docs.sentry.io "Organization and User Management").
ORG_ROLES: tuple[dict[str, Any], ...] = (
    {
        "id": "member",
        "name": "Member",
        "desc": "Members can view and act on events, as well as view most other data within the "
        "organization.",
        "scopes": ["event:read", "event:write", "event:admin", "project:releases", "project:read",
                   "org:read", "member:read", "team:read", "alerts:read", "alerts:write"],
        "isTeamRolesAllowed": True,
        "minimumTeamRole": "contributor",
    },
    {
        "id": "admin",
        "name": "Admin",
        "desc": "Admin privileges on any teams of which they're a member.",
        "scopes": ["event:read", "event:write", "event:admin", "org:read", "member:read",
                   "project:read", "project:write", "project:admin", "project:releases",
                   "team:read", "team:write", "team:admin", "org:integrations", "alerts:read",
                   "alerts:write"],
        "isTeamRolesAllowed": True,
        "minimumTeamRole": "admin",
    },
    {
        "id": "manager",
        "name": "Manager",
        "desc": "Gains admin access on all teams as well as the ability to add and remove "
        "members.",
        "scopes": ["event:read", "event:write", "event:admin", "member:read", "member:write",
                   "member:admin", "member:invite", "project:read", "project:write",
                   "project:admin", "project:releases", "team:read", "team:write", "team:admin",
                   "org:read", "org:write", "org:integrations", "alerts:read", "alerts:write"],
        "isTeamRolesAllowed": False,
        "minimumTeamRole": "admin",
    },
    {
        "id": "owner",
        "name": "Owner",
        "desc": "Unrestricted access to the organization, its data, and its settings.",
        "scopes": list(ALL_SCOPES),
        "isTeamRolesAllowed": False,
        "minimumTeamRole": "admin",
    },
    {
        "id": "billing",
        "name": "Billing",
        "desc": "Can manage subscription and billing details.",
        "scopes": ["org:billing"],
        "isTeamRolesAllowed": False,
        "minimumTeamRole": "contributor",
    },
)  # fmt: skip
TEAM_ROLES: tuple[dict[str, Any], ...] = (
    {
        "id": "contributor",
        "name": "Contributor",
        "desc": "Contributors can view and act on events, as well as view most other data "
        "within the team's projects.",
        "scopes": ["event:read", "event:write", "event:admin", "project:releases",
                   "project:read", "org:read", "member:read", "team:read", "alerts:read",
                   "alerts:write"],
        "isMinimumRoleFor": None,
    },
    {
        "id": "admin",
        "name": "Team Admin",
        "desc": "Admin privileges on the team.",
        "scopes": ["event:read", "event:write", "event:admin", "org:read", "member:read",
                   "project:read", "project:write", "project:admin", "project:releases",
                   "team:read", "team:write", "team:admin", "org:integrations", "alerts:read",
                   "alerts:write"],
        "isMinimumRoleFor": "admin",
    },
)  # fmt: skip


def org_role_list() -> list[dict[str, Any]]:
    return [
        {**role, "allowed": True, "isAllowed": True, "isRetired": False, "is_global": False,
         "isGlobal": False}
        for role in ORG_ROLES
    ]  # fmt: skip


def team_role_list() -> list[dict[str, Any]]:
    return [
        {**role, "allowed": True, "isAllowed": True, "isRetired": False,
         "isTeamRolesAllowed": True}
        for role in TEAM_ROLES
    ]  # fmt: skip


def avatar(kind: str = "letter_avatar") -> dict[str, Any]:
    return {"avatarType": kind, "avatarUuid": None, "avatarUrl": None}


def serialize_organization_summary(org: Organization, regions: Regions) -> dict[str, Any]:
    """The organization summary of lists (and the base of the detailed shape)."""
    settings = org.settings
    return {
        "id": str(org.id),
        "slug": org.slug,
        "status": {"id": org.status, "name": org.status},
        "name": org.name,
        "dateCreated": iso(org.date_created),
        "isEarlyAdopter": settings["isEarlyAdopter"],
        "require2FA": settings["require2FA"],
        "avatar": avatar(),
        "links": regions.links(org),
        "hasAuthProvider": False,
        "allowMemberInvite": True,
        "allowMemberProjectCreation": True,
        "allowSuperuserAccess": False,
        "features": list(org.features),
    }


def serialize_organization(org: Organization, call: Call) -> dict[str, Any]:
    """The detailed organization (retrieve/update)."""
    state = call.state
    member = state.member_for_user(org, call.user)
    role = member.org_role if member else "member"
    data = serialize_organization_summary(org, call.sandbox.regions)
    data.update(
        {
            "requiresSso": False,
            "access": sorted(call.token.scopes),
            "isDefault": False,
            "defaultRole": org.settings["defaultRole"],
            "orgRole": role,
            "orgRoleList": org_role_list(),
            "teamRoleList": team_role_list(),
            "experiments": {},
            "quota": {
                "maxRate": None,
                "maxRateInterval": 60,
                "accountLimit": 0,
                "projectLimit": 100,
            },  # fmt: skip
            "onboardingTasks": [],
            "teams": [],
            "projects": [],
            "pendingAccessRequests": 0,
            "isDynamicallySampled": False,
            "dataScrubber": org.settings["dataScrubber"],
            "dataScrubberDefaults": org.settings["dataScrubberDefaults"],
            "scrubIPAddresses": org.settings["scrubIPAddresses"],
            "sensitiveFields": list(org.settings["sensitiveFields"]),
            "safeFields": list(org.settings["safeFields"]),
            "storeCrashReports": org.settings["storeCrashReports"],
            "attachmentsRole": org.settings["attachmentsRole"],
            "debugFilesRole": org.settings["debugFilesRole"],
            "eventsMemberAdmin": org.settings["eventsMemberAdmin"],
            "alertsMemberWrite": org.settings["alertsMemberWrite"],
            "scrapeJavaScript": org.settings["scrapeJavaScript"],
            "allowJoinRequests": org.settings["allowJoinRequests"],
            "relayPiiConfig": org.settings["relayPiiConfig"],
            "trustedRelays": list(org.settings["trustedRelays"]),
            "openMembership": org.settings["openMembership"],
            "allowSharedIssues": org.settings["allowSharedIssues"],
            "enhancedPrivacy": org.settings["enhancedPrivacy"],
            "hideAiFeatures": org.settings["hideAiFeatures"],
            "issueAlertsThreadFlag": org.settings["issueAlertsThreadFlag"],
            "metricAlertsThreadFlag": org.settings["metricAlertsThreadFlag"],
            "hasGranularReplayPermissions": org.settings["hasGranularReplayPermissions"],
            "replayAccessMembers": list(org.settings["replayAccessMembers"]),
        }
    )
    if call.arg("detailed") != "0":
        from .projects import serialize_project_summary
        from .teams import serialize_team

        data["teams"] = [serialize_team(t, call) for t in state.org_teams(org)]
        data["projects"] = [serialize_project_summary(p, call) for p in state.org_projects(org)]
    return data


def _visible_orgs(call: Call, state: State) -> list[Organization]:
    orgs = state.user_orgs(call.user)
    return [o for o in orgs if call.sandbox.regions.serves(call.region, o)]


@operation("list_organizations")
def list_organizations(call: Call) -> ListReply[Organization]:
    orgs = _visible_orgs(call, call.state)
    if call.flag("owner"):
        orgs = [o for o in orgs if _role(call, o) == "owner"]
    query = (call.arg("query") or "").strip().lower()
    if query:
        orgs = [o for o in orgs if query in o.slug.lower() or query in o.name.lower()]
    sort_by = call.arg("sortBy") or "date"
    if sort_by == "name":
        orgs.sort(key=lambda o: o.name.lower())
    elif sort_by == "projectLen":
        orgs.sort(key=lambda o: -len(call.state.org_projects(o)))
    else:
        orgs.sort(key=lambda o: o.date_created, reverse=True)
    regions = call.sandbox.regions
    return ListReply(orgs, lambda o: serialize_organization_summary(o, regions))


def _role(call: Call, org: Organization) -> str | None:
    member = call.state.member_for_user(org, call.user)
    return member.org_role if member else None


@operation("retrieve_organization")
def retrieve_organization(call: Call) -> Reply:
    return Reply(200, serialize_organization(call.org, call))


# update_organization body field -> where it lives; every other known field is a setting.
_ORG_FIELDS = ("slug", "name")


@operation("update_organization")
def update_organization(call: Call) -> Reply:
    body = call.body_dict()
    org = call.org
    changes = {k: v for k, v in body.items() if k in org.settings or k in _ORG_FIELDS}
    if "slug" in changes:
        _check_slug(changes["slug"])
    if "name" in changes and not str(changes["name"]).strip():
        from .handling import field_error

        raise field_error("name", "This field may not be blank.")
    call.state.update_organization(org, changes)
    return Reply(200, serialize_organization(org, call))


def _check_slug(slug: Any) -> None:
    from .handling import field_error
    from .teams import SLUG_MESSAGE, valid_slug

    if not isinstance(slug, str) or not valid_slug(slug):
        raise field_error("slug", SLUG_MESSAGE)

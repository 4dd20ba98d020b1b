"""Organization members: list, invite, retrieve, update, remove; user serializers."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .handling import ApiError, Call, ListReply, Reply, field_error, operation
from .organizations import ORG_ROLES, org_role_list, team_role_list
from .state import Member, Organization, State, Team, User
from .util import iso

_ROLE_NAMES = {role["id"]: role["name"] for role in ORG_ROLES}
_MEMBER_FLAGS = {
    "idp:provisioned": False,
    "idp:role-restricted": False,
    "sso:linked": False,
    "sso:invalid": False,
    "member-limit:restricted": False,
    "partnership:restricted": False,
}


def serialize_user(user: User) -> dict[str, Any]:
    """A Sentry user as member and release endpoints embed it."""
    return {
        "id": str(user.id),
        "name": user.name,
        "username": user.username,
        "email": user.email,
        "avatarUrl": f"https://secure.gravatar.com/avatar/{user.avatar_hash}?s=32&d=mm",
        "isActive": user.is_active,
        "isSuspended": False,
        "hasPasswordAuth": True,
        "isManaged": False,
        "dateJoined": iso(user.date_joined),
        "lastLogin": iso(user.last_login),
        "has2fa": user.has_2fa,
        "lastActive": iso(user.last_login),
        "isSuperuser": False,
        "isStaff": False,
        "experiments": {},
        "emails": [{"id": str(user.id * 10), "email": user.email, "is_verified": True}],
        "avatar": {"avatarType": "letter_avatar", "avatarUuid": None},
        "canReset2fa": True,
    }


def serialize_member(member: Member, state: State) -> dict[str, Any]:
    """The member shape of lists."""
    return {
        "id": str(member.id),
        "email": member.email,
        "name": member.name,
        "user": serialize_user(member.user) if member.user else None,
        "orgRole": member.org_role,
        "role": member.org_role,  # deprecated alias Sentry still sends
        "roleName": _ROLE_NAMES.get(member.org_role, member.org_role.title()),
        "pending": member.pending,
        "expired": member.expired,
        "flags": dict(_MEMBER_FLAGS),
        "dateCreated": iso(member.date_created),
        "inviteStatus": member.invite_status,
        "inviterName": member.inviter_name,
    }


def serialize_member_detail(member: Member, state: State) -> dict[str, Any]:
    """The member shape of retrieve/invite/update: adds teams and the role catalogues."""
    teams = {t.id: t for t in state.org_teams(member.org)}
    roles = [(teams[tid], role) for tid, role in member.team_roles.items() if tid in teams]
    owners = [m for m in state.org_members(member.org) if m.org_role == "owner"]
    data = serialize_member(member, state)
    data.update(
        {
            "teams": [team.slug for team, _ in roles],
            "teamRoles": [{"teamSlug": team.slug, "role": role} for team, role in roles],
            "invite_link": None,
            "isOnlyOwner": owners == [member],
            "orgRoleList": org_role_list(),
            "teamRoleList": team_role_list(),
        }
    )
    return data


def serialize_actor(actor: User | Team | None) -> dict[str, Any] | None:
    """``assignedTo``: a user or a team, as issues show it."""
    if actor is None:
        return None
    if isinstance(actor, Team):
        return {"type": "team", "id": str(actor.id), "name": actor.slug}
    return {"type": "user", "id": str(actor.id), "name": actor.name, "email": actor.email}


@operation("list_organization_members")
def list_organization_members(call: Call) -> ListReply[Member]:
    state = call.state
    members = state.org_members(call.org)
    query = (call.arg("query") or "").strip().lower()
    if query:
        members = [m for m in members if query in m.email.lower() or query in m.name.lower()]
    members.sort(key=lambda m: (m.pending, m.email.lower()))
    return ListReply(members, lambda m: serialize_member(m, state))


def _team_roles(call: Call, org: Organization, raw: Any) -> list[tuple[Team, str | None]]:
    """Resolve ``teamRoles`` (``[{"teamSlug", "role"}]``), 400 for an unknown team."""
    if raw is None:
        return []
    out: list[tuple[Team, str | None]] = []
    for entry in raw:
        if not isinstance(entry, dict) or "teamSlug" not in entry:
            raise field_error("teamRoles", "Each entry needs a teamSlug.")
        team = call.state.team(org, str(entry["teamSlug"]))
        if team is None:
            raise field_error("teamRoles", f"Invalid team: {entry['teamSlug']}")
        role = entry.get("role")
        if role not in (None, "contributor", "admin"):
            raise field_error("teamRoles", f'"{role}" is not a valid team role.')
        out.append((team, role))
    return out


@operation("invite_member")
def invite_member(call: Call) -> Reply:
    body = call.body_dict()
    email = str(body.get("email", "")).strip()
    if not email:
        raise field_error("email", "This field may not be blank.")
    org = call.org
    team_roles = _team_roles(call, org, body.get("teamRoles"))
    role = body.get("orgRole") or org.settings["defaultRole"]
    member = call.state.invite_member(org, email, role, team_roles, call.user)
    return Reply(201, serialize_member_detail(member, call.state))


@operation("retrieve_member")
def retrieve_member(call: Call) -> Reply:
    return Reply(200, serialize_member_detail(call.member, call.state))


@operation("update_member")
def update_member(call: Call) -> Reply:
    body = call.body_dict()
    member = call.member
    team_roles: Sequence[tuple[Team, str | None]] | None = None
    if "teamRoles" in body:
        team_roles = _team_roles(call, member.org, body["teamRoles"])
    role = body.get("orgRole")
    if role is not None and member.org_role == "owner" and role != "owner":
        owners = [m for m in call.state.org_members(member.org) if m.org_role == "owner"]
        if owners == [member]:
            # An organization must keep an owner; Sentry refuses to demote the last one.
            raise ApiError(403, "You cannot demote the last owner of the organization.")
    call.state.update_member(member, org_role=role, team_roles=team_roles)
    return Reply(200, serialize_member_detail(member, call.state))


@operation("remove_member")
def remove_member(call: Call) -> Reply:
    member = call.member
    if member.org_role == "owner":
        owners = [m for m in call.state.org_members(member.org) if m.org_role == "owner"]
        if owners == [member]:
            raise ApiError(403, "You cannot remove the last owner of the organization.")
    call.state.remove_member(member)
    return Reply(204)

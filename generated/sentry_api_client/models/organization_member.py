from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_external_user import MemberExternalUser
    from ..models.member_flags import MemberFlags
    from ..models.member_group_org_role import MemberGroupOrgRole
    from ..models.member_org_role_option import MemberOrgRoleOption
    from ..models.member_team_role import MemberTeamRole
    from ..models.member_team_role_option import MemberTeamRoleOption
    from ..models.member_user import MemberUser


T = TypeVar("T", bound="OrganizationMember")


@_attrs_define
class OrganizationMember:
    """A member of an organization, or an approved invitation (`pending: true`, `user: null`).
    Retrieve and update also send `teams`, `teamRoles`, `invite_link`, `isOnlyOwner`,
    `orgRoleList` and `teamRoleList`.

        Attributes:
            id (str): ID of the membership (not of the user).
            email (str): The member's email address (the user's, or the invited address).
            name (str): The user's name, or the email address for a pending invitation.
            user (MemberUser | None): The Sentry user behind the membership; null for an invitation not yet accepted.
            pending (bool): True while the invitation has not been accepted.
            expired (bool): True when the invitation link has expired.
            flags (MemberFlags): Boolean flags of a membership.
            date_created (datetime.datetime): When the membership (or invitation) was created.
            invite_status (str): `approved`, `requested_to_be_invited` or `requested_to_join`.
            inviter_name (None | str): Display name of whoever sent the invitation.
            org_role (str | Unset): Organization role; known values `member`, `admin` (retired), `manager`, `owner`,
                `billing`.
            role (str | Unset): Deprecated; same as `orgRole`.
            role_name (str | Unset): Deprecated; display name of the organization role, e.g. `Member`.
            teams (list[str] | Unset): Slugs of the teams the member belongs to.
            team_roles (list[MemberTeamRole] | Unset): The member's role in each of their teams.
            projects (list[str] | Unset): Slugs of the member's projects (sent by some Sentry views).
            external_users (list[MemberExternalUser] | Unset): Linked identities on external services (e.g. a GitHub or
                Slack user).
            group_org_roles (list[MemberGroupOrgRole] | Unset): Organization roles the member gets through teams that carry
                one, highest first.
            invite_link (None | str | Unset): The invitation link of a pending member, when the caller may see it.
            is_only_owner (bool | Unset): True when the member is the organization's only owner.
            org_role_list (list[MemberOrgRoleOption] | Unset): The organization roles, with whether the caller may assign
                each to this member.
            team_role_list (list[MemberTeamRoleOption] | Unset): The team roles, with whether the caller may assign each.
    """

    id: str
    email: str
    name: str
    user: MemberUser | None
    pending: bool
    expired: bool
    flags: MemberFlags
    date_created: datetime.datetime
    invite_status: str
    inviter_name: None | str
    org_role: str | Unset = UNSET
    role: str | Unset = UNSET
    role_name: str | Unset = UNSET
    teams: list[str] | Unset = UNSET
    team_roles: list[MemberTeamRole] | Unset = UNSET
    projects: list[str] | Unset = UNSET
    external_users: list[MemberExternalUser] | Unset = UNSET
    group_org_roles: list[MemberGroupOrgRole] | Unset = UNSET
    invite_link: None | str | Unset = UNSET
    is_only_owner: bool | Unset = UNSET
    org_role_list: list[MemberOrgRoleOption] | Unset = UNSET
    team_role_list: list[MemberTeamRoleOption] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("email", "email", True, None),
        ("name", "name", True, None),
        (
            "user",
            "user",
            True,
            (
                "union",
                (
                    ("model", "member_user:MemberUser"),
                    None,
                ),
            ),
        ),
        ("pending", "pending", True, None),
        ("expired", "expired", True, None),
        ("flags", "flags", True, ("model", "member_flags:MemberFlags")),
        ("date_created", "dateCreated", True, "datetime"),
        ("invite_status", "inviteStatus", True, None),
        ("inviter_name", "inviterName", True, None),
        ("org_role", "orgRole", False, None),
        ("role", "role", False, None),
        ("role_name", "roleName", False, None),
        ("teams", "teams", False, None),
        (
            "team_roles",
            "teamRoles",
            False,
            ("list", ("model", "member_team_role:MemberTeamRole")),
        ),
        ("projects", "projects", False, None),
        (
            "external_users",
            "externalUsers",
            False,
            ("list", ("model", "member_external_user:MemberExternalUser")),
        ),
        (
            "group_org_roles",
            "groupOrgRoles",
            False,
            ("list", ("model", "member_group_org_role:MemberGroupOrgRole")),
        ),
        ("invite_link", "invite_link", False, None),
        ("is_only_owner", "isOnlyOwner", False, None),
        (
            "org_role_list",
            "orgRoleList",
            False,
            ("list", ("model", "member_org_role_option:MemberOrgRoleOption")),
        ),
        (
            "team_role_list",
            "teamRoleList",
            False,
            ("list", ("model", "member_team_role_option:MemberTeamRoleOption")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.member_user import MemberUser

        id = self.id

        email = self.email

        name = self.name

        user: dict[str, Any] | None
        if isinstance(self.user, MemberUser):
            user = self.user.to_dict()
        else:
            user = self.user

        pending = self.pending

        expired = self.expired

        flags = self.flags.to_dict()

        date_created = self.date_created.isoformat()

        invite_status = self.invite_status

        inviter_name: None | str
        inviter_name = self.inviter_name

        org_role = self.org_role

        role = self.role

        role_name = self.role_name

        teams: list[str] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = self.teams

        team_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team_roles, Unset):
            team_roles = []
            for team_roles_item_data in self.team_roles:
                team_roles_item = team_roles_item_data.to_dict()
                team_roles.append(team_roles_item)

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        external_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_users, Unset):
            external_users = []
            for external_users_item_data in self.external_users:
                external_users_item = external_users_item_data.to_dict()
                external_users.append(external_users_item)

        group_org_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.group_org_roles, Unset):
            group_org_roles = []
            for group_org_roles_item_data in self.group_org_roles:
                group_org_roles_item = group_org_roles_item_data.to_dict()
                group_org_roles.append(group_org_roles_item)

        invite_link: None | str | Unset
        if isinstance(self.invite_link, Unset):
            invite_link = UNSET
        else:
            invite_link = self.invite_link

        is_only_owner = self.is_only_owner

        org_role_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.org_role_list, Unset):
            org_role_list = []
            for org_role_list_item_data in self.org_role_list:
                org_role_list_item = org_role_list_item_data.to_dict()
                org_role_list.append(org_role_list_item)

        team_role_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team_role_list, Unset):
            team_role_list = []
            for team_role_list_item_data in self.team_role_list:
                team_role_list_item = team_role_list_item_data.to_dict()
                team_role_list.append(team_role_list_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "user": user,
                "pending": pending,
                "expired": expired,
                "flags": flags,
                "dateCreated": date_created,
                "inviteStatus": invite_status,
                "inviterName": inviter_name,
            }
        )
        if org_role is not UNSET:
            field_dict["orgRole"] = org_role
        if role is not UNSET:
            field_dict["role"] = role
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if teams is not UNSET:
            field_dict["teams"] = teams
        if team_roles is not UNSET:
            field_dict["teamRoles"] = team_roles
        if projects is not UNSET:
            field_dict["projects"] = projects
        if external_users is not UNSET:
            field_dict["externalUsers"] = external_users
        if group_org_roles is not UNSET:
            field_dict["groupOrgRoles"] = group_org_roles
        if invite_link is not UNSET:
            field_dict["invite_link"] = invite_link
        if is_only_owner is not UNSET:
            field_dict["isOnlyOwner"] = is_only_owner
        if org_role_list is not UNSET:
            field_dict["orgRoleList"] = org_role_list
        if team_role_list is not UNSET:
            field_dict["teamRoleList"] = team_role_list

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_external_user import MemberExternalUser
        from ..models.member_flags import MemberFlags
        from ..models.member_group_org_role import MemberGroupOrgRole
        from ..models.member_org_role_option import MemberOrgRoleOption
        from ..models.member_team_role import MemberTeamRole
        from ..models.member_team_role_option import MemberTeamRoleOption
        from ..models.member_user import MemberUser

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        def _parse_user(data: object) -> MemberUser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = MemberUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberUser | None, data)

        user = _parse_user(d.pop("user"))

        pending = d.pop("pending")

        expired = d.pop("expired")

        flags = MemberFlags.from_dict(d.pop("flags"))

        date_created = parse_datetime(d.pop("dateCreated"))

        invite_status = d.pop("inviteStatus")

        def _parse_inviter_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inviter_name = _parse_inviter_name(d.pop("inviterName"))

        org_role = d.pop("orgRole", UNSET)

        role = d.pop("role", UNSET)

        role_name = d.pop("roleName", UNSET)

        teams = cast(list[str], d.pop("teams", UNSET))

        _team_roles = d.pop("teamRoles", UNSET)
        team_roles: list[MemberTeamRole] | Unset = UNSET
        if _team_roles is not UNSET:
            team_roles = []
            for team_roles_item_data in _team_roles:
                team_roles_item = MemberTeamRole.from_dict(team_roles_item_data)

                team_roles.append(team_roles_item)

        projects = cast(list[str], d.pop("projects", UNSET))

        _external_users = d.pop("externalUsers", UNSET)
        external_users: list[MemberExternalUser] | Unset = UNSET
        if _external_users is not UNSET:
            external_users = []
            for external_users_item_data in _external_users:
                external_users_item = MemberExternalUser.from_dict(external_users_item_data)

                external_users.append(external_users_item)

        _group_org_roles = d.pop("groupOrgRoles", UNSET)
        group_org_roles: list[MemberGroupOrgRole] | Unset = UNSET
        if _group_org_roles is not UNSET:
            group_org_roles = []
            for group_org_roles_item_data in _group_org_roles:
                group_org_roles_item = MemberGroupOrgRole.from_dict(group_org_roles_item_data)

                group_org_roles.append(group_org_roles_item)

        def _parse_invite_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invite_link = _parse_invite_link(d.pop("invite_link", UNSET))

        is_only_owner = d.pop("isOnlyOwner", UNSET)

        _org_role_list = d.pop("orgRoleList", UNSET)
        org_role_list: list[MemberOrgRoleOption] | Unset = UNSET
        if _org_role_list is not UNSET:
            org_role_list = []
            for org_role_list_item_data in _org_role_list:
                org_role_list_item = MemberOrgRoleOption.from_dict(org_role_list_item_data)

                org_role_list.append(org_role_list_item)

        _team_role_list = d.pop("teamRoleList", UNSET)
        team_role_list: list[MemberTeamRoleOption] | Unset = UNSET
        if _team_role_list is not UNSET:
            team_role_list = []
            for team_role_list_item_data in _team_role_list:
                team_role_list_item = MemberTeamRoleOption.from_dict(team_role_list_item_data)

                team_role_list.append(team_role_list_item)

        organization_member = cls(
            id=id,
            email=email,
            name=name,
            user=user,
            pending=pending,
            expired=expired,
            flags=flags,
            date_created=date_created,
            invite_status=invite_status,
            inviter_name=inviter_name,
            org_role=org_role,
            role=role,
            role_name=role_name,
            teams=teams,
            team_roles=team_roles,
            projects=projects,
            external_users=external_users,
            group_org_roles=group_org_roles,
            invite_link=invite_link,
            is_only_owner=is_only_owner,
            org_role_list=org_role_list,
            team_role_list=team_role_list,
        )

        organization_member.additional_properties = d
        return organization_member

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_member_external_users_item import TeamMemberExternalUsersItem
    from ..models.team_member_flags import TeamMemberFlags
    from ..models.team_member_user import TeamMemberUser


T = TypeVar("T", bound="TeamMember")


@_attrs_define
class TeamMember:
    """A member of a team, with their organization role and their role in the team.

    Attributes:
        id (str): ID of the organization membership (not of the user).
        email (str):
        name (str):
        user (None | TeamMemberUser): The Sentry user; null only for a membership without an account.
        org_role (str): Organization role; known values `member`, `admin`, `manager`, `owner`, `billing`.
        pending (bool):
        expired (bool):
        flags (TeamMemberFlags): Flags of an organization membership.
        date_created (datetime.datetime):
        invite_status (str): Known values `approved`, `requested_to_be_invited`, `requested_to_join`.
        team_role (None | str): The member's role in this team (`contributor`, `admin`); null means the minimum role.
        team_slug (str):
        role (str | Unset): Deprecated; same as `orgRole`.
        role_name (str | Unset): Deprecated; display name of the organization role.
        inviter_name (None | str | Unset):
        external_users (list[TeamMemberExternalUsersItem] | Unset): The member's identities on external services.
    """

    id: str
    email: str
    name: str
    user: None | TeamMemberUser
    org_role: str
    pending: bool
    expired: bool
    flags: TeamMemberFlags
    date_created: datetime.datetime
    invite_status: str
    team_role: None | str
    team_slug: str
    role: str | Unset = UNSET
    role_name: str | Unset = UNSET
    inviter_name: None | str | Unset = UNSET
    external_users: list[TeamMemberExternalUsersItem] | Unset = UNSET
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
                    ("model", "team_member_user:TeamMemberUser"),
                    None,
                ),
            ),
        ),
        ("org_role", "orgRole", True, None),
        ("pending", "pending", True, None),
        ("expired", "expired", True, None),
        ("flags", "flags", True, ("model", "team_member_flags:TeamMemberFlags")),
        ("date_created", "dateCreated", True, "datetime"),
        ("invite_status", "inviteStatus", True, None),
        ("team_role", "teamRole", True, None),
        ("team_slug", "teamSlug", True, None),
        ("role", "role", False, None),
        ("role_name", "roleName", False, None),
        ("inviter_name", "inviterName", False, None),
        (
            "external_users",
            "externalUsers",
            False,
            (
                "list",
                (
                    "model",
                    "team_member_external_users_item:TeamMemberExternalUsersItem",
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_member_user import TeamMemberUser

        id = self.id

        email = self.email

        name = self.name

        user: dict[str, Any] | None
        if isinstance(self.user, TeamMemberUser):
            user = self.user.to_dict()
        else:
            user = self.user

        org_role = self.org_role

        pending = self.pending

        expired = self.expired

        flags = self.flags.to_dict()

        date_created = self.date_created.isoformat()

        invite_status = self.invite_status

        team_role: None | str
        team_role = self.team_role

        team_slug = self.team_slug

        role = self.role

        role_name = self.role_name

        inviter_name: None | str | Unset
        if isinstance(self.inviter_name, Unset):
            inviter_name = UNSET
        else:
            inviter_name = self.inviter_name

        external_users: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_users, Unset):
            external_users = []
            for external_users_item_data in self.external_users:
                external_users_item = external_users_item_data.to_dict()
                external_users.append(external_users_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "email": email,
                "name": name,
                "user": user,
                "orgRole": org_role,
                "pending": pending,
                "expired": expired,
                "flags": flags,
                "dateCreated": date_created,
                "inviteStatus": invite_status,
                "teamRole": team_role,
                "teamSlug": team_slug,
            }
        )
        if role is not UNSET:
            field_dict["role"] = role
        if role_name is not UNSET:
            field_dict["roleName"] = role_name
        if inviter_name is not UNSET:
            field_dict["inviterName"] = inviter_name
        if external_users is not UNSET:
            field_dict["externalUsers"] = external_users

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.team_member_external_users_item import TeamMemberExternalUsersItem
        from ..models.team_member_flags import TeamMemberFlags
        from ..models.team_member_user import TeamMemberUser

        d = dict(src_dict)
        id = d.pop("id")

        email = d.pop("email")

        name = d.pop("name")

        def _parse_user(data: object) -> None | TeamMemberUser:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = TeamMemberUser.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TeamMemberUser, data)

        user = _parse_user(d.pop("user"))

        org_role = d.pop("orgRole")

        pending = d.pop("pending")

        expired = d.pop("expired")

        flags = TeamMemberFlags.from_dict(d.pop("flags"))

        date_created = parse_datetime(d.pop("dateCreated"))

        invite_status = d.pop("inviteStatus")

        def _parse_team_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        team_role = _parse_team_role(d.pop("teamRole"))

        team_slug = d.pop("teamSlug")

        role = d.pop("role", UNSET)

        role_name = d.pop("roleName", UNSET)

        def _parse_inviter_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inviter_name = _parse_inviter_name(d.pop("inviterName", UNSET))

        _external_users = d.pop("externalUsers", UNSET)
        external_users: list[TeamMemberExternalUsersItem] | Unset = UNSET
        if _external_users is not UNSET:
            external_users = []
            for external_users_item_data in _external_users:
                external_users_item = TeamMemberExternalUsersItem.from_dict(
                    external_users_item_data
                )

                external_users.append(external_users_item)

        team_member = cls(
            id=id,
            email=email,
            name=name,
            user=user,
            org_role=org_role,
            pending=pending,
            expired=expired,
            flags=flags,
            date_created=date_created,
            invite_status=invite_status,
            team_role=team_role,
            team_slug=team_slug,
            role=role,
            role_name=role_name,
            inviter_name=inviter_name,
            external_users=external_users,
        )

        team_member.additional_properties = d
        return team_member

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

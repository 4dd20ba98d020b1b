from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.member_invite_org_role import (
    MemberInviteOrgRole,
    check_member_invite_org_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_team_role_input import MemberTeamRoleInput


T = TypeVar("T", bound="MemberInvite")


@_attrs_define
class MemberInvite:
    """An invitation to join the organization.

    Attributes:
        email (str): Email address to invite.
        org_role (MemberInviteOrgRole | Unset): Organization role of the new member: `billing` (payment and compliance
            details),
            `member` (view and act on events and most data), `manager` (manage all teams,
            projects and members), `owner` (unrestricted, including billing). `admin` is retired:
            it can no longer be assigned on plans with team roles (Business, Enterprise); give
            team-level `admin` through `teamRoles` instead.
             Default: 'member'.
        team_roles (list[MemberTeamRoleInput] | None | Unset): Teams to add the new member to. Sentry records the team
            memberships; the roles given
            here are not applied at invitation time (set them later with update_member).
        send_invite (bool | Unset): Whether to email the invitation. Default: True.
        reinvite (bool | Unset): Whether to send the invitation again to an address that was already invited (Sentry
            documents this as defaulting to true).
    """

    email: str
    org_role: MemberInviteOrgRole | Unset = "member"
    team_roles: list[MemberTeamRoleInput] | None | Unset = UNSET
    send_invite: bool | Unset = True
    reinvite: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("email", "email", True, None),
        ("org_role", "orgRole", False, None),
        (
            "team_roles",
            "teamRoles",
            False,
            (
                "union",
                (
                    ("list", ("model", "member_team_role_input:MemberTeamRoleInput")),
                    None,
                ),
            ),
        ),
        ("send_invite", "sendInvite", False, None),
        ("reinvite", "reinvite", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        org_role: str | Unset = UNSET
        if not isinstance(self.org_role, Unset):
            org_role = self.org_role

        team_roles: list[dict[str, Any]] | None | Unset
        if isinstance(self.team_roles, Unset):
            team_roles = UNSET
        elif isinstance(self.team_roles, list):
            team_roles = []
            for team_roles_type_0_item_data in self.team_roles:
                team_roles_type_0_item = team_roles_type_0_item_data.to_dict()
                team_roles.append(team_roles_type_0_item)

        else:
            team_roles = self.team_roles

        send_invite = self.send_invite

        reinvite = self.reinvite

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
            }
        )
        if org_role is not UNSET:
            field_dict["orgRole"] = org_role
        if team_roles is not UNSET:
            field_dict["teamRoles"] = team_roles
        if send_invite is not UNSET:
            field_dict["sendInvite"] = send_invite
        if reinvite is not UNSET:
            field_dict["reinvite"] = reinvite

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_team_role_input import MemberTeamRoleInput

        d = dict(src_dict)
        email = d.pop("email")

        _org_role = d.pop("orgRole", UNSET)
        org_role: MemberInviteOrgRole | Unset
        if isinstance(_org_role, Unset):
            org_role = UNSET
        else:
            org_role = check_member_invite_org_role(_org_role)

        def _parse_team_roles(data: object) -> list[MemberTeamRoleInput] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                team_roles_type_0 = []
                _team_roles_type_0 = data
                for team_roles_type_0_item_data in _team_roles_type_0:
                    team_roles_type_0_item = MemberTeamRoleInput.from_dict(
                        team_roles_type_0_item_data
                    )

                    team_roles_type_0.append(team_roles_type_0_item)

                return team_roles_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MemberTeamRoleInput] | None | Unset, data)

        team_roles = _parse_team_roles(d.pop("teamRoles", UNSET))

        send_invite = d.pop("sendInvite", UNSET)

        reinvite = d.pop("reinvite", UNSET)

        member_invite = cls(
            email=email,
            org_role=org_role,
            team_roles=team_roles,
            send_invite=send_invite,
            reinvite=reinvite,
        )

        member_invite.additional_properties = d
        return member_invite

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

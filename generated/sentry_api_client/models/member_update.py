from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.member_update_org_role import (
    MemberUpdateOrgRole,
    check_member_update_org_role,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_team_role_input import MemberTeamRoleInput


T = TypeVar("T", bound="MemberUpdate")


@_attrs_define
class MemberUpdate:
    """New roles for a member; fields left out are unchanged.

    Attributes:
        org_role (MemberUpdateOrgRole | Unset): New organization role (`billing`, `member`, `manager`, `owner`; `admin`
            is retired and
            rejected on plans with team roles). Needs a user auth token.
        team_roles (list[MemberTeamRoleInput] | None | Unset): The member's role in each listed team.
    """

    org_role: MemberUpdateOrgRole | Unset = UNSET
    team_roles: list[MemberTeamRoleInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
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
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if org_role is not UNSET:
            field_dict["orgRole"] = org_role
        if team_roles is not UNSET:
            field_dict["teamRoles"] = team_roles

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_team_role_input import MemberTeamRoleInput

        d = dict(src_dict)
        _org_role = d.pop("orgRole", UNSET)
        org_role: MemberUpdateOrgRole | Unset
        if isinstance(_org_role, Unset):
            org_role = UNSET
        else:
            org_role = check_member_update_org_role(_org_role)

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

        member_update = cls(
            org_role=org_role,
            team_roles=team_roles,
        )

        member_update.additional_properties = d
        return member_update

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

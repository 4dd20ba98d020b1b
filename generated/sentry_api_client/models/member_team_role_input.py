from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.member_team_role_input_role import (
    MemberTeamRoleInputRole,
    check_member_team_role_input_role,
)

T = TypeVar("T", bound="MemberTeamRoleInput")


@_attrs_define
class MemberTeamRoleInput:
    """A team and the role to hold in it.

    Attributes:
        team_slug (str): Slug of the team.
        role (MemberTeamRoleInputRole): `contributor` (view and act on issues) or `admin` (manage the team's members and
            projects).
    """

    team_slug: str
    role: MemberTeamRoleInputRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("team_slug", "teamSlug", True, None),
        ("role", "role", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        team_slug = self.team_slug

        role: str = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamSlug": team_slug,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_slug = d.pop("teamSlug")

        role = check_member_team_role_input_role(d.pop("role"))

        member_team_role_input = cls(
            team_slug=team_slug,
            role=role,
        )

        member_team_role_input.additional_properties = d
        return member_team_role_input

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

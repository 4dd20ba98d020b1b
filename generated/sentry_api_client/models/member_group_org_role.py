from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

if TYPE_CHECKING:
    from ..models.member_org_role_option import MemberOrgRoleOption


T = TypeVar("T", bound="MemberGroupOrgRole")


@_attrs_define
class MemberGroupOrgRole:
    """An organization role granted through a team.

    Attributes:
        team_slug (str):
        role (MemberOrgRoleOption): An organization role and whether the caller may assign it.
    """

    team_slug: str
    role: MemberOrgRoleOption
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("team_slug", "teamSlug", True, None),
        ("role", "role", True, ("model", "member_org_role_option:MemberOrgRoleOption")),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        team_slug = self.team_slug

        role = self.role.to_dict()

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
        from ..models.member_org_role_option import MemberOrgRoleOption

        d = dict(src_dict)
        team_slug = d.pop("teamSlug")

        role = MemberOrgRoleOption.from_dict(d.pop("role"))

        member_group_org_role = cls(
            team_slug=team_slug,
            role=role,
        )

        member_group_org_role.additional_properties = d
        return member_group_org_role

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

T = TypeVar("T", bound="MemberTeamRole")


@_attrs_define
class MemberTeamRole:
    """A member's role in one team.

    Attributes:
        team_slug (str):
        role (None | str): `contributor` or `admin`; null when the member only has the minimum role their organization
            role implies.
    """

    team_slug: str
    role: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("team_slug", "teamSlug", True, None),
        ("role", "role", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        team_slug = self.team_slug

        role: None | str
        role = self.role

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

        def _parse_role(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        role = _parse_role(d.pop("role"))

        member_team_role = cls(
            team_slug=team_slug,
            role=role,
        )

        member_team_role.additional_properties = d
        return member_team_role

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

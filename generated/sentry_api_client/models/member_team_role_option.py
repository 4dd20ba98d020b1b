from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberTeamRoleOption")


@_attrs_define
class MemberTeamRoleOption:
    """A team role and whether the caller may assign it.

    Attributes:
        id (str):
        name (str):
        desc (str):
        scopes (list[str]):
        allowed (bool | Unset):
        is_allowed (bool | Unset):
        is_retired (bool | Unset):
        is_team_roles_allowed (bool | Unset):
        is_minimum_role_for (None | str | Unset):
    """

    id: str
    name: str
    desc: str
    scopes: list[str]
    allowed: bool | Unset = UNSET
    is_allowed: bool | Unset = UNSET
    is_retired: bool | Unset = UNSET
    is_team_roles_allowed: bool | Unset = UNSET
    is_minimum_role_for: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("name", "name", True, None),
        ("desc", "desc", True, None),
        ("scopes", "scopes", True, None),
        ("allowed", "allowed", False, None),
        ("is_allowed", "isAllowed", False, None),
        ("is_retired", "isRetired", False, None),
        ("is_team_roles_allowed", "isTeamRolesAllowed", False, None),
        ("is_minimum_role_for", "isMinimumRoleFor", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        desc = self.desc

        scopes = self.scopes

        allowed = self.allowed

        is_allowed = self.is_allowed

        is_retired = self.is_retired

        is_team_roles_allowed = self.is_team_roles_allowed

        is_minimum_role_for: None | str | Unset
        if isinstance(self.is_minimum_role_for, Unset):
            is_minimum_role_for = UNSET
        else:
            is_minimum_role_for = self.is_minimum_role_for

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "desc": desc,
                "scopes": scopes,
            }
        )
        if allowed is not UNSET:
            field_dict["allowed"] = allowed
        if is_allowed is not UNSET:
            field_dict["isAllowed"] = is_allowed
        if is_retired is not UNSET:
            field_dict["isRetired"] = is_retired
        if is_team_roles_allowed is not UNSET:
            field_dict["isTeamRolesAllowed"] = is_team_roles_allowed
        if is_minimum_role_for is not UNSET:
            field_dict["isMinimumRoleFor"] = is_minimum_role_for

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        desc = d.pop("desc")

        scopes = cast(list[str], d.pop("scopes"))

        allowed = d.pop("allowed", UNSET)

        is_allowed = d.pop("isAllowed", UNSET)

        is_retired = d.pop("isRetired", UNSET)

        is_team_roles_allowed = d.pop("isTeamRolesAllowed", UNSET)

        def _parse_is_minimum_role_for(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        is_minimum_role_for = _parse_is_minimum_role_for(d.pop("isMinimumRoleFor", UNSET))

        member_team_role_option = cls(
            id=id,
            name=name,
            desc=desc,
            scopes=scopes,
            allowed=allowed,
            is_allowed=is_allowed,
            is_retired=is_retired,
            is_team_roles_allowed=is_team_roles_allowed,
            is_minimum_role_for=is_minimum_role_for,
        )

        member_team_role_option.additional_properties = d
        return member_team_role_option

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

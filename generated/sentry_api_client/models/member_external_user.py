from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberExternalUser")


@_attrs_define
class MemberExternalUser:
    """A member's identity on an external service.

    Attributes:
        id (str):
        provider (str): e.g. `github`, `gitlab`, `slack`, `msteams`.
        external_name (str): The name on the external service, e.g. `@ada`.
        integration_id (str):
        external_id (str | Unset):
        user_id (str | Unset):
        team_id (str | Unset):
    """

    id: str
    provider: str
    external_name: str
    integration_id: str
    external_id: str | Unset = UNSET
    user_id: str | Unset = UNSET
    team_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("provider", "provider", True, None),
        ("external_name", "externalName", True, None),
        ("integration_id", "integrationId", True, None),
        ("external_id", "externalId", False, None),
        ("user_id", "userId", False, None),
        ("team_id", "teamId", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        provider = self.provider

        external_name = self.external_name

        integration_id = self.integration_id

        external_id = self.external_id

        user_id = self.user_id

        team_id = self.team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "provider": provider,
                "externalName": external_name,
                "integrationId": integration_id,
            }
        )
        if external_id is not UNSET:
            field_dict["externalId"] = external_id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        provider = d.pop("provider")

        external_name = d.pop("externalName")

        integration_id = d.pop("integrationId")

        external_id = d.pop("externalId", UNSET)

        user_id = d.pop("userId", UNSET)

        team_id = d.pop("teamId", UNSET)

        member_external_user = cls(
            id=id,
            provider=provider,
            external_name=external_name,
            integration_id=integration_id,
            external_id=external_id,
            user_id=user_id,
            team_id=team_id,
        )

        member_external_user.additional_properties = d
        return member_external_user

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

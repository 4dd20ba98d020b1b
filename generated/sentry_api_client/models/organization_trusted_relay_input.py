from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationTrustedRelayInput")


@_attrs_define
class OrganizationTrustedRelayInput:
    """A customer-run Relay to trust.

    Attributes:
        name (str):
        public_key (str): The Relay's public key.
        description (str | Unset):
    """

    name: str
    public_key: str
    description: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("name", "name", True, None),
        ("public_key", "publicKey", True, None),
        ("description", "description", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        public_key = self.public_key

        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "publicKey": public_key,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        public_key = d.pop("publicKey")

        description = d.pop("description", UNSET)

        organization_trusted_relay_input = cls(
            name=name,
            public_key=public_key,
            description=description,
        )

        organization_trusted_relay_input.additional_properties = d
        return organization_trusted_relay_input

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

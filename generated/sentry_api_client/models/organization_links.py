from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

T = TypeVar("T", bound="OrganizationLinks")


@_attrs_define
class OrganizationLinks:
    """Where the organization is served.

    Attributes:
        organization_url (str): The organization's own web address, e.g. `https://acme.sentry.io`.
        region_url (str): Base URL of the region that holds the organization's data, e.g.
            `https://us.sentry.io` or `https://de.sentry.io`; send the organization's API
            requests there. On self-hosted installs this is the install's own URL.
    """

    organization_url: str
    region_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("organization_url", "organizationUrl", True, None),
        ("region_url", "regionUrl", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        organization_url = self.organization_url

        region_url = self.region_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organizationUrl": organization_url,
                "regionUrl": region_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organization_url = d.pop("organizationUrl")

        region_url = d.pop("regionUrl")

        organization_links = cls(
            organization_url=organization_url,
            region_url=region_url,
        )

        organization_links.additional_properties = d
        return organization_links

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

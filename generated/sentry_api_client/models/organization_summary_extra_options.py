from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

if TYPE_CHECKING:
    from ..models.organization_summary_extra_options_additional_property import (
        OrganizationSummaryExtraOptionsAdditionalProperty,
    )


T = TypeVar("T", bound="OrganizationSummaryExtraOptions")


@_attrs_define
class OrganizationSummaryExtraOptions:
    """Extra, feature-specific options, grouped by area."""

    additional_properties: dict[str, OrganizationSummaryExtraOptionsAdditionalProperty] = (
        _attrs_field(init=False, factory=dict)
    )

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = ()
    _sentry_extra = (
        "model",
        "organization_summary_extra_options_additional_property:OrganizationSummaryExtraOptionsAdditionalProperty",
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.organization_summary_extra_options_additional_property import (
            OrganizationSummaryExtraOptionsAdditionalProperty,
        )

        d = dict(src_dict)
        organization_summary_extra_options = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = OrganizationSummaryExtraOptionsAdditionalProperty.from_dict(
                prop_dict
            )

            additional_properties[prop_name] = additional_property

        organization_summary_extra_options.additional_properties = additional_properties
        return organization_summary_extra_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> OrganizationSummaryExtraOptionsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: OrganizationSummaryExtraOptionsAdditionalProperty
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

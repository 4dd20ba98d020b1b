from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectEventProcessing")


@_attrs_define
class ProjectEventProcessing:
    """Event processing state.

    Attributes:
        symbolication_degraded (bool | Unset): Whether native symbolication is currently slowed down for this project.
    """

    symbolication_degraded: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (("symbolication_degraded", "symbolicationDegraded", False, None),)
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        symbolication_degraded = self.symbolication_degraded

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if symbolication_degraded is not UNSET:
            field_dict["symbolicationDegraded"] = symbolication_degraded

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        symbolication_degraded = d.pop("symbolicationDegraded", UNSET)

        project_event_processing = cls(
            symbolication_degraded=symbolication_degraded,
        )

        project_event_processing.additional_properties = d
        return project_event_processing

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

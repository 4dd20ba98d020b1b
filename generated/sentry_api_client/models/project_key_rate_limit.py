from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

T = TypeVar("T", bound="ProjectKeyRateLimit")


@_attrs_define
class ProjectKeyRateLimit:
    """A client key's own rate limit.

    Attributes:
        window (int): Window length in seconds.
        count (int): Events accepted per window.
    """

    window: int
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("window", "window", True, None),
        ("count", "count", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        window = self.window

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "window": window,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        window = d.pop("window")

        count = d.pop("count")

        project_key_rate_limit = cls(
            window=window,
            count=count,
        )

        project_key_rate_limit.additional_properties = d
        return project_key_rate_limit

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

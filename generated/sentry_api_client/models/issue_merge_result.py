from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueMergeResult")


@_attrs_define
class IssueMergeResult:
    """Which issue the others were merged into.

    Attributes:
        parent (str | Unset): The ID of the issue that remains.
        children (list[str] | Unset): The IDs of the issues merged into it.
    """

    parent: str | Unset = UNSET
    children: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("parent", "parent", False, None),
        ("children", "children", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        parent = self.parent

        children: list[str] | Unset = UNSET
        if not isinstance(self.children, Unset):
            children = self.children

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if parent is not UNSET:
            field_dict["parent"] = parent
        if children is not UNSET:
            field_dict["children"] = children

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        parent = d.pop("parent", UNSET)

        children = cast(list[str], d.pop("children", UNSET))

        issue_merge_result = cls(
            parent=parent,
            children=children,
        )

        issue_merge_result.additional_properties = d
        return issue_merge_result

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

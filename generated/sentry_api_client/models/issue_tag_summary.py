from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_tag_summary_top_values_item import IssueTagSummaryTopValuesItem


T = TypeVar("T", bound="IssueTagSummary")


@_attrs_define
class IssueTagSummary:
    """A tag key seen on an issue's events.

    Attributes:
        key (str | Unset):
        name (str | Unset): Display name of the tag key.
        total_values (int | Unset): Number of events carrying the tag.
        top_values (list[IssueTagSummaryTopValuesItem] | Unset):
    """

    key: str | Unset = UNSET
    name: str | Unset = UNSET
    total_values: int | Unset = UNSET
    top_values: list[IssueTagSummaryTopValuesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("key", "key", False, None),
        ("name", "name", False, None),
        ("total_values", "totalValues", False, None),
        (
            "top_values",
            "topValues",
            False,
            (
                "list",
                (
                    "model",
                    "issue_tag_summary_top_values_item:IssueTagSummaryTopValuesItem",
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        name = self.name

        total_values = self.total_values

        top_values: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.top_values, Unset):
            top_values = []
            for top_values_item_data in self.top_values:
                top_values_item = top_values_item_data.to_dict()
                top_values.append(top_values_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if key is not UNSET:
            field_dict["key"] = key
        if name is not UNSET:
            field_dict["name"] = name
        if total_values is not UNSET:
            field_dict["totalValues"] = total_values
        if top_values is not UNSET:
            field_dict["topValues"] = top_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_tag_summary_top_values_item import (
            IssueTagSummaryTopValuesItem,
        )

        d = dict(src_dict)
        key = d.pop("key", UNSET)

        name = d.pop("name", UNSET)

        total_values = d.pop("totalValues", UNSET)

        _top_values = d.pop("topValues", UNSET)
        top_values: list[IssueTagSummaryTopValuesItem] | Unset = UNSET
        if _top_values is not UNSET:
            top_values = []
            for top_values_item_data in _top_values:
                top_values_item = IssueTagSummaryTopValuesItem.from_dict(top_values_item_data)

                top_values.append(top_values_item)

        issue_tag_summary = cls(
            key=key,
            name=name,
            total_values=total_values,
            top_values=top_values,
        )

        issue_tag_summary.additional_properties = d
        return issue_tag_summary

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

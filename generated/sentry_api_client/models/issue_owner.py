from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueOwner")


@_attrs_define
class IssueOwner:
    """A suggested owner of an issue.

    Attributes:
        type_ (str | Unset): How the owner was derived, e.g. `suspectCommit`, `ownershipRule`, `codeowners`.
        owner (str | Unset): The owner actor, e.g. `user:1` or `team:4`.
        date_added (datetime.datetime | Unset):
    """

    type_: str | Unset = UNSET
    owner: str | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("type_", "type", False, None),
        ("owner", "owner", False, None),
        ("date_added", "date_added", False, "datetime"),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        owner = self.owner

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if owner is not UNSET:
            field_dict["owner"] = owner
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type", UNSET)

        owner = d.pop("owner", UNSET)

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = parse_datetime(_date_added)

        issue_owner = cls(
            type_=type_,
            owner=owner,
            date_added=date_added,
        )

        issue_owner.additional_properties = d
        return issue_owner

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueAssignee")


@_attrs_define
class IssueAssignee:
    """The actor (user or team) an issue is assigned to.

    Attributes:
        type_ (str): `user` or `team`.
        id (str): The user's or team's ID.
        name (str): The user's name, or the team's slug.
        email (str | Unset): The user's email (users only).
    """

    type_: str
    id: str
    name: str
    email: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("type_", "type", True, None),
        ("id", "id", True, None),
        ("name", "name", True, None),
        ("email", "email", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id = self.id

        name = self.name

        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = d.pop("type")

        id = d.pop("id")

        name = d.pop("name")

        email = d.pop("email", UNSET)

        issue_assignee = cls(
            type_=type_,
            id=id,
            name=name,
            email=email,
        )

        issue_assignee.additional_properties = d
        return issue_assignee

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

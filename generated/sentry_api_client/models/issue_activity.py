from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_activity_data import IssueActivityData
    from ..models.issue_activity_user_type_0 import IssueActivityUserType0


T = TypeVar("T", bound="IssueActivity")


@_attrs_define
class IssueActivity:
    """One entry of an issue's activity log.

    Attributes:
        id (str | Unset):
        type_ (str | Unset): E.g. `first_seen`, `note`, `set_resolved`, `assigned`, `set_regression`.
        data (IssueActivityData | Unset):
        date_created (datetime.datetime | Unset):
        user (IssueActivityUserType0 | None | Unset): The user who acted, or `null` for Sentry itself.
    """

    id: str | Unset = UNSET
    type_: str | Unset = UNSET
    data: IssueActivityData | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    user: IssueActivityUserType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", False, None),
        ("type_", "type", False, None),
        ("data", "data", False, ("model", "issue_activity_data:IssueActivityData")),
        ("date_created", "dateCreated", False, "datetime"),
        (
            "user",
            "user",
            False,
            (
                "union",
                (
                    ("model", "issue_activity_user_type_0:IssueActivityUserType0"),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_activity_user_type_0 import IssueActivityUserType0

        id = self.id

        type_ = self.type_

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, IssueActivityUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if data is not UNSET:
            field_dict["data"] = data
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if user is not UNSET:
            field_dict["user"] = user

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_activity_data import IssueActivityData
        from ..models.issue_activity_user_type_0 import IssueActivityUserType0

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        type_ = d.pop("type", UNSET)

        _data = d.pop("data", UNSET)
        data: IssueActivityData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = IssueActivityData.from_dict(_data)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_user(data: object) -> IssueActivityUserType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = IssueActivityUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueActivityUserType0 | None | Unset, data)

        user = _parse_user(d.pop("user", UNSET))

        issue_activity = cls(
            id=id,
            type_=type_,
            data=data,
            date_created=date_created,
            user=user,
        )

        issue_activity.additional_properties = d
        return issue_activity

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

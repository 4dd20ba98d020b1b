from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_inbox_reason_details_type_0 import IssueInboxReasonDetailsType0


T = TypeVar("T", bound="IssueInbox")


@_attrs_define
class IssueInbox:
    """Why and since when an issue sits in the review inbox.

    Attributes:
        reason (int | Unset): 0 new, 1 unignored, 2 regression, 3 manual, 4 reprocessed, 5 escalating, 6 ongoing.
        reason_details (IssueInboxReasonDetailsType0 | None | Unset):
        date_added (datetime.datetime | Unset):
    """

    reason: int | Unset = UNSET
    reason_details: IssueInboxReasonDetailsType0 | None | Unset = UNSET
    date_added: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("reason", "reason", False, None),
        (
            "reason_details",
            "reason_details",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "issue_inbox_reason_details_type_0:IssueInboxReasonDetailsType0",
                    ),
                    None,
                ),
            ),
        ),
        ("date_added", "date_added", False, "datetime"),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_inbox_reason_details_type_0 import (
            IssueInboxReasonDetailsType0,
        )

        reason = self.reason

        reason_details: dict[str, Any] | None | Unset
        if isinstance(self.reason_details, Unset):
            reason_details = UNSET
        elif isinstance(self.reason_details, IssueInboxReasonDetailsType0):
            reason_details = self.reason_details.to_dict()
        else:
            reason_details = self.reason_details

        date_added: str | Unset = UNSET
        if not isinstance(self.date_added, Unset):
            date_added = self.date_added.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if reason is not UNSET:
            field_dict["reason"] = reason
        if reason_details is not UNSET:
            field_dict["reason_details"] = reason_details
        if date_added is not UNSET:
            field_dict["date_added"] = date_added

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_inbox_reason_details_type_0 import (
            IssueInboxReasonDetailsType0,
        )

        d = dict(src_dict)
        reason = d.pop("reason", UNSET)

        def _parse_reason_details(
            data: object,
        ) -> IssueInboxReasonDetailsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reason_details_type_0 = IssueInboxReasonDetailsType0.from_dict(data)

                return reason_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueInboxReasonDetailsType0 | None | Unset, data)

        reason_details = _parse_reason_details(d.pop("reason_details", UNSET))

        _date_added = d.pop("date_added", UNSET)
        date_added: datetime.datetime | Unset
        if isinstance(_date_added, Unset):
            date_added = UNSET
        else:
            date_added = parse_datetime(_date_added)

        issue_inbox = cls(
            reason=reason,
            reason_details=reason_details,
            date_added=date_added,
        )

        issue_inbox.additional_properties = d
        return issue_inbox

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

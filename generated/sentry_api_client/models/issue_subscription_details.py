from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueSubscriptionDetails")


@_attrs_define
class IssueSubscriptionDetails:
    """Why the requesting user is or is not subscribed to an issue.

    Attributes:
        disabled (bool | Unset): True when the user turned workflow notifications off.
        reason (str | Unset): E.g. `unknown`, `comment`, `assigned`, `bookmark`, `status_change`, `mentioned`,
            `team_mentioned`.
    """

    disabled: bool | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("disabled", "disabled", False, None),
        ("reason", "reason", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        disabled = self.disabled

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if disabled is not UNSET:
            field_dict["disabled"] = disabled
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        disabled = d.pop("disabled", UNSET)

        reason = d.pop("reason", UNSET)

        issue_subscription_details = cls(
            disabled=disabled,
            reason=reason,
        )

        issue_subscription_details.additional_properties = d
        return issue_subscription_details

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

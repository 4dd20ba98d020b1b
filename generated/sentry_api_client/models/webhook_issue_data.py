from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_issue import WebhookIssue


T = TypeVar("T", bound="WebhookIssueData")


@_attrs_define
class WebhookIssueData:
    """
    Attributes:
        issue (WebhookIssue): The issue, serialised as the issue endpoints return it, plus three URLs. Further fields
            (annotations, isBookmarked, metadata, ...) may be present.
    """

    issue: WebhookIssue
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (("issue", "issue", True, ("model", "webhook_issue:WebhookIssue")),)
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        issue = self.issue.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issue": issue,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_issue import WebhookIssue

        d = dict(src_dict)
        issue = WebhookIssue.from_dict(d.pop("issue"))

        webhook_issue_data = cls(
            issue=issue,
        )

        webhook_issue_data.additional_properties = d
        return webhook_issue_data

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

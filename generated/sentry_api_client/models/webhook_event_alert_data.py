from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_error_event import WebhookErrorEvent
    from ..models.webhook_issue_alert import WebhookIssueAlert


T = TypeVar("T", bound="WebhookEventAlertData")


@_attrs_define
class WebhookEventAlertData:
    """
    Attributes:
        event (WebhookErrorEvent): An error event as Sentry stores it (snake_case keys), plus the URLs below. Further
            fields (exception, contexts, tags, request, sdk, user, ...) vary by platform.
        triggered_rule (str | Unset): The name of the alert rule that fired.
        issue_alert (WebhookIssueAlert | Unset): The rule's title and the integration's saved settings for it.
    """

    event: WebhookErrorEvent
    triggered_rule: str | Unset = UNSET
    issue_alert: WebhookIssueAlert | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("event", "event", True, ("model", "webhook_error_event:WebhookErrorEvent")),
        ("triggered_rule", "triggered_rule", False, None),
        (
            "issue_alert",
            "issue_alert",
            False,
            ("model", "webhook_issue_alert:WebhookIssueAlert"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        event = self.event.to_dict()

        triggered_rule = self.triggered_rule

        issue_alert: dict[str, Any] | Unset = UNSET
        if not isinstance(self.issue_alert, Unset):
            issue_alert = self.issue_alert.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
            }
        )
        if triggered_rule is not UNSET:
            field_dict["triggered_rule"] = triggered_rule
        if issue_alert is not UNSET:
            field_dict["issue_alert"] = issue_alert

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_error_event import WebhookErrorEvent
        from ..models.webhook_issue_alert import WebhookIssueAlert

        d = dict(src_dict)
        event = WebhookErrorEvent.from_dict(d.pop("event"))

        triggered_rule = d.pop("triggered_rule", UNSET)

        _issue_alert = d.pop("issue_alert", UNSET)
        issue_alert: WebhookIssueAlert | Unset
        if isinstance(_issue_alert, Unset):
            issue_alert = UNSET
        else:
            issue_alert = WebhookIssueAlert.from_dict(_issue_alert)

        webhook_event_alert_data = cls(
            event=event,
            triggered_rule=triggered_rule,
            issue_alert=issue_alert,
        )

        webhook_event_alert_data.additional_properties = d
        return webhook_event_alert_data

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

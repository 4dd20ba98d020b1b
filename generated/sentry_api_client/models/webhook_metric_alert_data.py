from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_metric_alert_incident import WebhookMetricAlertIncident


T = TypeVar("T", bound="WebhookMetricAlertData")


@_attrs_define
class WebhookMetricAlertData:
    """
    Attributes:
        metric_alert (WebhookMetricAlertIncident): The incident the alert opened or updated.
        description_title (str | Unset): A short human-readable title, e.g. `Critical: Checkout error spike`.
        description_text (str | Unset): A human-readable description of the threshold crossed.
        web_url (str | Unset): Web URL of the alert in Sentry.
    """

    metric_alert: WebhookMetricAlertIncident
    description_title: str | Unset = UNSET
    description_text: str | Unset = UNSET
    web_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        (
            "metric_alert",
            "metric_alert",
            True,
            ("model", "webhook_metric_alert_incident:WebhookMetricAlertIncident"),
        ),
        ("description_title", "description_title", False, None),
        ("description_text", "description_text", False, None),
        ("web_url", "web_url", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        metric_alert = self.metric_alert.to_dict()

        description_title = self.description_title

        description_text = self.description_text

        web_url = self.web_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_alert": metric_alert,
            }
        )
        if description_title is not UNSET:
            field_dict["description_title"] = description_title
        if description_text is not UNSET:
            field_dict["description_text"] = description_text
        if web_url is not UNSET:
            field_dict["web_url"] = web_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_metric_alert_incident import WebhookMetricAlertIncident

        d = dict(src_dict)
        metric_alert = WebhookMetricAlertIncident.from_dict(d.pop("metric_alert"))

        description_title = d.pop("description_title", UNSET)

        description_text = d.pop("description_text", UNSET)

        web_url = d.pop("web_url", UNSET)

        webhook_metric_alert_data = cls(
            metric_alert=metric_alert,
            description_title=description_title,
            description_text=description_text,
            web_url=web_url,
        )

        webhook_metric_alert_data.additional_properties = d
        return webhook_metric_alert_data

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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_issue_alert_setting import WebhookIssueAlertSetting


T = TypeVar("T", bound="WebhookIssueAlert")


@_attrs_define
class WebhookIssueAlert:
    """The rule's title and the integration's saved settings for it.

    Attributes:
        title (str | Unset):
        settings (list[WebhookIssueAlertSetting] | Unset):
    """

    title: str | Unset = UNSET
    settings: list[WebhookIssueAlertSetting] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("title", "title", False, None),
        (
            "settings",
            "settings",
            False,
            ("list", ("model", "webhook_issue_alert_setting:WebhookIssueAlertSetting")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        settings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = []
            for settings_item_data in self.settings:
                settings_item = settings_item_data.to_dict()
                settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_issue_alert_setting import WebhookIssueAlertSetting

        d = dict(src_dict)
        title = d.pop("title", UNSET)

        _settings = d.pop("settings", UNSET)
        settings: list[WebhookIssueAlertSetting] | Unset = UNSET
        if _settings is not UNSET:
            settings = []
            for settings_item_data in _settings:
                settings_item = WebhookIssueAlertSetting.from_dict(settings_item_data)

                settings.append(settings_item)

        webhook_issue_alert = cls(
            title=title,
            settings=settings,
        )

        webhook_issue_alert.additional_properties = d
        return webhook_issue_alert

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

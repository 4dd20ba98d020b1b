from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.webhook_error_event import WebhookErrorEvent


T = TypeVar("T", bound="WebhookErrorData")


@_attrs_define
class WebhookErrorData:
    """
    Attributes:
        error (WebhookErrorEvent): An error event as Sentry stores it (snake_case keys), plus the URLs below. Further
            fields (exception, contexts, tags, request, sdk, user, ...) vary by platform.
    """

    error: WebhookErrorEvent
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (("error", "error", True, ("model", "webhook_error_event:WebhookErrorEvent")),)
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        error = self.error.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_error_event import WebhookErrorEvent

        d = dict(src_dict)
        error = WebhookErrorEvent.from_dict(d.pop("error"))

        webhook_error_data = cls(
            error=error,
        )

        webhook_error_data.additional_properties = d
        return webhook_error_data

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

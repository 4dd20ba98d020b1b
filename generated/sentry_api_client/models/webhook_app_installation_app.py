from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookAppInstallationApp")


@_attrs_define
class WebhookAppInstallationApp:
    """
    Attributes:
        uuid (str | Unset):
        slug (str | Unset):
    """

    uuid: str | Unset = UNSET
    slug: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("uuid", "uuid", False, None),
        ("slug", "slug", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid", UNSET)

        slug = d.pop("slug", UNSET)

        webhook_app_installation_app = cls(
            uuid=uuid,
            slug=slug,
        )

        webhook_app_installation_app.additional_properties = d
        return webhook_app_installation_app

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

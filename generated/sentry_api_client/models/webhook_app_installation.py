from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_app_installation_app import WebhookAppInstallationApp
    from ..models.webhook_app_installation_organization import (
        WebhookAppInstallationOrganization,
    )


T = TypeVar("T", bound="WebhookAppInstallation")


@_attrs_define
class WebhookAppInstallation:
    """The installation that was created or deleted.

    Attributes:
        uuid (str):
        status (str | Unset): pending or installed.
        code (str | Unset): One-time grant code to exchange for a token. Keep it secret.
        organization (WebhookAppInstallationOrganization | Unset):
        app (WebhookAppInstallationApp | Unset):
    """

    uuid: str
    status: str | Unset = UNSET
    code: str | Unset = UNSET
    organization: WebhookAppInstallationOrganization | Unset = UNSET
    app: WebhookAppInstallationApp | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("uuid", "uuid", True, None),
        ("status", "status", False, None),
        ("code", "code", False, None),
        (
            "organization",
            "organization",
            False,
            (
                "model",
                "webhook_app_installation_organization:WebhookAppInstallationOrganization",
            ),
        ),
        (
            "app",
            "app",
            False,
            ("model", "webhook_app_installation_app:WebhookAppInstallationApp"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        status = self.status

        code = self.code

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        app: dict[str, Any] | Unset = UNSET
        if not isinstance(self.app, Unset):
            app = self.app.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if code is not UNSET:
            field_dict["code"] = code
        if organization is not UNSET:
            field_dict["organization"] = organization
        if app is not UNSET:
            field_dict["app"] = app

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_app_installation_app import WebhookAppInstallationApp
        from ..models.webhook_app_installation_organization import (
            WebhookAppInstallationOrganization,
        )

        d = dict(src_dict)
        uuid = d.pop("uuid")

        status = d.pop("status", UNSET)

        code = d.pop("code", UNSET)

        _organization = d.pop("organization", UNSET)
        organization: WebhookAppInstallationOrganization | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = WebhookAppInstallationOrganization.from_dict(_organization)

        _app = d.pop("app", UNSET)
        app: WebhookAppInstallationApp | Unset
        if isinstance(_app, Unset):
            app = UNSET
        else:
            app = WebhookAppInstallationApp.from_dict(_app)

        webhook_app_installation = cls(
            uuid=uuid,
            status=status,
            code=code,
            organization=organization,
            app=app,
        )

        webhook_app_installation.additional_properties = d
        return webhook_app_installation

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

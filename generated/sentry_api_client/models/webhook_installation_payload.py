from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_actor import WebhookActor
    from ..models.webhook_installation_data import WebhookInstallationData
    from ..models.webhook_installation_ref import WebhookInstallationRef


T = TypeVar("T", bound="WebhookInstallationPayload")


@_attrs_define
class WebhookInstallationPayload:
    """Body of the `installation` webhook. Known actions: created, deleted.

    Attributes:
        action (str): created or deleted.
        installation (WebhookInstallationRef): The installation the delivery is for; map it to your stored installation.
        data (WebhookInstallationData):
        actor (WebhookActor | Unset): Who triggered the webhook. `type` is `user` (a person; `id` is their numeric user
            id) or
            `application` (an integration acting through its token; `id` is the integration's uuid,
            or `sentry` with name `Sentry` when Sentry itself acted, e.g. auto-resolve).
    """

    action: str
    installation: WebhookInstallationRef
    data: WebhookInstallationData
    actor: WebhookActor | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("action", "action", True, None),
        (
            "installation",
            "installation",
            True,
            ("model", "webhook_installation_ref:WebhookInstallationRef"),
        ),
        (
            "data",
            "data",
            True,
            ("model", "webhook_installation_data:WebhookInstallationData"),
        ),
        ("actor", "actor", False, ("model", "webhook_actor:WebhookActor")),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        installation = self.installation.to_dict()

        data = self.data.to_dict()

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "installation": installation,
                "data": data,
            }
        )
        if actor is not UNSET:
            field_dict["actor"] = actor

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_actor import WebhookActor
        from ..models.webhook_installation_data import WebhookInstallationData
        from ..models.webhook_installation_ref import WebhookInstallationRef

        d = dict(src_dict)
        action = d.pop("action")

        installation = WebhookInstallationRef.from_dict(d.pop("installation"))

        data = WebhookInstallationData.from_dict(d.pop("data"))

        _actor = d.pop("actor", UNSET)
        actor: WebhookActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = WebhookActor.from_dict(_actor)

        webhook_installation_payload = cls(
            action=action,
            installation=installation,
            data=data,
            actor=actor,
        )

        webhook_installation_payload.additional_properties = d
        return webhook_installation_payload

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="WebhookActor")


@_attrs_define
class WebhookActor:
    """Who triggered the webhook. `type` is `user` (a person; `id` is their numeric user id) or
    `application` (an integration acting through its token; `id` is the integration's uuid,
    or `sentry` with name `Sentry` when Sentry itself acted, e.g. auto-resolve).

        Attributes:
            type_ (str): `user` or `application`.
            id (int | str): The user id (a number) or the application id (a string).
            name (str): Display name of the user or application.
    """

    type_: str
    id: int | str
    name: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("type_", "type", True, None),
        ("id", "id", True, None),
        ("name", "name", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        id: int | str
        id = self.id

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "id": id,
                "name": name,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = d.pop("type")

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        name = d.pop("name")

        webhook_actor = cls(
            type_=type_,
            id=id,
            name=name,
        )

        webhook_actor.additional_properties = d
        return webhook_actor

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

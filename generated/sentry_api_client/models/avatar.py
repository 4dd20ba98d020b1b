from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="Avatar")


@_attrs_define
class Avatar:
    """The avatar of an organization, team, project or user. Other parts of the spec reuse it.
    Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.

        Attributes:
            avatar_type (str): How the avatar is drawn; known values `letter_avatar`, `upload`, `gravatar`.
            avatar_uuid (None | str | Unset): ID of the uploaded image; null unless an image was uploaded.
            avatar_url (None | str | Unset): URL of the uploaded image, when there is one (not sent for projects).
    """

    avatar_type: str
    avatar_uuid: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("avatar_type", "avatarType", True, None),
        ("avatar_uuid", "avatarUuid", False, None),
        ("avatar_url", "avatarUrl", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        avatar_type = self.avatar_type

        avatar_uuid: None | str | Unset
        if isinstance(self.avatar_uuid, Unset):
            avatar_uuid = UNSET
        else:
            avatar_uuid = self.avatar_uuid

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "avatarType": avatar_type,
            }
        )
        if avatar_uuid is not UNSET:
            field_dict["avatarUuid"] = avatar_uuid
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        avatar_type = d.pop("avatarType")

        def _parse_avatar_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_uuid = _parse_avatar_uuid(d.pop("avatarUuid", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))

        avatar = cls(
            avatar_type=avatar_type,
            avatar_uuid=avatar_uuid,
            avatar_url=avatar_url,
        )

        avatar.additional_properties = d
        return avatar

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectUser")


@_attrs_define
class ProjectUser:
    """An end user seen in a project's events. Every key is always sent; values the SDK did not
    report are null.

        Attributes:
            username (None | str):
            email (None | str):
            id (None | str | Unset):
            hash_ (str | Unset): Stable hash identifying the user within the project.
            tag_value (str | Unset): The value of the `user` tag, e.g. `email:ada@example.com` or `ip:203.0.113.7`.
            identifier (None | str | Unset): The user ID your application reported.
            name (None | str | Unset): The best display name available (name, username, email or IP).
            ip_address (None | str | Unset):
            date_created (datetime.datetime | None | Unset): When the user was first seen, when known.
            avatar_url (None | str | Unset): Gravatar URL derived from the email.
    """

    username: None | str
    email: None | str
    id: None | str | Unset = UNSET
    hash_: str | Unset = UNSET
    tag_value: str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("username", "username", True, None),
        ("email", "email", True, None),
        ("id", "id", False, None),
        ("hash_", "hash", False, None),
        ("tag_value", "tagValue", False, None),
        ("identifier", "identifier", False, None),
        ("name", "name", False, None),
        ("ip_address", "ipAddress", False, None),
        (
            "date_created",
            "dateCreated",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("avatar_url", "avatarUrl", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        username: None | str
        username = self.username

        email: None | str
        email = self.email

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        hash_ = self.hash_

        tag_value = self.tag_value

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "username": username,
                "email": email,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if hash_ is not UNSET:
            field_dict["hash"] = hash_
        if tag_value is not UNSET:
            field_dict["tagValue"] = tag_value
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if ip_address is not UNSET:
            field_dict["ipAddress"] = ip_address
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_username(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        username = _parse_username(d.pop("username"))

        def _parse_email(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        email = _parse_email(d.pop("email"))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        hash_ = d.pop("hash", UNSET)

        tag_value = d.pop("tagValue", UNSET)

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ipAddress", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl", UNSET))

        project_user = cls(
            username=username,
            email=email,
            id=id,
            hash_=hash_,
            tag_value=tag_value,
            identifier=identifier,
            name=name,
            ip_address=ip_address,
            date_created=date_created,
            avatar_url=avatar_url,
        )

        project_user.additional_properties = d
        return project_user

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

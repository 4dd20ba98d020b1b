from __future__ import annotations
from sentry_api_client._compat import parse_datetime

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProjectUser")


@_attrs_define
class ProjectUser:
    """An end user seen in a project's events. Every key is always sent; values the SDK did not
    report are null.

        Attributes:
            id (None | str):
            hash_ (str): Stable hash identifying the user within the project.
            tag_value (str): The value of the `user` tag, e.g. `email:ada@example.com` or `ip:203.0.113.7`.
            identifier (None | str): The user ID your application reported.
            username (None | str):
            email (None | str):
            name (None | str): The best display name available (name, username, email or IP).
            ip_address (None | str):
            date_created (datetime.datetime | None): When the user was first seen, when known.
            avatar_url (None | str): Gravatar URL derived from the email.
    """

    id: None | str
    hash_: str
    tag_value: str
    identifier: None | str
    username: None | str
    email: None | str
    name: None | str
    ip_address: None | str
    date_created: datetime.datetime | None
    avatar_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("hash_", "hash", True, None),
        ("tag_value", "tagValue", True, None),
        ("identifier", "identifier", True, None),
        ("username", "username", True, None),
        ("email", "email", True, None),
        ("name", "name", True, None),
        ("ip_address", "ipAddress", True, None),
        (
            "date_created",
            "dateCreated",
            True,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("avatar_url", "avatarUrl", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id: None | str
        id = self.id

        hash_ = self.hash_

        tag_value = self.tag_value

        identifier: None | str
        identifier = self.identifier

        username: None | str
        username = self.username

        email: None | str
        email = self.email

        name: None | str
        name = self.name

        ip_address: None | str
        ip_address = self.ip_address

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        avatar_url: None | str
        avatar_url = self.avatar_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "hash": hash_,
                "tagValue": tag_value,
                "identifier": identifier,
                "username": username,
                "email": email,
                "name": name,
                "ipAddress": ip_address,
                "dateCreated": date_created,
                "avatarUrl": avatar_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        id = _parse_id(d.pop("id"))

        hash_ = d.pop("hash")

        tag_value = d.pop("tagValue")

        def _parse_identifier(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        identifier = _parse_identifier(d.pop("identifier"))

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

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_ip_address(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        ip_address = _parse_ip_address(d.pop("ipAddress"))

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_created = _parse_date_created(d.pop("dateCreated"))

        def _parse_avatar_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        avatar_url = _parse_avatar_url(d.pop("avatarUrl"))

        project_user = cls(
            id=id,
            hash_=hash_,
            tag_value=tag_value,
            identifier=identifier,
            username=username,
            email=email,
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

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_user_context_data_type_0 import EventUserContextDataType0
    from ..models.event_user_context_geo_type_0 import EventUserContextGeoType0


T = TypeVar("T", bound="EventUserContext")


@_attrs_define
class EventUserContext:
    """The user an event was captured for, as the SDK reported it.

    Attributes:
        id (None | str | Unset):
        email (None | str | Unset):
        username (None | str | Unset):
        ip_address (None | str | Unset):
        name (None | str | Unset):
        geo (EventUserContextGeoType0 | None | Unset): Location derived from the IP address (`country_code`, `city`,
            `region`).
        data (EventUserContextDataType0 | None | Unset): Any other user data the SDK sent.
    """

    id: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    geo: EventUserContextGeoType0 | None | Unset = UNSET
    data: EventUserContextDataType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", False, None),
        ("email", "email", False, None),
        ("username", "username", False, None),
        ("ip_address", "ip_address", False, None),
        ("name", "name", False, None),
        (
            "geo",
            "geo",
            False,
            (
                "union",
                (
                    ("model", "event_user_context_geo_type_0:EventUserContextGeoType0"),
                    None,
                ),
            ),
        ),
        (
            "data",
            "data",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "event_user_context_data_type_0:EventUserContextDataType0",
                    ),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_user_context_data_type_0 import EventUserContextDataType0
        from ..models.event_user_context_geo_type_0 import EventUserContextGeoType0

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        geo: dict[str, Any] | None | Unset
        if isinstance(self.geo, Unset):
            geo = UNSET
        elif isinstance(self.geo, EventUserContextGeoType0):
            geo = self.geo.to_dict()
        else:
            geo = self.geo

        data: dict[str, Any] | None | Unset
        if isinstance(self.data, Unset):
            data = UNSET
        elif isinstance(self.data, EventUserContextDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if name is not UNSET:
            field_dict["name"] = name
        if geo is not UNSET:
            field_dict["geo"] = geo
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_user_context_data_type_0 import EventUserContextDataType0
        from ..models.event_user_context_geo_type_0 import EventUserContextGeoType0

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_ip_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ip_address = _parse_ip_address(d.pop("ip_address", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_geo(data: object) -> EventUserContextGeoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                geo_type_0 = EventUserContextGeoType0.from_dict(data)

                return geo_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventUserContextGeoType0 | None | Unset, data)

        geo = _parse_geo(d.pop("geo", UNSET))

        def _parse_data(data: object) -> EventUserContextDataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = EventUserContextDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventUserContextDataType0 | None | Unset, data)

        data = _parse_data(d.pop("data", UNSET))

        event_user_context = cls(
            id=id,
            email=email,
            username=username,
            ip_address=ip_address,
            name=name,
            geo=geo,
            data=data,
        )

        event_user_context.additional_properties = d
        return event_user_context

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

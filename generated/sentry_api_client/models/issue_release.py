from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="IssueRelease")


@_attrs_define
class IssueRelease:
    """A release an issue was seen in (Sentry's release summary; at least `version`).

    Attributes:
        version (str):
        short_version (str | Unset):
        date_created (datetime.datetime | Unset):
        date_released (datetime.datetime | None | Unset):
        ref (None | str | Unset):
        url (None | str | Unset):
    """

    version: str
    short_version: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    date_released: datetime.datetime | None | Unset = UNSET
    ref: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("version", "version", True, None),
        ("short_version", "shortVersion", False, None),
        ("date_created", "dateCreated", False, "datetime"),
        (
            "date_released",
            "dateReleased",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("ref", "ref", False, None),
        ("url", "url", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        short_version = self.short_version

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        date_released: None | str | Unset
        if isinstance(self.date_released, Unset):
            date_released = UNSET
        elif isinstance(self.date_released, datetime.datetime):
            date_released = self.date_released.isoformat()
        else:
            date_released = self.date_released

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
            }
        )
        if short_version is not UNSET:
            field_dict["shortVersion"] = short_version
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_released is not UNSET:
            field_dict["dateReleased"] = date_released
        if ref is not UNSET:
            field_dict["ref"] = ref
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version")

        short_version = d.pop("shortVersion", UNSET)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_date_released(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_released_type_0 = parse_datetime(data)

                return date_released_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_released = _parse_date_released(d.pop("dateReleased", UNSET))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        issue_release = cls(
            version=version,
            short_version=short_version,
            date_created=date_created,
            date_released=date_released,
            ref=ref,
            url=url,
        )

        issue_release.additional_properties = d
        return issue_release

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

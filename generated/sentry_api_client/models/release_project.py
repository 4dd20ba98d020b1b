from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_project_health_data import ReleaseProjectHealthData


T = TypeVar("T", bound="ReleaseProject")


@_attrs_define
class ReleaseProject:
    """A project a release belongs to, as shown inside the release.

    Attributes:
        id (int): Numeric ID of the project.
        slug (str):
        name (str):
        new_groups (int | Unset): Issues first seen in this release in this project.
        platform (None | str | Unset): The project's platform, e.g. `javascript`.
        platforms (list[str] | None | Unset): Platforms of the release's events in this project.
        has_health_data (bool | Unset): Whether session (release health) data exists for this release in this project.
        health_data (None | ReleaseProjectHealthData | Unset): Release-health figures; only with `health=1`, otherwise
            absent or null.
        date_released (datetime.datetime | None | Unset):
        date_created (datetime.datetime | None | Unset):
        date_started (datetime.datetime | None | Unset):
    """

    id: int
    slug: str
    name: str
    new_groups: int | Unset = UNSET
    platform: None | str | Unset = UNSET
    platforms: list[str] | None | Unset = UNSET
    has_health_data: bool | Unset = UNSET
    health_data: None | ReleaseProjectHealthData | Unset = UNSET
    date_released: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_started: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("slug", "slug", True, None),
        ("name", "name", True, None),
        ("new_groups", "newGroups", False, None),
        ("platform", "platform", False, None),
        ("platforms", "platforms", False, None),
        ("has_health_data", "hasHealthData", False, None),
        (
            "health_data",
            "healthData",
            False,
            (
                "union",
                (
                    ("model", "release_project_health_data:ReleaseProjectHealthData"),
                    None,
                ),
            ),
        ),
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
        (
            "date_started",
            "dateStarted",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.release_project_health_data import ReleaseProjectHealthData

        id = self.id

        slug = self.slug

        name = self.name

        new_groups = self.new_groups

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        platforms: list[str] | None | Unset
        if isinstance(self.platforms, Unset):
            platforms = UNSET
        elif isinstance(self.platforms, list):
            platforms = self.platforms

        else:
            platforms = self.platforms

        has_health_data = self.has_health_data

        health_data: dict[str, Any] | None | Unset
        if isinstance(self.health_data, Unset):
            health_data = UNSET
        elif isinstance(self.health_data, ReleaseProjectHealthData):
            health_data = self.health_data.to_dict()
        else:
            health_data = self.health_data

        date_released: None | str | Unset
        if isinstance(self.date_released, Unset):
            date_released = UNSET
        elif isinstance(self.date_released, datetime.datetime):
            date_released = self.date_released.isoformat()
        else:
            date_released = self.date_released

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_started: None | str | Unset
        if isinstance(self.date_started, Unset):
            date_started = UNSET
        elif isinstance(self.date_started, datetime.datetime):
            date_started = self.date_started.isoformat()
        else:
            date_started = self.date_started

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
            }
        )
        if new_groups is not UNSET:
            field_dict["newGroups"] = new_groups
        if platform is not UNSET:
            field_dict["platform"] = platform
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if has_health_data is not UNSET:
            field_dict["hasHealthData"] = has_health_data
        if health_data is not UNSET:
            field_dict["healthData"] = health_data
        if date_released is not UNSET:
            field_dict["dateReleased"] = date_released
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_started is not UNSET:
            field_dict["dateStarted"] = date_started

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_project_health_data import ReleaseProjectHealthData

        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        new_groups = d.pop("newGroups", UNSET)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_platforms(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                platforms_type_0 = cast(list[str], data)

                return platforms_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        platforms = _parse_platforms(d.pop("platforms", UNSET))

        has_health_data = d.pop("hasHealthData", UNSET)

        def _parse_health_data(data: object) -> None | ReleaseProjectHealthData | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                health_data_type_0 = ReleaseProjectHealthData.from_dict(data)

                return health_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseProjectHealthData | Unset, data)

        health_data = _parse_health_data(d.pop("healthData", UNSET))

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

        def _parse_date_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_started_type_0 = parse_datetime(data)

                return date_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_started = _parse_date_started(d.pop("dateStarted", UNSET))

        release_project = cls(
            id=id,
            slug=slug,
            name=name,
            new_groups=new_groups,
            platform=platform,
            platforms=platforms,
            has_health_data=has_health_data,
            health_data=health_data,
            date_released=date_released,
            date_created=date_created,
            date_started=date_started,
        )

        release_project.additional_properties = d
        return release_project

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

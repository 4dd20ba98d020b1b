from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime

T = TypeVar("T", bound="Deploy")


@_attrs_define
class Deploy:
    """A deploy of a release to an environment.

    Attributes:
        id (str): ID of the deploy (a numeric string).
        environment (str): Name of the environment deployed to.
        date_started (datetime.datetime | None): When the deploy started, if given.
        date_finished (datetime.datetime): When the deploy finished.
        name (None | str): Name of the deploy, if given.
        url (None | str): A URL for the deploy (e.g. the CI job), if given.
    """

    id: str
    environment: str
    date_started: datetime.datetime | None
    date_finished: datetime.datetime
    name: None | str
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("environment", "environment", True, None),
        (
            "date_started",
            "dateStarted",
            True,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("date_finished", "dateFinished", True, "datetime"),
        ("name", "name", True, None),
        ("url", "url", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        environment = self.environment

        date_started: None | str
        if isinstance(self.date_started, datetime.datetime):
            date_started = self.date_started.isoformat()
        else:
            date_started = self.date_started

        date_finished = self.date_finished.isoformat()

        name: None | str
        name = self.name

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "environment": environment,
                "dateStarted": date_started,
                "dateFinished": date_finished,
                "name": name,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        environment = d.pop("environment")

        def _parse_date_started(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_started_type_0 = parse_datetime(data)

                return date_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_started = _parse_date_started(d.pop("dateStarted"))

        date_finished = parse_datetime(d.pop("dateFinished"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        deploy = cls(
            id=id,
            environment=environment,
            date_started=date_started,
            date_finished=date_finished,
            name=name,
            url=url,
        )

        deploy.additional_properties = d
        return deploy

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

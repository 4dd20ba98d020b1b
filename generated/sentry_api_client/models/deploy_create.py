from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeployCreate")


@_attrs_define
class DeployCreate:
    """A deploy to record for a release.

    Attributes:
        environment (str): The environment deployed to, e.g. `production`; created if it does not exist.
        name (None | str | Unset): An optional name for the deploy.
        url (None | str | Unset): An optional URL for the deploy.
        date_started (datetime.datetime | None | Unset): When the deploy started.
        date_finished (datetime.datetime | None | Unset): When the deploy finished; defaults to now.
        projects (list[str] | Unset): Slugs of the release's projects to record the deploy for; default all of them.
    """

    environment: str
    name: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    date_started: datetime.datetime | None | Unset = UNSET
    date_finished: datetime.datetime | None | Unset = UNSET
    projects: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("environment", "environment", True, None),
        ("name", "name", False, None),
        ("url", "url", False, None),
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
        (
            "date_finished",
            "dateFinished",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("projects", "projects", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        environment = self.environment

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        date_started: None | str | Unset
        if isinstance(self.date_started, Unset):
            date_started = UNSET
        elif isinstance(self.date_started, datetime.datetime):
            date_started = self.date_started.isoformat()
        else:
            date_started = self.date_started

        date_finished: None | str | Unset
        if isinstance(self.date_finished, Unset):
            date_finished = UNSET
        elif isinstance(self.date_finished, datetime.datetime):
            date_finished = self.date_finished.isoformat()
        else:
            date_finished = self.date_finished

        projects: list[str] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = self.projects

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment": environment,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if url is not UNSET:
            field_dict["url"] = url
        if date_started is not UNSET:
            field_dict["dateStarted"] = date_started
        if date_finished is not UNSET:
            field_dict["dateFinished"] = date_finished
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        environment = d.pop("environment")

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

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

        def _parse_date_finished(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_finished_type_0 = parse_datetime(data)

                return date_finished_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_finished = _parse_date_finished(d.pop("dateFinished", UNSET))

        projects = cast(list[str], d.pop("projects", UNSET))

        deploy_create = cls(
            environment=environment,
            name=name,
            url=url,
            date_started=date_started,
            date_finished=date_finished,
            projects=projects,
        )

        deploy_create.additional_properties = d
        return deploy_create

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

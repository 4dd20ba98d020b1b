from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectLatestDeploy")


@_attrs_define
class ProjectLatestDeploy:
    """The latest finished deploy in one environment.

    Attributes:
        version (str | Unset): Version of the deployed release.
        date_finished (datetime.datetime | Unset):
    """

    version: str | Unset = UNSET
    date_finished: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("version", "version", False, None),
        ("date_finished", "dateFinished", False, "datetime"),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        date_finished: str | Unset = UNSET
        if not isinstance(self.date_finished, Unset):
            date_finished = self.date_finished.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if date_finished is not UNSET:
            field_dict["dateFinished"] = date_finished

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        version = d.pop("version", UNSET)

        _date_finished = d.pop("dateFinished", UNSET)
        date_finished: datetime.datetime | Unset
        if isinstance(_date_finished, Unset):
            date_finished = UNSET
        else:
            date_finished = parse_datetime(_date_finished)

        project_latest_deploy = cls(
            version=version,
            date_finished=date_finished,
        )

        project_latest_deploy.additional_properties = d
        return project_latest_deploy

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

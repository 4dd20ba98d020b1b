from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

if TYPE_CHECKING:
    from ..models.project_latest_deploy import ProjectLatestDeploy


T = TypeVar("T", bound="ProjectSummaryLatestDeploysType0")


@_attrs_define
class ProjectSummaryLatestDeploysType0:
    """The latest finished deploy per environment name (left out in some views)."""

    additional_properties: dict[str, ProjectLatestDeploy] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = ()
    _sentry_extra = ("model", "project_latest_deploy:ProjectLatestDeploy")

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_latest_deploy import ProjectLatestDeploy

        d = dict(src_dict)
        project_summary_latest_deploys_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ProjectLatestDeploy.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        project_summary_latest_deploys_type_0.additional_properties = additional_properties
        return project_summary_latest_deploys_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ProjectLatestDeploy:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ProjectLatestDeploy) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

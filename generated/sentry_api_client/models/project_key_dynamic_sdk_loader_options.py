from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProjectKeyDynamicSdkLoaderOptions")


@_attrs_define
class ProjectKeyDynamicSdkLoaderOptions:
    """What the JavaScript loader script bundles.

    Attributes:
        has_replay (bool | Unset):
        has_performance (bool | Unset):
        has_debug (bool | Unset):
        has_feedback (bool | Unset):
        has_logs_and_metrics (bool | Unset):
    """

    has_replay: bool | Unset = UNSET
    has_performance: bool | Unset = UNSET
    has_debug: bool | Unset = UNSET
    has_feedback: bool | Unset = UNSET
    has_logs_and_metrics: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("has_replay", "hasReplay", False, None),
        ("has_performance", "hasPerformance", False, None),
        ("has_debug", "hasDebug", False, None),
        ("has_feedback", "hasFeedback", False, None),
        ("has_logs_and_metrics", "hasLogsAndMetrics", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        has_replay = self.has_replay

        has_performance = self.has_performance

        has_debug = self.has_debug

        has_feedback = self.has_feedback

        has_logs_and_metrics = self.has_logs_and_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if has_replay is not UNSET:
            field_dict["hasReplay"] = has_replay
        if has_performance is not UNSET:
            field_dict["hasPerformance"] = has_performance
        if has_debug is not UNSET:
            field_dict["hasDebug"] = has_debug
        if has_feedback is not UNSET:
            field_dict["hasFeedback"] = has_feedback
        if has_logs_and_metrics is not UNSET:
            field_dict["hasLogsAndMetrics"] = has_logs_and_metrics

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        has_replay = d.pop("hasReplay", UNSET)

        has_performance = d.pop("hasPerformance", UNSET)

        has_debug = d.pop("hasDebug", UNSET)

        has_feedback = d.pop("hasFeedback", UNSET)

        has_logs_and_metrics = d.pop("hasLogsAndMetrics", UNSET)

        project_key_dynamic_sdk_loader_options = cls(
            has_replay=has_replay,
            has_performance=has_performance,
            has_debug=has_debug,
            has_feedback=has_feedback,
            has_logs_and_metrics=has_logs_and_metrics,
        )

        project_key_dynamic_sdk_loader_options.additional_properties = d
        return project_key_dynamic_sdk_loader_options

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

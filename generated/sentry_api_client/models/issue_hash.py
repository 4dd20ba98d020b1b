from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.event_summary import EventSummary


T = TypeVar("T", bound="IssueHash")


@_attrs_define
class IssueHash:
    """A grouping hash of an issue, with the latest event that produced it.

    Attributes:
        id (str): The hash (32 hexadecimal characters).
        latest_event (EventSummary | None): The most recent event with this hash (a summary, or the full event body when
            `full=true`); `null` if it can no longer be loaded.
        merged_by_seer (bool | Unset): Whether Sentry's AI grouping merged this hash into the issue.
        seer_match_distance (float | None | Unset): The similarity distance of that AI match.
    """

    id: str
    latest_event: EventSummary | None
    merged_by_seer: bool | Unset = UNSET
    seer_match_distance: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        (
            "latest_event",
            "latestEvent",
            True,
            (
                "union",
                (
                    ("model", "event_summary:EventSummary"),
                    None,
                ),
            ),
        ),
        ("merged_by_seer", "mergedBySeer", False, None),
        ("seer_match_distance", "seerMatchDistance", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.event_summary import EventSummary

        id = self.id

        latest_event: dict[str, Any] | None
        if isinstance(self.latest_event, EventSummary):
            latest_event = self.latest_event.to_dict()
        else:
            latest_event = self.latest_event

        merged_by_seer = self.merged_by_seer

        seer_match_distance: float | None | Unset
        if isinstance(self.seer_match_distance, Unset):
            seer_match_distance = UNSET
        else:
            seer_match_distance = self.seer_match_distance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "latestEvent": latest_event,
            }
        )
        if merged_by_seer is not UNSET:
            field_dict["mergedBySeer"] = merged_by_seer
        if seer_match_distance is not UNSET:
            field_dict["seerMatchDistance"] = seer_match_distance

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.event_summary import EventSummary

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_latest_event(data: object) -> EventSummary | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_event_type_0 = EventSummary.from_dict(data)

                return latest_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EventSummary | None, data)

        latest_event = _parse_latest_event(d.pop("latestEvent"))

        merged_by_seer = d.pop("mergedBySeer", UNSET)

        def _parse_seer_match_distance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        seer_match_distance = _parse_seer_match_distance(d.pop("seerMatchDistance", UNSET))

        issue_hash = cls(
            id=id,
            latest_event=latest_event,
            merged_by_seer=merged_by_seer,
            seer_match_distance=seer_match_distance,
        )

        issue_hash.additional_properties = d
        return issue_hash

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

from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_stats import IssueStats


T = TypeVar("T", bound="IssueSeenStats")


@_attrs_define
class IssueSeenStats:
    """Event and user counts with first/last seen times.

    Attributes:
        count (str | Unset):
        user_count (int | Unset):
        first_seen (datetime.datetime | None | Unset):
        last_seen (datetime.datetime | None | Unset):
        stats (IssueStats | None | Unset): A timeline like `Issue.stats`, when one applies; otherwise `null`.
    """

    count: str | Unset = UNSET
    user_count: int | Unset = UNSET
    first_seen: datetime.datetime | None | Unset = UNSET
    last_seen: datetime.datetime | None | Unset = UNSET
    stats: IssueStats | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("count", "count", False, None),
        ("user_count", "userCount", False, None),
        (
            "first_seen",
            "firstSeen",
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
            "last_seen",
            "lastSeen",
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
            "stats",
            "stats",
            False,
            (
                "union",
                (
                    ("model", "issue_stats:IssueStats"),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_stats import IssueStats

        count = self.count

        user_count = self.user_count

        first_seen: None | str | Unset
        if isinstance(self.first_seen, Unset):
            first_seen = UNSET
        elif isinstance(self.first_seen, datetime.datetime):
            first_seen = self.first_seen.isoformat()
        else:
            first_seen = self.first_seen

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        stats: dict[str, Any] | None | Unset
        if isinstance(self.stats, Unset):
            stats = UNSET
        elif isinstance(self.stats, IssueStats):
            stats = self.stats.to_dict()
        else:
            stats = self.stats

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if user_count is not UNSET:
            field_dict["userCount"] = user_count
        if first_seen is not UNSET:
            field_dict["firstSeen"] = first_seen
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_stats import IssueStats

        d = dict(src_dict)
        count = d.pop("count", UNSET)

        user_count = d.pop("userCount", UNSET)

        def _parse_first_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_seen_type_0 = parse_datetime(data)

                return first_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_seen = _parse_first_seen(d.pop("firstSeen", UNSET))

        def _parse_last_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_type_0 = parse_datetime(data)

                return last_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen = _parse_last_seen(d.pop("lastSeen", UNSET))

        def _parse_stats(data: object) -> IssueStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                stats_type_0 = IssueStats.from_dict(data)

                return stats_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueStats | None | Unset, data)

        stats = _parse_stats(d.pop("stats", UNSET))

        issue_seen_stats = cls(
            count=count,
            user_count=user_count,
            first_seen=first_seen,
            last_seen=last_seen,
            stats=stats,
        )

        issue_seen_stats.additional_properties = d
        return issue_seen_stats

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

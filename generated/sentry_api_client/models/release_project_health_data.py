from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_project_health_data_stats import ReleaseProjectHealthDataStats


T = TypeVar("T", bound="ReleaseProjectHealthData")


@_attrs_define
class ReleaseProjectHealthData:
    """Release-health (session) figures of a release in one project.

    Attributes:
        duration_p50 (float | None | Unset): Median session duration, in seconds.
        duration_p90 (float | None | Unset): 90th-percentile session duration, in seconds.
        crash_free_users (float | None | Unset): Percentage of users without a crash.
        crash_free_sessions (float | None | Unset): Percentage of sessions without a crash.
        total_users (int | None | Unset):
        total_users_24_h (int | None | Unset):
        total_project_users_24_h (int | None | Unset):
        total_sessions (int | None | Unset):
        total_sessions_24_h (int | None | Unset):
        total_project_sessions_24_h (int | None | Unset):
        adoption (float | None | Unset): Share of the project's users on this release, in percent.
        sessions_adoption (float | None | Unset): Share of the project's sessions on this release, in percent.
        sessions_crashed (int | Unset):
        sessions_errored (int | Unset):
        has_health_data (bool | Unset):
        stats (ReleaseProjectHealthDataStats | Unset): Time series keyed by period (e.g. `24h`), each a list of
            `[timestamp, count]` pairs.
    """

    duration_p50: float | None | Unset = UNSET
    duration_p90: float | None | Unset = UNSET
    crash_free_users: float | None | Unset = UNSET
    crash_free_sessions: float | None | Unset = UNSET
    total_users: int | None | Unset = UNSET
    total_users_24_h: int | None | Unset = UNSET
    total_project_users_24_h: int | None | Unset = UNSET
    total_sessions: int | None | Unset = UNSET
    total_sessions_24_h: int | None | Unset = UNSET
    total_project_sessions_24_h: int | None | Unset = UNSET
    adoption: float | None | Unset = UNSET
    sessions_adoption: float | None | Unset = UNSET
    sessions_crashed: int | Unset = UNSET
    sessions_errored: int | Unset = UNSET
    has_health_data: bool | Unset = UNSET
    stats: ReleaseProjectHealthDataStats | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("duration_p50", "durationP50", False, None),
        ("duration_p90", "durationP90", False, None),
        ("crash_free_users", "crashFreeUsers", False, None),
        ("crash_free_sessions", "crashFreeSessions", False, None),
        ("total_users", "totalUsers", False, None),
        ("total_users_24_h", "totalUsers24h", False, None),
        ("total_project_users_24_h", "totalProjectUsers24h", False, None),
        ("total_sessions", "totalSessions", False, None),
        ("total_sessions_24_h", "totalSessions24h", False, None),
        ("total_project_sessions_24_h", "totalProjectSessions24h", False, None),
        ("adoption", "adoption", False, None),
        ("sessions_adoption", "sessionsAdoption", False, None),
        ("sessions_crashed", "sessionsCrashed", False, None),
        ("sessions_errored", "sessionsErrored", False, None),
        ("has_health_data", "hasHealthData", False, None),
        (
            "stats",
            "stats",
            False,
            (
                "model",
                "release_project_health_data_stats:ReleaseProjectHealthDataStats",
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        duration_p50: float | None | Unset
        if isinstance(self.duration_p50, Unset):
            duration_p50 = UNSET
        else:
            duration_p50 = self.duration_p50

        duration_p90: float | None | Unset
        if isinstance(self.duration_p90, Unset):
            duration_p90 = UNSET
        else:
            duration_p90 = self.duration_p90

        crash_free_users: float | None | Unset
        if isinstance(self.crash_free_users, Unset):
            crash_free_users = UNSET
        else:
            crash_free_users = self.crash_free_users

        crash_free_sessions: float | None | Unset
        if isinstance(self.crash_free_sessions, Unset):
            crash_free_sessions = UNSET
        else:
            crash_free_sessions = self.crash_free_sessions

        total_users: int | None | Unset
        if isinstance(self.total_users, Unset):
            total_users = UNSET
        else:
            total_users = self.total_users

        total_users_24_h: int | None | Unset
        if isinstance(self.total_users_24_h, Unset):
            total_users_24_h = UNSET
        else:
            total_users_24_h = self.total_users_24_h

        total_project_users_24_h: int | None | Unset
        if isinstance(self.total_project_users_24_h, Unset):
            total_project_users_24_h = UNSET
        else:
            total_project_users_24_h = self.total_project_users_24_h

        total_sessions: int | None | Unset
        if isinstance(self.total_sessions, Unset):
            total_sessions = UNSET
        else:
            total_sessions = self.total_sessions

        total_sessions_24_h: int | None | Unset
        if isinstance(self.total_sessions_24_h, Unset):
            total_sessions_24_h = UNSET
        else:
            total_sessions_24_h = self.total_sessions_24_h

        total_project_sessions_24_h: int | None | Unset
        if isinstance(self.total_project_sessions_24_h, Unset):
            total_project_sessions_24_h = UNSET
        else:
            total_project_sessions_24_h = self.total_project_sessions_24_h

        adoption: float | None | Unset
        if isinstance(self.adoption, Unset):
            adoption = UNSET
        else:
            adoption = self.adoption

        sessions_adoption: float | None | Unset
        if isinstance(self.sessions_adoption, Unset):
            sessions_adoption = UNSET
        else:
            sessions_adoption = self.sessions_adoption

        sessions_crashed = self.sessions_crashed

        sessions_errored = self.sessions_errored

        has_health_data = self.has_health_data

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if duration_p50 is not UNSET:
            field_dict["durationP50"] = duration_p50
        if duration_p90 is not UNSET:
            field_dict["durationP90"] = duration_p90
        if crash_free_users is not UNSET:
            field_dict["crashFreeUsers"] = crash_free_users
        if crash_free_sessions is not UNSET:
            field_dict["crashFreeSessions"] = crash_free_sessions
        if total_users is not UNSET:
            field_dict["totalUsers"] = total_users
        if total_users_24_h is not UNSET:
            field_dict["totalUsers24h"] = total_users_24_h
        if total_project_users_24_h is not UNSET:
            field_dict["totalProjectUsers24h"] = total_project_users_24_h
        if total_sessions is not UNSET:
            field_dict["totalSessions"] = total_sessions
        if total_sessions_24_h is not UNSET:
            field_dict["totalSessions24h"] = total_sessions_24_h
        if total_project_sessions_24_h is not UNSET:
            field_dict["totalProjectSessions24h"] = total_project_sessions_24_h
        if adoption is not UNSET:
            field_dict["adoption"] = adoption
        if sessions_adoption is not UNSET:
            field_dict["sessionsAdoption"] = sessions_adoption
        if sessions_crashed is not UNSET:
            field_dict["sessionsCrashed"] = sessions_crashed
        if sessions_errored is not UNSET:
            field_dict["sessionsErrored"] = sessions_errored
        if has_health_data is not UNSET:
            field_dict["hasHealthData"] = has_health_data
        if stats is not UNSET:
            field_dict["stats"] = stats

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_project_health_data_stats import (
            ReleaseProjectHealthDataStats,
        )

        d = dict(src_dict)

        def _parse_duration_p50(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_p50 = _parse_duration_p50(d.pop("durationP50", UNSET))

        def _parse_duration_p90(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        duration_p90 = _parse_duration_p90(d.pop("durationP90", UNSET))

        def _parse_crash_free_users(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        crash_free_users = _parse_crash_free_users(d.pop("crashFreeUsers", UNSET))

        def _parse_crash_free_sessions(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        crash_free_sessions = _parse_crash_free_sessions(d.pop("crashFreeSessions", UNSET))

        def _parse_total_users(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_users = _parse_total_users(d.pop("totalUsers", UNSET))

        def _parse_total_users_24_h(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_users_24_h = _parse_total_users_24_h(d.pop("totalUsers24h", UNSET))

        def _parse_total_project_users_24_h(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_project_users_24_h = _parse_total_project_users_24_h(
            d.pop("totalProjectUsers24h", UNSET)
        )

        def _parse_total_sessions(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_sessions = _parse_total_sessions(d.pop("totalSessions", UNSET))

        def _parse_total_sessions_24_h(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_sessions_24_h = _parse_total_sessions_24_h(d.pop("totalSessions24h", UNSET))

        def _parse_total_project_sessions_24_h(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        total_project_sessions_24_h = _parse_total_project_sessions_24_h(
            d.pop("totalProjectSessions24h", UNSET)
        )

        def _parse_adoption(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        adoption = _parse_adoption(d.pop("adoption", UNSET))

        def _parse_sessions_adoption(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        sessions_adoption = _parse_sessions_adoption(d.pop("sessionsAdoption", UNSET))

        sessions_crashed = d.pop("sessionsCrashed", UNSET)

        sessions_errored = d.pop("sessionsErrored", UNSET)

        has_health_data = d.pop("hasHealthData", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: ReleaseProjectHealthDataStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = ReleaseProjectHealthDataStats.from_dict(_stats)

        release_project_health_data = cls(
            duration_p50=duration_p50,
            duration_p90=duration_p90,
            crash_free_users=crash_free_users,
            crash_free_sessions=crash_free_sessions,
            total_users=total_users,
            total_users_24_h=total_users_24_h,
            total_project_users_24_h=total_project_users_24_h,
            total_sessions=total_sessions,
            total_sessions_24_h=total_sessions_24_h,
            total_project_sessions_24_h=total_project_sessions_24_h,
            adoption=adoption,
            sessions_adoption=sessions_adoption,
            sessions_crashed=sessions_crashed,
            sessions_errored=sessions_errored,
            has_health_data=has_health_data,
            stats=stats,
        )

        release_project_health_data.additional_properties = d
        return release_project_health_data

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

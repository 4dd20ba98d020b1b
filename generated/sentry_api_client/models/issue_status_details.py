from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_commit_ref import IssueCommitRef


T = TypeVar("T", bound="IssueStatusDetails")


@_attrs_define
class IssueStatusDetails:
    """How a status change applies. For `resolved`: at most one of `inRelease`,
    `inNextRelease`, `inUpcomingRelease`, `inCommit`. For `ignored`: `ignoreDuration`, or
    `ignoreCount` (+ `ignoreWindow`), or `ignoreUserCount` (+ `ignoreUserWindow`).
    Release-based fields only work on issues of a single project.

        Attributes:
            in_release (str | Unset): Resolve in this release version; `latest` means the project's latest release.
            in_next_release (bool | Unset): Resolve in the next release of the project.
            in_upcoming_release (bool | Unset): Resolve in the upcoming release (needs an organization feature).
            in_commit (IssueCommitRef | Unset): A commit that resolves issues.
            ignore_duration (int | Unset): Ignore for this many minutes.
            ignore_count (int | Unset): Ignore until the issue occurs this many more times (within `ignoreWindow`).
            ignore_window (int | Unset): Minutes over which `ignoreCount` is counted (at most one week).
            ignore_user_count (int | Unset): Ignore until this many more users are affected (within `ignoreUserWindow`).
            ignore_user_window (int | Unset): Minutes over which `ignoreUserCount` is counted (at most one week).
    """

    in_release: str | Unset = UNSET
    in_next_release: bool | Unset = UNSET
    in_upcoming_release: bool | Unset = UNSET
    in_commit: IssueCommitRef | Unset = UNSET
    ignore_duration: int | Unset = UNSET
    ignore_count: int | Unset = UNSET
    ignore_window: int | Unset = UNSET
    ignore_user_count: int | Unset = UNSET
    ignore_user_window: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("in_release", "inRelease", False, None),
        ("in_next_release", "inNextRelease", False, None),
        ("in_upcoming_release", "inUpcomingRelease", False, None),
        ("in_commit", "inCommit", False, ("model", "issue_commit_ref:IssueCommitRef")),
        ("ignore_duration", "ignoreDuration", False, None),
        ("ignore_count", "ignoreCount", False, None),
        ("ignore_window", "ignoreWindow", False, None),
        ("ignore_user_count", "ignoreUserCount", False, None),
        ("ignore_user_window", "ignoreUserWindow", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        in_release = self.in_release

        in_next_release = self.in_next_release

        in_upcoming_release = self.in_upcoming_release

        in_commit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_commit, Unset):
            in_commit = self.in_commit.to_dict()

        ignore_duration = self.ignore_duration

        ignore_count = self.ignore_count

        ignore_window = self.ignore_window

        ignore_user_count = self.ignore_user_count

        ignore_user_window = self.ignore_user_window

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if in_release is not UNSET:
            field_dict["inRelease"] = in_release
        if in_next_release is not UNSET:
            field_dict["inNextRelease"] = in_next_release
        if in_upcoming_release is not UNSET:
            field_dict["inUpcomingRelease"] = in_upcoming_release
        if in_commit is not UNSET:
            field_dict["inCommit"] = in_commit
        if ignore_duration is not UNSET:
            field_dict["ignoreDuration"] = ignore_duration
        if ignore_count is not UNSET:
            field_dict["ignoreCount"] = ignore_count
        if ignore_window is not UNSET:
            field_dict["ignoreWindow"] = ignore_window
        if ignore_user_count is not UNSET:
            field_dict["ignoreUserCount"] = ignore_user_count
        if ignore_user_window is not UNSET:
            field_dict["ignoreUserWindow"] = ignore_user_window

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_commit_ref import IssueCommitRef

        d = dict(src_dict)
        in_release = d.pop("inRelease", UNSET)

        in_next_release = d.pop("inNextRelease", UNSET)

        in_upcoming_release = d.pop("inUpcomingRelease", UNSET)

        _in_commit = d.pop("inCommit", UNSET)
        in_commit: IssueCommitRef | Unset
        if isinstance(_in_commit, Unset):
            in_commit = UNSET
        else:
            in_commit = IssueCommitRef.from_dict(_in_commit)

        ignore_duration = d.pop("ignoreDuration", UNSET)

        ignore_count = d.pop("ignoreCount", UNSET)

        ignore_window = d.pop("ignoreWindow", UNSET)

        ignore_user_count = d.pop("ignoreUserCount", UNSET)

        ignore_user_window = d.pop("ignoreUserWindow", UNSET)

        issue_status_details = cls(
            in_release=in_release,
            in_next_release=in_next_release,
            in_upcoming_release=in_upcoming_release,
            in_commit=in_commit,
            ignore_duration=ignore_duration,
            ignore_count=ignore_count,
            ignore_window=ignore_window,
            ignore_user_count=ignore_user_count,
            ignore_user_window=ignore_user_window,
        )

        issue_status_details.additional_properties = d
        return issue_status_details

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

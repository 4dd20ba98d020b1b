from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_current_status_details_actor import (
        IssueCurrentStatusDetailsActor,
    )
    from ..models.issue_current_status_details_in_commit import (
        IssueCurrentStatusDetailsInCommit,
    )
    from ..models.issue_current_status_details_info_type_0 import (
        IssueCurrentStatusDetailsInfoType0,
    )


T = TypeVar("T", bound="IssueCurrentStatusDetails")


@_attrs_define
class IssueCurrentStatusDetails:
    """Details of an issue's current status. Empty for plain unresolved issues; for resolved
    issues `inRelease`/`inNextRelease`/`inCommit` and the acting user; for ignored issues
    the condition that ends the ignore.

        Attributes:
            in_release (str | Unset): The release version the issue was resolved in.
            in_next_release (bool | Unset): True when the issue resolves with the next release.
            in_upcoming_release (bool | Unset): True when the issue resolves with the upcoming release.
            in_commit (IssueCurrentStatusDetailsInCommit | Unset): The commit that resolved the issue.
            ignore_until (datetime.datetime | Unset): The issue is ignored until this time.
            ignore_count (int | Unset): The issue is ignored until it occurs this many more times.
            ignore_window (int | Unset): Minutes over which `ignoreCount` is counted.
            ignore_user_count (int | Unset): The issue is ignored until this many more users are affected.
            ignore_user_window (int | Unset): Minutes over which `ignoreUserCount` is counted.
            actor (IssueCurrentStatusDetailsActor | Unset): The user who set the status.
            pending_events (int | Unset): Events still waiting to be reprocessed.
            info (IssueCurrentStatusDetailsInfoType0 | None | Unset): Reprocessing progress.
    """

    in_release: str | Unset = UNSET
    in_next_release: bool | Unset = UNSET
    in_upcoming_release: bool | Unset = UNSET
    in_commit: IssueCurrentStatusDetailsInCommit | Unset = UNSET
    ignore_until: datetime.datetime | Unset = UNSET
    ignore_count: int | Unset = UNSET
    ignore_window: int | Unset = UNSET
    ignore_user_count: int | Unset = UNSET
    ignore_user_window: int | Unset = UNSET
    actor: IssueCurrentStatusDetailsActor | Unset = UNSET
    pending_events: int | Unset = UNSET
    info: IssueCurrentStatusDetailsInfoType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("in_release", "inRelease", False, None),
        ("in_next_release", "inNextRelease", False, None),
        ("in_upcoming_release", "inUpcomingRelease", False, None),
        (
            "in_commit",
            "inCommit",
            False,
            (
                "model",
                "issue_current_status_details_in_commit:IssueCurrentStatusDetailsInCommit",
            ),
        ),
        ("ignore_until", "ignoreUntil", False, "datetime"),
        ("ignore_count", "ignoreCount", False, None),
        ("ignore_window", "ignoreWindow", False, None),
        ("ignore_user_count", "ignoreUserCount", False, None),
        ("ignore_user_window", "ignoreUserWindow", False, None),
        (
            "actor",
            "actor",
            False,
            (
                "model",
                "issue_current_status_details_actor:IssueCurrentStatusDetailsActor",
            ),
        ),
        ("pending_events", "pendingEvents", False, None),
        (
            "info",
            "info",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "issue_current_status_details_info_type_0:IssueCurrentStatusDetailsInfoType0",
                    ),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_current_status_details_info_type_0 import (
            IssueCurrentStatusDetailsInfoType0,
        )

        in_release = self.in_release

        in_next_release = self.in_next_release

        in_upcoming_release = self.in_upcoming_release

        in_commit: dict[str, Any] | Unset = UNSET
        if not isinstance(self.in_commit, Unset):
            in_commit = self.in_commit.to_dict()

        ignore_until: str | Unset = UNSET
        if not isinstance(self.ignore_until, Unset):
            ignore_until = self.ignore_until.isoformat()

        ignore_count = self.ignore_count

        ignore_window = self.ignore_window

        ignore_user_count = self.ignore_user_count

        ignore_user_window = self.ignore_user_window

        actor: dict[str, Any] | Unset = UNSET
        if not isinstance(self.actor, Unset):
            actor = self.actor.to_dict()

        pending_events = self.pending_events

        info: dict[str, Any] | None | Unset
        if isinstance(self.info, Unset):
            info = UNSET
        elif isinstance(self.info, IssueCurrentStatusDetailsInfoType0):
            info = self.info.to_dict()
        else:
            info = self.info

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
        if ignore_until is not UNSET:
            field_dict["ignoreUntil"] = ignore_until
        if ignore_count is not UNSET:
            field_dict["ignoreCount"] = ignore_count
        if ignore_window is not UNSET:
            field_dict["ignoreWindow"] = ignore_window
        if ignore_user_count is not UNSET:
            field_dict["ignoreUserCount"] = ignore_user_count
        if ignore_user_window is not UNSET:
            field_dict["ignoreUserWindow"] = ignore_user_window
        if actor is not UNSET:
            field_dict["actor"] = actor
        if pending_events is not UNSET:
            field_dict["pendingEvents"] = pending_events
        if info is not UNSET:
            field_dict["info"] = info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_current_status_details_actor import (
            IssueCurrentStatusDetailsActor,
        )
        from ..models.issue_current_status_details_in_commit import (
            IssueCurrentStatusDetailsInCommit,
        )
        from ..models.issue_current_status_details_info_type_0 import (
            IssueCurrentStatusDetailsInfoType0,
        )

        d = dict(src_dict)
        in_release = d.pop("inRelease", UNSET)

        in_next_release = d.pop("inNextRelease", UNSET)

        in_upcoming_release = d.pop("inUpcomingRelease", UNSET)

        _in_commit = d.pop("inCommit", UNSET)
        in_commit: IssueCurrentStatusDetailsInCommit | Unset
        if isinstance(_in_commit, Unset):
            in_commit = UNSET
        else:
            in_commit = IssueCurrentStatusDetailsInCommit.from_dict(_in_commit)

        _ignore_until = d.pop("ignoreUntil", UNSET)
        ignore_until: datetime.datetime | Unset
        if isinstance(_ignore_until, Unset):
            ignore_until = UNSET
        else:
            ignore_until = parse_datetime(_ignore_until)

        ignore_count = d.pop("ignoreCount", UNSET)

        ignore_window = d.pop("ignoreWindow", UNSET)

        ignore_user_count = d.pop("ignoreUserCount", UNSET)

        ignore_user_window = d.pop("ignoreUserWindow", UNSET)

        _actor = d.pop("actor", UNSET)
        actor: IssueCurrentStatusDetailsActor | Unset
        if isinstance(_actor, Unset):
            actor = UNSET
        else:
            actor = IssueCurrentStatusDetailsActor.from_dict(_actor)

        pending_events = d.pop("pendingEvents", UNSET)

        def _parse_info(
            data: object,
        ) -> IssueCurrentStatusDetailsInfoType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                info_type_0 = IssueCurrentStatusDetailsInfoType0.from_dict(data)

                return info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueCurrentStatusDetailsInfoType0 | None | Unset, data)

        info = _parse_info(d.pop("info", UNSET))

        issue_current_status_details = cls(
            in_release=in_release,
            in_next_release=in_next_release,
            in_upcoming_release=in_upcoming_release,
            in_commit=in_commit,
            ignore_until=ignore_until,
            ignore_count=ignore_count,
            ignore_window=ignore_window,
            ignore_user_count=ignore_user_count,
            ignore_user_window=ignore_user_window,
            actor=actor,
            pending_events=pending_events,
            info=info,
        )

        issue_current_status_details.additional_properties = d
        return issue_current_status_details

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

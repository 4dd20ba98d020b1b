from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.issue_bulk_update_priority import (
    IssueBulkUpdatePriority,
    check_issue_bulk_update_priority,
)
from ..models.issue_bulk_update_status import (
    IssueBulkUpdateStatus,
    check_issue_bulk_update_status,
)
from ..models.issue_substatus import IssueSubstatus, check_issue_substatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_status_details import IssueStatusDetails


T = TypeVar("T", bound="IssueBulkUpdate")


@_attrs_define
class IssueBulkUpdate:
    """The changes to make to every selected issue; only the fields sent are changed. With
    `merge: true` the selected issues are merged into one.

        Attributes:
            status (IssueBulkUpdateStatus | Unset): The new status (`muted` is an old name for `ignored`).
            status_details (IssueStatusDetails | Unset): How a status change applies. For `resolved`: at most one of
                `inRelease`,
                `inNextRelease`, `inUpcomingRelease`, `inCommit`. For `ignored`: `ignoreDuration`, or
                `ignoreCount` (+ `ignoreWindow`), or `ignoreUserCount` (+ `ignoreUserWindow`).
                Release-based fields only work on issues of a single project.
            substatus (IssueSubstatus | None | Unset): The new substatus (must fit the status); `null` is accepted.
            ignore_duration (int | Unset): Ignore for this many minutes (older form of `statusDetails.ignoreDuration`).
            assigned_to (str | Unset): Assign to a user or team: `<user_id>`, `user:<user_id>`, `<username>`,
                `<user_primary_email>` or `team:<team_id>`. An empty string unassigns.
            has_seen (bool | Unset): Mark the issues seen (or unseen) for the requesting user.
            is_bookmarked (bool | Unset): Bookmark the issues for the requesting user.
            is_subscribed (bool | Unset): Subscribe the requesting user to the issues.
            is_public (bool | Unset): Create (true) or remove (false) public share links.
            inbox (bool | Unset): `false` marks the issues as reviewed (takes them out of the review inbox); `true`
                puts them back into the inbox.
            priority (IssueBulkUpdatePriority | Unset): The new priority.
            merge (bool | Unset): Merge the selected issues (at least two) into the one with the most events.
            discard (bool | Unset): Delete the issues and discard their future events. Needs `event:admin` and cannot be
                combined with other fields.
    """

    status: IssueBulkUpdateStatus | Unset = UNSET
    status_details: IssueStatusDetails | Unset = UNSET
    substatus: IssueSubstatus | None | Unset = UNSET
    ignore_duration: int | Unset = UNSET
    assigned_to: str | Unset = UNSET
    has_seen: bool | Unset = UNSET
    is_bookmarked: bool | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    inbox: bool | Unset = UNSET
    priority: IssueBulkUpdatePriority | Unset = UNSET
    merge: bool | Unset = UNSET
    discard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("status", "status", False, None),
        (
            "status_details",
            "statusDetails",
            False,
            ("model", "issue_status_details:IssueStatusDetails"),
        ),
        ("substatus", "substatus", False, None),
        ("ignore_duration", "ignoreDuration", False, None),
        ("assigned_to", "assignedTo", False, None),
        ("has_seen", "hasSeen", False, None),
        ("is_bookmarked", "isBookmarked", False, None),
        ("is_subscribed", "isSubscribed", False, None),
        ("is_public", "isPublic", False, None),
        ("inbox", "inbox", False, None),
        ("priority", "priority", False, None),
        ("merge", "merge", False, None),
        ("discard", "discard", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        status_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_details, Unset):
            status_details = self.status_details.to_dict()

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        elif isinstance(self.substatus, str):
            substatus = self.substatus
        else:
            substatus = self.substatus

        ignore_duration = self.ignore_duration

        assigned_to = self.assigned_to

        has_seen = self.has_seen

        is_bookmarked = self.is_bookmarked

        is_subscribed = self.is_subscribed

        is_public = self.is_public

        inbox = self.inbox

        priority: str | Unset = UNSET
        if not isinstance(self.priority, Unset):
            priority = self.priority

        merge = self.merge

        discard = self.discard

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if status_details is not UNSET:
            field_dict["statusDetails"] = status_details
        if substatus is not UNSET:
            field_dict["substatus"] = substatus
        if ignore_duration is not UNSET:
            field_dict["ignoreDuration"] = ignore_duration
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if has_seen is not UNSET:
            field_dict["hasSeen"] = has_seen
        if is_bookmarked is not UNSET:
            field_dict["isBookmarked"] = is_bookmarked
        if is_subscribed is not UNSET:
            field_dict["isSubscribed"] = is_subscribed
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if inbox is not UNSET:
            field_dict["inbox"] = inbox
        if priority is not UNSET:
            field_dict["priority"] = priority
        if merge is not UNSET:
            field_dict["merge"] = merge
        if discard is not UNSET:
            field_dict["discard"] = discard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_status_details import IssueStatusDetails

        d = dict(src_dict)
        _status = d.pop("status", UNSET)
        status: IssueBulkUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_issue_bulk_update_status(_status)

        _status_details = d.pop("statusDetails", UNSET)
        status_details: IssueStatusDetails | Unset
        if isinstance(_status_details, Unset):
            status_details = UNSET
        else:
            status_details = IssueStatusDetails.from_dict(_status_details)

        def _parse_substatus(data: object) -> IssueSubstatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                substatus_type_0 = check_issue_substatus(data)

                return substatus_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueSubstatus | None | Unset, data)

        substatus = _parse_substatus(d.pop("substatus", UNSET))

        ignore_duration = d.pop("ignoreDuration", UNSET)

        assigned_to = d.pop("assignedTo", UNSET)

        has_seen = d.pop("hasSeen", UNSET)

        is_bookmarked = d.pop("isBookmarked", UNSET)

        is_subscribed = d.pop("isSubscribed", UNSET)

        is_public = d.pop("isPublic", UNSET)

        inbox = d.pop("inbox", UNSET)

        _priority = d.pop("priority", UNSET)
        priority: IssueBulkUpdatePriority | Unset
        if isinstance(_priority, Unset):
            priority = UNSET
        else:
            priority = check_issue_bulk_update_priority(_priority)

        merge = d.pop("merge", UNSET)

        discard = d.pop("discard", UNSET)

        issue_bulk_update = cls(
            status=status,
            status_details=status_details,
            substatus=substatus,
            ignore_duration=ignore_duration,
            assigned_to=assigned_to,
            has_seen=has_seen,
            is_bookmarked=is_bookmarked,
            is_subscribed=is_subscribed,
            is_public=is_public,
            inbox=inbox,
            priority=priority,
            merge=merge,
            discard=discard,
        )

        issue_bulk_update.additional_properties = d
        return issue_bulk_update

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

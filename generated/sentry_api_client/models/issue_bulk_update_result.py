from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_activity import IssueActivity
    from ..models.issue_assignee import IssueAssignee
    from ..models.issue_current_status_details import IssueCurrentStatusDetails
    from ..models.issue_merge_result import IssueMergeResult
    from ..models.issue_subscription_details import IssueSubscriptionDetails


T = TypeVar("T", bound="IssueBulkUpdateResult")


@_attrs_define
class IssueBulkUpdateResult:
    """The fields a bulk mutation changed, with their new values; fields that were not part of
    the request are absent.

        Attributes:
            status (str | Unset): The new status.
            status_details (IssueCurrentStatusDetails | Unset): Details of an issue's current status. Empty for plain
                unresolved issues; for resolved
                issues `inRelease`/`inNextRelease`/`inCommit` and the acting user; for ignored issues
                the condition that ends the ignore.
            substatus (None | str | Unset):
            assigned_to (IssueAssignee | None | Unset): The new assignee, or `null` after unassigning.
            has_seen (bool | Unset):
            is_bookmarked (bool | Unset):
            is_subscribed (bool | Unset):
            subscription_details (IssueSubscriptionDetails | None | Unset):
            is_public (bool | Unset):
            share_id (None | str | Unset): The share ID when the issues were made public.
            inbox (bool | None | Unset): Whether the issues are now in the review inbox; `null` after resolving or ignoring.
            priority (str | Unset):
            activity (list[IssueActivity] | Unset): For a release-based resolution of a single issue, its updated activity.
            merge (IssueMergeResult | None | Unset): The result of a merge.
            discard (bool | Unset):
    """

    status: str | Unset = UNSET
    status_details: IssueCurrentStatusDetails | Unset = UNSET
    substatus: None | str | Unset = UNSET
    assigned_to: IssueAssignee | None | Unset = UNSET
    has_seen: bool | Unset = UNSET
    is_bookmarked: bool | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    subscription_details: IssueSubscriptionDetails | None | Unset = UNSET
    is_public: bool | Unset = UNSET
    share_id: None | str | Unset = UNSET
    inbox: bool | None | Unset = UNSET
    priority: str | Unset = UNSET
    activity: list[IssueActivity] | Unset = UNSET
    merge: IssueMergeResult | None | Unset = UNSET
    discard: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("status", "status", False, None),
        (
            "status_details",
            "statusDetails",
            False,
            ("model", "issue_current_status_details:IssueCurrentStatusDetails"),
        ),
        ("substatus", "substatus", False, None),
        (
            "assigned_to",
            "assignedTo",
            False,
            (
                "union",
                (
                    ("model", "issue_assignee:IssueAssignee"),
                    None,
                ),
            ),
        ),
        ("has_seen", "hasSeen", False, None),
        ("is_bookmarked", "isBookmarked", False, None),
        ("is_subscribed", "isSubscribed", False, None),
        (
            "subscription_details",
            "subscriptionDetails",
            False,
            (
                "union",
                (
                    ("model", "issue_subscription_details:IssueSubscriptionDetails"),
                    None,
                ),
            ),
        ),
        ("is_public", "isPublic", False, None),
        ("share_id", "shareId", False, None),
        ("inbox", "inbox", False, None),
        ("priority", "priority", False, None),
        (
            "activity",
            "activity",
            False,
            ("list", ("model", "issue_activity:IssueActivity")),
        ),
        (
            "merge",
            "merge",
            False,
            (
                "union",
                (
                    ("model", "issue_merge_result:IssueMergeResult"),
                    None,
                ),
            ),
        ),
        ("discard", "discard", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_assignee import IssueAssignee
        from ..models.issue_merge_result import IssueMergeResult
        from ..models.issue_subscription_details import IssueSubscriptionDetails

        status = self.status

        status_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_details, Unset):
            status_details = self.status_details.to_dict()

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        else:
            substatus = self.substatus

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, IssueAssignee):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        has_seen = self.has_seen

        is_bookmarked = self.is_bookmarked

        is_subscribed = self.is_subscribed

        subscription_details: dict[str, Any] | None | Unset
        if isinstance(self.subscription_details, Unset):
            subscription_details = UNSET
        elif isinstance(self.subscription_details, IssueSubscriptionDetails):
            subscription_details = self.subscription_details.to_dict()
        else:
            subscription_details = self.subscription_details

        is_public = self.is_public

        share_id: None | str | Unset
        if isinstance(self.share_id, Unset):
            share_id = UNSET
        else:
            share_id = self.share_id

        inbox: bool | None | Unset
        if isinstance(self.inbox, Unset):
            inbox = UNSET
        else:
            inbox = self.inbox

        priority = self.priority

        activity: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.activity, Unset):
            activity = []
            for activity_item_data in self.activity:
                activity_item = activity_item_data.to_dict()
                activity.append(activity_item)

        merge: dict[str, Any] | None | Unset
        if isinstance(self.merge, Unset):
            merge = UNSET
        elif isinstance(self.merge, IssueMergeResult):
            merge = self.merge.to_dict()
        else:
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
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if has_seen is not UNSET:
            field_dict["hasSeen"] = has_seen
        if is_bookmarked is not UNSET:
            field_dict["isBookmarked"] = is_bookmarked
        if is_subscribed is not UNSET:
            field_dict["isSubscribed"] = is_subscribed
        if subscription_details is not UNSET:
            field_dict["subscriptionDetails"] = subscription_details
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if share_id is not UNSET:
            field_dict["shareId"] = share_id
        if inbox is not UNSET:
            field_dict["inbox"] = inbox
        if priority is not UNSET:
            field_dict["priority"] = priority
        if activity is not UNSET:
            field_dict["activity"] = activity
        if merge is not UNSET:
            field_dict["merge"] = merge
        if discard is not UNSET:
            field_dict["discard"] = discard

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_activity import IssueActivity
        from ..models.issue_assignee import IssueAssignee
        from ..models.issue_current_status_details import IssueCurrentStatusDetails
        from ..models.issue_merge_result import IssueMergeResult
        from ..models.issue_subscription_details import IssueSubscriptionDetails

        d = dict(src_dict)
        status = d.pop("status", UNSET)

        _status_details = d.pop("statusDetails", UNSET)
        status_details: IssueCurrentStatusDetails | Unset
        if isinstance(_status_details, Unset):
            status_details = UNSET
        else:
            status_details = IssueCurrentStatusDetails.from_dict(_status_details)

        def _parse_substatus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        substatus = _parse_substatus(d.pop("substatus", UNSET))

        def _parse_assigned_to(data: object) -> IssueAssignee | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_0 = IssueAssignee.from_dict(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueAssignee | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assignedTo", UNSET))

        has_seen = d.pop("hasSeen", UNSET)

        is_bookmarked = d.pop("isBookmarked", UNSET)

        is_subscribed = d.pop("isSubscribed", UNSET)

        def _parse_subscription_details(
            data: object,
        ) -> IssueSubscriptionDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_details_type_0 = IssueSubscriptionDetails.from_dict(data)

                return subscription_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueSubscriptionDetails | None | Unset, data)

        subscription_details = _parse_subscription_details(d.pop("subscriptionDetails", UNSET))

        is_public = d.pop("isPublic", UNSET)

        def _parse_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_id = _parse_share_id(d.pop("shareId", UNSET))

        def _parse_inbox(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        inbox = _parse_inbox(d.pop("inbox", UNSET))

        priority = d.pop("priority", UNSET)

        _activity = d.pop("activity", UNSET)
        activity: list[IssueActivity] | Unset = UNSET
        if _activity is not UNSET:
            activity = []
            for activity_item_data in _activity:
                activity_item = IssueActivity.from_dict(activity_item_data)

                activity.append(activity_item)

        def _parse_merge(data: object) -> IssueMergeResult | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                merge_type_0 = IssueMergeResult.from_dict(data)

                return merge_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueMergeResult | None | Unset, data)

        merge = _parse_merge(d.pop("merge", UNSET))

        discard = d.pop("discard", UNSET)

        issue_bulk_update_result = cls(
            status=status,
            status_details=status_details,
            substatus=substatus,
            assigned_to=assigned_to,
            has_seen=has_seen,
            is_bookmarked=is_bookmarked,
            is_subscribed=is_subscribed,
            subscription_details=subscription_details,
            is_public=is_public,
            share_id=share_id,
            inbox=inbox,
            priority=priority,
            activity=activity,
            merge=merge,
            discard=discard,
        )

        issue_bulk_update_result.additional_properties = d
        return issue_bulk_update_result

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

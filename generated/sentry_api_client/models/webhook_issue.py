from __future__ import annotations
from sentry_api_client._compat import parse_datetime

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_issue_assigned_to_type_0 import WebhookIssueAssignedToType0
    from ..models.webhook_issue_project import WebhookIssueProject
    from ..models.webhook_issue_status_details import WebhookIssueStatusDetails


T = TypeVar("T", bound="WebhookIssue")


@_attrs_define
class WebhookIssue:
    """The issue, serialised as the issue endpoints return it, plus three URLs. Further fields
    (annotations, isBookmarked, metadata, ...) may be present.

        Attributes:
            id (str): The issue id (a numeric string).
            short_id (str | Unset): Human-readable id such as `WEB-3F`.
            title (str | Unset):
            culprit (None | str | Unset): Where the error happened (function or transaction), when known.
            level (str | Unset): Severity: fatal, error, warning, info or debug.
            status (str | Unset): The issue's status after the change: resolved, unresolved or ignored.
            substatus (None | str | Unset): Refines `status`. Known values: archived_until_escalating,
                archived_until_condition_met, archived_forever, escalating, ongoing, regressed, new.
            status_details (WebhookIssueStatusDetails | Unset): Details of a resolution or archive, e.g. inRelease,
                inNextRelease, inCommit,
                ignoreDuration, ignoreCount, ignoreWindow, ignoreUserCount, ignoreUserWindow.
            assigned_to (None | Unset | WebhookIssueAssignedToType0): The assignee (`type` user or team, `id`, `name`), or
                null.
            platform (None | str | Unset):
            type_ (str | Unset): The issue type, e.g. `error`.
            count (str | Unset): Number of events, as a string.
            user_count (int | Unset): Number of distinct users affected.
            first_seen (datetime.datetime | Unset):
            last_seen (datetime.datetime | Unset):
            project (WebhookIssueProject | Unset): The project the issue belongs to (id, name, slug, platform).
            url (str | Unset): API URL of the issue.
            web_url (str | Unset): Web URL of the issue in Sentry.
            project_url (str | Unset): Web URL of the issue's project.
    """

    id: str
    short_id: str | Unset = UNSET
    title: str | Unset = UNSET
    culprit: None | str | Unset = UNSET
    level: str | Unset = UNSET
    status: str | Unset = UNSET
    substatus: None | str | Unset = UNSET
    status_details: WebhookIssueStatusDetails | Unset = UNSET
    assigned_to: None | Unset | WebhookIssueAssignedToType0 = UNSET
    platform: None | str | Unset = UNSET
    type_: str | Unset = UNSET
    count: str | Unset = UNSET
    user_count: int | Unset = UNSET
    first_seen: datetime.datetime | Unset = UNSET
    last_seen: datetime.datetime | Unset = UNSET
    project: WebhookIssueProject | Unset = UNSET
    url: str | Unset = UNSET
    web_url: str | Unset = UNSET
    project_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("short_id", "shortId", False, None),
        ("title", "title", False, None),
        ("culprit", "culprit", False, None),
        ("level", "level", False, None),
        ("status", "status", False, None),
        ("substatus", "substatus", False, None),
        (
            "status_details",
            "statusDetails",
            False,
            ("model", "webhook_issue_status_details:WebhookIssueStatusDetails"),
        ),
        (
            "assigned_to",
            "assignedTo",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "webhook_issue_assigned_to_type_0:WebhookIssueAssignedToType0",
                    ),
                    None,
                ),
            ),
        ),
        ("platform", "platform", False, None),
        ("type_", "type", False, None),
        ("count", "count", False, None),
        ("user_count", "userCount", False, None),
        ("first_seen", "firstSeen", False, "datetime"),
        ("last_seen", "lastSeen", False, "datetime"),
        (
            "project",
            "project",
            False,
            ("model", "webhook_issue_project:WebhookIssueProject"),
        ),
        ("url", "url", False, None),
        ("web_url", "web_url", False, None),
        ("project_url", "project_url", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_issue_assigned_to_type_0 import (
            WebhookIssueAssignedToType0,
        )

        id = self.id

        short_id = self.short_id

        title = self.title

        culprit: None | str | Unset
        if isinstance(self.culprit, Unset):
            culprit = UNSET
        else:
            culprit = self.culprit

        level = self.level

        status = self.status

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        else:
            substatus = self.substatus

        status_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_details, Unset):
            status_details = self.status_details.to_dict()

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, WebhookIssueAssignedToType0):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        type_ = self.type_

        count = self.count

        user_count = self.user_count

        first_seen: str | Unset = UNSET
        if not isinstance(self.first_seen, Unset):
            first_seen = self.first_seen.isoformat()

        last_seen: str | Unset = UNSET
        if not isinstance(self.last_seen, Unset):
            last_seen = self.last_seen.isoformat()

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        url = self.url

        web_url = self.web_url

        project_url = self.project_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if title is not UNSET:
            field_dict["title"] = title
        if culprit is not UNSET:
            field_dict["culprit"] = culprit
        if level is not UNSET:
            field_dict["level"] = level
        if status is not UNSET:
            field_dict["status"] = status
        if substatus is not UNSET:
            field_dict["substatus"] = substatus
        if status_details is not UNSET:
            field_dict["statusDetails"] = status_details
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if platform is not UNSET:
            field_dict["platform"] = platform
        if type_ is not UNSET:
            field_dict["type"] = type_
        if count is not UNSET:
            field_dict["count"] = count
        if user_count is not UNSET:
            field_dict["userCount"] = user_count
        if first_seen is not UNSET:
            field_dict["firstSeen"] = first_seen
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if project is not UNSET:
            field_dict["project"] = project
        if url is not UNSET:
            field_dict["url"] = url
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if project_url is not UNSET:
            field_dict["project_url"] = project_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_issue_assigned_to_type_0 import (
            WebhookIssueAssignedToType0,
        )
        from ..models.webhook_issue_project import WebhookIssueProject
        from ..models.webhook_issue_status_details import WebhookIssueStatusDetails

        d = dict(src_dict)
        id = d.pop("id")

        short_id = d.pop("shortId", UNSET)

        title = d.pop("title", UNSET)

        def _parse_culprit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        culprit = _parse_culprit(d.pop("culprit", UNSET))

        level = d.pop("level", UNSET)

        status = d.pop("status", UNSET)

        def _parse_substatus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        substatus = _parse_substatus(d.pop("substatus", UNSET))

        _status_details = d.pop("statusDetails", UNSET)
        status_details: WebhookIssueStatusDetails | Unset
        if isinstance(_status_details, Unset):
            status_details = UNSET
        else:
            status_details = WebhookIssueStatusDetails.from_dict(_status_details)

        def _parse_assigned_to(
            data: object,
        ) -> None | Unset | WebhookIssueAssignedToType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_0 = WebhookIssueAssignedToType0.from_dict(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookIssueAssignedToType0, data)

        assigned_to = _parse_assigned_to(d.pop("assignedTo", UNSET))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        type_ = d.pop("type", UNSET)

        count = d.pop("count", UNSET)

        user_count = d.pop("userCount", UNSET)

        _first_seen = d.pop("firstSeen", UNSET)
        first_seen: datetime.datetime | Unset
        if isinstance(_first_seen, Unset):
            first_seen = UNSET
        else:
            first_seen = parse_datetime(_first_seen)

        _last_seen = d.pop("lastSeen", UNSET)
        last_seen: datetime.datetime | Unset
        if isinstance(_last_seen, Unset):
            last_seen = UNSET
        else:
            last_seen = parse_datetime(_last_seen)

        _project = d.pop("project", UNSET)
        project: WebhookIssueProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = WebhookIssueProject.from_dict(_project)

        url = d.pop("url", UNSET)

        web_url = d.pop("web_url", UNSET)

        project_url = d.pop("project_url", UNSET)

        webhook_issue = cls(
            id=id,
            short_id=short_id,
            title=title,
            culprit=culprit,
            level=level,
            status=status,
            substatus=substatus,
            status_details=status_details,
            assigned_to=assigned_to,
            platform=platform,
            type_=type_,
            count=count,
            user_count=user_count,
            first_seen=first_seen,
            last_seen=last_seen,
            project=project,
            url=url,
            web_url=web_url,
            project_url=project_url,
        )

        webhook_issue.additional_properties = d
        return webhook_issue

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

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
    from ..models.webhook_error_event_user_type_0 import WebhookErrorEventUserType0


T = TypeVar("T", bound="WebhookErrorEvent")


@_attrs_define
class WebhookErrorEvent:
    """An error event as Sentry stores it (snake_case keys), plus the URLs below. Further
    fields (exception, contexts, tags, request, sdk, user, ...) vary by platform.

        Attributes:
            event_id (str | Unset): The event's id (32 hex digits).
            issue_id (str | Unset): Id of the issue the event was grouped into.
            title (str | Unset):
            culprit (None | str | Unset):
            level (str | Unset):
            platform (str | Unset):
            message (str | Unset):
            project (int | Unset): Numeric id of the project.
            datetime_ (datetime.datetime | Unset):
            tags (list[list[str]] | Unset): Tags as `[key, value]` pairs.
            user (None | Unset | WebhookErrorEventUserType0): The user the SDK reported, when user identification is set up.
            url (str | Unset): API URL of the event.
            web_url (str | Unset): Web URL of the event in Sentry.
            issue_url (str | Unset): API URL of the event's issue.
    """

    event_id: str | Unset = UNSET
    issue_id: str | Unset = UNSET
    title: str | Unset = UNSET
    culprit: None | str | Unset = UNSET
    level: str | Unset = UNSET
    platform: str | Unset = UNSET
    message: str | Unset = UNSET
    project: int | Unset = UNSET
    datetime_: datetime.datetime | Unset = UNSET
    tags: list[list[str]] | Unset = UNSET
    user: None | Unset | WebhookErrorEventUserType0 = UNSET
    url: str | Unset = UNSET
    web_url: str | Unset = UNSET
    issue_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("event_id", "event_id", False, None),
        ("issue_id", "issue_id", False, None),
        ("title", "title", False, None),
        ("culprit", "culprit", False, None),
        ("level", "level", False, None),
        ("platform", "platform", False, None),
        ("message", "message", False, None),
        ("project", "project", False, None),
        ("datetime_", "datetime", False, "datetime"),
        ("tags", "tags", False, None),
        (
            "user",
            "user",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "webhook_error_event_user_type_0:WebhookErrorEventUserType0",
                    ),
                    None,
                ),
            ),
        ),
        ("url", "url", False, None),
        ("web_url", "web_url", False, None),
        ("issue_url", "issue_url", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_error_event_user_type_0 import WebhookErrorEventUserType0

        event_id = self.event_id

        issue_id = self.issue_id

        title = self.title

        culprit: None | str | Unset
        if isinstance(self.culprit, Unset):
            culprit = UNSET
        else:
            culprit = self.culprit

        level = self.level

        platform = self.platform

        message = self.message

        project = self.project

        datetime_: str | Unset = UNSET
        if not isinstance(self.datetime_, Unset):
            datetime_ = self.datetime_.isoformat()

        tags: list[list[str]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data

                tags.append(tags_item)

        user: dict[str, Any] | None | Unset
        if isinstance(self.user, Unset):
            user = UNSET
        elif isinstance(self.user, WebhookErrorEventUserType0):
            user = self.user.to_dict()
        else:
            user = self.user

        url = self.url

        web_url = self.web_url

        issue_url = self.issue_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if event_id is not UNSET:
            field_dict["event_id"] = event_id
        if issue_id is not UNSET:
            field_dict["issue_id"] = issue_id
        if title is not UNSET:
            field_dict["title"] = title
        if culprit is not UNSET:
            field_dict["culprit"] = culprit
        if level is not UNSET:
            field_dict["level"] = level
        if platform is not UNSET:
            field_dict["platform"] = platform
        if message is not UNSET:
            field_dict["message"] = message
        if project is not UNSET:
            field_dict["project"] = project
        if datetime_ is not UNSET:
            field_dict["datetime"] = datetime_
        if tags is not UNSET:
            field_dict["tags"] = tags
        if user is not UNSET:
            field_dict["user"] = user
        if url is not UNSET:
            field_dict["url"] = url
        if web_url is not UNSET:
            field_dict["web_url"] = web_url
        if issue_url is not UNSET:
            field_dict["issue_url"] = issue_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_error_event_user_type_0 import WebhookErrorEventUserType0

        d = dict(src_dict)
        event_id = d.pop("event_id", UNSET)

        issue_id = d.pop("issue_id", UNSET)

        title = d.pop("title", UNSET)

        def _parse_culprit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        culprit = _parse_culprit(d.pop("culprit", UNSET))

        level = d.pop("level", UNSET)

        platform = d.pop("platform", UNSET)

        message = d.pop("message", UNSET)

        project = d.pop("project", UNSET)

        _datetime_ = d.pop("datetime", UNSET)
        datetime_: datetime.datetime | Unset
        if isinstance(_datetime_, Unset):
            datetime_ = UNSET
        else:
            datetime_ = parse_datetime(_datetime_)

        _tags = d.pop("tags", UNSET)
        tags: list[list[str]] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = cast(list[str], tags_item_data)

                tags.append(tags_item)

        def _parse_user(data: object) -> None | Unset | WebhookErrorEventUserType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                user_type_0 = WebhookErrorEventUserType0.from_dict(data)

                return user_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookErrorEventUserType0, data)

        user = _parse_user(d.pop("user", UNSET))

        url = d.pop("url", UNSET)

        web_url = d.pop("web_url", UNSET)

        issue_url = d.pop("issue_url", UNSET)

        webhook_error_event = cls(
            event_id=event_id,
            issue_id=issue_id,
            title=title,
            culprit=culprit,
            level=level,
            platform=platform,
            message=message,
            project=project,
            datetime_=datetime_,
            tags=tags,
            user=user,
            url=url,
            web_url=web_url,
            issue_url=issue_url,
        )

        webhook_error_event.additional_properties = d
        return webhook_error_event

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

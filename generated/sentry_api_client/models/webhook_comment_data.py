from __future__ import annotations
from sentry_api_client._compat import parse_datetime

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookCommentData")


@_attrs_define
class WebhookCommentData:
    """
    Attributes:
        comment (str): The comment's text (for `deleted`, the text it had).
        comment_id (int):
        issue_id (int):
        project_slug (str | Unset): Slug of the project the issue belongs to.
        timestamp (datetime.datetime | Unset): When the comment was created, updated or deleted.
    """

    comment: str
    comment_id: int
    issue_id: int
    project_slug: str | Unset = UNSET
    timestamp: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("comment", "comment", True, None),
        ("comment_id", "comment_id", True, None),
        ("issue_id", "issue_id", True, None),
        ("project_slug", "project_slug", False, None),
        ("timestamp", "timestamp", False, "datetime"),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        comment = self.comment

        comment_id = self.comment_id

        issue_id = self.issue_id

        project_slug = self.project_slug

        timestamp: str | Unset = UNSET
        if not isinstance(self.timestamp, Unset):
            timestamp = self.timestamp.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment": comment,
                "comment_id": comment_id,
                "issue_id": issue_id,
            }
        )
        if project_slug is not UNSET:
            field_dict["project_slug"] = project_slug
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        comment = d.pop("comment")

        comment_id = d.pop("comment_id")

        issue_id = d.pop("issue_id")

        project_slug = d.pop("project_slug", UNSET)

        _timestamp = d.pop("timestamp", UNSET)
        timestamp: datetime.datetime | Unset
        if isinstance(_timestamp, Unset):
            timestamp = UNSET
        else:
            timestamp = parse_datetime(_timestamp)

        webhook_comment_data = cls(
            comment=comment,
            comment_id=comment_id,
            issue_id=issue_id,
            project_slug=project_slug,
            timestamp=timestamp,
        )

        webhook_comment_data.additional_properties = d
        return webhook_comment_data

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

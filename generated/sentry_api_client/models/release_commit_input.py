from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_commit_file_change import ReleaseCommitFileChange


T = TypeVar("T", bound="ReleaseCommitInput")


@_attrs_define
class ReleaseCommitInput:
    """A commit sent with a release.

    Attributes:
        id (str): The commit SHA.
        repository (None | str | Unset): Full name of the repository the commit belongs to, e.g. `acme/web`.
        message (None | str | Unset):
        author_name (None | str | Unset):
        author_email (None | str | Unset):
        timestamp (datetime.datetime | None | Unset): When the commit was made.
        patch_set (list[ReleaseCommitFileChange] | None | Unset): The files the commit changed.
    """

    id: str
    repository: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    author_name: None | str | Unset = UNSET
    author_email: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    patch_set: list[ReleaseCommitFileChange] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("repository", "repository", False, None),
        ("message", "message", False, None),
        ("author_name", "author_name", False, None),
        ("author_email", "author_email", False, None),
        (
            "timestamp",
            "timestamp",
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
            "patch_set",
            "patch_set",
            False,
            (
                "union",
                (
                    (
                        "list",
                        ("model", "release_commit_file_change:ReleaseCommitFileChange"),
                    ),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        repository: None | str | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        else:
            repository = self.repository

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        author_name: None | str | Unset
        if isinstance(self.author_name, Unset):
            author_name = UNSET
        else:
            author_name = self.author_name

        author_email: None | str | Unset
        if isinstance(self.author_email, Unset):
            author_email = UNSET
        else:
            author_email = self.author_email

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        patch_set: list[dict[str, Any]] | None | Unset
        if isinstance(self.patch_set, Unset):
            patch_set = UNSET
        elif isinstance(self.patch_set, list):
            patch_set = []
            for patch_set_type_0_item_data in self.patch_set:
                patch_set_type_0_item = patch_set_type_0_item_data.to_dict()
                patch_set.append(patch_set_type_0_item)

        else:
            patch_set = self.patch_set

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if repository is not UNSET:
            field_dict["repository"] = repository
        if message is not UNSET:
            field_dict["message"] = message
        if author_name is not UNSET:
            field_dict["author_name"] = author_name
        if author_email is not UNSET:
            field_dict["author_email"] = author_email
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if patch_set is not UNSET:
            field_dict["patch_set"] = patch_set

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_commit_file_change import ReleaseCommitFileChange

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_repository(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_author_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_name = _parse_author_name(d.pop("author_name", UNSET))

        def _parse_author_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        author_email = _parse_author_email(d.pop("author_email", UNSET))

        def _parse_timestamp(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                timestamp_type_0 = parse_datetime(data)

                return timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        timestamp = _parse_timestamp(d.pop("timestamp", UNSET))

        def _parse_patch_set(
            data: object,
        ) -> list[ReleaseCommitFileChange] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                patch_set_type_0 = []
                _patch_set_type_0 = data
                for patch_set_type_0_item_data in _patch_set_type_0:
                    patch_set_type_0_item = ReleaseCommitFileChange.from_dict(
                        patch_set_type_0_item_data
                    )

                    patch_set_type_0.append(patch_set_type_0_item)

                return patch_set_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ReleaseCommitFileChange] | None | Unset, data)

        patch_set = _parse_patch_set(d.pop("patch_set", UNSET))

        release_commit_input = cls(
            id=id,
            repository=repository,
            message=message,
            author_name=author_name,
            author_email=author_email,
            timestamp=timestamp,
            patch_set=patch_set,
        )

        release_commit_input.additional_properties = d
        return release_commit_input

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

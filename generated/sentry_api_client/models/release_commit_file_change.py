from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..models.release_commit_file_change_type import (
    ReleaseCommitFileChangeType,
    check_release_commit_file_change_type,
)

T = TypeVar("T", bound="ReleaseCommitFileChange")


@_attrs_define
class ReleaseCommitFileChange:
    """One file changed by a commit.

    Attributes:
        path (str): Path of the file in the repository.
        type_ (ReleaseCommitFileChangeType): `A` added, `M` modified, `D` deleted.
    """

    path: str
    type_: ReleaseCommitFileChangeType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("path", "path", True, None),
        ("type_", "type", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        path = self.path

        type_: str = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "path": path,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        path = d.pop("path")

        type_ = check_release_commit_file_change_type(d.pop("type"))

        release_commit_file_change = cls(
            path=path,
            type_=type_,
        )

        release_commit_file_change.additional_properties = d
        return release_commit_file_change

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseHeadCommitInput")


@_attrs_define
class ReleaseHeadCommitInput:
    """Deprecated form of a release ref.

    Attributes:
        repository (str):
        current_id (str):
        previous_id (None | str | Unset):
    """

    repository: str
    current_id: str
    previous_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("repository", "repository", True, None),
        ("current_id", "currentId", True, None),
        ("previous_id", "previousId", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        repository = self.repository

        current_id = self.current_id

        previous_id: None | str | Unset
        if isinstance(self.previous_id, Unset):
            previous_id = UNSET
        else:
            previous_id = self.previous_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repository": repository,
                "currentId": current_id,
            }
        )
        if previous_id is not UNSET:
            field_dict["previousId"] = previous_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repository = d.pop("repository")

        current_id = d.pop("currentId")

        def _parse_previous_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_id = _parse_previous_id(d.pop("previousId", UNSET))

        release_head_commit_input = cls(
            repository=repository,
            current_id=current_id,
            previous_id=previous_id,
        )

        release_head_commit_input.additional_properties = d
        return release_head_commit_input

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

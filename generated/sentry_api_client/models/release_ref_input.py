from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReleaseRefInput")


@_attrs_define
class ReleaseRefInput:
    """The head commit of a release in one repository.

    Attributes:
        repository (str): Full name of the repository, e.g. `acme/web`.
        commit (str): SHA of the release's head commit (or a range `previous..head`).
        previous_commit (None | str | Unset): SHA of the previous release's head commit.
    """

    repository: str
    commit: str
    previous_commit: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("repository", "repository", True, None),
        ("commit", "commit", True, None),
        ("previous_commit", "previousCommit", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        repository = self.repository

        commit = self.commit

        previous_commit: None | str | Unset
        if isinstance(self.previous_commit, Unset):
            previous_commit = UNSET
        else:
            previous_commit = self.previous_commit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "repository": repository,
                "commit": commit,
            }
        )
        if previous_commit is not UNSET:
            field_dict["previousCommit"] = previous_commit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        repository = d.pop("repository")

        commit = d.pop("commit")

        def _parse_previous_commit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        previous_commit = _parse_previous_commit(d.pop("previousCommit", UNSET))

        release_ref_input = cls(
            repository=repository,
            commit=commit,
            previous_commit=previous_commit,
        )

        release_ref_input.additional_properties = d
        return release_ref_input

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

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields

T = TypeVar("T", bound="IssueCommitRef")


@_attrs_define
class IssueCommitRef:
    """A commit that resolves issues.

    Attributes:
        commit (str): The commit SHA.
        repository (str): The repository name as configured in Sentry.
    """

    commit: str
    repository: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("commit", "commit", True, None),
        ("repository", "repository", True, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        commit = self.commit

        repository = self.repository

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "commit": commit,
                "repository": repository,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        commit = d.pop("commit")

        repository = d.pop("repository")

        issue_commit_ref = cls(
            commit=commit,
            repository=repository,
        )

        issue_commit_ref.additional_properties = d
        return issue_commit_ref

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

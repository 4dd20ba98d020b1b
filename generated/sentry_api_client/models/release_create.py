from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..models.release_create_status import (
    ReleaseCreateStatus,
    check_release_create_status,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_commit_input import ReleaseCommitInput
    from ..models.release_head_commit_input import ReleaseHeadCommitInput
    from ..models.release_ref_input import ReleaseRefInput


T = TypeVar("T", bound="ReleaseCreate")


@_attrs_define
class ReleaseCreate:
    """A new release (or more projects for an existing version).

    Attributes:
        version (str): Version identifier, unique within the organization: a version number (often
            `package@version`), a commit SHA, etc. `latest`, `.`, `..` and values with
            slashes, newlines or tabs are rejected.
        projects (list[str]): Slugs (or IDs) of the projects the release belongs to.
        ref (None | str | Unset): An optional commit reference, useful when `version` is a tag rather than a SHA.
        url (None | str | Unset): A URL for the release, e.g. its page on the code host.
        date_released (datetime.datetime | None | Unset): When the release went live; defaults to now.
        commits (list[ReleaseCommitInput] | Unset): Commits to associate with the release.
        status (ReleaseCreateStatus | Unset): Status of the release (default `open`).
        owner (str | Unset): Username (or email) of the Sentry user to set as the release's owner.
        refs (list[ReleaseRefInput] | Unset): One entry per repository: the head commit of this release and optionally
            the head
            commit of the previous one; Sentry fetches the commits in between from the connected
            repository integration.
        head_commits (list[ReleaseHeadCommitInput] | Unset): Deprecated; use `refs`. Head commits per repository
            (`currentId`, `previousId`).
    """

    version: str
    projects: list[str]
    ref: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    date_released: datetime.datetime | None | Unset = UNSET
    commits: list[ReleaseCommitInput] | Unset = UNSET
    status: ReleaseCreateStatus | Unset = UNSET
    owner: str | Unset = UNSET
    refs: list[ReleaseRefInput] | Unset = UNSET
    head_commits: list[ReleaseHeadCommitInput] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("version", "version", True, None),
        ("projects", "projects", True, None),
        ("ref", "ref", False, None),
        ("url", "url", False, None),
        (
            "date_released",
            "dateReleased",
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
            "commits",
            "commits",
            False,
            ("list", ("model", "release_commit_input:ReleaseCommitInput")),
        ),
        ("status", "status", False, None),
        ("owner", "owner", False, None),
        (
            "refs",
            "refs",
            False,
            ("list", ("model", "release_ref_input:ReleaseRefInput")),
        ),
        (
            "head_commits",
            "headCommits",
            False,
            ("list", ("model", "release_head_commit_input:ReleaseHeadCommitInput")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        projects = self.projects

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        date_released: None | str | Unset
        if isinstance(self.date_released, Unset):
            date_released = UNSET
        elif isinstance(self.date_released, datetime.datetime):
            date_released = self.date_released.isoformat()
        else:
            date_released = self.date_released

        commits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.commits, Unset):
            commits = []
            for commits_item_data in self.commits:
                commits_item = commits_item_data.to_dict()
                commits.append(commits_item)

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        owner = self.owner

        refs: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.refs, Unset):
            refs = []
            for refs_item_data in self.refs:
                refs_item = refs_item_data.to_dict()
                refs.append(refs_item)

        head_commits: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.head_commits, Unset):
            head_commits = []
            for head_commits_item_data in self.head_commits:
                head_commits_item = head_commits_item_data.to_dict()
                head_commits.append(head_commits_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "projects": projects,
            }
        )
        if ref is not UNSET:
            field_dict["ref"] = ref
        if url is not UNSET:
            field_dict["url"] = url
        if date_released is not UNSET:
            field_dict["dateReleased"] = date_released
        if commits is not UNSET:
            field_dict["commits"] = commits
        if status is not UNSET:
            field_dict["status"] = status
        if owner is not UNSET:
            field_dict["owner"] = owner
        if refs is not UNSET:
            field_dict["refs"] = refs
        if head_commits is not UNSET:
            field_dict["headCommits"] = head_commits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_commit_input import ReleaseCommitInput
        from ..models.release_head_commit_input import ReleaseHeadCommitInput
        from ..models.release_ref_input import ReleaseRefInput

        d = dict(src_dict)
        version = d.pop("version")

        projects = cast(list[str], d.pop("projects"))

        def _parse_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ref = _parse_ref(d.pop("ref", UNSET))

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_date_released(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_released_type_0 = parse_datetime(data)

                return date_released_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_released = _parse_date_released(d.pop("dateReleased", UNSET))

        _commits = d.pop("commits", UNSET)
        commits: list[ReleaseCommitInput] | Unset = UNSET
        if _commits is not UNSET:
            commits = []
            for commits_item_data in _commits:
                commits_item = ReleaseCommitInput.from_dict(commits_item_data)

                commits.append(commits_item)

        _status = d.pop("status", UNSET)
        status: ReleaseCreateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = check_release_create_status(_status)

        owner = d.pop("owner", UNSET)

        _refs = d.pop("refs", UNSET)
        refs: list[ReleaseRefInput] | Unset = UNSET
        if _refs is not UNSET:
            refs = []
            for refs_item_data in _refs:
                refs_item = ReleaseRefInput.from_dict(refs_item_data)

                refs.append(refs_item)

        _head_commits = d.pop("headCommits", UNSET)
        head_commits: list[ReleaseHeadCommitInput] | Unset = UNSET
        if _head_commits is not UNSET:
            head_commits = []
            for head_commits_item_data in _head_commits:
                head_commits_item = ReleaseHeadCommitInput.from_dict(head_commits_item_data)

                head_commits.append(head_commits_item)

        release_create = cls(
            version=version,
            projects=projects,
            ref=ref,
            url=url,
            date_released=date_released,
            commits=commits,
            status=status,
            owner=owner,
            refs=refs,
            head_commits=head_commits,
        )

        release_create.additional_properties = d
        return release_create

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

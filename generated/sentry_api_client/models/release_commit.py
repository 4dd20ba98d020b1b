from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_author import ReleaseAuthor
    from ..models.release_commit_pull_request_type_0 import (
        ReleaseCommitPullRequestType0,
    )
    from ..models.release_commit_releases_item import ReleaseCommitReleasesItem
    from ..models.release_repository import ReleaseRepository


T = TypeVar("T", bound="ReleaseCommit")


@_attrs_define
class ReleaseCommit:
    """A commit associated with a release.

    Attributes:
        id (str): The commit SHA.
        message (None | str | Unset):
        date_created (datetime.datetime | None | Unset):
        suspect_commit_type (str | Unset):
        repository (ReleaseRepository | Unset): A code repository connected to the organization.
        author (None | ReleaseAuthor | Unset): The commit author (a Sentry user or just name and email), or null.
        pull_request (None | ReleaseCommitPullRequestType0 | Unset): The pull request that introduced the commit, when
            known.
        releases (list[ReleaseCommitReleasesItem] | Unset): Releases that contain this commit (`version`,
            `shortVersion`, `ref`, `url`, dates).
    """

    id: str
    message: None | str | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    suspect_commit_type: str | Unset = UNSET
    repository: ReleaseRepository | Unset = UNSET
    author: None | ReleaseAuthor | Unset = UNSET
    pull_request: None | ReleaseCommitPullRequestType0 | Unset = UNSET
    releases: list[ReleaseCommitReleasesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("message", "message", False, None),
        (
            "date_created",
            "dateCreated",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("suspect_commit_type", "suspectCommitType", False, None),
        (
            "repository",
            "repository",
            False,
            ("model", "release_repository:ReleaseRepository"),
        ),
        (
            "author",
            "author",
            False,
            (
                "union",
                (
                    ("model", "release_author:ReleaseAuthor"),
                    None,
                ),
            ),
        ),
        (
            "pull_request",
            "pullRequest",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "release_commit_pull_request_type_0:ReleaseCommitPullRequestType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "releases",
            "releases",
            False,
            (
                "list",
                ("model", "release_commit_releases_item:ReleaseCommitReleasesItem"),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.release_author import ReleaseAuthor
        from ..models.release_commit_pull_request_type_0 import (
            ReleaseCommitPullRequestType0,
        )

        id = self.id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        suspect_commit_type = self.suspect_commit_type

        repository: dict[str, Any] | Unset = UNSET
        if not isinstance(self.repository, Unset):
            repository = self.repository.to_dict()

        author: dict[str, Any] | None | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        elif isinstance(self.author, ReleaseAuthor):
            author = self.author.to_dict()
        else:
            author = self.author

        pull_request: dict[str, Any] | None | Unset
        if isinstance(self.pull_request, Unset):
            pull_request = UNSET
        elif isinstance(self.pull_request, ReleaseCommitPullRequestType0):
            pull_request = self.pull_request.to_dict()
        else:
            pull_request = self.pull_request

        releases: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.releases, Unset):
            releases = []
            for releases_item_data in self.releases:
                releases_item = releases_item_data.to_dict()
                releases.append(releases_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if suspect_commit_type is not UNSET:
            field_dict["suspectCommitType"] = suspect_commit_type
        if repository is not UNSET:
            field_dict["repository"] = repository
        if author is not UNSET:
            field_dict["author"] = author
        if pull_request is not UNSET:
            field_dict["pullRequest"] = pull_request
        if releases is not UNSET:
            field_dict["releases"] = releases

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_author import ReleaseAuthor
        from ..models.release_commit_pull_request_type_0 import (
            ReleaseCommitPullRequestType0,
        )
        from ..models.release_commit_releases_item import ReleaseCommitReleasesItem
        from ..models.release_repository import ReleaseRepository

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_date_created(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_created = _parse_date_created(d.pop("dateCreated", UNSET))

        suspect_commit_type = d.pop("suspectCommitType", UNSET)

        _repository = d.pop("repository", UNSET)
        repository: ReleaseRepository | Unset
        if isinstance(_repository, Unset):
            repository = UNSET
        else:
            repository = ReleaseRepository.from_dict(_repository)

        def _parse_author(data: object) -> None | ReleaseAuthor | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                author_type_0 = ReleaseAuthor.from_dict(data)

                return author_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseAuthor | Unset, data)

        author = _parse_author(d.pop("author", UNSET))

        def _parse_pull_request(
            data: object,
        ) -> None | ReleaseCommitPullRequestType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                pull_request_type_0 = ReleaseCommitPullRequestType0.from_dict(data)

                return pull_request_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseCommitPullRequestType0 | Unset, data)

        pull_request = _parse_pull_request(d.pop("pullRequest", UNSET))

        _releases = d.pop("releases", UNSET)
        releases: list[ReleaseCommitReleasesItem] | Unset = UNSET
        if _releases is not UNSET:
            releases = []
            for releases_item_data in _releases:
                releases_item = ReleaseCommitReleasesItem.from_dict(releases_item_data)

                releases.append(releases_item)

        release_commit = cls(
            id=id,
            message=message,
            date_created=date_created,
            suspect_commit_type=suspect_commit_type,
            repository=repository,
            author=author,
            pull_request=pull_request,
            releases=releases,
        )

        release_commit.additional_properties = d
        return release_commit

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

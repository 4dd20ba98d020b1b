from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.deploy import Deploy
    from ..models.member_user import MemberUser
    from ..models.release_adoption_stages_type_0 import ReleaseAdoptionStagesType0
    from ..models.release_author import ReleaseAuthor
    from ..models.release_commit import ReleaseCommit
    from ..models.release_current_project_meta_type_0 import (
        ReleaseCurrentProjectMetaType0,
    )
    from ..models.release_data import ReleaseData
    from ..models.release_project import ReleaseProject
    from ..models.release_version_info import ReleaseVersionInfo


T = TypeVar("T", bound="Release")


@_attrs_define
class Release:
    """A release: a version of your code, shared by one or more projects of the organization.
    Sentry sends more fields in some contexts (and adds fields over time); keep unknown ones.

        Attributes:
            version (str): The full version identifier, e.g. `frontend@2.4.1` or a commit SHA.
            short_version (str): A shortened form of the version for display (e.g. a commit SHA cut to 12 characters).
            data (ReleaseData): Free-form data stored with the release.
            new_groups (int): Number of issues first seen in this release.
            id (int | Unset): Numeric ID of the release (an integer, unlike most Sentry IDs).
            status (str | Unset): `open` or `archived`.
            version_info (None | ReleaseVersionInfo | Unset): The version parsed into package, version and build hash; null
                when it cannot be parsed.
            ref (None | str | Unset): The commit reference (tag, branch or SHA) given when the release was created.
            url (None | str | Unset): A URL pointing at the release, e.g. its page on the code host.
            date_released (datetime.datetime | None | Unset): When the release went live, if set.
            date_created (datetime.datetime | None | Unset): When Sentry first saw the release.
            date_started (datetime.datetime | None | Unset): When work on the release started, if known.
            owner (MemberUser | None | Unset): The Sentry user set as owner of the release, or null.
            commit_count (int | Unset): Number of commits associated with the release.
            last_commit (None | ReleaseCommit | Unset): The most recent commit of the release, or null.
            deploy_count (int | Unset): Number of deploys recorded for the release.
            last_deploy (Deploy | None | Unset): The most recent deploy of the release, or null.
            authors (list[ReleaseAuthor] | Unset): Authors of the release's commits.
            projects (list[ReleaseProject] | Unset): The projects the release belongs to.
            first_event (datetime.datetime | None | Unset): When the first event of this release was received.
            last_event (datetime.datetime | None | Unset): When the most recent event of this release was received.
            current_project_meta (None | ReleaseCurrentProjectMetaType0 | Unset): For a retrieve with `project` set: that
                project's session time bounds
                (`sessionsLowerBound`, `sessionsUpperBound`) and neighbouring release versions
                (`prevReleaseVersion`, `nextReleaseVersion`, `firstReleaseVersion`, `lastReleaseVersion`).
                An empty object otherwise.
            user_agent (None | str | Unset): User agent of the client that created the release (e.g. `sentry-cli/2.31.0`).
            adoption_stages (None | ReleaseAdoptionStagesType0 | Unset): With `adoptionStages=1`: per project slug, an
                object with `stage` (`low_adoption`,
                `adopted` or `replaced`), `adopted` and `unadopted` timestamps.
    """

    version: str
    short_version: str
    data: ReleaseData
    new_groups: int
    id: int | Unset = UNSET
    status: str | Unset = UNSET
    version_info: None | ReleaseVersionInfo | Unset = UNSET
    ref: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    date_released: datetime.datetime | None | Unset = UNSET
    date_created: datetime.datetime | None | Unset = UNSET
    date_started: datetime.datetime | None | Unset = UNSET
    owner: MemberUser | None | Unset = UNSET
    commit_count: int | Unset = UNSET
    last_commit: None | ReleaseCommit | Unset = UNSET
    deploy_count: int | Unset = UNSET
    last_deploy: Deploy | None | Unset = UNSET
    authors: list[ReleaseAuthor] | Unset = UNSET
    projects: list[ReleaseProject] | Unset = UNSET
    first_event: datetime.datetime | None | Unset = UNSET
    last_event: datetime.datetime | None | Unset = UNSET
    current_project_meta: None | ReleaseCurrentProjectMetaType0 | Unset = UNSET
    user_agent: None | str | Unset = UNSET
    adoption_stages: None | ReleaseAdoptionStagesType0 | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("version", "version", True, None),
        ("short_version", "shortVersion", True, None),
        ("data", "data", True, ("model", "release_data:ReleaseData")),
        ("new_groups", "newGroups", True, None),
        ("id", "id", False, None),
        ("status", "status", False, None),
        (
            "version_info",
            "versionInfo",
            False,
            (
                "union",
                (
                    ("model", "release_version_info:ReleaseVersionInfo"),
                    None,
                ),
            ),
        ),
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
        (
            "date_started",
            "dateStarted",
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
            "owner",
            "owner",
            False,
            (
                "union",
                (
                    ("model", "member_user:MemberUser"),
                    None,
                ),
            ),
        ),
        ("commit_count", "commitCount", False, None),
        (
            "last_commit",
            "lastCommit",
            False,
            (
                "union",
                (
                    ("model", "release_commit:ReleaseCommit"),
                    None,
                ),
            ),
        ),
        ("deploy_count", "deployCount", False, None),
        (
            "last_deploy",
            "lastDeploy",
            False,
            (
                "union",
                (
                    ("model", "deploy:Deploy"),
                    None,
                ),
            ),
        ),
        (
            "authors",
            "authors",
            False,
            ("list", ("model", "release_author:ReleaseAuthor")),
        ),
        (
            "projects",
            "projects",
            False,
            ("list", ("model", "release_project:ReleaseProject")),
        ),
        (
            "first_event",
            "firstEvent",
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
            "last_event",
            "lastEvent",
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
            "current_project_meta",
            "currentProjectMeta",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "release_current_project_meta_type_0:ReleaseCurrentProjectMetaType0",
                    ),
                    None,
                ),
            ),
        ),
        ("user_agent", "userAgent", False, None),
        (
            "adoption_stages",
            "adoptionStages",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "release_adoption_stages_type_0:ReleaseAdoptionStagesType0",
                    ),
                    None,
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.deploy import Deploy
        from ..models.member_user import MemberUser
        from ..models.release_adoption_stages_type_0 import ReleaseAdoptionStagesType0
        from ..models.release_commit import ReleaseCommit
        from ..models.release_current_project_meta_type_0 import (
            ReleaseCurrentProjectMetaType0,
        )
        from ..models.release_version_info import ReleaseVersionInfo

        version = self.version

        short_version = self.short_version

        data = self.data.to_dict()

        new_groups = self.new_groups

        id = self.id

        status = self.status

        version_info: dict[str, Any] | None | Unset
        if isinstance(self.version_info, Unset):
            version_info = UNSET
        elif isinstance(self.version_info, ReleaseVersionInfo):
            version_info = self.version_info.to_dict()
        else:
            version_info = self.version_info

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

        date_created: None | str | Unset
        if isinstance(self.date_created, Unset):
            date_created = UNSET
        elif isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        date_started: None | str | Unset
        if isinstance(self.date_started, Unset):
            date_started = UNSET
        elif isinstance(self.date_started, datetime.datetime):
            date_started = self.date_started.isoformat()
        else:
            date_started = self.date_started

        owner: dict[str, Any] | None | Unset
        if isinstance(self.owner, Unset):
            owner = UNSET
        elif isinstance(self.owner, MemberUser):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        commit_count = self.commit_count

        last_commit: dict[str, Any] | None | Unset
        if isinstance(self.last_commit, Unset):
            last_commit = UNSET
        elif isinstance(self.last_commit, ReleaseCommit):
            last_commit = self.last_commit.to_dict()
        else:
            last_commit = self.last_commit

        deploy_count = self.deploy_count

        last_deploy: dict[str, Any] | None | Unset
        if isinstance(self.last_deploy, Unset):
            last_deploy = UNSET
        elif isinstance(self.last_deploy, Deploy):
            last_deploy = self.last_deploy.to_dict()
        else:
            last_deploy = self.last_deploy

        authors: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.authors, Unset):
            authors = []
            for authors_item_data in self.authors:
                authors_item = authors_item_data.to_dict()
                authors.append(authors_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        first_event: None | str | Unset
        if isinstance(self.first_event, Unset):
            first_event = UNSET
        elif isinstance(self.first_event, datetime.datetime):
            first_event = self.first_event.isoformat()
        else:
            first_event = self.first_event

        last_event: None | str | Unset
        if isinstance(self.last_event, Unset):
            last_event = UNSET
        elif isinstance(self.last_event, datetime.datetime):
            last_event = self.last_event.isoformat()
        else:
            last_event = self.last_event

        current_project_meta: dict[str, Any] | None | Unset
        if isinstance(self.current_project_meta, Unset):
            current_project_meta = UNSET
        elif isinstance(self.current_project_meta, ReleaseCurrentProjectMetaType0):
            current_project_meta = self.current_project_meta.to_dict()
        else:
            current_project_meta = self.current_project_meta

        user_agent: None | str | Unset
        if isinstance(self.user_agent, Unset):
            user_agent = UNSET
        else:
            user_agent = self.user_agent

        adoption_stages: dict[str, Any] | None | Unset
        if isinstance(self.adoption_stages, Unset):
            adoption_stages = UNSET
        elif isinstance(self.adoption_stages, ReleaseAdoptionStagesType0):
            adoption_stages = self.adoption_stages.to_dict()
        else:
            adoption_stages = self.adoption_stages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "version": version,
                "shortVersion": short_version,
                "data": data,
                "newGroups": new_groups,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if version_info is not UNSET:
            field_dict["versionInfo"] = version_info
        if ref is not UNSET:
            field_dict["ref"] = ref
        if url is not UNSET:
            field_dict["url"] = url
        if date_released is not UNSET:
            field_dict["dateReleased"] = date_released
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if date_started is not UNSET:
            field_dict["dateStarted"] = date_started
        if owner is not UNSET:
            field_dict["owner"] = owner
        if commit_count is not UNSET:
            field_dict["commitCount"] = commit_count
        if last_commit is not UNSET:
            field_dict["lastCommit"] = last_commit
        if deploy_count is not UNSET:
            field_dict["deployCount"] = deploy_count
        if last_deploy is not UNSET:
            field_dict["lastDeploy"] = last_deploy
        if authors is not UNSET:
            field_dict["authors"] = authors
        if projects is not UNSET:
            field_dict["projects"] = projects
        if first_event is not UNSET:
            field_dict["firstEvent"] = first_event
        if last_event is not UNSET:
            field_dict["lastEvent"] = last_event
        if current_project_meta is not UNSET:
            field_dict["currentProjectMeta"] = current_project_meta
        if user_agent is not UNSET:
            field_dict["userAgent"] = user_agent
        if adoption_stages is not UNSET:
            field_dict["adoptionStages"] = adoption_stages

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.deploy import Deploy
        from ..models.member_user import MemberUser
        from ..models.release_adoption_stages_type_0 import ReleaseAdoptionStagesType0
        from ..models.release_author import ReleaseAuthor
        from ..models.release_commit import ReleaseCommit
        from ..models.release_current_project_meta_type_0 import (
            ReleaseCurrentProjectMetaType0,
        )
        from ..models.release_data import ReleaseData
        from ..models.release_project import ReleaseProject
        from ..models.release_version_info import ReleaseVersionInfo

        d = dict(src_dict)
        version = d.pop("version")

        short_version = d.pop("shortVersion")

        data = ReleaseData.from_dict(d.pop("data"))

        new_groups = d.pop("newGroups")

        id = d.pop("id", UNSET)

        status = d.pop("status", UNSET)

        def _parse_version_info(data: object) -> None | ReleaseVersionInfo | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                version_info_type_0 = ReleaseVersionInfo.from_dict(data)

                return version_info_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseVersionInfo | Unset, data)

        version_info = _parse_version_info(d.pop("versionInfo", UNSET))

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

        def _parse_date_started(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_started_type_0 = parse_datetime(data)

                return date_started_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date_started = _parse_date_started(d.pop("dateStarted", UNSET))

        def _parse_owner(data: object) -> MemberUser | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = MemberUser.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MemberUser | None | Unset, data)

        owner = _parse_owner(d.pop("owner", UNSET))

        commit_count = d.pop("commitCount", UNSET)

        def _parse_last_commit(data: object) -> None | ReleaseCommit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_commit_type_0 = ReleaseCommit.from_dict(data)

                return last_commit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseCommit | Unset, data)

        last_commit = _parse_last_commit(d.pop("lastCommit", UNSET))

        deploy_count = d.pop("deployCount", UNSET)

        def _parse_last_deploy(data: object) -> Deploy | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_deploy_type_0 = Deploy.from_dict(data)

                return last_deploy_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Deploy | None | Unset, data)

        last_deploy = _parse_last_deploy(d.pop("lastDeploy", UNSET))

        _authors = d.pop("authors", UNSET)
        authors: list[ReleaseAuthor] | Unset = UNSET
        if _authors is not UNSET:
            authors = []
            for authors_item_data in _authors:
                authors_item = ReleaseAuthor.from_dict(authors_item_data)

                authors.append(authors_item)

        _projects = d.pop("projects", UNSET)
        projects: list[ReleaseProject] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ReleaseProject.from_dict(projects_item_data)

                projects.append(projects_item)

        def _parse_first_event(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_event_type_0 = parse_datetime(data)

                return first_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_event = _parse_first_event(d.pop("firstEvent", UNSET))

        def _parse_last_event(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_event_type_0 = parse_datetime(data)

                return last_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_event = _parse_last_event(d.pop("lastEvent", UNSET))

        def _parse_current_project_meta(
            data: object,
        ) -> None | ReleaseCurrentProjectMetaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                current_project_meta_type_0 = ReleaseCurrentProjectMetaType0.from_dict(data)

                return current_project_meta_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseCurrentProjectMetaType0 | Unset, data)

        current_project_meta = _parse_current_project_meta(d.pop("currentProjectMeta", UNSET))

        def _parse_user_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        user_agent = _parse_user_agent(d.pop("userAgent", UNSET))

        def _parse_adoption_stages(
            data: object,
        ) -> None | ReleaseAdoptionStagesType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                adoption_stages_type_0 = ReleaseAdoptionStagesType0.from_dict(data)

                return adoption_stages_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseAdoptionStagesType0 | Unset, data)

        adoption_stages = _parse_adoption_stages(d.pop("adoptionStages", UNSET))

        release = cls(
            version=version,
            short_version=short_version,
            data=data,
            new_groups=new_groups,
            id=id,
            status=status,
            version_info=version_info,
            ref=ref,
            url=url,
            date_released=date_released,
            date_created=date_created,
            date_started=date_started,
            owner=owner,
            commit_count=commit_count,
            last_commit=last_commit,
            deploy_count=deploy_count,
            last_deploy=last_deploy,
            authors=authors,
            projects=projects,
            first_event=first_event,
            last_event=last_event,
            current_project_meta=current_project_meta,
            user_agent=user_agent,
            adoption_stages=adoption_stages,
        )

        release.additional_properties = d
        return release

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

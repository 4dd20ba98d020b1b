from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar import Avatar
    from ..models.organization_summary import OrganizationSummary
    from ..models.project_base import ProjectBase
    from ..models.team_external_team import TeamExternalTeam
    from ..models.team_flags import TeamFlags


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team. `projects` and `externalTeams` are sent by list_organization_teams (unless
    `detailed=0`) and by retrieve_team when expanded; `organization` by retrieve_team unless
    collapsed.

        Attributes:
            id (str): The team's numeric ID, as a string.
            slug (str):
            name (str):
            date_created (datetime.datetime | None):
            is_member (bool): Whether the caller belongs to the team.
            is_pending (bool): Whether the caller asked to join and awaits approval.
            team_role (None | str | Unset): The caller's role in the team (`contributor`, `admin`), or null.
            flags (TeamFlags | Unset): Team flags, e.g. `idp:provisioned` (managed by SCIM).
            access (list[str] | Unset): The scopes the caller's team role grants.
            has_access (bool | Unset):
            member_count (int | Unset):
            avatar (Avatar | Unset): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
                Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
            org_role (None | str | Unset): Deprecated; an organization role attached to the team.
            external_teams (list[TeamExternalTeam] | Unset):
            organization (OrganizationSummary | Unset): An organization as Sentry lists it (and as it is embedded in
                projects and teams).
                `features`, `extraOptions`, `access` and `onboardingTasks` are only sent by some views.
            projects (list[ProjectBase] | Unset):
    """

    id: str
    slug: str
    name: str
    date_created: datetime.datetime | None
    is_member: bool
    is_pending: bool
    team_role: None | str | Unset = UNSET
    flags: TeamFlags | Unset = UNSET
    access: list[str] | Unset = UNSET
    has_access: bool | Unset = UNSET
    member_count: int | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    org_role: None | str | Unset = UNSET
    external_teams: list[TeamExternalTeam] | Unset = UNSET
    organization: OrganizationSummary | Unset = UNSET
    projects: list[ProjectBase] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("slug", "slug", True, None),
        ("name", "name", True, None),
        (
            "date_created",
            "dateCreated",
            True,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("is_member", "isMember", True, None),
        ("is_pending", "isPending", True, None),
        ("team_role", "teamRole", False, None),
        ("flags", "flags", False, ("model", "team_flags:TeamFlags")),
        ("access", "access", False, None),
        ("has_access", "hasAccess", False, None),
        ("member_count", "memberCount", False, None),
        ("avatar", "avatar", False, ("model", "avatar:Avatar")),
        ("org_role", "orgRole", False, None),
        (
            "external_teams",
            "externalTeams",
            False,
            ("list", ("model", "team_external_team:TeamExternalTeam")),
        ),
        (
            "organization",
            "organization",
            False,
            ("model", "organization_summary:OrganizationSummary"),
        ),
        (
            "projects",
            "projects",
            False,
            ("list", ("model", "project_base:ProjectBase")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        is_member = self.is_member

        is_pending = self.is_pending

        team_role: None | str | Unset
        if isinstance(self.team_role, Unset):
            team_role = UNSET
        else:
            team_role = self.team_role

        flags: dict[str, Any] | Unset = UNSET
        if not isinstance(self.flags, Unset):
            flags = self.flags.to_dict()

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access

        has_access = self.has_access

        member_count = self.member_count

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        org_role: None | str | Unset
        if isinstance(self.org_role, Unset):
            org_role = UNSET
        else:
            org_role = self.org_role

        external_teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.external_teams, Unset):
            external_teams = []
            for external_teams_item_data in self.external_teams:
                external_teams_item = external_teams_item_data.to_dict()
                external_teams.append(external_teams_item)

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
                "dateCreated": date_created,
                "isMember": is_member,
                "isPending": is_pending,
            }
        )
        if team_role is not UNSET:
            field_dict["teamRole"] = team_role
        if flags is not UNSET:
            field_dict["flags"] = flags
        if access is not UNSET:
            field_dict["access"] = access
        if has_access is not UNSET:
            field_dict["hasAccess"] = has_access
        if member_count is not UNSET:
            field_dict["memberCount"] = member_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if org_role is not UNSET:
            field_dict["orgRole"] = org_role
        if external_teams is not UNSET:
            field_dict["externalTeams"] = external_teams
        if organization is not UNSET:
            field_dict["organization"] = organization
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar import Avatar
        from ..models.organization_summary import OrganizationSummary
        from ..models.project_base import ProjectBase
        from ..models.team_external_team import TeamExternalTeam
        from ..models.team_flags import TeamFlags

        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        def _parse_date_created(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_created_type_0 = parse_datetime(data)

                return date_created_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        date_created = _parse_date_created(d.pop("dateCreated"))

        is_member = d.pop("isMember")

        is_pending = d.pop("isPending")

        def _parse_team_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        team_role = _parse_team_role(d.pop("teamRole", UNSET))

        _flags = d.pop("flags", UNSET)
        flags: TeamFlags | Unset
        if isinstance(_flags, Unset):
            flags = UNSET
        else:
            flags = TeamFlags.from_dict(_flags)

        access = cast(list[str], d.pop("access", UNSET))

        has_access = d.pop("hasAccess", UNSET)

        member_count = d.pop("memberCount", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: Avatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = Avatar.from_dict(_avatar)

        def _parse_org_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_role = _parse_org_role(d.pop("orgRole", UNSET))

        _external_teams = d.pop("externalTeams", UNSET)
        external_teams: list[TeamExternalTeam] | Unset = UNSET
        if _external_teams is not UNSET:
            external_teams = []
            for external_teams_item_data in _external_teams:
                external_teams_item = TeamExternalTeam.from_dict(external_teams_item_data)

                external_teams.append(external_teams_item)

        _organization = d.pop("organization", UNSET)
        organization: OrganizationSummary | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = OrganizationSummary.from_dict(_organization)

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectBase] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectBase.from_dict(projects_item_data)

                projects.append(projects_item)

        team = cls(
            id=id,
            slug=slug,
            name=name,
            date_created=date_created,
            is_member=is_member,
            is_pending=is_pending,
            team_role=team_role,
            flags=flags,
            access=access,
            has_access=has_access,
            member_count=member_count,
            avatar=avatar,
            org_role=org_role,
            external_teams=external_teams,
            organization=organization,
            projects=projects,
        )

        team.additional_properties = d
        return team

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

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
    from ..models.organization_links import OrganizationLinks
    from ..models.organization_onboarding_task import OrganizationOnboardingTask
    from ..models.organization_status import OrganizationStatus
    from ..models.organization_summary_extra_options import (
        OrganizationSummaryExtraOptions,
    )


T = TypeVar("T", bound="OrganizationSummary")


@_attrs_define
class OrganizationSummary:
    """An organization as Sentry lists it (and as it is embedded in projects and teams).
    `features`, `extraOptions`, `access` and `onboardingTasks` are only sent by some views.

        Attributes:
            id (str): The organization's numeric ID, as a string.
            slug (str):
            name (str):
            status (OrganizationStatus | Unset): The organization's lifecycle state.
            date_created (datetime.datetime | Unset):
            is_early_adopter (bool | Unset): Whether the organization opted in to features before their general release.
            require_2fa (bool | Unset): Whether members must use two-factor authentication.
            require_email_verification (bool | Unset): Deprecated; always `false`.
            avatar (Avatar | Unset): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
                Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
            links (OrganizationLinks | Unset): Where the organization is served.
            has_auth_provider (bool | Unset): Whether single sign-on is configured.
            allow_member_invite (bool | Unset): Whether members (not only managers and owners) may invite people.
            allow_member_project_creation (bool | Unset): Whether members may create projects.
            allow_superuser_access (bool | Unset): Whether Sentry staff superusers may access the organization.
            features (list[str] | Unset): Feature flags enabled for the organization, e.g. `session-replay`.
            extra_options (OrganizationSummaryExtraOptions | Unset): Extra, feature-specific options, grouped by area.
            access (list[str] | Unset): The scopes the caller holds in this organization.
            onboarding_tasks (list[OrganizationOnboardingTask] | Unset):
    """

    id: str
    slug: str
    name: str
    status: OrganizationStatus | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    is_early_adopter: bool | Unset = UNSET
    require_2fa: bool | Unset = UNSET
    require_email_verification: bool | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    links: OrganizationLinks | Unset = UNSET
    has_auth_provider: bool | Unset = UNSET
    allow_member_invite: bool | Unset = UNSET
    allow_member_project_creation: bool | Unset = UNSET
    allow_superuser_access: bool | Unset = UNSET
    features: list[str] | Unset = UNSET
    extra_options: OrganizationSummaryExtraOptions | Unset = UNSET
    access: list[str] | Unset = UNSET
    onboarding_tasks: list[OrganizationOnboardingTask] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("slug", "slug", True, None),
        ("name", "name", True, None),
        (
            "status",
            "status",
            False,
            ("model", "organization_status:OrganizationStatus"),
        ),
        ("date_created", "dateCreated", False, "datetime"),
        ("is_early_adopter", "isEarlyAdopter", False, None),
        ("require_2fa", "require2FA", False, None),
        ("require_email_verification", "requireEmailVerification", False, None),
        ("avatar", "avatar", False, ("model", "avatar:Avatar")),
        ("links", "links", False, ("model", "organization_links:OrganizationLinks")),
        ("has_auth_provider", "hasAuthProvider", False, None),
        ("allow_member_invite", "allowMemberInvite", False, None),
        ("allow_member_project_creation", "allowMemberProjectCreation", False, None),
        ("allow_superuser_access", "allowSuperuserAccess", False, None),
        ("features", "features", False, None),
        (
            "extra_options",
            "extraOptions",
            False,
            (
                "model",
                "organization_summary_extra_options:OrganizationSummaryExtraOptions",
            ),
        ),
        ("access", "access", False, None),
        (
            "onboarding_tasks",
            "onboardingTasks",
            False,
            (
                "list",
                ("model", "organization_onboarding_task:OrganizationOnboardingTask"),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        is_early_adopter = self.is_early_adopter

        require_2fa = self.require_2fa

        require_email_verification = self.require_email_verification

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        has_auth_provider = self.has_auth_provider

        allow_member_invite = self.allow_member_invite

        allow_member_project_creation = self.allow_member_project_creation

        allow_superuser_access = self.allow_superuser_access

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        extra_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_options, Unset):
            extra_options = self.extra_options.to_dict()

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access

        onboarding_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.onboarding_tasks, Unset):
            onboarding_tasks = []
            for onboarding_tasks_item_data in self.onboarding_tasks:
                onboarding_tasks_item = onboarding_tasks_item_data.to_dict()
                onboarding_tasks.append(onboarding_tasks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if is_early_adopter is not UNSET:
            field_dict["isEarlyAdopter"] = is_early_adopter
        if require_2fa is not UNSET:
            field_dict["require2FA"] = require_2fa
        if require_email_verification is not UNSET:
            field_dict["requireEmailVerification"] = require_email_verification
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if links is not UNSET:
            field_dict["links"] = links
        if has_auth_provider is not UNSET:
            field_dict["hasAuthProvider"] = has_auth_provider
        if allow_member_invite is not UNSET:
            field_dict["allowMemberInvite"] = allow_member_invite
        if allow_member_project_creation is not UNSET:
            field_dict["allowMemberProjectCreation"] = allow_member_project_creation
        if allow_superuser_access is not UNSET:
            field_dict["allowSuperuserAccess"] = allow_superuser_access
        if features is not UNSET:
            field_dict["features"] = features
        if extra_options is not UNSET:
            field_dict["extraOptions"] = extra_options
        if access is not UNSET:
            field_dict["access"] = access
        if onboarding_tasks is not UNSET:
            field_dict["onboardingTasks"] = onboarding_tasks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar import Avatar
        from ..models.organization_links import OrganizationLinks
        from ..models.organization_onboarding_task import OrganizationOnboardingTask
        from ..models.organization_status import OrganizationStatus
        from ..models.organization_summary_extra_options import (
            OrganizationSummaryExtraOptions,
        )

        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        _status = d.pop("status", UNSET)
        status: OrganizationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrganizationStatus.from_dict(_status)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        is_early_adopter = d.pop("isEarlyAdopter", UNSET)

        require_2fa = d.pop("require2FA", UNSET)

        require_email_verification = d.pop("requireEmailVerification", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: Avatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = Avatar.from_dict(_avatar)

        _links = d.pop("links", UNSET)
        links: OrganizationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = OrganizationLinks.from_dict(_links)

        has_auth_provider = d.pop("hasAuthProvider", UNSET)

        allow_member_invite = d.pop("allowMemberInvite", UNSET)

        allow_member_project_creation = d.pop("allowMemberProjectCreation", UNSET)

        allow_superuser_access = d.pop("allowSuperuserAccess", UNSET)

        features = cast(list[str], d.pop("features", UNSET))

        _extra_options = d.pop("extraOptions", UNSET)
        extra_options: OrganizationSummaryExtraOptions | Unset
        if isinstance(_extra_options, Unset):
            extra_options = UNSET
        else:
            extra_options = OrganizationSummaryExtraOptions.from_dict(_extra_options)

        access = cast(list[str], d.pop("access", UNSET))

        _onboarding_tasks = d.pop("onboardingTasks", UNSET)
        onboarding_tasks: list[OrganizationOnboardingTask] | Unset = UNSET
        if _onboarding_tasks is not UNSET:
            onboarding_tasks = []
            for onboarding_tasks_item_data in _onboarding_tasks:
                onboarding_tasks_item = OrganizationOnboardingTask.from_dict(
                    onboarding_tasks_item_data
                )

                onboarding_tasks.append(onboarding_tasks_item)

        organization_summary = cls(
            id=id,
            slug=slug,
            name=name,
            status=status,
            date_created=date_created,
            is_early_adopter=is_early_adopter,
            require_2fa=require_2fa,
            require_email_verification=require_email_verification,
            avatar=avatar,
            links=links,
            has_auth_provider=has_auth_provider,
            allow_member_invite=allow_member_invite,
            allow_member_project_creation=allow_member_project_creation,
            allow_superuser_access=allow_superuser_access,
            features=features,
            extra_options=extra_options,
            access=access,
            onboarding_tasks=onboarding_tasks,
        )

        organization_summary.additional_properties = d
        return organization_summary

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

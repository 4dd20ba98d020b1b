from __future__ import annotations
from sentry_api_client._compat import parse_datetime

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from sentry_api_client._compat import Self

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
            status (OrganizationStatus): The organization's lifecycle state.
            name (str):
            date_created (datetime.datetime):
            is_early_adopter (bool): Whether the organization opted in to features before their general release.
            require_2fa (bool): Whether members must use two-factor authentication.
            avatar (Avatar): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
                Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
            links (OrganizationLinks): Where the organization is served.
            has_auth_provider (bool): Whether single sign-on is configured.
            require_email_verification (bool | Unset): Deprecated; always `false`.
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
    status: OrganizationStatus
    name: str
    date_created: datetime.datetime
    is_early_adopter: bool
    require_2fa: bool
    avatar: Avatar
    links: OrganizationLinks
    has_auth_provider: bool
    require_email_verification: bool | Unset = UNSET
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
        ("status", "status", True, ("model", "organization_status:OrganizationStatus")),
        ("name", "name", True, None),
        ("date_created", "dateCreated", True, "datetime"),
        ("is_early_adopter", "isEarlyAdopter", True, None),
        ("require_2fa", "require2FA", True, None),
        ("avatar", "avatar", True, ("model", "avatar:Avatar")),
        ("links", "links", True, ("model", "organization_links:OrganizationLinks")),
        ("has_auth_provider", "hasAuthProvider", True, None),
        ("require_email_verification", "requireEmailVerification", False, None),
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

        status = self.status.to_dict()

        name = self.name

        date_created = self.date_created.isoformat()

        is_early_adopter = self.is_early_adopter

        require_2fa = self.require_2fa

        avatar = self.avatar.to_dict()

        links = self.links.to_dict()

        has_auth_provider = self.has_auth_provider

        require_email_verification = self.require_email_verification

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
                "status": status,
                "name": name,
                "dateCreated": date_created,
                "isEarlyAdopter": is_early_adopter,
                "require2FA": require_2fa,
                "avatar": avatar,
                "links": links,
                "hasAuthProvider": has_auth_provider,
            }
        )
        if require_email_verification is not UNSET:
            field_dict["requireEmailVerification"] = require_email_verification
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
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        status = OrganizationStatus.from_dict(d.pop("status"))

        name = d.pop("name")

        date_created = parse_datetime(d.pop("dateCreated"))

        is_early_adopter = d.pop("isEarlyAdopter")

        require_2fa = d.pop("require2FA")

        avatar = Avatar.from_dict(d.pop("avatar"))

        links = OrganizationLinks.from_dict(d.pop("links"))

        has_auth_provider = d.pop("hasAuthProvider")

        require_email_verification = d.pop("requireEmailVerification", UNSET)

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
            status=status,
            name=name,
            date_created=date_created,
            is_early_adopter=is_early_adopter,
            require_2fa=require_2fa,
            avatar=avatar,
            links=links,
            has_auth_provider=has_auth_provider,
            require_email_verification=require_email_verification,
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

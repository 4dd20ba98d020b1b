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
    from ..models.team_member_user_email import TeamMemberUserEmail
    from ..models.team_member_user_experiments import TeamMemberUserExperiments
    from ..models.team_member_user_identities_item import TeamMemberUserIdentitiesItem


T = TypeVar("T", bound="TeamMemberUser")


@_attrs_define
class TeamMemberUser:
    """The Sentry user behind a team membership.

    Attributes:
        id (str):
        name (str):
        username (str):
        email (str):
        avatar_url (str | Unset):
        avatar (Avatar | Unset): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
            Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
        is_active (bool | Unset):
        is_suspended (bool | Unset):
        has_password_auth (bool | Unset):
        is_managed (bool | Unset):
        date_joined (datetime.datetime | Unset):
        last_login (datetime.datetime | None | Unset):
        has2fa (bool | Unset):
        last_active (datetime.datetime | None | Unset):
        is_superuser (bool | Unset):
        is_staff (bool | Unset):
        experiments (TeamMemberUserExperiments | Unset):
        emails (list[TeamMemberUserEmail] | Unset):
        authenticators (list[Any] | Unset): Enrolled second factors (only shown to some callers).
        can_reset_2_fa (bool | Unset):
        identities (list[TeamMemberUserIdentitiesItem] | Unset): Linked single sign-on identities (only shown to some
            callers).
    """

    id: str
    name: str
    username: str
    email: str
    avatar_url: str | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    is_active: bool | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    has_password_auth: bool | Unset = UNSET
    is_managed: bool | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    has2fa: bool | Unset = UNSET
    last_active: datetime.datetime | None | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    experiments: TeamMemberUserExperiments | Unset = UNSET
    emails: list[TeamMemberUserEmail] | Unset = UNSET
    authenticators: list[Any] | Unset = UNSET
    can_reset_2_fa: bool | Unset = UNSET
    identities: list[TeamMemberUserIdentitiesItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("name", "name", True, None),
        ("username", "username", True, None),
        ("email", "email", True, None),
        ("avatar_url", "avatarUrl", False, None),
        ("avatar", "avatar", False, ("model", "avatar:Avatar")),
        ("is_active", "isActive", False, None),
        ("is_suspended", "isSuspended", False, None),
        ("has_password_auth", "hasPasswordAuth", False, None),
        ("is_managed", "isManaged", False, None),
        ("date_joined", "dateJoined", False, "datetime"),
        (
            "last_login",
            "lastLogin",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("has2fa", "has2fa", False, None),
        (
            "last_active",
            "lastActive",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("is_superuser", "isSuperuser", False, None),
        ("is_staff", "isStaff", False, None),
        (
            "experiments",
            "experiments",
            False,
            ("model", "team_member_user_experiments:TeamMemberUserExperiments"),
        ),
        (
            "emails",
            "emails",
            False,
            ("list", ("model", "team_member_user_email:TeamMemberUserEmail")),
        ),
        ("authenticators", "authenticators", False, None),
        ("can_reset_2_fa", "canReset2fa", False, None),
        (
            "identities",
            "identities",
            False,
            (
                "list",
                (
                    "model",
                    "team_member_user_identities_item:TeamMemberUserIdentitiesItem",
                ),
            ),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        username = self.username

        email = self.email

        avatar_url = self.avatar_url

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        is_active = self.is_active

        is_suspended = self.is_suspended

        has_password_auth = self.has_password_auth

        is_managed = self.is_managed

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        has2fa = self.has2fa

        last_active: None | str | Unset
        if isinstance(self.last_active, Unset):
            last_active = UNSET
        elif isinstance(self.last_active, datetime.datetime):
            last_active = self.last_active.isoformat()
        else:
            last_active = self.last_active

        is_superuser = self.is_superuser

        is_staff = self.is_staff

        experiments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiments, Unset):
            experiments = self.experiments.to_dict()

        emails: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.emails, Unset):
            emails = []
            for emails_item_data in self.emails:
                emails_item = emails_item_data.to_dict()
                emails.append(emails_item)

        authenticators: list[Any] | Unset = UNSET
        if not isinstance(self.authenticators, Unset):
            authenticators = self.authenticators

        can_reset_2_fa = self.can_reset_2_fa

        identities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.identities, Unset):
            identities = []
            for identities_item_data in self.identities:
                identities_item = identities_item_data.to_dict()
                identities.append(identities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "username": username,
                "email": email,
            }
        )
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if is_suspended is not UNSET:
            field_dict["isSuspended"] = is_suspended
        if has_password_auth is not UNSET:
            field_dict["hasPasswordAuth"] = has_password_auth
        if is_managed is not UNSET:
            field_dict["isManaged"] = is_managed
        if date_joined is not UNSET:
            field_dict["dateJoined"] = date_joined
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if has2fa is not UNSET:
            field_dict["has2fa"] = has2fa
        if last_active is not UNSET:
            field_dict["lastActive"] = last_active
        if is_superuser is not UNSET:
            field_dict["isSuperuser"] = is_superuser
        if is_staff is not UNSET:
            field_dict["isStaff"] = is_staff
        if experiments is not UNSET:
            field_dict["experiments"] = experiments
        if emails is not UNSET:
            field_dict["emails"] = emails
        if authenticators is not UNSET:
            field_dict["authenticators"] = authenticators
        if can_reset_2_fa is not UNSET:
            field_dict["canReset2fa"] = can_reset_2_fa
        if identities is not UNSET:
            field_dict["identities"] = identities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar import Avatar
        from ..models.team_member_user_email import TeamMemberUserEmail
        from ..models.team_member_user_experiments import TeamMemberUserExperiments
        from ..models.team_member_user_identities_item import (
            TeamMemberUserIdentitiesItem,
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        username = d.pop("username")

        email = d.pop("email")

        avatar_url = d.pop("avatarUrl", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: Avatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = Avatar.from_dict(_avatar)

        is_active = d.pop("isActive", UNSET)

        is_suspended = d.pop("isSuspended", UNSET)

        has_password_auth = d.pop("hasPasswordAuth", UNSET)

        is_managed = d.pop("isManaged", UNSET)

        _date_joined = d.pop("dateJoined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = parse_datetime(_date_joined)

        def _parse_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = parse_datetime(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login = _parse_last_login(d.pop("lastLogin", UNSET))

        has2fa = d.pop("has2fa", UNSET)

        def _parse_last_active(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_active_type_0 = parse_datetime(data)

                return last_active_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_active = _parse_last_active(d.pop("lastActive", UNSET))

        is_superuser = d.pop("isSuperuser", UNSET)

        is_staff = d.pop("isStaff", UNSET)

        _experiments = d.pop("experiments", UNSET)
        experiments: TeamMemberUserExperiments | Unset
        if isinstance(_experiments, Unset):
            experiments = UNSET
        else:
            experiments = TeamMemberUserExperiments.from_dict(_experiments)

        _emails = d.pop("emails", UNSET)
        emails: list[TeamMemberUserEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = TeamMemberUserEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        authenticators = cast(list[Any], d.pop("authenticators", UNSET))

        can_reset_2_fa = d.pop("canReset2fa", UNSET)

        _identities = d.pop("identities", UNSET)
        identities: list[TeamMemberUserIdentitiesItem] | Unset = UNSET
        if _identities is not UNSET:
            identities = []
            for identities_item_data in _identities:
                identities_item = TeamMemberUserIdentitiesItem.from_dict(identities_item_data)

                identities.append(identities_item)

        team_member_user = cls(
            id=id,
            name=name,
            username=username,
            email=email,
            avatar_url=avatar_url,
            avatar=avatar,
            is_active=is_active,
            is_suspended=is_suspended,
            has_password_auth=has_password_auth,
            is_managed=is_managed,
            date_joined=date_joined,
            last_login=last_login,
            has2fa=has2fa,
            last_active=last_active,
            is_superuser=is_superuser,
            is_staff=is_staff,
            experiments=experiments,
            emails=emails,
            authenticators=authenticators,
            can_reset_2_fa=can_reset_2_fa,
            identities=identities,
        )

        team_member_user.additional_properties = d
        return team_member_user

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

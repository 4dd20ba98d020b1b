from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.member_user_avatar import MemberUserAvatar
    from ..models.member_user_email import MemberUserEmail
    from ..models.release_author_experiments import ReleaseAuthorExperiments


T = TypeVar("T", bound="ReleaseAuthor")


@_attrs_define
class ReleaseAuthor:
    """An author of a release's commits: a Sentry user (with the user fields) when the commit
    email matches one, otherwise just `name` and `email`. No field is guaranteed: a user shown
    as a commit author may come without `email`.

        Attributes:
            id (str | Unset): Sentry user ID (only when the author is a Sentry user).
            name (None | str | Unset):
            email (str | Unset):
            username (str | Unset):
            avatar_url (str | Unset):
            avatar (MemberUserAvatar | Unset): A user's avatar.
            is_active (bool | Unset):
            has_password_auth (bool | Unset):
            is_suspended (bool | Unset): Whether the author's Sentry account is suspended.
            is_managed (bool | Unset):
            date_joined (datetime.datetime | Unset):
            last_login (datetime.datetime | None | Unset):
            has2fa (bool | Unset):
            last_active (datetime.datetime | None | Unset):
            is_superuser (bool | Unset):
            is_staff (bool | Unset):
            experiments (ReleaseAuthorExperiments | Unset):
            emails (list[MemberUserEmail] | Unset):
    """

    id: str | Unset = UNSET
    name: None | str | Unset = UNSET
    email: str | Unset = UNSET
    username: str | Unset = UNSET
    avatar_url: str | Unset = UNSET
    avatar: MemberUserAvatar | Unset = UNSET
    is_active: bool | Unset = UNSET
    has_password_auth: bool | Unset = UNSET
    is_suspended: bool | Unset = UNSET
    is_managed: bool | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    has2fa: bool | Unset = UNSET
    last_active: datetime.datetime | None | Unset = UNSET
    is_superuser: bool | Unset = UNSET
    is_staff: bool | Unset = UNSET
    experiments: ReleaseAuthorExperiments | Unset = UNSET
    emails: list[MemberUserEmail] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", False, None),
        ("name", "name", False, None),
        ("email", "email", False, None),
        ("username", "username", False, None),
        ("avatar_url", "avatarUrl", False, None),
        ("avatar", "avatar", False, ("model", "member_user_avatar:MemberUserAvatar")),
        ("is_active", "isActive", False, None),
        ("has_password_auth", "hasPasswordAuth", False, None),
        ("is_suspended", "isSuspended", False, None),
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
            ("model", "release_author_experiments:ReleaseAuthorExperiments"),
        ),
        (
            "emails",
            "emails",
            False,
            ("list", ("model", "member_user_email:MemberUserEmail")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email = self.email

        username = self.username

        avatar_url = self.avatar_url

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        is_active = self.is_active

        has_password_auth = self.has_password_auth

        is_suspended = self.is_suspended

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if username is not UNSET:
            field_dict["username"] = username
        if avatar_url is not UNSET:
            field_dict["avatarUrl"] = avatar_url
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if has_password_auth is not UNSET:
            field_dict["hasPasswordAuth"] = has_password_auth
        if is_suspended is not UNSET:
            field_dict["isSuspended"] = is_suspended
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.member_user_avatar import MemberUserAvatar
        from ..models.member_user_email import MemberUserEmail
        from ..models.release_author_experiments import ReleaseAuthorExperiments

        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        email = d.pop("email", UNSET)

        username = d.pop("username", UNSET)

        avatar_url = d.pop("avatarUrl", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: MemberUserAvatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = MemberUserAvatar.from_dict(_avatar)

        is_active = d.pop("isActive", UNSET)

        has_password_auth = d.pop("hasPasswordAuth", UNSET)

        is_suspended = d.pop("isSuspended", UNSET)

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
        experiments: ReleaseAuthorExperiments | Unset
        if isinstance(_experiments, Unset):
            experiments = UNSET
        else:
            experiments = ReleaseAuthorExperiments.from_dict(_experiments)

        _emails = d.pop("emails", UNSET)
        emails: list[MemberUserEmail] | Unset = UNSET
        if _emails is not UNSET:
            emails = []
            for emails_item_data in _emails:
                emails_item = MemberUserEmail.from_dict(emails_item_data)

                emails.append(emails_item)

        release_author = cls(
            id=id,
            name=name,
            email=email,
            username=username,
            avatar_url=avatar_url,
            avatar=avatar,
            is_active=is_active,
            has_password_auth=has_password_auth,
            is_suspended=is_suspended,
            is_managed=is_managed,
            date_joined=date_joined,
            last_login=last_login,
            has2fa=has2fa,
            last_active=last_active,
            is_superuser=is_superuser,
            is_staff=is_staff,
            experiments=experiments,
            emails=emails,
        )

        release_author.additional_properties = d
        return release_author

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

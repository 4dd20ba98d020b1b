from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_key_browser_sdk import ProjectKeyBrowserSdk
    from ..models.project_key_dsn import ProjectKeyDsn
    from ..models.project_key_dynamic_sdk_loader_options import (
        ProjectKeyDynamicSdkLoaderOptions,
    )
    from ..models.project_key_rate_limit import ProjectKeyRateLimit


T = TypeVar("T", bound="ProjectKey")


@_attrs_define
class ProjectKey:
    """A client key (DSN) of a project.

    Attributes:
        id (str): The key's ID (its public key).
        label (str): Same as `name` (kept for compatibility).
        public (None | str): The public key.
        secret (None | str): The secret key (legacy).
        dsn (ProjectKeyDsn): The ingestion URLs of a client key.
        date_created (datetime.datetime | None):
        name (str | Unset):
        project_id (int | Unset):
        is_active (bool | Unset):
        rate_limit (None | ProjectKeyRateLimit | Unset): The key's own rate limit, or null for none.
        browser_sdk_version (str | Unset): JavaScript loader version, e.g. `8.x` or `latest`.
        browser_sdk (ProjectKeyBrowserSdk | Unset): JavaScript loader versions the key may be set to.
        dynamic_sdk_loader_options (ProjectKeyDynamicSdkLoaderOptions | Unset): What the JavaScript loader script
            bundles.
        use_case (str | Unset): What the key is for (only shown to Sentry staff), e.g. `user`.
    """

    id: str
    label: str
    public: None | str
    secret: None | str
    dsn: ProjectKeyDsn
    date_created: datetime.datetime | None
    name: str | Unset = UNSET
    project_id: int | Unset = UNSET
    is_active: bool | Unset = UNSET
    rate_limit: None | ProjectKeyRateLimit | Unset = UNSET
    browser_sdk_version: str | Unset = UNSET
    browser_sdk: ProjectKeyBrowserSdk | Unset = UNSET
    dynamic_sdk_loader_options: ProjectKeyDynamicSdkLoaderOptions | Unset = UNSET
    use_case: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("label", "label", True, None),
        ("public", "public", True, None),
        ("secret", "secret", True, None),
        ("dsn", "dsn", True, ("model", "project_key_dsn:ProjectKeyDsn")),
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
        ("name", "name", False, None),
        ("project_id", "projectId", False, None),
        ("is_active", "isActive", False, None),
        (
            "rate_limit",
            "rateLimit",
            False,
            (
                "union",
                (
                    ("model", "project_key_rate_limit:ProjectKeyRateLimit"),
                    None,
                ),
            ),
        ),
        ("browser_sdk_version", "browserSdkVersion", False, None),
        (
            "browser_sdk",
            "browserSdk",
            False,
            ("model", "project_key_browser_sdk:ProjectKeyBrowserSdk"),
        ),
        (
            "dynamic_sdk_loader_options",
            "dynamicSdkLoaderOptions",
            False,
            (
                "model",
                "project_key_dynamic_sdk_loader_options:ProjectKeyDynamicSdkLoaderOptions",
            ),
        ),
        ("use_case", "useCase", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_key_rate_limit import ProjectKeyRateLimit

        id = self.id

        label = self.label

        public: None | str
        public = self.public

        secret: None | str
        secret = self.secret

        dsn = self.dsn.to_dict()

        date_created: None | str
        if isinstance(self.date_created, datetime.datetime):
            date_created = self.date_created.isoformat()
        else:
            date_created = self.date_created

        name = self.name

        project_id = self.project_id

        is_active = self.is_active

        rate_limit: dict[str, Any] | None | Unset
        if isinstance(self.rate_limit, Unset):
            rate_limit = UNSET
        elif isinstance(self.rate_limit, ProjectKeyRateLimit):
            rate_limit = self.rate_limit.to_dict()
        else:
            rate_limit = self.rate_limit

        browser_sdk_version = self.browser_sdk_version

        browser_sdk: dict[str, Any] | Unset = UNSET
        if not isinstance(self.browser_sdk, Unset):
            browser_sdk = self.browser_sdk.to_dict()

        dynamic_sdk_loader_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dynamic_sdk_loader_options, Unset):
            dynamic_sdk_loader_options = self.dynamic_sdk_loader_options.to_dict()

        use_case = self.use_case

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "public": public,
                "secret": secret,
                "dsn": dsn,
                "dateCreated": date_created,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if project_id is not UNSET:
            field_dict["projectId"] = project_id
        if is_active is not UNSET:
            field_dict["isActive"] = is_active
        if rate_limit is not UNSET:
            field_dict["rateLimit"] = rate_limit
        if browser_sdk_version is not UNSET:
            field_dict["browserSdkVersion"] = browser_sdk_version
        if browser_sdk is not UNSET:
            field_dict["browserSdk"] = browser_sdk
        if dynamic_sdk_loader_options is not UNSET:
            field_dict["dynamicSdkLoaderOptions"] = dynamic_sdk_loader_options
        if use_case is not UNSET:
            field_dict["useCase"] = use_case

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_key_browser_sdk import ProjectKeyBrowserSdk
        from ..models.project_key_dsn import ProjectKeyDsn
        from ..models.project_key_dynamic_sdk_loader_options import (
            ProjectKeyDynamicSdkLoaderOptions,
        )
        from ..models.project_key_rate_limit import ProjectKeyRateLimit

        d = dict(src_dict)
        id = d.pop("id")

        label = d.pop("label")

        def _parse_public(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        public = _parse_public(d.pop("public"))

        def _parse_secret(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        secret = _parse_secret(d.pop("secret"))

        dsn = ProjectKeyDsn.from_dict(d.pop("dsn"))

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

        name = d.pop("name", UNSET)

        project_id = d.pop("projectId", UNSET)

        is_active = d.pop("isActive", UNSET)

        def _parse_rate_limit(data: object) -> None | ProjectKeyRateLimit | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                rate_limit_type_0 = ProjectKeyRateLimit.from_dict(data)

                return rate_limit_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectKeyRateLimit | Unset, data)

        rate_limit = _parse_rate_limit(d.pop("rateLimit", UNSET))

        browser_sdk_version = d.pop("browserSdkVersion", UNSET)

        _browser_sdk = d.pop("browserSdk", UNSET)
        browser_sdk: ProjectKeyBrowserSdk | Unset
        if isinstance(_browser_sdk, Unset):
            browser_sdk = UNSET
        else:
            browser_sdk = ProjectKeyBrowserSdk.from_dict(_browser_sdk)

        _dynamic_sdk_loader_options = d.pop("dynamicSdkLoaderOptions", UNSET)
        dynamic_sdk_loader_options: ProjectKeyDynamicSdkLoaderOptions | Unset
        if isinstance(_dynamic_sdk_loader_options, Unset):
            dynamic_sdk_loader_options = UNSET
        else:
            dynamic_sdk_loader_options = ProjectKeyDynamicSdkLoaderOptions.from_dict(
                _dynamic_sdk_loader_options
            )

        use_case = d.pop("useCase", UNSET)

        project_key = cls(
            id=id,
            label=label,
            public=public,
            secret=secret,
            dsn=dsn,
            date_created=date_created,
            name=name,
            project_id=project_id,
            is_active=is_active,
            rate_limit=rate_limit,
            browser_sdk_version=browser_sdk_version,
            browser_sdk=browser_sdk,
            dynamic_sdk_loader_options=dynamic_sdk_loader_options,
            use_case=use_case,
        )

        project_key.additional_properties = d
        return project_key

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

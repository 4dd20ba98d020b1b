from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_repository_provider_type_0 import (
        ReleaseRepositoryProviderType0,
    )


T = TypeVar("T", bound="ReleaseRepository")


@_attrs_define
class ReleaseRepository:
    """A code repository connected to the organization.

    Attributes:
        id (str):
        name (str): Repository name, e.g. `acme/web`.
        url (None | str | Unset):
        provider (None | ReleaseRepositoryProviderType0 | Unset): The code host integration, with `id` (e.g.
            `integrations:github`) and `name`.
        status (str | Unset): e.g. `active`, `disabled`, `pending_deletion`.
        date_created (datetime.datetime | Unset):
        integration_id (None | str | Unset):
        external_slug (None | str | Unset):
        external_id (None | str | Unset):
    """

    id: str
    name: str
    url: None | str | Unset = UNSET
    provider: None | ReleaseRepositoryProviderType0 | Unset = UNSET
    status: str | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    integration_id: None | str | Unset = UNSET
    external_slug: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("name", "name", True, None),
        ("url", "url", False, None),
        (
            "provider",
            "provider",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "release_repository_provider_type_0:ReleaseRepositoryProviderType0",
                    ),
                    None,
                ),
            ),
        ),
        ("status", "status", False, None),
        ("date_created", "dateCreated", False, "datetime"),
        ("integration_id", "integrationId", False, None),
        ("external_slug", "externalSlug", False, None),
        ("external_id", "externalId", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.release_repository_provider_type_0 import (
            ReleaseRepositoryProviderType0,
        )

        id = self.id

        name = self.name

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        provider: dict[str, Any] | None | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        elif isinstance(self.provider, ReleaseRepositoryProviderType0):
            provider = self.provider.to_dict()
        else:
            provider = self.provider

        status = self.status

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        integration_id: None | str | Unset
        if isinstance(self.integration_id, Unset):
            integration_id = UNSET
        else:
            integration_id = self.integration_id

        external_slug: None | str | Unset
        if isinstance(self.external_slug, Unset):
            external_slug = UNSET
        else:
            external_slug = self.external_slug

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if provider is not UNSET:
            field_dict["provider"] = provider
        if status is not UNSET:
            field_dict["status"] = status
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if integration_id is not UNSET:
            field_dict["integrationId"] = integration_id
        if external_slug is not UNSET:
            field_dict["externalSlug"] = external_slug
        if external_id is not UNSET:
            field_dict["externalId"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_repository_provider_type_0 import (
            ReleaseRepositoryProviderType0,
        )

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        url = _parse_url(d.pop("url", UNSET))

        def _parse_provider(
            data: object,
        ) -> None | ReleaseRepositoryProviderType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                provider_type_0 = ReleaseRepositoryProviderType0.from_dict(data)

                return provider_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReleaseRepositoryProviderType0 | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        status = d.pop("status", UNSET)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        def _parse_integration_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        integration_id = _parse_integration_id(d.pop("integrationId", UNSET))

        def _parse_external_slug(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_slug = _parse_external_slug(d.pop("externalSlug", UNSET))

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("externalId", UNSET))

        release_repository = cls(
            id=id,
            name=name,
            url=url,
            provider=provider,
            status=status,
            date_created=date_created,
            integration_id=integration_id,
            external_slug=external_slug,
            external_id=external_id,
        )

        release_repository.additional_properties = d
        return release_repository

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

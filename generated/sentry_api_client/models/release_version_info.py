from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.release_version_info_version import ReleaseVersionInfoVersion


T = TypeVar("T", bound="ReleaseVersionInfo")


@_attrs_define
class ReleaseVersionInfo:
    """A release version split into its parts.

    Attributes:
        package (None | str | Unset): The package part of `package@version`, if any.
        version (ReleaseVersionInfoVersion | Unset): The parsed version: always `raw`; for semantic versions also
            `major`, `minor`,
            `patch`, `pre`, `buildCode` and `components`.
        description (str | Unset): A human-readable rendering of the version.
        build_hash (None | str | Unset): The build hash (e.g. a commit SHA) when the version is one.
    """

    package: None | str | Unset = UNSET
    version: ReleaseVersionInfoVersion | Unset = UNSET
    description: str | Unset = UNSET
    build_hash: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("package", "package", False, None),
        (
            "version",
            "version",
            False,
            ("model", "release_version_info_version:ReleaseVersionInfoVersion"),
        ),
        ("description", "description", False, None),
        ("build_hash", "buildHash", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        package: None | str | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        else:
            package = self.package

        version: dict[str, Any] | Unset = UNSET
        if not isinstance(self.version, Unset):
            version = self.version.to_dict()

        description = self.description

        build_hash: None | str | Unset
        if isinstance(self.build_hash, Unset):
            build_hash = UNSET
        else:
            build_hash = self.build_hash

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if package is not UNSET:
            field_dict["package"] = package
        if version is not UNSET:
            field_dict["version"] = version
        if description is not UNSET:
            field_dict["description"] = description
        if build_hash is not UNSET:
            field_dict["buildHash"] = build_hash

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.release_version_info_version import ReleaseVersionInfoVersion

        d = dict(src_dict)

        def _parse_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        package = _parse_package(d.pop("package", UNSET))

        _version = d.pop("version", UNSET)
        version: ReleaseVersionInfoVersion | Unset
        if isinstance(_version, Unset):
            version = UNSET
        else:
            version = ReleaseVersionInfoVersion.from_dict(_version)

        description = d.pop("description", UNSET)

        def _parse_build_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        build_hash = _parse_build_hash(d.pop("buildHash", UNSET))

        release_version_info = cls(
            package=package,
            version=version,
            description=description,
            build_hash=build_hash,
        )

        release_version_info.additional_properties = d
        return release_version_info

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

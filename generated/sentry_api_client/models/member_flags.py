from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime  # noqa: F401 - datetime fields
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberFlags")


@_attrs_define
class MemberFlags:
    """Boolean flags of a membership.

    Attributes:
        idpprovisioned (bool | Unset): Provisioned by an identity provider (SCIM).
        idprole_restricted (bool | Unset): The role is managed by the identity provider.
        ssolinked (bool | Unset): The member has linked their single sign-on identity.
        ssoinvalid (bool | Unset): The linked single sign-on identity is no longer valid.
        member_limitrestricted (bool | Unset): Disabled because the plan's member limit was reached.
        partnershiprestricted (bool | Unset): Restricted by a partnership agreement.
    """

    idpprovisioned: bool | Unset = UNSET
    idprole_restricted: bool | Unset = UNSET
    ssolinked: bool | Unset = UNSET
    ssoinvalid: bool | Unset = UNSET
    member_limitrestricted: bool | Unset = UNSET
    partnershiprestricted: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("idpprovisioned", "idp:provisioned", False, None),
        ("idprole_restricted", "idp:role-restricted", False, None),
        ("ssolinked", "sso:linked", False, None),
        ("ssoinvalid", "sso:invalid", False, None),
        ("member_limitrestricted", "member-limit:restricted", False, None),
        ("partnershiprestricted", "partnership:restricted", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        idpprovisioned = self.idpprovisioned

        idprole_restricted = self.idprole_restricted

        ssolinked = self.ssolinked

        ssoinvalid = self.ssoinvalid

        member_limitrestricted = self.member_limitrestricted

        partnershiprestricted = self.partnershiprestricted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if idpprovisioned is not UNSET:
            field_dict["idp:provisioned"] = idpprovisioned
        if idprole_restricted is not UNSET:
            field_dict["idp:role-restricted"] = idprole_restricted
        if ssolinked is not UNSET:
            field_dict["sso:linked"] = ssolinked
        if ssoinvalid is not UNSET:
            field_dict["sso:invalid"] = ssoinvalid
        if member_limitrestricted is not UNSET:
            field_dict["member-limit:restricted"] = member_limitrestricted
        if partnershiprestricted is not UNSET:
            field_dict["partnership:restricted"] = partnershiprestricted

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        idpprovisioned = d.pop("idp:provisioned", UNSET)

        idprole_restricted = d.pop("idp:role-restricted", UNSET)

        ssolinked = d.pop("sso:linked", UNSET)

        ssoinvalid = d.pop("sso:invalid", UNSET)

        member_limitrestricted = d.pop("member-limit:restricted", UNSET)

        partnershiprestricted = d.pop("partnership:restricted", UNSET)

        member_flags = cls(
            idpprovisioned=idpprovisioned,
            idprole_restricted=idprole_restricted,
            ssolinked=ssolinked,
            ssoinvalid=ssoinvalid,
            member_limitrestricted=member_limitrestricted,
            partnershiprestricted=partnershiprestricted,
        )

        member_flags.additional_properties = d
        return member_flags

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

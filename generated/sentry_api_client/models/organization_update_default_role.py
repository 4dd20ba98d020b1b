from typing import Literal

OrganizationUpdateDefaultRole = Literal["admin", "manager", "member", "owner"]

ORGANIZATION_UPDATE_DEFAULT_ROLE_VALUES: set[OrganizationUpdateDefaultRole] = {
    "admin",
    "manager",
    "member",
    "owner",
}


def check_organization_update_default_role(value: str) -> OrganizationUpdateDefaultRole:
    if value in ORGANIZATION_UPDATE_DEFAULT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_UPDATE_DEFAULT_ROLE_VALUES!r}"
    )

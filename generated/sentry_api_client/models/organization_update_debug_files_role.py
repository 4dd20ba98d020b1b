from typing import Literal

OrganizationUpdateDebugFilesRole = Literal["admin", "manager", "member", "owner"]

ORGANIZATION_UPDATE_DEBUG_FILES_ROLE_VALUES: set[OrganizationUpdateDebugFilesRole] = {
    "admin",
    "manager",
    "member",
    "owner",
}


def check_organization_update_debug_files_role(
    value: str,
) -> OrganizationUpdateDebugFilesRole:
    if value in ORGANIZATION_UPDATE_DEBUG_FILES_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_UPDATE_DEBUG_FILES_ROLE_VALUES!r}"
    )

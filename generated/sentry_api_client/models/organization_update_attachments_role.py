from typing import Literal

OrganizationUpdateAttachmentsRole = Literal["admin", "manager", "member", "owner"]

ORGANIZATION_UPDATE_ATTACHMENTS_ROLE_VALUES: set[OrganizationUpdateAttachmentsRole] = {
    "admin",
    "manager",
    "member",
    "owner",
}


def check_organization_update_attachments_role(
    value: str,
) -> OrganizationUpdateAttachmentsRole:
    if value in ORGANIZATION_UPDATE_ATTACHMENTS_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_UPDATE_ATTACHMENTS_ROLE_VALUES!r}"
    )

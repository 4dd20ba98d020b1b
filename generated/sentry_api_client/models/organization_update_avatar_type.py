from typing import Literal

OrganizationUpdateAvatarType = Literal["letter_avatar", "upload"]

ORGANIZATION_UPDATE_AVATAR_TYPE_VALUES: set[OrganizationUpdateAvatarType] = {
    "letter_avatar",
    "upload",
}


def check_organization_update_avatar_type(value: str) -> OrganizationUpdateAvatarType:
    if value in ORGANIZATION_UPDATE_AVATAR_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_UPDATE_AVATAR_TYPE_VALUES!r}"
    )

from typing import Literal

MemberUpdateOrgRole = Literal["admin", "billing", "manager", "member", "owner"]

MEMBER_UPDATE_ORG_ROLE_VALUES: set[MemberUpdateOrgRole] = {
    "admin",
    "billing",
    "manager",
    "member",
    "owner",
}


def check_member_update_org_role(value: str) -> MemberUpdateOrgRole:
    if value in MEMBER_UPDATE_ORG_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_UPDATE_ORG_ROLE_VALUES!r}"
    )

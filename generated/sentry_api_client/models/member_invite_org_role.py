from typing import Literal

MemberInviteOrgRole = Literal["admin", "billing", "manager", "member", "owner"]

MEMBER_INVITE_ORG_ROLE_VALUES: set[MemberInviteOrgRole] = {
    "admin",
    "billing",
    "manager",
    "member",
    "owner",
}


def check_member_invite_org_role(value: str) -> MemberInviteOrgRole:
    if value in MEMBER_INVITE_ORG_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_INVITE_ORG_ROLE_VALUES!r}"
    )

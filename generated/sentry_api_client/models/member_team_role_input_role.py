from typing import Literal

MemberTeamRoleInputRole = Literal["admin", "contributor"]

MEMBER_TEAM_ROLE_INPUT_ROLE_VALUES: set[MemberTeamRoleInputRole] = {
    "admin",
    "contributor",
}


def check_member_team_role_input_role(value: str) -> MemberTeamRoleInputRole:
    if value in MEMBER_TEAM_ROLE_INPUT_ROLE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {MEMBER_TEAM_ROLE_INPUT_ROLE_VALUES!r}"
    )

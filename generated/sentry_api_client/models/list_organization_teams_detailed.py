from typing import Literal

ListOrganizationTeamsDetailed = Literal["0", "1"]

LIST_ORGANIZATION_TEAMS_DETAILED_VALUES: set[ListOrganizationTeamsDetailed] = {
    "0",
    "1",
}


def check_list_organization_teams_detailed(value: str) -> ListOrganizationTeamsDetailed:
    if value in LIST_ORGANIZATION_TEAMS_DETAILED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_TEAMS_DETAILED_VALUES!r}"
    )

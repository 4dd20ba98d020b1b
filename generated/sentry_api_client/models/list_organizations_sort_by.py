from typing import Literal

ListOrganizationsSortBy = Literal["events", "members"]

LIST_ORGANIZATIONS_SORT_BY_VALUES: set[ListOrganizationsSortBy] = {
    "events",
    "members",
}


def check_list_organizations_sort_by(value: str) -> ListOrganizationsSortBy:
    if value in LIST_ORGANIZATIONS_SORT_BY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATIONS_SORT_BY_VALUES!r}"
    )

from typing import Literal

ListOrganizationIssuesSort = Literal[
    "date", "freq", "inbox", "new", "recommended", "trends", "user"
]

LIST_ORGANIZATION_ISSUES_SORT_VALUES: set[ListOrganizationIssuesSort] = {
    "date",
    "freq",
    "inbox",
    "new",
    "recommended",
    "trends",
    "user",
}


def check_list_organization_issues_sort(value: str) -> ListOrganizationIssuesSort:
    if value in LIST_ORGANIZATION_ISSUES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_ISSUES_SORT_VALUES!r}"
    )

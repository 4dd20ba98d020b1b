from typing import Literal

ListProjectIssuesSort = Literal["date", "freq", "inbox", "new", "trends", "user"]

LIST_PROJECT_ISSUES_SORT_VALUES: set[ListProjectIssuesSort] = {
    "date",
    "freq",
    "inbox",
    "new",
    "trends",
    "user",
}


def check_list_project_issues_sort(value: str) -> ListProjectIssuesSort:
    if value in LIST_PROJECT_ISSUES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_ISSUES_SORT_VALUES!r}"
    )

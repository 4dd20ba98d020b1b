from typing import Literal

ListProjectIssuesShortIdLookup = Literal["0", "1"]

LIST_PROJECT_ISSUES_SHORT_ID_LOOKUP_VALUES: set[ListProjectIssuesShortIdLookup] = {
    "0",
    "1",
}


def check_list_project_issues_short_id_lookup(
    value: str,
) -> ListProjectIssuesShortIdLookup:
    if value in LIST_PROJECT_ISSUES_SHORT_ID_LOOKUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_ISSUES_SHORT_ID_LOOKUP_VALUES!r}"
    )

from typing import Literal

ListOrganizationIssuesShortIdLookup = Literal["0", "1"]

LIST_ORGANIZATION_ISSUES_SHORT_ID_LOOKUP_VALUES: set[ListOrganizationIssuesShortIdLookup] = {
    "0",
    "1",
}


def check_list_organization_issues_short_id_lookup(
    value: str,
) -> ListOrganizationIssuesShortIdLookup:
    if value in LIST_ORGANIZATION_ISSUES_SHORT_ID_LOOKUP_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_ISSUES_SHORT_ID_LOOKUP_VALUES!r}"
    )

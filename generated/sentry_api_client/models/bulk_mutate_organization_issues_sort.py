from typing import Literal

BulkMutateOrganizationIssuesSort = Literal[
    "date", "freq", "inbox", "new", "recommended", "trends", "user"
]

BULK_MUTATE_ORGANIZATION_ISSUES_SORT_VALUES: set[BulkMutateOrganizationIssuesSort] = {
    "date",
    "freq",
    "inbox",
    "new",
    "recommended",
    "trends",
    "user",
}


def check_bulk_mutate_organization_issues_sort(
    value: str,
) -> BulkMutateOrganizationIssuesSort:
    if value in BULK_MUTATE_ORGANIZATION_ISSUES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MUTATE_ORGANIZATION_ISSUES_SORT_VALUES!r}"
    )

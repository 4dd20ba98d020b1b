from typing import Literal

BulkMutateProjectIssuesStatus = Literal["ignored", "reprocessing", "resolved", "unresolved"]

BULK_MUTATE_PROJECT_ISSUES_STATUS_VALUES: set[BulkMutateProjectIssuesStatus] = {
    "ignored",
    "reprocessing",
    "resolved",
    "unresolved",
}


def check_bulk_mutate_project_issues_status(
    value: str,
) -> BulkMutateProjectIssuesStatus:
    if value in BULK_MUTATE_PROJECT_ISSUES_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {BULK_MUTATE_PROJECT_ISSUES_STATUS_VALUES!r}"
    )

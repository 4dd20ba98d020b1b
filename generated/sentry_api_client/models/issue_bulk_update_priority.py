from typing import Literal

IssueBulkUpdatePriority = Literal["high", "low", "medium"]

ISSUE_BULK_UPDATE_PRIORITY_VALUES: set[IssueBulkUpdatePriority] = {
    "high",
    "low",
    "medium",
}


def check_issue_bulk_update_priority(value: str) -> IssueBulkUpdatePriority:
    if value in ISSUE_BULK_UPDATE_PRIORITY_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ISSUE_BULK_UPDATE_PRIORITY_VALUES!r}"
    )

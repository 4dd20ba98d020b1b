from typing import Literal

IssueBulkUpdateStatus = Literal[
    "ignored", "muted", "resolved", "resolvedInNextRelease", "unresolved"
]

ISSUE_BULK_UPDATE_STATUS_VALUES: set[IssueBulkUpdateStatus] = {
    "ignored",
    "muted",
    "resolved",
    "resolvedInNextRelease",
    "unresolved",
}


def check_issue_bulk_update_status(value: str) -> IssueBulkUpdateStatus:
    if value in ISSUE_BULK_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ISSUE_BULK_UPDATE_STATUS_VALUES!r}"
    )

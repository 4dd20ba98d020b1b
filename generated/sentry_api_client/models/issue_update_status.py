from typing import Literal

IssueUpdateStatus = Literal["ignored", "muted", "resolved", "resolvedInNextRelease", "unresolved"]

ISSUE_UPDATE_STATUS_VALUES: set[IssueUpdateStatus] = {
    "ignored",
    "muted",
    "resolved",
    "resolvedInNextRelease",
    "unresolved",
}


def check_issue_update_status(value: str) -> IssueUpdateStatus:
    if value in ISSUE_UPDATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ISSUE_UPDATE_STATUS_VALUES!r}")

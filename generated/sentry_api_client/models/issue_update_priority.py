from typing import Literal

IssueUpdatePriority = Literal["high", "low", "medium"]

ISSUE_UPDATE_PRIORITY_VALUES: set[IssueUpdatePriority] = {
    "high",
    "low",
    "medium",
}


def check_issue_update_priority(value: str) -> IssueUpdatePriority:
    if value in ISSUE_UPDATE_PRIORITY_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ISSUE_UPDATE_PRIORITY_VALUES!r}")

from typing import Literal

IssueSubstatus = Literal[
    "archived_forever",
    "archived_until_condition_met",
    "archived_until_escalating",
    "escalating",
    "new",
    "ongoing",
    "regressed",
]

ISSUE_SUBSTATUS_VALUES: set[IssueSubstatus] = {
    "archived_forever",
    "archived_until_condition_met",
    "archived_until_escalating",
    "escalating",
    "new",
    "ongoing",
    "regressed",
}


def check_issue_substatus(value: str) -> IssueSubstatus:
    if value in ISSUE_SUBSTATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ISSUE_SUBSTATUS_VALUES!r}")

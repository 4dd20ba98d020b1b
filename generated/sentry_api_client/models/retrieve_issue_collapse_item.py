from typing import Literal

RetrieveIssueCollapseItem = Literal["release", "stats", "tags"]

RETRIEVE_ISSUE_COLLAPSE_ITEM_VALUES: set[RetrieveIssueCollapseItem] = {
    "release",
    "stats",
    "tags",
}


def check_retrieve_issue_collapse_item(value: str) -> RetrieveIssueCollapseItem:
    if value in RETRIEVE_ISSUE_COLLAPSE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_ISSUE_COLLAPSE_ITEM_VALUES!r}"
    )

from typing import Literal

RetrieveIssueExpandItem = Literal[
    "forecast",
    "inbox",
    "integrationIssues",
    "latestEventHasAttachments",
    "owners",
    "sentryAppIssues",
]

RETRIEVE_ISSUE_EXPAND_ITEM_VALUES: set[RetrieveIssueExpandItem] = {
    "forecast",
    "inbox",
    "integrationIssues",
    "latestEventHasAttachments",
    "owners",
    "sentryAppIssues",
}


def check_retrieve_issue_expand_item(value: str) -> RetrieveIssueExpandItem:
    if value in RETRIEVE_ISSUE_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_ISSUE_EXPAND_ITEM_VALUES!r}"
    )

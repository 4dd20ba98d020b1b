from typing import Literal

ListOrganizationIssuesExpandItem = Literal[
    "inbox",
    "integrationIssues",
    "latestEventHasAttachments",
    "owners",
    "sentryAppIssues",
    "sessions",
]

LIST_ORGANIZATION_ISSUES_EXPAND_ITEM_VALUES: set[ListOrganizationIssuesExpandItem] = {
    "inbox",
    "integrationIssues",
    "latestEventHasAttachments",
    "owners",
    "sentryAppIssues",
    "sessions",
}


def check_list_organization_issues_expand_item(
    value: str,
) -> ListOrganizationIssuesExpandItem:
    if value in LIST_ORGANIZATION_ISSUES_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_ISSUES_EXPAND_ITEM_VALUES!r}"
    )

from typing import Literal

ListOrganizationIssuesCollapseItem = Literal["filtered", "lifetime", "stats", "unhandled"]

LIST_ORGANIZATION_ISSUES_COLLAPSE_ITEM_VALUES: set[ListOrganizationIssuesCollapseItem] = {
    "filtered",
    "lifetime",
    "stats",
    "unhandled",
}


def check_list_organization_issues_collapse_item(
    value: str,
) -> ListOrganizationIssuesCollapseItem:
    if value in LIST_ORGANIZATION_ISSUES_COLLAPSE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_ISSUES_COLLAPSE_ITEM_VALUES!r}"
    )

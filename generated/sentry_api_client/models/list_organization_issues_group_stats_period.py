from typing import Literal

ListOrganizationIssuesGroupStatsPeriod = Literal["", "14d", "24h", "auto"]

LIST_ORGANIZATION_ISSUES_GROUP_STATS_PERIOD_VALUES: set[ListOrganizationIssuesGroupStatsPeriod] = {
    "",
    "14d",
    "24h",
    "auto",
}


def check_list_organization_issues_group_stats_period(
    value: str,
) -> ListOrganizationIssuesGroupStatsPeriod:
    if value in LIST_ORGANIZATION_ISSUES_GROUP_STATS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_ISSUES_GROUP_STATS_PERIOD_VALUES!r}"
    )

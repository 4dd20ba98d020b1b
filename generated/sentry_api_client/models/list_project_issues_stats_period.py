from typing import Literal

ListProjectIssuesStatsPeriod = Literal["", "14d", "24h"]

LIST_PROJECT_ISSUES_STATS_PERIOD_VALUES: set[ListProjectIssuesStatsPeriod] = {
    "",
    "14d",
    "24h",
}


def check_list_project_issues_stats_period(value: str) -> ListProjectIssuesStatsPeriod:
    if value in LIST_PROJECT_ISSUES_STATS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_ISSUES_STATS_PERIOD_VALUES!r}"
    )

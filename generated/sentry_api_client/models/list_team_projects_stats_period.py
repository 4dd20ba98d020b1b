from typing import Literal

ListTeamProjectsStatsPeriod = Literal["14d", "24h", "30d"]

LIST_TEAM_PROJECTS_STATS_PERIOD_VALUES: set[ListTeamProjectsStatsPeriod] = {
    "14d",
    "24h",
    "30d",
}


def check_list_team_projects_stats_period(value: str) -> ListTeamProjectsStatsPeriod:
    if value in LIST_TEAM_PROJECTS_STATS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_TEAM_PROJECTS_STATS_PERIOD_VALUES!r}"
    )

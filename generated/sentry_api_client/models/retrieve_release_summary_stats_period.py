from typing import Literal

RetrieveReleaseSummaryStatsPeriod = Literal[
    "14d", "1d", "1h", "24h", "2d", "30d", "48h", "7d", "90d"
]

RETRIEVE_RELEASE_SUMMARY_STATS_PERIOD_VALUES: set[RetrieveReleaseSummaryStatsPeriod] = {
    "14d",
    "1d",
    "1h",
    "24h",
    "2d",
    "30d",
    "48h",
    "7d",
    "90d",
}


def check_retrieve_release_summary_stats_period(
    value: str,
) -> RetrieveReleaseSummaryStatsPeriod:
    if value in RETRIEVE_RELEASE_SUMMARY_STATS_PERIOD_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_RELEASE_SUMMARY_STATS_PERIOD_VALUES!r}"
    )

from typing import Literal

RetrieveReleaseSort = Literal[
    "crash_free_sessions", "crash_free_users", "date", "sessions", "users"
]

RETRIEVE_RELEASE_SORT_VALUES: set[RetrieveReleaseSort] = {
    "crash_free_sessions",
    "crash_free_users",
    "date",
    "sessions",
    "users",
}


def check_retrieve_release_sort(value: str) -> RetrieveReleaseSort:
    if value in RETRIEVE_RELEASE_SORT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RETRIEVE_RELEASE_SORT_VALUES!r}")

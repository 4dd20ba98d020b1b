from typing import Literal

ListProjectsStatus = Literal["active", "deleted"]

LIST_PROJECTS_STATUS_VALUES: set[ListProjectsStatus] = {
    "active",
    "deleted",
}


def check_list_projects_status(value: str) -> ListProjectsStatus:
    if value in LIST_PROJECTS_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_PROJECTS_STATUS_VALUES!r}")

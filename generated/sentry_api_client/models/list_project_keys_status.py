from typing import Literal

ListProjectKeysStatus = Literal["active", "inactive"]

LIST_PROJECT_KEYS_STATUS_VALUES: set[ListProjectKeysStatus] = {
    "active",
    "inactive",
}


def check_list_project_keys_status(value: str) -> ListProjectKeysStatus:
    if value in LIST_PROJECT_KEYS_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_PROJECT_KEYS_STATUS_VALUES!r}"
    )

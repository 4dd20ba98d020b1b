from typing import Literal

ReleaseCreateStatus = Literal["archived", "open"]

RELEASE_CREATE_STATUS_VALUES: set[ReleaseCreateStatus] = {
    "archived",
    "open",
}


def check_release_create_status(value: str) -> ReleaseCreateStatus:
    if value in RELEASE_CREATE_STATUS_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {RELEASE_CREATE_STATUS_VALUES!r}")

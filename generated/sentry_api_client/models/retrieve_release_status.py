from typing import Literal

RetrieveReleaseStatus = Literal["archived", "open"]

RETRIEVE_RELEASE_STATUS_VALUES: set[RetrieveReleaseStatus] = {
    "archived",
    "open",
}


def check_retrieve_release_status(value: str) -> RetrieveReleaseStatus:
    if value in RETRIEVE_RELEASE_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_RELEASE_STATUS_VALUES!r}"
    )

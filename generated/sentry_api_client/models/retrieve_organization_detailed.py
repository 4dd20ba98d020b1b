from typing import Literal

RetrieveOrganizationDetailed = Literal["0", "1"]

RETRIEVE_ORGANIZATION_DETAILED_VALUES: set[RetrieveOrganizationDetailed] = {
    "0",
    "1",
}


def check_retrieve_organization_detailed(value: str) -> RetrieveOrganizationDetailed:
    if value in RETRIEVE_ORGANIZATION_DETAILED_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_ORGANIZATION_DETAILED_VALUES!r}"
    )

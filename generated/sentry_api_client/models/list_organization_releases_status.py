from typing import Literal

ListOrganizationReleasesStatus = Literal["archived", "open"]

LIST_ORGANIZATION_RELEASES_STATUS_VALUES: set[ListOrganizationReleasesStatus] = {
    "archived",
    "open",
}


def check_list_organization_releases_status(
    value: str,
) -> ListOrganizationReleasesStatus:
    if value in LIST_ORGANIZATION_RELEASES_STATUS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_RELEASES_STATUS_VALUES!r}"
    )

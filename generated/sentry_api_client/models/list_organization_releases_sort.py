from typing import Literal

ListOrganizationReleasesSort = Literal["adoption", "build", "date", "semver"]

LIST_ORGANIZATION_RELEASES_SORT_VALUES: set[ListOrganizationReleasesSort] = {
    "adoption",
    "build",
    "date",
    "semver",
}


def check_list_organization_releases_sort(value: str) -> ListOrganizationReleasesSort:
    if value in LIST_ORGANIZATION_RELEASES_SORT_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {LIST_ORGANIZATION_RELEASES_SORT_VALUES!r}"
    )

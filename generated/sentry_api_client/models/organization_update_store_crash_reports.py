from typing import Literal

OrganizationUpdateStoreCrashReports = Literal[-1, 0, 1, 5, 10, 20, 50, 100]

ORGANIZATION_UPDATE_STORE_CRASH_REPORTS_VALUES: set[OrganizationUpdateStoreCrashReports] = {
    -1,
    0,
    1,
    5,
    10,
    20,
    50,
    100,
}


def check_organization_update_store_crash_reports(
    value: int,
) -> OrganizationUpdateStoreCrashReports:
    if value in ORGANIZATION_UPDATE_STORE_CRASH_REPORTS_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {ORGANIZATION_UPDATE_STORE_CRASH_REPORTS_VALUES!r}"
    )

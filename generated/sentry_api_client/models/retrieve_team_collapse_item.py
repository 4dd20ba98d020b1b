from typing import Literal

RetrieveTeamCollapseItem = Literal["organization"]

RETRIEVE_TEAM_COLLAPSE_ITEM_VALUES: set[RetrieveTeamCollapseItem] = {
    "organization",
}


def check_retrieve_team_collapse_item(value: str) -> RetrieveTeamCollapseItem:
    if value in RETRIEVE_TEAM_COLLAPSE_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_TEAM_COLLAPSE_ITEM_VALUES!r}"
    )

from typing import Literal

RetrieveTeamExpandItem = Literal["externalTeams", "projects"]

RETRIEVE_TEAM_EXPAND_ITEM_VALUES: set[RetrieveTeamExpandItem] = {
    "externalTeams",
    "projects",
}


def check_retrieve_team_expand_item(value: str) -> RetrieveTeamExpandItem:
    if value in RETRIEVE_TEAM_EXPAND_ITEM_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RETRIEVE_TEAM_EXPAND_ITEM_VALUES!r}"
    )

from typing import Literal

ReleaseCommitFileChangeType = Literal["A", "D", "M"]

RELEASE_COMMIT_FILE_CHANGE_TYPE_VALUES: set[ReleaseCommitFileChangeType] = {
    "A",
    "D",
    "M",
}


def check_release_commit_file_change_type(value: str) -> ReleaseCommitFileChangeType:
    if value in RELEASE_COMMIT_FILE_CHANGE_TYPE_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {RELEASE_COMMIT_FILE_CHANGE_TYPE_VALUES!r}"
    )

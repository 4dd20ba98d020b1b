"""The marker the models use for "this field was absent from the JSON".

Rendered from templates/types.py.jinja; do not edit. (The generator's file-upload and response
types belong to its request layer, which this package does not ship.)
"""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

__all__ = ["UNSET", "Unset"]

"""Python 3.10 shim for the generated models.

Written by scripts/generate.py; do not edit.
"""

import datetime
import sys

if sys.version_info >= (3, 11):
    parse_datetime = datetime.datetime.fromisoformat
else:  # Python 3.10: fromisoformat does not accept a trailing "Z"
    from dateutil.parser import isoparse  # type: ignore[import-untyped]

    def parse_datetime(value: str) -> datetime.datetime:
        parsed: datetime.datetime = isoparse(value)
        return parsed


__all__ = ["parse_datetime"]

"""Decoding a response body: the one place bytes become JSON values.

orjson is several times faster than the standard library and is what makes big list pages
cheap. Where it refuses or would change what the server sent, the standard library decides:

* integers beyond 64 bits: orjson reads them as floats (losing digits), so a body that holds a
  run of 19 or more digits is decoded by ``json`` (exact integers);
* what orjson rejects but ``json`` reads (lone surrogates in strings, ``NaN``): the body is
  still JSON to us, as it was before orjson.

:func:`decode_json` raises ``ValueError`` for a body that is not JSON at all.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

__all__ = ["decode_json"]

# 2**63 has 19 digits: a shorter run of digits is always an integer orjson reads exactly. Two C
# passes (every digit to "0", then a substring search) find a long run far faster than a regex.
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_LONG_RUN = b"0" * 19


def decode_json(content: bytes) -> Any:
    """The JSON value of ``content``; ``ValueError`` if it is not JSON."""
    if content.translate(_DIGITS_TO_ZERO).find(_LONG_RUN) < 0:
        try:
            return orjson.loads(content)
        except orjson.JSONDecodeError:
            pass  # let the standard library judge (it reads a little more than orjson)
    return json.loads(content)

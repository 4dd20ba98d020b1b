"""Small helpers shared by the sandbox modules: time formatting, JSON, Sentry-style identifiers."""

from __future__ import annotations

import hashlib
import json
import time
from typing import Any

# Crockford's base32 without I, L, O, U: the alphabet Sentry uses for the suffix of short IDs.
_SHORT_ID_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_MASK_128 = (1 << 128) - 1


def iso(ts: float | None) -> str | None:
    """Format a Unix timestamp the way Sentry's serializers do (UTC, trailing ``Z``).

    Whole seconds come out without a fraction (``2024-05-01T10:00:00Z``), anything else with
    microseconds, matching the two shapes seen in Sentry's published examples.
    """
    if ts is None:
        return None
    whole = int(ts)
    t = time.gmtime(whole)
    date = f"{t.tm_year:04d}-{t.tm_mon:02d}-{t.tm_mday:02d}"
    base = f"{date}T{t.tm_hour:02d}:{t.tm_min:02d}:{t.tm_sec:02d}"
    if ts == whole:
        return base + "Z"
    micros = int(round((ts - whole) * 1_000_000))
    if micros >= 1_000_000:
        return iso(float(whole + 1))
    return f"{base}.{micros:06d}Z"


def parse_iso(value: str) -> float:
    """Parse an ISO 8601 date-time (``Z`` or an offset; date-only means midnight UTC)."""
    from datetime import datetime, timezone

    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    parsed = datetime.fromisoformat(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=timezone.utc)
    return parsed.timestamp()


def dumps(data: Any) -> bytes:
    """Compact UTF-8 JSON, as Sentry (orjson) sends it: no spaces, non-ASCII left as is."""
    return json.dumps(data, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def short_id_suffix(number: int) -> str:
    """Encode a project-local issue counter the way Sentry renders short IDs (``WEB-1A``)."""
    if number <= 0:
        return "0"
    digits: list[str] = []
    while number:
        number, rem = divmod(number, 32)
        digits.append(_SHORT_ID_ALPHABET[rem])
    return "".join(reversed(digits))


def stable_hex(*parts: object, length: int = 32) -> str:
    """A deterministic hex string derived from ``parts`` (keys, hashes, share IDs)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=32).hexdigest()
    return digest[:length]


def stable_int(*parts: object) -> int:
    """A deterministic 64-bit integer derived from ``parts`` (per-object pseudo-randomness)."""
    digest = hashlib.blake2b("\x1f".join(map(str, parts)).encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class EventIdCodec:
    """Reversible mapping between (issue id, event index) and a random-looking 32-hex event ID.

    Events are derived from their issue on demand instead of being stored (100,000 issues with a
    few events each would otherwise cost hundreds of megabytes), so an event ID must lead back to
    its issue. An affine permutation of the 128-bit space keyed by the seed does that cheaply
    while still looking like the uuid4 hex Sentry uses.
    """

    def __init__(self, seed: int) -> None:
        self._mul = (stable_int("event-mul", seed) << 64 | stable_int("event-mul2", seed)) | 1
        self._add = stable_int("event-add", seed) << 64 | stable_int("event-add2", seed)
        self._inv = pow(self._mul, -1, 1 << 128)
        self._check_key = stable_int("event-check", seed)

    def _check(self, issue_id: int, index: int) -> int:
        return (issue_id * 0x9E3779B97F4A7C15 ^ index * 0xC2B2AE3D27D4EB4F ^ self._check_key) & (
            (1 << 56) - 1
        )

    def encode(self, issue_id: int, index: int) -> str:
        packed = (
            (issue_id & ((1 << 56) - 1)) << 72
            | (index & 0xFFFF) << 56
            | self._check(issue_id, index)
        )
        return f"{(packed * self._mul + self._add) & _MASK_128:032x}"

    def decode(self, event_id: str) -> tuple[int, int] | None:
        """Return (issue id, index) for an ID made by :meth:`encode`, else None."""
        if len(event_id) != 32:
            return None
        try:
            value = int(event_id, 16)
        except ValueError:
            return None
        packed = ((value - self._add) * self._inv) & _MASK_128
        issue_id, index = packed >> 72, (packed >> 56) & 0xFFFF
        if packed & ((1 << 56) - 1) != self._check(issue_id, index):
            return None
        return issue_id, index

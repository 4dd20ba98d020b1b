"""Reading and decoding a response body, within limits.

Two jobs, both about not trusting the size or shape of what a server sends:

* :class:`BodyReader` collects a body chunk by chunk as it arrives, undoing ``gzip`` or
  ``deflate`` (also stacked: ``gzip, gzip``) itself with a bounded output size per step; other
  encodings (br, zstd) are refused, never decoded without a bound. It refuses to hold more than
  ``limit`` decoded bytes (:class:`ResponseTooLarge`). A 1 MB gzip "bomb" that expands to 1 GB
  costs at most ``limit`` bytes of memory before it is refused.
* :func:`decode_json` turns the bytes into Python values with orjson, falling back to the
  standard library for the valid JSON orjson would lose or reject (integers beyond 64 bits,
  which orjson reads as floats; lone surrogate escapes; numbers beyond a double), and refuses,
  with a :class:`JSONProblem` that says why, bodies nested deeper than :data:`MAX_DEPTH` or
  holding an integer too long for Python to convert. Code that walks the decoded value
  (redaction, ``Result.to_dict()``, the CLI's printing) can therefore recurse safely.
"""

from __future__ import annotations

import json
import re
import sys
import time
import zlib
from functools import reduce
from operator import getitem
from typing import Any

import httpx
import orjson

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "MAX_DEPTH",
    "BodyReader",
    "JSONProblem",
    "ResponseTooLarge",
    "Undecodable",
    "aread_body",
    "decode_json",
    "own_decoding",
    "read_body",
]

DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
# Sentry's deepest bodies (event entries, contexts) are a dozen levels deep; 256 leaves ample
# room while keeping every recursive walk far from Python's recursion limit.
MAX_DEPTH = 256
# The encodings BodyReader undoes itself; a body in any other is refused (see own_decoding).
_OWN = {"gzip": zlib.MAX_WBITS | 16, "x-gzip": zlib.MAX_WBITS | 16, "deflate": zlib.MAX_WBITS}
# Integers orjson reads exactly: -2**63 .. 2**64-1. Beyond, it returns a float, so a run of 20+
# digits, or a minus sign and 19 digits (-9223372036854775809 is one), goes to the standard
# library. (Mapping every digit to "0" and searching for the zeros runs at memchr speed, ~10x
# a regex.)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_TWENTY_ZEROS = b"0" * 20
_NINETEEN_ZEROS = b"0" * 19
_MINUS_NINETEEN_ZEROS = b"-" + b"0" * 19
# Everything but brackets and quotes, deleted when measuring the nesting depth.
_NOT_STRUCTURE = bytes(b for b in range(256) if b not in b'[]{}"')
# Objects and arrays nest alike: one kind of bracket makes each peeling pass exactly one level.
_ONE_BRACKET = bytes.maketrans(b"{}", b"[]")
# One escape sequence inside a JSON string (a regex is several times faster than bytes.replace
# with a two-byte pattern here).
_ESCAPE = re.compile(rb"\\.", re.DOTALL)
# Up to this many brackets (outside strings), the depth is measured on the bytes.
_BYTES_DEPTH_LIMIT = 1 << 16
_COUNT_LIMIT = 64 * 1024
_INT_DIGITS_LIMIT = getattr(sys, "get_int_max_str_digits", lambda: 4300)() or 4300


class ResponseTooLarge(Exception):
    """The body exceeded the client's ``max_response_bytes`` (after decompression)."""

    def __init__(self, limit: int, compressed: bool) -> None:
        how = " once decompressed" if compressed else ""
        super().__init__(f"the response body is larger than {limit:,} bytes{how}")
        self.limit = limit
        self.status_code: int | None = None


class JSONProblem(ValueError):
    """Why a body could not be decoded: ``reason`` is ``not_json``, ``too_deep`` or
    ``number_too_long``; the message is one readable phrase."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


# --------------------------------------------------------------------------- reading


def own_decoding(content_encoding: str) -> str | None:
    """What :class:`BodyReader` must undo: ``""`` for nothing, one of ``gzip``/``x-gzip``/
    ``deflate``, or several of them comma-separated in the order to undo them (the reverse of
    the header's). ``None`` if the header names an encoding it cannot undo within bounds
    (br, zstd, unknown): such a body is refused, never handed to an unbounded decoder."""
    if not content_encoding:
        return ""  # the usual case: no header
    names = [n.strip().lower() for n in content_encoding.split(",") if n.strip()]
    names = [n for n in names if n != "identity"]
    if not names:
        return ""
    if not all(n in _OWN for n in names):
        return None
    return names[0] if len(names) == 1 else ",".join(reversed(names))


class Undecodable(httpx.DecodingError):
    """The body could not be decoded; ``status_code`` is the answer's status."""

    def __init__(self, message: str, response: httpx.Response) -> None:
        super().__init__(message, request=response.request)
        self.status_code: int | None = response.status_code


class BodyReader:
    """Accumulates a body; ``encoding`` is ``""`` (bytes as they come, or already decoded by
    httpx) or one of ``gzip``/``x-gzip``/``deflate``."""

    __slots__ = ("_chunks", "_inflater", "_limit", "_next", "_raw_deflate", "_size", "encoding")

    def __init__(self, encoding: str, limit: int) -> None:
        first, _, rest = encoding.partition(",")
        self.encoding = first
        self._limit = limit
        self._chunks: list[bytes] = []
        self._size = 0
        self._inflater = zlib.decompressobj(_OWN[first]) if first else None
        self._raw_deflate = False
        # Stacked encodings (``gzip, gzip``): each stage's output feeds the next one, every
        # stage bounded by the same limit, so no stage can expand without bound.
        self._next = BodyReader(rest, limit) if rest else None

    def feed(self, chunk: bytes) -> None:
        if self._inflater is None:
            self._keep(chunk)
            return
        try:
            self._inflate(chunk)
        except zlib.error:
            if self.encoding != "deflate" or self._size or self._raw_deflate:
                raise
            # Some servers send raw deflate without the zlib header (browsers accept it too).
            self._raw_deflate = True
            self._inflater = zlib.decompressobj(-zlib.MAX_WBITS)
            self._inflate(chunk)

    def _inflate(self, data: bytes) -> None:
        inflater = self._inflater
        assert inflater is not None
        # Never ask zlib for more than one byte beyond the room left: a bomb is refused
        # after at most `limit + 1` bytes of output, whatever its ratio.
        self._keep(inflater.decompress(data, self._limit - self._size + 1))
        while inflater.unconsumed_tail:
            self._keep(inflater.decompress(inflater.unconsumed_tail, self._limit - self._size + 1))

    def _keep(self, data: bytes) -> None:
        if not data:
            return
        self._size += len(data)
        if self._size > self._limit:
            self._chunks.clear()
            raise ResponseTooLarge(self._limit, self._inflater is not None)
        if self._next is not None:
            self._next.feed(data)
            return
        self._chunks.append(data)

    def finish(self) -> bytes:
        if self._inflater is not None:
            self._keep(self._inflater.flush())
        if self._next is not None:
            return self._next.finish()
        chunks, self._chunks = self._chunks, []
        return chunks[0] if len(chunks) == 1 else b"".join(chunks)


# --------------------------------------------------------------------------- decoding


def decode_json(content: bytes | str) -> Any:
    """``content`` as Python values; raises :class:`JSONProblem` (never anything else)."""
    if isinstance(content, str):
        content = content.encode("utf-8", "surrogatepass")
    if _may_exceed_64_bits(content):
        value = _stdlib(content)
        _check_depth(content, value)
        return value
    shallow = _shallow(content)
    if _PAD and not shallow:
        return _orjson_bounded(content)
    try:
        value = orjson.loads(content)
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc):
            raise _too_deep() from None
        value = _stdlib(content)  # valid JSON orjson refuses, or not JSON at all
    if not shallow:
        _check_depth(content, value)
    return value


def _may_exceed_64_bits(content: bytes) -> bool:
    """Whether ``content`` may hold an integer orjson would turn into a float."""
    digits = content.translate(_DIGITS_TO_ZERO)
    if _NINETEEN_ZEROS not in digits:  # the usual answer, in one pass
        return False
    return _TWENTY_ZEROS in digits or _MINUS_NINETEEN_ZEROS in digits


def _shallow(content: bytes) -> bool:
    """Whether ``content`` cannot be nested deeper than MAX_DEPTH: too few bytes, or too few
    opening brackets (each level needs one; those inside strings only over-count)."""
    size = len(content)
    if size <= MAX_DEPTH * 2:
        return True
    # Past 64 KiB counting costs more than the wrapped decode: treat the body as deep.
    return size <= _COUNT_LIMIT and content.count(b"[") + content.count(b"{") <= MAX_DEPTH


def _orjson_bounded(content: bytes) -> Any:
    """orjson with the depth limit at MAX_DEPTH: the body is wrapped in ``_PAD`` arrays, so
    orjson's own nesting limit refuses exactly the bodies deeper than MAX_DEPTH. This costs a
    copy of the body instead of a scan of it in Python-visible passes (several times slower
    on a page of issues)."""
    try:
        # join: one copy (a `+` chain copies the body twice, and is ~30x slower at 150 KB)
        value = orjson.loads(b"".join((_PAD_OPEN, content, _PAD_CLOSE)))
    except orjson.JSONDecodeError as exc:
        if "depth limit" in str(exc):
            raise _too_deep() from None
        value = _stdlib(content)  # valid JSON orjson refuses, or not JSON at all
        _check_depth(content, value)
        return value
    return reduce(getitem, _PAD_INDEXES, value)


def _orjson_depth_limit() -> int | None:
    """The deepest nesting orjson accepts (1024 in orjson 3.x), or None if it is not one
    clear limit at or above MAX_DEPTH (then the depth is measured on the bytes)."""
    for limit in (1024, 512, 2048, 4096):
        try:
            orjson.loads(b"[" * limit + b"]" * limit)
        except orjson.JSONDecodeError:
            continue
        try:
            orjson.loads(b"[" * (limit + 1) + b"]" * (limit + 1))
        except orjson.JSONDecodeError as exc:
            if "depth limit" in str(exc) and limit > MAX_DEPTH:
                return limit
        return None
    return None


_ORJSON_LIMIT = _orjson_depth_limit()
# Arrays wrapped around a deep-looking body so that orjson's limit becomes ours.
_PAD = _ORJSON_LIMIT - MAX_DEPTH if _ORJSON_LIMIT is not None else 0
_PAD_OPEN, _PAD_CLOSE = b"[" * _PAD, b"]" * _PAD
_PAD_INDEXES = (0,) * _PAD


class _NumberTooLong(Exception):
    pass


def _bounded_int(text: str) -> int:
    if len(text) > _INT_DIGITS_LIMIT:
        raise _NumberTooLong(len(text))
    return int(text)


def _stdlib(content: bytes) -> Any:
    try:
        return json.loads(content, parse_int=_bounded_int)
    except _NumberTooLong as exc:
        raise JSONProblem(
            "number_too_long",
            f"the JSON holds an integer of {exc.args[0]:,} digits, more than Python converts "
            f"({_INT_DIGITS_LIMIT:,})",
        ) from None
    except RecursionError:
        raise _too_deep() from None
    except (ValueError, UnicodeDecodeError):
        raise JSONProblem("not_json", "the body is not JSON") from None


def _too_deep() -> JSONProblem:
    return JSONProblem("too_deep", f"the JSON is nested deeper than {MAX_DEPTH} levels")


def _check_depth(content: bytes, value: Any) -> None:
    if len(content) <= MAX_DEPTH * 2:
        return  # each level takes two brackets
    brackets = _brackets_outside_strings(content)
    if len(brackets) <= MAX_DEPTH * 2:
        return
    if len(brackets) > _BYTES_DEPTH_LIMIT:
        if depth_exceeds(value, MAX_DEPTH):
            raise _too_deep()
        return
    # Peel the innermost pairs one level per pass: the number of passes is the depth.
    for _ in range(MAX_DEPTH):
        brackets = brackets.replace(b"[]", b"")
        if not brackets:
            return
    raise _too_deep()


def _brackets_outside_strings(content: bytes) -> bytes:
    """The brackets of a valid JSON document, in order, without those inside strings, all
    as ``[]`` (objects and arrays nest alike)."""
    if b"\\" in content:
        # Drop every escape sequence, left to right (so `\\` goes before it can hide a quote):
        # what is left of the quotes then delimits the strings.
        content = _ESCAPE.sub(b"", content)
    text = content.translate(None, _NOT_STRUCTURE)
    if b'"' in text:
        # Strings without brackets are now `""`. If removing those pairs leaves no quote,
        # every string was bracket-free (a string holding one would leave its quotes behind).
        stripped = text.replace(b'""', b"")
        if b'"' in stripped:
            # Some string holds a bracket: every other piece of a split on the quotes lies
            # outside a string. (Split what is left: dropping a `""` pair, the two quotes of
            # one string or those between two strings, keeps that so and is much shorter.)
            stripped = b"".join(stripped.split(b'"')[::2])
        text = stripped
    return text.translate(_ONE_BRACKET)


def depth_exceeds(value: Any, limit: int) -> bool:
    """Whether ``value`` has containers nested more than ``limit`` deep."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    pop, push = stack.pop, stack.append
    while stack:
        item, depth = pop()
        if type(item) is dict:
            children: Any = item.values()
        elif type(item) is list:
            children = item
        else:
            continue
        if depth > limit:
            return True
        for child in children:
            if type(child) is dict or type(child) is list:
                push((child, depth + 1))
    return False


# --------------------------------------------------------------------------- the I/O loops


def read_body(response: httpx.Response, limit: int, deadline: float | None) -> httpx.Response:
    """Read a streamed response's body within ``limit`` bytes and the ``deadline``
    (``time.monotonic()``); returns a response holding the decoded body."""
    if response.is_stream_consumed:
        return _already_read(response, limit)
    reader = _reader_for(response, limit)
    try:
        for chunk in response.iter_raw():
            reader.feed(chunk)
            _check_deadline(deadline, response)
        return _finished(response, reader)
    except ResponseTooLarge as exc:
        raise _too_large(exc, response) from None
    except zlib.error as exc:
        raise _undecodable(exc, response) from None


async def aread_body(
    response: httpx.Response, limit: int, deadline: float | None
) -> httpx.Response:
    """:func:`read_body` for an async response."""
    if response.is_stream_consumed:
        return _already_read(response, limit)
    reader = _reader_for(response, limit)
    try:
        async for chunk in response.aiter_raw():
            reader.feed(chunk)
            _check_deadline(deadline, response)
        return _finished(response, reader)
    except ResponseTooLarge as exc:
        raise _too_large(exc, response) from None
    except zlib.error as exc:
        raise _undecodable(exc, response) from None


def _already_read(response: httpx.Response, limit: int) -> httpx.Response:
    # A transport that built its response from bytes (in-process ones, httpx.MockTransport)
    # has already read and decoded it: only the limit is left to apply.
    if len(response.content) > limit:
        raise _too_large(ResponseTooLarge(limit, False), response)
    return response


def _reader_for(response: httpx.Response, limit: int) -> BodyReader:
    """The reader of the raw bytes: httpx never decodes a body here."""
    header, declared = _encoding_and_length(response.headers)
    encoding = own_decoding(header)
    if encoding == "":
        if declared.isdigit() and int(declared) > limit:
            raise _too_large(ResponseTooLarge(limit, False), response)
    elif encoding is None:
        raise Undecodable(
            f"the body is in an encoding the client did not ask for ({header[:100]!r}; "
            "it asks for gzip or deflate)",
            response,
        )
    return BodyReader(encoding, limit)


def _encoding_and_length(headers: httpx.Headers) -> tuple[str, str]:
    """``Content-Encoding`` (several joined by commas, as httpx joins them) and
    ``Content-Length``, in one pass over the raw headers (``get()`` makes one per name)."""
    encodings: list[str] = []
    lengths: list[str] = []
    charset = headers.encoding  # as httpx decodes them: ascii, else utf-8, else latin-1
    for name, value in headers.raw:
        name = name.lower()
        if name == b"content-encoding":
            encodings.append(value.decode(charset))
        elif name == b"content-length":
            lengths.append(value.decode(charset))
    return ", ".join(encodings), ", ".join(lengths)


def _undecodable(exc: zlib.error, response: httpx.Response) -> Undecodable:
    return Undecodable(f"the body could not be decompressed ({exc})", response)


def _finished(response: httpx.Response, reader: BodyReader) -> httpx.Response:
    body = reader.finish()
    if not reader.encoding:
        # The bytes as sent, no encoding undone: every header still holds, so the response
        # keeps them and takes the body as httpx's own read() would (a new Response costs
        # more than the rest of reading a small body).
        response._content = body
        return response
    # The body is decoded now: the new response must not claim an encoding or old length.
    headers = [
        (name, value)
        for name, value in response.headers.multi_items()
        if name.lower() not in ("content-encoding", "content-length", "transfer-encoding")
    ]
    return httpx.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
    )


def _too_large(exc: ResponseTooLarge, response: httpx.Response) -> ResponseTooLarge:
    exc.status_code = response.status_code
    return exc


def _check_deadline(deadline: float | None, response: httpx.Response) -> None:
    if deadline is not None and time.monotonic() > deadline:
        raise httpx.ReadTimeout(
            "the request took longer than its timeout", request=response.request
        )

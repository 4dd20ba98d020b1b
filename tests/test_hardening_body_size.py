"""Bodies are read with a size limit and decompressed as a stream: a gzip bomb is refused
after at most ``max_response_bytes`` of output (issue 13, item 3)."""

from __future__ import annotations

import functools
import gzip
import json
import tracemalloc
import zlib
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from sentry_api.decoding import DEFAULT_MAX_RESPONSE_BYTES, BodyReader, ResponseTooLarge
from wrapper_fakes import make_async_client, make_client, sample

MIB = 1024 * 1024


@functools.lru_cache(maxsize=2)
def gzip_bomb(expanded: int) -> bytes:
    """A gzip stream of ``expanded`` zero bytes (about 1/1000 of that, compressed)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, zlib.MAX_WBITS | 16)
    block = b"\0" * MIB
    parts = [packer.compress(block) for _ in range(expanded // MIB)]
    return b"".join(parts) + packer.flush()


def streamed(content: bytes, headers: dict[str, str], status: int = 200) -> httpx.Response:
    """A response whose body arrives in 64 KiB chunks, as from a socket (not pre-read)."""

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(content), 65536):
            yield content[start : start + 65536]

    return httpx.Response(status, headers=headers, content=chunks())


def bomb_server(expanded: int):  # type: ignore[no-untyped-def]
    body = gzip_bomb(expanded)
    return lambda request: streamed(
        body, {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    )


def test_a_gzip_bomb_beyond_the_default_limit_is_refused() -> None:
    server = bomb_server(DEFAULT_MAX_RESPONSE_BYTES + 16 * MIB)
    result = make_client(server).call("retrieve_organization")
    assert result.error_kind == "response_too_large"
    assert result.status_code == 200
    assert "max_response_bytes" in (result.error or "")


def test_a_gzip_bomb_costs_no_more_memory_than_the_limit() -> None:
    server = bomb_server(32 * MIB)
    client = make_client(server, max_response_bytes=1 * MIB)
    tracemalloc.start()
    try:
        result = client.call("retrieve_organization")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.error_kind == "response_too_large"
    assert peak < 4 * MIB, f"peak {peak / MIB:.1f} MiB"


async def test_the_async_client_refuses_a_bomb_too() -> None:
    body = gzip_bomb(8 * MIB)

    async def chunks() -> AsyncIterator[bytes]:
        for start in range(0, len(body), 65536):
            yield body[start : start + 65536]

    async def server(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=chunks())

    async with make_async_client(server, max_response_bytes=MIB) as client:
        result = await client.call("retrieve_organization")
    assert result.error_kind == "response_too_large" and result.status_code == 200


def test_a_plain_body_beyond_the_limit_is_refused_by_its_content_length() -> None:
    body = json.dumps(sample("organization")).encode()
    server = lambda request: streamed(body, {"Content-Length": str(len(body))})  # noqa: E731
    result = make_client(server, max_response_bytes=100).call("retrieve_organization")
    assert result.error_kind == "response_too_large"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "identity"])
def test_ordinary_compressed_bodies_still_decode(encoding: str) -> None:
    body = json.dumps(sample("organization")).encode()
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "identity": bytes}[encoding](body)
    server = lambda request: streamed(packed, {"Content-Encoding": encoding})  # noqa: E731
    result = make_client(server).call("retrieve_organization")
    assert result.success, result.error
    assert result.to_dict()["data"]["slug"] == sample("organization")["slug"]


def test_body_reader_refuses_output_beyond_its_limit() -> None:
    reader = BodyReader("gzip", 1000)
    with pytest.raises(ResponseTooLarge, match="larger than 1,000 bytes once decompressed"):
        reader.feed(gzip_bomb(MIB * 1))


def test_max_response_bytes_must_be_positive() -> None:
    with pytest.raises(ValueError, match="max_response_bytes"):
        make_client(lambda r: httpx.Response(200), max_response_bytes=0)


def test_a_double_gzip_bomb_is_refused_within_the_limit() -> None:
    # Review of issue 13: `Content-Encoding: gzip, gzip` went to httpx, which decompressed
    # a 2 KB body to gigabytes. Each stage is now bounded.
    twice = gzip.compress(gzip_bomb(32 * MIB))
    server = lambda request: streamed(twice, {"Content-Encoding": "gzip, gzip"})  # noqa: E731
    client = make_client(server, max_response_bytes=1 * MIB)
    tracemalloc.start()
    try:
        result = client.call("retrieve_organization")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert result.error_kind == "response_too_large" and result.status_code == 200
    assert peak < 4 * MIB, f"peak {peak / MIB:.1f} MiB"


@pytest.mark.parametrize("header", ["gzip, gzip", "deflate, gzip", "identity, gzip, identity"])
def test_stacked_encodings_decode_in_reverse_order(header: str) -> None:
    body = json.dumps(sample("organization")).encode()
    pack = {"gzip": gzip.compress, "deflate": zlib.compress, "identity": bytes}
    for name in [n.strip() for n in header.split(",")]:
        body = pack[name](body)
    server = lambda request: streamed(body, {"Content-Encoding": header})  # noqa: E731
    result = make_client(server).call("retrieve_organization")
    assert result.success, result.error


@pytest.mark.parametrize("header", ["br", "zstd", "gzip, br", "compress"])
def test_an_encoding_not_asked_for_is_refused_not_decoded(header: str) -> None:
    server = lambda request: streamed(b"\x0b\x02\x80{}\x03", {"Content-Encoding": header})  # noqa: E731
    result = make_client(server).call("retrieve_organization")
    assert result.error_kind == "invalid_response"
    assert result.status_code == 200
    assert "did not ask for" in (result.error or "")


def test_a_corrupt_gzip_body_keeps_its_status() -> None:
    server = lambda request: streamed(b"\x1f\x8b not gzip", {"Content-Encoding": "gzip"})  # noqa: E731
    result = make_client(server).call("retrieve_organization")
    assert result.error_kind == "invalid_response"
    assert result.status_code == 200


def test_the_client_asks_only_for_what_it_decodes() -> None:
    seen: list[str] = []

    def server(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["accept-encoding"])
        return httpx.Response(200, json=sample("organization"))

    make_client(server).call("retrieve_organization")
    assert seen == ["gzip, deflate"]


def test_a_304_is_not_called_a_redirect() -> None:
    result = make_client(lambda request: httpx.Response(304)).call("retrieve_organization")
    assert result.error_kind == "http" and result.status_code == 304
    assert "Not Modified" in (result.error or "") and "redirect" not in (result.error or "")

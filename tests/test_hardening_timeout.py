"""``timeout`` bounds a whole attempt, from connecting to the last byte, however slowly the
server trickles (issue 13, item 4). Real sockets on 127.0.0.1; each test takes under a second."""

from __future__ import annotations

import json
import socket
import time

from local_server import raw_server
from sentry_api import AsyncSentryClient, SentryClient

TIMEOUT = 0.4
STEP = 0.1  # the server sends one byte per STEP, well inside any per-read timeout
BYTES = 40  # so an unbounded client would take BYTES * STEP = 4 s


def trickle_body(sock: socket.socket) -> None:
    body = json.dumps({"id": "1", "x": "y" * 200}).encode()[:BYTES]
    sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
    )
    for index in range(len(body)):
        sock.sendall(body[index : index + 1])
        time.sleep(STEP)


def trickle_headers(sock: socket.socket) -> None:
    head = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: " + b"p" * BYTES
    for index in range(len(head)):
        sock.sendall(head[index : index + 1])
        time.sleep(STEP)


def sync_call(url: str, **options: object) -> tuple[object, float]:
    started = time.monotonic()
    with SentryClient("tok-123456", base_url=url, timeout=TIMEOUT, **options) as client:  # type: ignore[arg-type]
        result = client.call("retrieve_issue", organization_id_or_slug="acme", issue_id="1")
    return result, time.monotonic() - started


def test_a_body_trickled_byte_by_byte_times_out_within_the_timeout() -> None:
    with raw_server(trickle_body) as url:
        result, took = sync_call(url, max_retries=0)
    assert result.error_kind == "timeout", result  # type: ignore[attr-defined]
    assert took < TIMEOUT + 0.3


def test_headers_trickled_byte_by_byte_time_out_within_the_timeout() -> None:
    with raw_server(trickle_headers) as url:
        result, took = sync_call(url, max_retries=0)
    assert result.error_kind == "timeout", result  # type: ignore[attr-defined]
    assert took < TIMEOUT + 0.3


def test_each_retry_gets_its_own_timeout() -> None:
    with raw_server(trickle_body) as url:
        result, took = sync_call(url, max_retries=1, backoff_base=0.0)
    assert result.error_kind == "timeout" and result.attempts == 2  # type: ignore[attr-defined]
    assert took < 2 * TIMEOUT + 0.4


async def test_the_async_client_bounds_the_whole_request_too() -> None:
    with raw_server(trickle_body) as url:
        started = time.monotonic()
        async with AsyncSentryClient(
            "tok-123456", base_url=url, timeout=TIMEOUT, max_retries=0
        ) as client:
            result = await client.call(
                "retrieve_issue", organization_id_or_slug="acme", issue_id="1"
            )
        took = time.monotonic() - started
    assert result.error_kind == "timeout", result
    assert took < TIMEOUT + 0.3

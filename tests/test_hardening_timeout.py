"""``timeout`` bounds a whole attempt, from connecting to the last byte, however slowly the
server trickles (issue 13, item 4). Real sockets on 127.0.0.1; each test takes under a second."""

from __future__ import annotations

import json
import socket
import time

import httpx
import pytest
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


def answer_late(sock: socket.socket) -> None:
    time.sleep(0.5)
    body = json.dumps({"id": "1"}).encode()
    sock.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\n"
        + f"Content-Length: {len(body)}\r\n\r\n".encode()
        + body
    )


def test_a_calls_longer_timeout_replaces_the_clients() -> None:
    # Review of issue 13: the whole-request deadline ignored call(..., timeout=).
    with (
        raw_server(answer_late) as url,
        SentryClient(
            "tok-123456", base_url=url, timeout=0.2, max_retries=0, validation="off"
        ) as client,
    ):
        result = client.call(
            "retrieve_issue", organization_id_or_slug="acme", issue_id="1", timeout=3
        )
    assert result.success, result.error


def test_a_calls_shorter_timeout_replaces_the_clients_and_is_the_one_reported() -> None:
    with (
        raw_server(trickle_body) as url,
        SentryClient("tok-123456", base_url=url, timeout=30, max_retries=0) as client,
    ):
        started = time.monotonic()
        result = client.call(
            "retrieve_issue", organization_id_or_slug="acme", issue_id="1", timeout=TIMEOUT
        )
        took = time.monotonic() - started
    assert result.error_kind == "timeout"
    assert took < TIMEOUT + 0.3
    assert f"timeout={TIMEOUT:g} s" in (result.error or ""), result.error


async def test_the_async_client_honours_a_calls_timeout_both_ways() -> None:
    ids = {"organization_id_or_slug": "acme", "issue_id": "1"}
    with raw_server(answer_late) as url:
        async with AsyncSentryClient(
            "tok-123456", base_url=url, timeout=0.2, max_retries=0, validation="off"
        ) as client:
            late = await client.call("retrieve_issue", timeout=3, **ids)
    with raw_server(trickle_body) as url:
        async with AsyncSentryClient(
            "tok-123456", base_url=url, timeout=30, max_retries=0
        ) as client:
            started = time.monotonic()
            slow = await client.call("retrieve_issue", timeout=TIMEOUT, **ids)
            took = time.monotonic() - started
    assert late.success, late.error
    assert slow.error_kind == "timeout" and took < TIMEOUT + 0.3
    assert f"timeout={TIMEOUT:g} s" in (slow.error or "")


def test_a_callers_http_transport_bounds_trickled_headers_too() -> None:
    # Review of issue 13: with transport=httpx.HTTPTransport() the headers were never cut off.
    import httpx

    with raw_server(trickle_headers) as url:
        result, took = sync_call(url, max_retries=0, transport=httpx.HTTPTransport())
    assert result.error_kind == "timeout", result  # type: ignore[attr-defined]
    assert took < TIMEOUT + 0.3


@pytest.mark.parametrize("bad", [float("inf"), 1e300, float("nan"), 0, -1, True])
def test_an_impossible_timeout_is_refused_at_construction(bad: float) -> None:
    # Review of issue 13: inf and 1e300 were accepted, then every call failed as a
    # "connection error".
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        SentryClient("tok-123456", timeout=bad)
    with pytest.raises(ValueError, match="timeout must be a positive number"):
        AsyncSentryClient("tok-123456", timeout=bad)


@pytest.mark.parametrize("bad", [float("inf"), 1e300, httpx.Timeout(float("inf"))])
def test_an_impossible_call_timeout_is_an_invalid_request(bad: object) -> None:
    sent: list[httpx.Request] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(200, json={})

    client = SentryClient("tok-123456", transport=httpx.MockTransport(server))
    result = client.call("retrieve_issue", organization_id_or_slug="a", issue_id="1", timeout=bad)
    assert result.error_kind == "invalid_request" and "timeout" in (result.error or "")
    assert sent == []

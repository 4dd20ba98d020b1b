"""The fault matrix: every operation against every way a server or network fails.

For each of the 42 operations (parametrized from the generated metadata), an
``httpx.MockTransport`` answers with: 500, 502, 503, 504 (always, and once before the normal
answer), a connection reset, a refused connection, a read timeout, invalid JSON, an HTML error
page (502, and 200 from a captive proxy), an empty body, a 429 with the rate-limit headers, a
bare 429, 429s until the budget is spent, a 429 asking for an hour, a ``Link`` header whose
next cursor never moves (list operations), and a body missing the required fields (operations
with a response model). Every case must end in a ``Result`` - ``success=False`` with a clear
``error`` and a stable ``error_kind``, or the retried success - within a bounded number of
requests and of (fake) seconds, with nothing raised. A POST is never repeated after a 5xx, a
reset or a read timeout (the transport counts the requests); it is retried only when the
connection was refused (the request never left).

The client gets a fake clock and sleep, so retries cost no real time; the whole matrix takes a
few seconds. A representative subset then runs against the real sandbox server over TCP
(fault injection: reset, dropped connection, hung request past the timeout, 503, HTML,
invalid JSON, missing fields, a repeating cursor), counting the requests the sandbox saw.
"""

from __future__ import annotations

import asyncio
import json
import random
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from conftest import Golden
from sentry_api import AsyncSentryClient, Result, SentryClient
from sentry_api.errors import SentryAPIError
from sentry_api.sandbox import SandboxServer
from sentry_api_client._operations import OPERATIONS

OPS = sorted(OPERATIONS)
LIST_OPS = sorted(op for op, meta in OPERATIONS.items() if meta["paginated"])
MODEL_OPS = sorted(
    op for op, meta in OPERATIONS.items() if meta["response"] and meta["response"]["model"]
)
NO_BODY_OPS = sorted(set(OPS) - set(MODEL_OPS))
IDEMPOTENT = {"GET", "HEAD", "PUT", "DELETE", "OPTIONS"}
MAX_RETRIES = 2
MAX_RETRY_WAIT = 30.0
BACKOFF_MAX = 4.0
ATTEMPTS_WHEN_RETRIED = MAX_RETRIES + 1
REAL_SECONDS_PER_CASE = 2.0  # generous: a case takes milliseconds; a loop would take forever
TOKEN = "fault-matrix-token"


def idempotent(operation_id: str) -> bool:
    return OPERATIONS[operation_id]["method"] in IDEMPOTENT


def expected_attempts(operation_id: str) -> int:
    """Requests sent for a failure that is retried only when it is safe to repeat."""
    return ATTEMPTS_WHEN_RETRIED if idempotent(operation_id) else 1


def success_status(operation_id: str) -> int:
    response = OPERATIONS[operation_id]["response"]
    return int(response["status"]) if response else 204


# ------------------------------------------------------------------------------ the fake world


class FakeClock:
    """Monotonic and wall clocks that only move when the client sleeps."""

    def __init__(self) -> None:
        self.now = 1_750_000_000.0
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        assert seconds >= 0, f"asked to sleep {seconds} s"
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)

    @property
    def slept(self) -> float:
        return sum(self.sleeps)


Reply = Callable[[httpx.Request, int], httpx.Response]


class Server:
    """A MockTransport handler: ``replies`` answer the requests in order, the last one repeats.
    Each reply is a function of (request, number of the request) or an exception to raise."""

    def __init__(self, replies: list[Reply | Exception]) -> None:
        self.replies = replies
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        reply = self.replies[min(len(self.requests), len(self.replies)) - 1]
        if isinstance(reply, Exception):
            raise reply
        return reply(request, len(self.requests))


def make_client(server: Server, clock: FakeClock, **options: Any) -> SentryClient:
    return SentryClient(
        TOKEN,
        transport=httpx.MockTransport(server),
        timeout=1.0,
        max_retries=MAX_RETRIES,
        max_retry_wait=MAX_RETRY_WAIT,
        backoff_max=BACKOFF_MAX,
        sleep=clock.sleep,
        clock=clock.monotonic,
        wall_clock=clock.time,
        rng=random.Random(7),
        **options,
    )


def golden_reply(golden: Golden) -> Reply:
    def reply(request: httpx.Request, number: int) -> httpx.Response:
        return httpx.Response(golden.status, headers=golden.headers, content=golden.content)

    return reply


def status_reply(
    status: int,
    body: bytes | str | None = None,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> Reply:
    if body is None:
        body = json.dumps({"detail": f"fault {status}"})
    payload = body.encode() if isinstance(body, str) else body

    def reply(request: httpx.Request, number: int) -> httpx.Response:
        return httpx.Response(
            status, headers={"Content-Type": content_type, **(headers or {})}, content=payload
        )

    return reply


HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway"
    "</h1><p>The proxy could not reach the upstream server.</p>"
    + "<p>filler</p>" * 200
    + "</body></html>"
)


def run_case(
    client: SentryClient, operation_id: str, params: dict[str, Any]
) -> tuple[Result, float]:
    started = time.perf_counter()
    result = client.call(operation_id, **params)
    elapsed = time.perf_counter() - started
    assert isinstance(result, Result)
    assert elapsed < REAL_SECONDS_PER_CASE, f"{operation_id} took {elapsed:.2f} s"
    return result, elapsed


def assert_failure(result: Result, kind: str, *needles: str) -> None:
    assert result.success is False and result.data is None
    assert result.error_kind == kind, (result.error_kind, result.error)
    assert result.error and result.error.startswith(f"{result.operation}: ")
    for needle in needles:
        assert needle in result.error, f"{needle!r} not in {result.error!r}"
    assert TOKEN not in result.error and TOKEN not in repr(result.to_dict())


def assert_bounded(clock: FakeClock, result: Result) -> None:
    assert clock.slept <= MAX_RETRY_WAIT + 1e-9
    assert result.waited == pytest.approx(clock.slept)
    assert all(wait <= MAX_RETRY_WAIT for wait in clock.sleeps)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# ------------------------------------------------------------------------------ the metadata


def test_every_operation_has_a_sample_call(sample_params: dict[str, dict[str, Any]]) -> None:
    assert set(sample_params) == set(OPERATIONS)
    assert len(OPS) == 42


def test_golden_answers_are_real(golden: dict[str, Golden]) -> None:
    for operation_id in OPS:
        assert golden[operation_id].status == success_status(operation_id), operation_id


# ------------------------------------------------------------------------------ 5xx


@pytest.mark.parametrize("status", [500, 502, 503, 504])
@pytest.mark.parametrize("operation_id", OPS)
def test_persistent_server_error(
    operation_id: str, status: int, clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    server = Server([status_reply(status)])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, "server", f"({status})", f"fault {status}")
    assert result.status_code == status
    assert len(server.requests) == result.attempts == expected_attempts(operation_id)
    if not idempotent(operation_id):
        assert "not retried" in (result.error or "") and clock.sleeps == []
    else:
        assert len(clock.sleeps) <= MAX_RETRIES
        assert all(wait <= BACKOFF_MAX for wait in clock.sleeps)
    assert_bounded(clock, result)


@pytest.mark.parametrize("operation_id", OPS)
def test_one_server_error_then_success(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    server = Server([status_reply(503), golden_reply(golden[operation_id])])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    if idempotent(operation_id):
        assert result.success, result.error
        assert result.attempts == len(server.requests) == 2
        assert result.status_code == success_status(operation_id)
    else:
        # The POST may have created something before the 503: it is not sent again.
        assert_failure(result, "server", "(503)", "not retried")
        assert len(server.requests) == 1
    assert_bounded(clock, result)


# ------------------------------------------------------------------------------ the network


NETWORK_FAULTS: dict[str, tuple[Callable[[], Exception], str, str]] = {
    "reset": (
        lambda: httpx.ReadError("[Errno 104] Connection reset by peer"),
        "connection",
        "ReadError",
    ),
    "dropped": (
        lambda: httpx.RemoteProtocolError("Server disconnected without sending a response."),
        "connection",
        "RemoteProtocolError",
    ),
    "read_timeout": (
        lambda: httpx.ReadTimeout("The read operation timed out"),
        "timeout",
        "timed out",
    ),
}


@pytest.mark.parametrize("fault", sorted(NETWORK_FAULTS))
@pytest.mark.parametrize("operation_id", OPS)
def test_network_failure(
    operation_id: str, fault: str, clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    make_error, kind, needle = NETWORK_FAULTS[fault]
    server = Server([make_error()])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, kind, needle)
    assert result.status_code is None
    assert len(server.requests) == result.attempts == expected_attempts(operation_id)
    if not idempotent(operation_id):
        assert "not retried" in (result.error or "")
    assert_bounded(clock, result)


@pytest.mark.parametrize("operation_id", OPS)
def test_refused_connection_is_retried_even_for_post(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    """A refused connection means the request never left: safe to retry for every method."""
    server = Server(
        [httpx.ConnectError("[Errno 111] Connection refused"), golden_reply(golden[operation_id])]
    )
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert result.success, result.error
    assert result.attempts == len(server.requests) == 2
    assert_bounded(clock, result)


# ------------------------------------------------------------------------------ bodies


@pytest.mark.parametrize(
    "case",
    ["invalid_json", "html_200", "empty_body", "not_utf8"],
)
@pytest.mark.parametrize("operation_id", OPS)
def test_unreadable_success_body(
    operation_id: str, case: str, clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    status = success_status(operation_id)
    body, content_type = {
        "invalid_json": ('{"id": "1", "ti', "application/json"),
        "html_200": (HTML_PAGE, "text/html; charset=utf-8"),
        "empty_body": ("", "application/json"),
        "not_utf8": (b"\xff\xfe{\x00\x00", "application/json"),
    }[case]
    server = Server([status_reply(status, body, content_type)])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert len(server.requests) == 1, "an unreadable answer is not a reason to send again"
    if operation_id in NO_BODY_OPS:
        # 202/204 operations have no response body to read: the server said it is done.
        assert result.success and result.data is None and result.status_code == status
        return
    needle = {
        "invalid_json": "not JSON",
        "html_200": "HTML",
        "empty_body": "empty",
        "not_utf8": "not JSON",
    }[case]
    assert_failure(result, "invalid_response", needle)
    assert result.status_code == status
    assert "<p>" not in (result.error or ""), "the error quotes no markup"
    assert len(result.error or "") < 400


@pytest.mark.parametrize("operation_id", OPS)
def test_html_error_page(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    server = Server([status_reply(502, HTML_PAGE, "text/html")])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, "server", "(502)", "HTML page")
    assert "<html" not in (result.error or "").lower() and len(result.error or "") < 400
    assert len(server.requests) == expected_attempts(operation_id)
    assert_bounded(clock, result)


@pytest.mark.parametrize("operation_id", MODEL_OPS)
def test_response_missing_required_fields(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    from sentry_api.models import load_model

    meta = OPERATIONS[operation_id]["response"]
    body = "[{}]" if meta["list"] else "{}"
    server = Server([status_reply(success_status(operation_id), body)])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert len(server.requests) == 1
    cls = load_model(meta["model"])
    if not _required_json_keys(cls):
        # e.g. IssueBulkUpdateResult: Sentry echoes only the fields that changed, so an empty
        # object is a valid answer.
        assert result.success, result.error
        return
    assert_failure(result, "invalid_response", f"did not match {cls.__name__}")
    assert "missing required field" in (result.error or "")


def _required_json_keys(cls: type) -> list[str]:
    return [key for _name, key, required, _kind in cls._sentry_fields if required]


def _ops_whose_model_requires_a_field() -> list[str]:
    from sentry_api.models import load_model

    return [
        op
        for op in MODEL_OPS
        if _required_json_keys(load_model(OPERATIONS[op]["response"]["model"]))
    ]


# IssueBulkUpdateResult requires no field (Sentry echoes only what changed), so the bulk
# mutations have nothing to drop; test_response_missing_required_fields covers them.
@pytest.mark.parametrize("operation_id", _ops_whose_model_requires_a_field())
def test_response_missing_one_required_field(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    """Drop one field the model requires from the real answer: the error names it."""
    from sentry_api.models import load_model

    meta = OPERATIONS[operation_id]["response"]
    real = golden[operation_id].json()
    item = real[0] if meta["list"] else real
    cls = load_model(meta["model"])
    required = _required_json_keys(cls)
    dropped = required[0]
    del item[dropped]
    server = Server([status_reply(success_status(operation_id), json.dumps(real))])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, "invalid_response", dropped, "missing required field")


# ------------------------------------------------------------------------------ 429


def rate_limited(reset_in: float | None, retry_after: str | None = None) -> Reply:
    def reply(request: httpx.Request, number: int) -> httpx.Response:
        headers = {"Content-Type": "application/json"}
        if reset_in is not None:
            now = CLOCKS[-1].now
            headers.update(
                {
                    "X-Sentry-Rate-Limit-Limit": "40",
                    "X-Sentry-Rate-Limit-Remaining": "0",
                    "X-Sentry-Rate-Limit-Reset": str(int(now + reset_in)),
                    "X-Sentry-Rate-Limit-ConcurrentLimit": "25",
                    "X-Sentry-Rate-Limit-ConcurrentRemaining": "24",
                }
            )
        if retry_after is not None:
            headers["Retry-After"] = retry_after
        detail = {"detail": "You are attempting to use this endpoint too frequently."}
        return httpx.Response(429, headers=headers, content=json.dumps(detail).encode())

    return reply


CLOCKS: list[FakeClock] = []


@pytest.fixture
def rl_clock(clock: FakeClock) -> Iterator[FakeClock]:
    """The clock the 429 replies read their Reset from."""
    CLOCKS.append(clock)
    yield clock
    CLOCKS.remove(clock)


@pytest.mark.parametrize("operation_id", OPS)
def test_429_with_reset_headers_then_success(
    operation_id: str,
    rl_clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    server = Server([rate_limited(reset_in=5), golden_reply(golden[operation_id])])
    with make_client(server, rl_clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert result.success, result.error
    assert result.attempts == len(server.requests) == 2, "a 429 is retried for every method"
    assert rl_clock.sleeps == [pytest.approx(5.0)], "waited until the window's reset"
    assert result.waited == pytest.approx(5.0)


@pytest.mark.parametrize("operation_id", OPS)
def test_429_without_reset_headers_then_success(
    operation_id: str,
    rl_clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    server = Server([rate_limited(reset_in=None), golden_reply(golden[operation_id])])
    with make_client(server, rl_clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert result.success, result.error
    assert result.attempts == len(server.requests) == 2
    assert len(rl_clock.sleeps) <= 1 and all(0 <= w <= BACKOFF_MAX for w in rl_clock.sleeps)


@pytest.mark.parametrize("operation_id", OPS)
def test_429_forever(operation_id: str, rl_clock: FakeClock, sample_params: dict[str, Any]) -> None:
    server = Server([rate_limited(reset_in=5)])
    with make_client(server, rl_clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(
        result, "rate_limited", "(429)", f"gave up after {ATTEMPTS_WHEN_RETRIED} attempts"
    )
    assert result.status_code == 429 and len(server.requests) == ATTEMPTS_WHEN_RETRIED
    assert_bounded(rl_clock, result)


@pytest.mark.parametrize("operation_id", OPS)
def test_429_asking_for_an_hour(
    operation_id: str, rl_clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    """A wait beyond the budget is not started: fail at once, and say why."""
    server = Server([rate_limited(reset_in=None, retry_after="3600")])
    with make_client(server, rl_clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, "rate_limited", "3600", f"max_retry_wait={MAX_RETRY_WAIT:g}")
    assert len(server.requests) == 1 and rl_clock.sleeps == []


@pytest.mark.parametrize("operation_id", OPS)
def test_garbage_rate_limit_headers(
    operation_id: str,
    rl_clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    """Unparseable rate-limit headers on a 429 and on the answer after it: no crash, a
    bounded backoff instead of the unreadable wait, and the success still parsed."""
    garbage = {
        "X-Sentry-Rate-Limit-Limit": "lots",
        "X-Sentry-Rate-Limit-Remaining": "-",
        "X-Sentry-Rate-Limit-Reset": "soon",
        "X-Sentry-Rate-Limit-ConcurrentLimit": "nan",
        "Retry-After": "whenever",
    }
    real = golden[operation_id]

    def ok_with_garbage(request: httpx.Request, number: int) -> httpx.Response:
        headers = [(k, v) for k, v in real.headers if not k.lower().startswith("x-sentry-rate")]
        return httpx.Response(
            real.status, headers=[*headers, *garbage.items()], content=real.content
        )

    server = Server([status_reply(429, headers=garbage), ok_with_garbage])
    with make_client(server, rl_clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert result.success, result.error
    assert result.attempts == 2 and all(0 <= w <= BACKOFF_MAX for w in rl_clock.sleeps)
    assert_bounded(rl_clock, result)


@pytest.mark.parametrize("value", ["1e999", "inf", "-inf"])
@pytest.mark.parametrize(
    "header",
    [
        "X-Sentry-Rate-Limit-Limit",
        "X-Sentry-Rate-Limit-Remaining",
        "X-Sentry-Rate-Limit-Reset",
        "X-Sentry-Rate-Limit-ConcurrentLimit",
        "X-Sentry-Rate-Limit-ConcurrentRemaining",
    ],
)
def test_infinite_rate_limit_header_is_ignored(
    header: str,
    value: str,
    clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    """A valid answer whose rate-limit header says "1e999" (a float that overflows an int) is
    still a success; the header is simply unreadable."""
    real = golden["retrieve_team"]

    def reply(request: httpx.Request, number: int) -> httpx.Response:
        headers = [(k, v) for k, v in real.headers if k.lower() != header.lower()]
        return httpx.Response(200, headers=[*headers, (header, value)], content=real.content)

    server = Server([reply])
    with make_client(server, clock) as client:
        result, _ = run_case(client, "retrieve_team", sample_params["retrieve_team"])
    assert result.success, result.error
    assert result.data.slug == "frontend"


@pytest.mark.parametrize("operation_id", OPS)
def test_redirect_is_not_followed(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any]
) -> None:
    """A redirect could carry the token to another host: reported, never followed."""
    server = Server([status_reply(302, "", headers={"Location": "https://elsewhere.example/x"})])
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert_failure(result, "http", "302", "elsewhere.example", "not followed")
    assert len(server.requests) == 1


@pytest.mark.parametrize("operation_id", sorted(op for op in OPS if idempotent(op)))
def test_503_retry_after_is_honoured(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    server = Server(
        [status_reply(503, headers={"Retry-After": "7"}), golden_reply(golden[operation_id])]
    )
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, sample_params[operation_id])
    assert result.success and result.attempts == 2
    assert clock.sleeps == [pytest.approx(7.0)]


# ------------------------------------------------------------------------------ pagination


def repeating_link(golden: Golden) -> Reply:
    """The real first page, whose ``next`` link always points at the same cursor."""

    def reply(request: httpx.Request, number: int) -> httpx.Response:
        url = str(request.url.copy_remove_param("cursor"))
        link = (
            f'<{url}&cursor=0:0:1>; rel="previous"; results="false"; cursor="0:0:1", '
            f'<{url}&cursor=0:2:0>; rel="next"; results="true"; cursor="0:2:0"'
        )
        headers = [(k, v) for k, v in golden.headers if k.lower() != "link"]
        return httpx.Response(200, headers=[*headers, ("Link", link)], content=golden.content)

    return reply


@pytest.mark.parametrize("operation_id", LIST_OPS)
def test_link_repeating_the_same_cursor(
    operation_id: str, clock: FakeClock, sample_params: dict[str, Any], golden: dict[str, Golden]
) -> None:
    server = Server([repeating_link(golden[operation_id])])
    params = sample_params[operation_id]
    with make_client(server, clock) as client:
        result, _ = run_case(client, operation_id, {**params, "max_results": 10**9})
        assert_failure(result, "pagination", "0:2:0", "again")
        assert len(server.requests) == 2, "stopped at the first repeated cursor"
        # The lazy APIs stop too: pages() ends with the failure, paginate() raises it.
        pages = list(client.pages(operation_id, **params))
        assert [page.success for page in pages] == [True, False]
        with pytest.raises(SentryAPIError):
            for _ in client.paginate(operation_id, **params):
                pass
    assert len(server.requests) <= 6


MALFORMED_LINKS = [
    "garbage",
    '<>; rel="next"; results="true"; cursor=""',
    '<https://sentry.io/api/0/x/?&cursor=0:2:0>; rel="next"',  # no results/cursor params
    '<https://sentry.io/api/0/x/?&cursor=0:2:0>; rel="next"; results="maybe"; cursor="0:2:0"',
    ", , ;;; <",
]


@pytest.mark.parametrize("link", MALFORMED_LINKS)
@pytest.mark.parametrize("operation_id", LIST_OPS)
def test_malformed_link_header(
    operation_id: str,
    link: str,
    clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    real = golden[operation_id]

    def reply(request: httpx.Request, number: int) -> httpx.Response:
        headers = [(k, v) for k, v in real.headers if k.lower() != "link"]
        return httpx.Response(200, headers=[*headers, ("Link", link)], content=real.content)

    server = Server([reply])
    with make_client(server, clock) as client:
        result, _ = run_case(
            client, operation_id, {**sample_params[operation_id], "max_results": 500}
        )
    # Either the list ends here, or the one readable cursor is followed once and then seen
    # again (the same answer comes back): a pagination error. Never a crash or a loop.
    assert len(server.requests) <= 2
    if result.success:
        assert result.next_cursor is None and result.data
    else:
        assert_failure(result, "pagination", "again")


# ------------------------------------------------------------------------------ async client


ASYNC_CASES = ["503", "reset", "invalid_json", "429_then_success"]


@pytest.mark.parametrize("case", ASYNC_CASES)
@pytest.mark.parametrize("operation_id", OPS)
async def test_async_client_faults(
    operation_id: str,
    case: str,
    rl_clock: FakeClock,
    sample_params: dict[str, Any],
    golden: dict[str, Golden],
) -> None:
    replies: list[Reply | Exception] = {
        "503": [status_reply(503)],
        "reset": [httpx.ReadError("[Errno 104] Connection reset by peer")],
        "invalid_json": [status_reply(success_status(operation_id), '{"id": "1", "ti')],
        "429_then_success": [rate_limited(reset_in=5), golden_reply(golden[operation_id])],
    }[case]
    server = Server(replies)
    client = AsyncSentryClient(
        TOKEN,
        transport=httpx.MockTransport(server),
        timeout=1.0,
        max_retries=MAX_RETRIES,
        max_retry_wait=MAX_RETRY_WAIT,
        backoff_max=BACKOFF_MAX,
        sleep=rl_clock.async_sleep,
        clock=rl_clock.monotonic,
        wall_clock=rl_clock.time,
        rng=random.Random(7),
    )
    async with client:
        result = await asyncio.wait_for(
            client.call(operation_id, **sample_params[operation_id]), REAL_SECONDS_PER_CASE
        )
    if case == "503":
        assert_failure(result, "server", "(503)")
        assert len(server.requests) == expected_attempts(operation_id)
    elif case == "reset":
        assert_failure(result, "connection", "ReadError")
        assert len(server.requests) == expected_attempts(operation_id)
    elif case == "invalid_json" and operation_id in MODEL_OPS:
        assert_failure(result, "invalid_response", "not JSON")
    else:
        assert result.success, result.error
    assert_bounded(rl_clock, result)


# ------------------------------------------------------------------------------ real sandbox

# Representative operations: a GET, a list, a PUT, a DELETE, two POSTs.
SANDBOX_OPS = [
    "retrieve_issue",
    "list_project_issues",
    "update_issue",
    "delete_team",
    "create_team",
    "create_release",
]
SANDBOX_FAULTS = ["reset", "drop", "hang", "503", "html", "invalid_json", "missing_fields"]
TIMEOUT = 0.3


@pytest.fixture(scope="module")
def fault_server() -> Iterator[SandboxServer]:
    with SandboxServer(seed_issues=40) as server:
        yield server


@pytest.fixture
def sandbox_client(fault_server: SandboxServer, clock: FakeClock) -> Iterator[SentryClient]:
    fault_server.sandbox.reset()
    fault_server.faults.clear()
    with SentryClient(
        fault_server.token,
        base_url=fault_server.url,
        timeout=TIMEOUT,
        max_retries=1,
        max_retry_wait=MAX_RETRY_WAIT,
        sleep=clock.sleep,
        rng=random.Random(3),
    ) as client:
        yield client
    fault_server.faults.clear()


def settled_count(server: SandboxServer, operation_id: str, before: int, expected: int) -> int:
    """Requests the sandbox saw for ``operation_id`` since ``before``. A request the client gave
    up on (a hang) can be logged a moment after the client returned: wait for the expected
    count (briefly), then a little longer, so an extra request would be seen too."""
    deadline = time.monotonic() + 1.0
    while server.sandbox.call_count(operation_id) - before < expected:
        if time.monotonic() > deadline:
            break
        time.sleep(0.01)
    time.sleep(0.05)
    return server.sandbox.call_count(operation_id) - before


@pytest.mark.parametrize("fault", SANDBOX_FAULTS)
@pytest.mark.parametrize("operation_id", SANDBOX_OPS)
def test_sandbox_server_faults(
    operation_id: str,
    fault: str,
    fault_server: SandboxServer,
    sandbox_client: SentryClient,
    sample_params: dict[str, Any],
) -> None:
    fault_server.faults.add(operation_id, fault, rate=1.0, seconds=5 if fault == "hang" else None)
    before = fault_server.sandbox.call_count(operation_id)
    started = time.perf_counter()
    result = sandbox_client.call(operation_id, **sample_params[operation_id])
    elapsed = time.perf_counter() - started
    assert isinstance(result, Result)
    # Bounded: at most (1 + max_retries) timeouts plus slack.
    assert elapsed < 2 * TIMEOUT + 1.5, f"took {elapsed:.2f} s"
    transient = fault in ("reset", "drop", "hang", "503", "html")
    expected = (2 if idempotent(operation_id) else 1) if transient else 1
    sent = settled_count(fault_server, operation_id, before, expected)
    assert sent == expected, "a POST is never repeated after a 5xx, a reset or a timeout"
    if fault in ("reset", "drop"):
        assert_failure(result, "connection")
    elif fault == "hang":
        assert_failure(result, "timeout", "timed out")
    elif fault in ("503", "html"):
        assert_failure(result, "server", "(503)" if fault == "503" else "(502)")
    elif operation_id in NO_BODY_OPS:
        assert result.success and result.data is None
    elif fault == "invalid_json":
        assert_failure(result, "invalid_response", "not JSON")
    else:
        assert_failure(result, "invalid_response", "missing required field")


def test_sandbox_server_repeating_cursor(
    fault_server: SandboxServer, sandbox_client: SentryClient
) -> None:
    fault_server.faults.add("list_organization_members", "repeat_cursor", rate=1.0)
    result = sandbox_client.call(
        "list_organization_members", organization_id_or_slug="acme", per_page=2, max_results=1000
    )
    assert_failure(result, "pagination", "again")
    assert fault_server.sandbox.call_count("list_organization_members") <= 3


def test_sandbox_server_post_not_repeated_then_retry_succeeds(
    fault_server: SandboxServer, sandbox_client: SentryClient
) -> None:
    """After a 503 the POST is reported, not resent; the caller's own retry then succeeds, and
    exactly one team exists."""
    fault_server.faults.add("create_team", "503", times=1)
    first = sandbox_client.call(
        "create_team", organization_id_or_slug="acme", body={"slug": "once-only"}
    )
    assert_failure(first, "server", "(503)", "not retried")
    second = sandbox_client.call(
        "create_team", organization_id_or_slug="acme", body={"slug": "once-only"}
    )
    assert second.success and second.data.slug == "once-only"
    assert fault_server.sandbox.call_count("create_team") == 2
    teams = sandbox_client.call("list_organization_teams", organization_id_or_slug="acme")
    assert [t.slug for t in teams.data].count("once-only") == 1

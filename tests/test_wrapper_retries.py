"""Retries and rate limits: which failures are retried, how long the client waits (fake clock,
never real sleeping), the total wait budget, and what the final error says."""

from __future__ import annotations

import email.utils

import httpx
import pytest
from sentry_api.ratelimit import Pacer, RateLimit, parse_rate_limit, parse_retry_after
from sentry_api.retries import Attempt, retry_reason, server_wait
from wrapper_fakes import FakeClock, Script, json_response, make_client, rate_headers, sample


def ok_issue() -> httpx.Response:
    return json_response(200, sample("issue_detail"))


def too_many(clock: FakeClock, seconds_to_reset: float, **extra: str) -> httpx.Response:
    headers = rate_headers(remaining=0, reset=clock.now + seconds_to_reset)
    return json_response(
        429,
        {"detail": "You are attempting to use this endpoint too frequently."},
        {**headers, **extra},
    )


# --------------------------------------------------------------------------- 429


def test_429_waits_until_the_reset_header_then_succeeds() -> None:
    clock = FakeClock()
    script = Script(too_many(clock, 7), ok_issue())
    result = make_client(script, clock).call("retrieve_issue", issue_id="1")
    assert result.success
    assert script.count == 2
    assert clock.sleeps == [pytest.approx(7.0)]
    assert result.attempts == 2
    assert result.waited == pytest.approx(7.0)


def test_429_prefers_retry_after_when_sent() -> None:
    clock = FakeClock()
    script = Script(too_many(clock, 30, **{"Retry-After": "3"}), ok_issue())
    assert make_client(script, clock).call("retrieve_issue", issue_id="1").success
    assert clock.sleeps == [pytest.approx(3.0)]


def test_retry_after_as_an_http_date() -> None:
    clock = FakeClock()
    when = email.utils.formatdate(clock.now + 12, usegmt=True)
    script = Script(json_response(429, {}, {"Retry-After": when}), ok_issue())
    assert make_client(script, clock).call("retrieve_issue", issue_id="1").success
    assert clock.sleeps == [pytest.approx(12.0, abs=1.0)]


def test_429_without_headers_backs_off_with_jitter_within_bounds() -> None:
    clock = FakeClock()
    script = Script(
        json_response(429, {}), json_response(429, {}), json_response(429, {}), ok_issue()
    )
    result = make_client(script, clock, backoff_base=0.5, backoff_max=8).call(
        "retrieve_issue", issue_id="1"
    )
    assert result.success and script.count == 4
    ceilings = [0.5, 1.0, 2.0]  # full jitter: uniform(0, min(max, base * 2**n))
    assert len(clock.sleeps) == 3
    for slept, ceiling in zip(clock.sleeps, ceilings, strict=True):
        assert 0 <= slept <= ceiling


def test_429_for_the_concurrency_limit_does_not_wait_for_the_window() -> None:
    # Remaining > 0: the window has room; the 429 was for requests in flight.
    clock = FakeClock()
    busy = json_response(
        429, {}, rate_headers(remaining=10, reset=clock.now + 50, concurrent_remaining=0)
    )
    script = Script(busy, ok_issue())
    assert make_client(script, clock).call("retrieve_issue", issue_id="1").success
    assert clock.sleeps[0] < 1.0


def test_429_is_retried_for_post_too() -> None:
    clock = FakeClock()
    created = json_response(201, sample("team"))
    script = Script(too_many(clock, 2), created)
    result = make_client(script, clock).call("create_team", body={"slug": "ops"})
    assert script.count == 2
    assert result.success and result.status_code == 201
    assert result.data.slug == sample("team")["slug"]


def test_429_gives_up_when_the_wait_would_exceed_the_budget() -> None:
    clock = FakeClock()
    script = Script(too_many(clock, 120))
    result = make_client(script, clock, max_retry_wait=30).call("retrieve_issue", issue_id="1")
    assert not result.success
    assert result.status_code == 429 and result.error_kind == "rate_limited"
    assert script.count == 1, "a wait beyond the budget is not started"
    assert clock.sleeps == []
    assert "rate limited (429)" in (result.error or "")
    assert "gave up after 1 attempt and 0.0 s of waiting" in (result.error or "")
    assert "would exceed max_retry_wait=30 s" in (result.error or "")


def test_429_error_says_how_long_it_waited_and_how_many_times() -> None:
    clock = FakeClock()
    script = Script(lambda request: too_many(clock, 4))
    result = make_client(script, clock, max_retries=3, max_retry_wait=60).call(
        "retrieve_issue", issue_id="1"
    )
    assert not result.success
    assert script.count == 4
    assert result.attempts == 4
    assert result.waited == pytest.approx(12.0)
    assert "gave up after 4 attempts and 12.0 s of waiting (max_retries=3)" in (result.error or "")
    assert "limit: 40 requests per window" in (result.error or "")


def test_total_wait_budget_is_never_overrun() -> None:
    clock = FakeClock()
    script = Script(lambda request: too_many(clock, 9))
    result = make_client(script, clock, max_retries=10, max_retry_wait=25).call(
        "retrieve_issue", issue_id="1"
    )
    assert sum(clock.sleeps) <= 25
    assert clock.sleeps == [pytest.approx(9.0), pytest.approx(9.0)]
    assert result.waited == pytest.approx(18.0)


def test_max_retries_zero_disables_retrying() -> None:
    clock = FakeClock()
    script = Script(json_response(503, {"detail": "down"}))
    result = make_client(script, clock, max_retries=0).call("retrieve_issue", issue_id="1")
    assert script.count == 1 and clock.sleeps == []
    assert "retries are off" in (result.error or "")


# --------------------------------------------------------------------------- 5xx and transport


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_5xx_on_get_is_retried_with_backoff(status: int) -> None:
    clock = FakeClock()
    script = Script(json_response(status, {"detail": "oops"}), ok_issue())
    result = make_client(script, clock).call("retrieve_issue", issue_id="1")
    assert result.success and script.count == 2
    assert 0 <= clock.sleeps[0] <= 0.5


def test_5xx_gives_up_after_max_retries_and_says_so() -> None:
    clock = FakeClock()
    script = Script(json_response(502, {"detail": "Bad Gateway"}))
    result = make_client(script, clock, max_retries=2).call("retrieve_issue", issue_id="1")
    assert not result.success and script.count == 3
    assert result.error_kind == "server"
    assert "server error (502)" in (result.error or "")
    assert "gave up after 3 attempts" in (result.error or "")
    assert "Bad Gateway" in (result.error or "")


def test_503_retry_after_is_honoured() -> None:
    clock = FakeClock()
    script = Script(json_response(503, {}, {"Retry-After": "4"}), ok_issue())
    assert make_client(script, clock).call("retrieve_issue", issue_id="1").success
    assert clock.sleeps == [pytest.approx(4.0)]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_not_repeated_after_a_5xx(status: int) -> None:
    clock = FakeClock()
    script = Script(json_response(status, {"detail": "oops"}))
    result = make_client(script, clock).call(
        "create_release", body={"version": "web@1.0", "projects": ["web"]}
    )
    assert script.count == 1, "a POST that reached the server must not be sent again"
    assert not result.success and result.status_code == status
    assert "not retried" in (result.error or "")


@pytest.mark.parametrize(
    "error",
    [
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("slow connect"),
        httpx.PoolTimeout("pool"),
    ],
)
def test_post_is_retried_when_it_was_never_sent(error: Exception) -> None:
    clock = FakeClock()
    created = json_response(201, sample("release"))
    script = Script(error, created)
    result = make_client(script, clock).call(
        "create_release", body={"version": "web@1.0", "projects": ["web"]}
    )
    assert script.count == 2
    assert result.success and result.attempts == 2


@pytest.mark.parametrize(
    "error",
    [
        httpx.ReadTimeout("slow"),
        httpx.ReadError("reset by peer"),
        httpx.RemoteProtocolError("dropped"),
    ],
)
def test_post_is_not_retried_once_sent(error: Exception) -> None:
    script = Script(error, json_response(201, {}))
    result = make_client(script).call(
        "create_release", body={"version": "web@1.0", "projects": ["web"]}
    )
    assert script.count == 1
    assert not result.success
    assert "may already have reached Sentry" in (result.error or "")


@pytest.mark.parametrize(
    ("error", "kind"),
    [
        (httpx.ReadTimeout("slow"), "timeout"),
        (httpx.ConnectError("refused"), "connection"),
        (httpx.ReadError("connection reset by peer"), "connection"),
        (
            httpx.RemoteProtocolError("Server disconnected without sending a response."),
            "connection",
        ),
    ],
)
def test_transport_errors_on_get_are_retried_then_reported(error: Exception, kind: str) -> None:
    clock = FakeClock()
    script = Script(error)
    result = make_client(script, clock, max_retries=2).call("retrieve_issue", issue_id="1")
    assert script.count == 3
    assert not result.success and result.status_code is None
    assert result.error_kind == kind
    assert "tried 3 times" in (result.error or "")


def test_put_and_delete_are_retried_after_5xx() -> None:
    for operation, params in [
        ("update_issue", {"issue_id": "1", "body": {"status": "resolved"}}),
        ("delete_team", {"team_id_or_slug": "ops"}),
    ]:
        script = Script(
            json_response(500, {}),
            httpx.Response(204)
            if operation == "delete_team"
            else json_response(200, sample("issues")[0]),
        )
        result = make_client(script).call(operation, **params)
        assert script.count == 2, operation
        assert result.success, (operation, result.error)


# --------------------------------------------------------------------------- policy pieces


def test_retry_reason_policy_table() -> None:
    get, post = "GET", "POST"
    assert retry_reason(Attempt(get, response=httpx.Response(429))) is not None
    assert retry_reason(Attempt(post, response=httpx.Response(429))) is not None
    assert retry_reason(Attempt(get, response=httpx.Response(503))) is not None
    assert retry_reason(Attempt(post, response=httpx.Response(503))) is None
    assert retry_reason(Attempt(get, response=httpx.Response(404))) is None
    assert retry_reason(Attempt(get, response=httpx.Response(501))) is None
    assert retry_reason(Attempt(post, error=httpx.ConnectError("x"))) is not None
    assert retry_reason(Attempt(post, error=httpx.ReadTimeout("x"))) is None
    assert retry_reason(Attempt(get, error=httpx.ReadTimeout("x"))) is not None
    assert retry_reason(Attempt(get, error=ValueError("not a transport error"))) is None


def test_server_wait_reads_reset_only_when_the_window_is_used_up() -> None:
    now = 1000.0
    exhausted = httpx.Response(429, headers=rate_headers(remaining=0, reset=now + 5))
    room = httpx.Response(429, headers=rate_headers(remaining=3, reset=now + 5))
    assert server_wait(exhausted, now) == pytest.approx(5.0)
    assert server_wait(room, now) is None
    assert server_wait(httpx.Response(429, headers={"Retry-After": "2.5"}), now) == 2.5
    assert server_wait(httpx.Response(429, headers={"Retry-After": "soon"}), now) is None
    assert (
        server_wait(httpx.Response(429, headers=rate_headers(remaining=0, reset=now - 9)), now)
        == 0.0
    )


def test_parse_rate_limit_headers() -> None:
    headers = httpx.Headers(
        rate_headers(limit=40, remaining=12, reset=1234, concurrent=25, concurrent_remaining=20)
    )
    assert parse_rate_limit(headers, 0) == RateLimit(40, 12, 1234, 25, 20, None)
    assert parse_rate_limit(httpx.Headers({"Content-Type": "text/html"}), 0) is None
    assert parse_rate_limit({"x-sentry-rate-limit-remaining": "junk"}, 0) == RateLimit(
        remaining=None
    )
    assert parse_retry_after("7", 0) == 7.0
    assert parse_retry_after("-1", 0) is None


def test_rate_limit_values_that_are_not_plain_ascii_digits() -> None:
    # Latin-1 superscripts pass str.isdigit() but are no number; odd forms still parse.
    odd = httpx.Headers(
        [(b"X-Sentry-Rate-Limit-Limit", b"\xb2"), (b"X-Sentry-Rate-Limit-Reset", b" 12 ")]
    )
    assert parse_rate_limit(odd, 0) == RateLimit(limit=None, reset=12)
    assert parse_rate_limit({"x-sentry-rate-limit-remaining": "1e3"}, 0) == RateLimit(
        remaining=1000
    )
    long = "9" * 25
    assert parse_rate_limit({"x-sentry-rate-limit-reset": long}, 0) == RateLimit(
        reset=int(float(long))
    )


def test_result_carries_the_rate_limit_of_the_last_response() -> None:
    clock = FakeClock()
    body = sample("issue_detail")
    script = Script(
        json_response(200, body, rate_headers(limit=40, remaining=17, reset=clock.now + 3))
    )
    result = make_client(script, clock).call("retrieve_issue", issue_id="1")
    assert result.rate_limit is not None
    assert (result.rate_limit.limit, result.rate_limit.remaining) == (40, 17)
    assert result.to_dict()["rate_limit"]["concurrent_limit"] == 25


# --------------------------------------------------------------------------- pacing


def test_pacer_waits_for_reset_once_the_window_is_used_up() -> None:
    pacer = Pacer()
    seq = pacer.sent()
    pacer.observe(RateLimit(limit=2, remaining=1, reset=100), seq)
    assert pacer.delay(90.0) == 0.0
    pacer.sent()  # one more request: the window is now used up
    assert pacer.delay(90.0) == pytest.approx(10.0)
    assert pacer.delay(100.0) == 0.0  # a new window


def test_pacer_counts_requests_sent_after_the_answer_it_saw() -> None:
    pacer = Pacer()
    first = pacer.sent()
    pacer.sent()
    pacer.sent()  # two more in flight when the first answer arrives
    pacer.observe(RateLimit(limit=10, remaining=2, reset=50), first)
    assert pacer.available() == 0
    assert pacer.delay(40.0) == pytest.approx(10.0)


def test_sync_client_paces_instead_of_eating_a_429() -> None:
    clock = FakeClock()
    body = sample("issue_detail")
    served: list[float] = []

    def handler(request: httpx.Request) -> httpx.Response:
        served.append(clock.now)
        reset = (int(clock.now) // 10 + 1) * 10  # 10-second windows, 2 requests each
        in_window = sum(1 for t in served if int(t) // 10 == int(clock.now) // 10)
        if in_window > 2:
            return json_response(429, {}, rate_headers(limit=2, remaining=0, reset=reset))
        return json_response(200, body, rate_headers(limit=2, remaining=2 - in_window, reset=reset))

    client = make_client(handler, clock)
    results = [client.call("retrieve_issue", issue_id="1") for _ in range(5)]
    assert all(r.success for r in results)
    assert len(served) == 5, "no request was rejected: the client waited for each new window"
    assert sum(clock.sleeps) > 0

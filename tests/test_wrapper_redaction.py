"""The token never appears in a repr, a Result, an error, an exception or a log line."""

from __future__ import annotations

import copy
import logging
import pickle

import httpx
import pytest
from sentry_api import Result
from sentry_api.auth import Token
from wrapper_fakes import (
    TOKEN,
    FakeClock,
    Script,
    json_response,
    make_async_client,
    make_client,
    sample,
)


def everything_printed(result: Result) -> str:
    return " ".join([repr(result), str(result.to_dict()), str(result.error), repr(result.details)])


def test_token_repr_and_str_are_redacted() -> None:
    token = Token(TOKEN)
    for text in (repr(token), str(token), f"{token}", f"{token!r}", "{}".format(token)):  # noqa: UP032
        assert TOKEN not in text
    assert token.reveal() == TOKEN
    assert token == Token(TOKEN) and token != Token("other-secret")


def test_token_refuses_pickling_and_control_characters() -> None:
    with pytest.raises(TypeError):
        pickle.dumps(Token(TOKEN))
    assert copy.deepcopy(Token(TOKEN)) == Token(TOKEN)
    with pytest.raises(ValueError):
        Token("abc\r\nX-Injected: 1")
    with pytest.raises(ValueError):
        Token("   ")


def test_client_repr_hides_the_token() -> None:
    client = make_client(Script(json_response(200, {})))
    assert TOKEN not in repr(client) and "[redacted]" in repr(client)
    assert TOKEN not in str(vars(client).get("_token"))


@pytest.mark.parametrize(
    "reply",
    [
        json_response(401, {"detail": f"Invalid token {TOKEN}"}),
        json_response(403, {"detail": f"Bearer {TOKEN} may not"}),
        json_response(400, {"token": [TOKEN]}),
        json_response(500, {"detail": TOKEN}),
        httpx.Response(
            200, content=f"<html>{TOKEN}</html>".encode(), headers={"Content-Type": "text/html"}
        ),
        httpx.ConnectError(f"could not connect with {TOKEN}"),
    ],
)
def test_a_server_or_error_that_echoes_the_token_is_scrubbed(
    reply: httpx.Response | Exception,
) -> None:
    result = make_client(Script(reply), max_retries=0).call("retrieve_issue", issue_id="1")
    assert not result.success
    assert TOKEN not in everything_printed(result)
    with pytest.raises(Exception) as caught:
        result.unwrap()
    assert TOKEN not in str(caught.value) and TOKEN not in repr(caught.value)


def test_validation_errors_echoing_the_token_are_scrubbed() -> None:
    result = make_client(Script(json_response(200, {}))).call(
        "retrieve_issue", issue_id=TOKEN, bogus=TOKEN
    )
    assert TOKEN not in everything_printed(result)


def test_debug_logs_never_contain_the_token(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)  # every logger: ours, httpx, httpcore
    clock = FakeClock()
    script = Script(
        json_response(429, {}, {"Retry-After": "1"}), json_response(200, sample("issue_detail"))
    )
    client = make_client(script, clock)
    assert client.call("retrieve_issue", issue_id="1").success
    client.call("retrieve_issue", issue_id="1", bogus=True)
    ours = [r for r in caplog.records if r.name == "sentry_api"]
    assert any(
        "GET" in r.getMessage() and "429" in r.getMessage() and "attempt 1" in r.getMessage()
        for r in ours
    )
    assert any("200" in r.getMessage() and "attempt 2" in r.getMessage() for r in ours)
    for record in caplog.records:
        assert TOKEN not in record.getMessage()
    assert TOKEN not in caplog.text


async def test_async_client_logs_and_results_never_contain_the_token(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)

    async def handler(request: httpx.Request) -> httpx.Response:
        return json_response(401, {"detail": f"bad {request.headers['Authorization']}"})

    async with make_async_client(handler) as client:
        result = await client.call("retrieve_issue", issue_id="1")
    assert TOKEN not in everything_printed(result)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(client)

"""The client's cookie jar: httpx's own, consulted only for responses that set a cookie."""

from __future__ import annotations

import httpx
import pytest
from wrapper_fakes import Script, json_response, make_async_client, make_client, sample


def counting(monkeypatch: pytest.MonkeyPatch) -> list[httpx.Response]:
    """Record every response httpx's cookie extraction is run on (from now on)."""
    sample("issue_detail")  # rendered once by the sandbox, through httpx: not counted
    seen: list[httpx.Response] = []
    original = httpx.Cookies.extract_cookies

    def extract(self: httpx.Cookies, response: httpx.Response) -> None:
        seen.append(response)
        original(self, response)

    monkeypatch.setattr(httpx.Cookies, "extract_cookies", extract)
    return seen


def test_responses_without_cookies_skip_the_cookie_jar(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = counting(monkeypatch)
    client = make_client(Script(json_response(200, sample("issue_detail"))))
    for _ in range(3):
        assert client.call("retrieve_issue", issue_id="1").success
    assert seen == []


def test_a_cookie_a_server_sets_is_kept_and_sent_back(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = counting(monkeypatch)
    sent: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        response = json_response(200, sample("issue_detail"))
        response.headers["Set-Cookie"] = "AWSALB=sticky; Path=/"
        return response

    client = make_client(server)
    assert client.call("retrieve_issue", issue_id="1").success
    assert client.call("retrieve_issue", issue_id="1").success
    assert len(seen) == 2
    assert sent == [None, "AWSALB=sticky"]


async def test_the_async_client_too(monkeypatch: pytest.MonkeyPatch) -> None:
    seen = counting(monkeypatch)
    sent: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        response = json_response(200, sample("issue_detail"))
        if len(sent) == 2:
            response.headers["Set-Cookie"] = "AWSALB=sticky; Path=/"
        return response

    async with make_async_client(server) as client:
        for _ in range(3):
            assert (await client.call("retrieve_issue", issue_id="1")).success
    assert len(seen) == 1
    assert sent == [None, None, "AWSALB=sticky"]


def test_cookies_given_to_the_http_clients_are_sent() -> None:
    from sentry_api.cookies import AsyncHttpClient, HttpClient

    sent: list[str | None] = []

    def server(request: httpx.Request) -> httpx.Response:
        sent.append(request.headers.get("cookie"))
        return httpx.Response(204)

    with HttpClient(cookies={"pre": "1"}, transport=httpx.MockTransport(server)) as http:
        http.get("https://sentry.io/api/0/")
    assert dict(AsyncHttpClient(cookies={"pre": "1"}).cookies) == {"pre": "1"}
    assert sent == ["pre=1"]

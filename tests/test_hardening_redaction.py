"""Credentials never leak, and redaction never mangles what it did not need to touch
(issue 13, item 5)."""

from __future__ import annotations

import json
import logging

import httpx
import pytest
from cli_support import CLEAN_ENV
from click.testing import CliRunner
from local_server import http_server
from sentry_api import SentryClient
from sentry_api.cli import cli
from wrapper_fakes import json_response, make_client, sample

SECRET = "sntrys_abc123secretvalue"


def test_a_short_token_is_redacted_as_a_whole_token_and_keys_are_untouched() -> None:
    def server(request: httpx.Request) -> httpx.Response:
        body = {"detail": "update_issue: token t cannot do that", "details": {"detail": "t"}}
        return json_response(400, body)

    result = make_client(server, token="t").call("update_issue", issue_id="1", body={})
    assert "update_issue: token [redacted] cannot do that" in (result.error or "")
    assert result.details == {
        "detail": "update_issue: token [redacted] cannot do that",
        "details": {"detail": "[redacted]"},
    }


def test_credentials_passed_as_headers_are_redacted_from_errors() -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        seen = f"{request.headers['authorization']} / {request.headers['x-api-key']}"
        return json_response(
            400, {"detail": f"rejected {seen}", "key": request.headers["x-api-key"]}
        )

    client = SentryClient(
        headers={"Authorization": f"Bearer {SECRET}", "X-Api-Key": "gw-key-9876"},
        transport=httpx.MockTransport(echo),
        organization="acme",
    )
    result = client.call("retrieve_organization")
    assert result.error_kind == "bad_request"
    shown = f"{result.error} {json.dumps(result.to_dict())}"
    assert SECRET not in shown and "gw-key-9876" not in shown
    assert "rejected [redacted] / [redacted]" in (result.error or "")


def test_no_secret_in_vars_of_the_client_or_its_http_client() -> None:
    client = SentryClient(
        SECRET,
        headers={"X-Api-Key": "gw-key-9876"},
        transport=httpx.MockTransport(lambda r: json_response(200, {})),
    )
    dumped = repr(vars(client)) + repr(dict(client._http.headers))
    assert SECRET not in dumped and "gw-key-9876" not in dumped
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return json_response(200, sample("issue_detail"))

    client = SentryClient(
        SECRET, headers={"X-Api-Key": "gw-key-9876"}, transport=httpx.MockTransport(capture)
    )
    assert client.call("retrieve_issue", issue_id="1", organization_id_or_slug="acme").success
    assert sent[0].headers["authorization"] == f"Bearer {SECRET}"
    assert sent[0].headers["x-api-key"] == "gw-key-9876"


def test_httpcore_debug_log_of_an_echoed_authorization_header_is_redacted(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def app(method: str, path: str, headers: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
        echoed = {
            "Content-Type": "application/json",
            "X-Echo-Authorization": headers["Authorization"],
        }
        return 200, echoed, json.dumps(sample("issue_detail")).encode()

    with http_server(app) as url, caplog.at_level(logging.DEBUG):
        with SentryClient(SECRET, base_url=url) as client:
            assert client.call(
                "retrieve_issue", issue_id="1", organization_id_or_slug="acme"
            ).success
    assert "X-Echo-Authorization" in caplog.text, "httpcore logged the response headers"
    assert SECRET not in caplog.text
    assert "[redacted]" in caplog.text


@pytest.mark.parametrize("how", ["env", "option"])
def test_cli_redacts_a_token_given_with_surrounding_whitespace(how: str) -> None:
    def app(method: str, path: str, headers: dict[str, str], body: bytes):  # type: ignore[no-untyped-def]
        org = sample("organization")
        token = headers["Authorization"].split(" ", 1)[1]
        org.update({"id": "1", "slug": "acme", "name": f"echo {token}"})
        return 200, {"Content-Type": "application/json"}, json.dumps(org).encode()

    padded = f"  {SECRET}  "
    with http_server(app) as url:
        args = [
            "--url",
            url,
            "call",
            "retrieve_organization",
            "--param",
            "organization_id_or_slug=acme",
        ]
        env = {**CLEAN_ENV}
        if how == "env":
            env["SENTRY_AUTH_TOKEN"] = padded
        else:
            args = ["--token", padded, *args]
        result = CliRunner().invoke(cli, args, env=env)
    assert SECRET not in result.output + (result.stderr or "")
    assert "echo [redacted]" in result.output


# Review of issue 13: a credential header with an unremarkable name was never redacted.
JWT = "eyJhbGciOiJSUzI1NiJ9.payload-iap-secret.sig"


def test_a_header_marked_secret_with_a_token_is_sent_and_redacted() -> None:
    from sentry_api import Token

    def echo(request: httpx.Request) -> httpx.Response:
        value = request.headers["x-goog-iap-jwt-assertion"]
        return json_response(400, {"detail": f"bad assertion {value}", "echo": value})

    client = make_client(echo, headers={"X-Goog-Iap-Jwt-Assertion": Token(JWT)})
    result = client.call("retrieve_organization")
    shown = f"{result.error} {json.dumps(result.to_dict())} {vars(client)!r}"
    shown += repr(dict(client._http.headers))
    assert JWT not in shown
    assert "bad assertion [redacted]" in (result.error or "")


def test_a_header_sent_as_a_token_reaches_the_server_as_its_value() -> None:
    from sentry_api import Token

    seen: list[str] = []

    def capture(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers["x-goog-iap-jwt-assertion"])
        return json_response(200, sample("organization"))

    make_client(capture, headers={"X-Goog-Iap-Jwt-Assertion": Token(JWT)}).call(
        "retrieve_organization"
    )
    assert seen == [JWT]


@pytest.mark.parametrize("token", ["tökén-123", "abc\u00e9"])
def test_a_non_ascii_token_is_a_clear_value_error(token: str) -> None:
    from sentry_api import Token

    with pytest.raises(ValueError, match="non-ASCII"):
        SentryClient(token)
    with pytest.raises(ValueError, match="non-ASCII"):
        SentryClient(headers={"X-Api-Key": token})
    with pytest.raises(ValueError, match="non-ASCII"):
        SentryClient(headers={"X-Custom": Token(token)})
    # Comparing one (as redaction does) is no TypeError either.
    assert Token(token) == Token(token) and Token(token) != Token("abc")


def test_the_cli_refuses_a_non_ascii_token_with_a_usage_error() -> None:
    outcome = CliRunner().invoke(
        cli,
        ["--token", "tökén-123", "--org", "acme", "call", "retrieve_organization"],
        env=CLEAN_ENV,
    )
    assert outcome.exit_code == 2
    assert "non-ASCII" in outcome.stderr

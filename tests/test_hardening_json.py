"""Deep and odd JSON ends as a Result with the HTTP status and a meaningful kind, and the CLI
prints it (issue 13, item 6)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from cli_support import CLEAN_ENV
from click.testing import CliRunner
from local_server import http_server
from sentry_api.cli import cli
from sentry_api.decoding import MAX_DEPTH, JSONProblem, decode_json
from wrapper_fakes import Script, json_response, make_client, sample


def nested(depth: int) -> str:
    return "[" * depth + "1" + "]" * depth


def raw(status: int, text: str) -> httpx.Response:
    return httpx.Response(
        status, content=text.encode(), headers={"Content-Type": "application/json"}
    )


def org_with(extra_json: str) -> str:
    body = json.dumps(sample("organization"))
    return body[:-1] + f', "extra": {extra_json}}}'


def test_a_400_nested_600_deep_is_a_bad_request_with_its_status() -> None:
    result = make_client(Script(raw(400, nested(600)))).call("retrieve_organization")
    assert result.status_code == 400
    assert result.error_kind == "bad_request"
    assert f"nested deeper than {MAX_DEPTH} levels" in (result.error or "")


@pytest.mark.parametrize(("status", "kind"), [(200, "invalid_response"), (400, "bad_request")])
def test_a_body_nested_100k_deep(status: int, kind: str) -> None:
    result = make_client(Script(raw(status, nested(100_000)))).call("retrieve_organization")
    assert (result.status_code, result.error_kind) == (status, kind)


def test_a_200_with_a_free_form_field_nested_700_deep_fails_cleanly_and_to_dict_works() -> None:
    result = make_client(Script(raw(200, org_with(nested(700))))).call("retrieve_organization")
    assert (result.status_code, result.error_kind) == (200, "invalid_response")
    assert "nested deeper than" in (result.error or "")
    assert result.to_dict()["status_code"] == 200


def test_a_5000_digit_integer_is_named_as_such_not_called_not_json() -> None:
    result = make_client(Script(raw(200, org_with("1" + "0" * 5000)))).call("retrieve_organization")
    assert (result.status_code, result.error_kind) == (200, "invalid_response")
    assert "integer of 5,001 digits" in (result.error or "")
    assert "not JSON" not in (result.error or "")


def test_integers_beyond_64_bits_keep_their_exact_value() -> None:
    big = 2**70 + 1
    result = make_client(Script(raw(200, org_with(str(big))))).call("retrieve_organization")
    assert result.success, result.error
    assert result.to_dict()["data"]["extra"] == big


@pytest.mark.parametrize(
    "number", [-(2**63) - 1, -(10**19) + 1, 2**64 - 1, 2**64, -(2**63), 10**18, -(10**18)]
)
def test_integers_at_the_64_bit_edges_keep_their_exact_value(number: int) -> None:
    # orjson reads -2**63 .. 2**64-1 exactly; a 19-digit negative below that became a float.
    value = decode_json(f'{{"n": {number}, "s": "{number}"}}'.encode())
    assert value == {"n": number, "s": str(number)}
    assert type(value["n"]) is int


def test_a_huge_integer_argument_is_an_invalid_request() -> None:
    server = Script(json_response(200, {}))
    result = make_client(server).call("retrieve_issue", issue_id=10**5000)
    assert result.error_kind == "invalid_request"
    assert "more than 100 digits" in (result.error or "")
    body = make_client(server).call(
        "update_issue", issue_id="1", body={"hasSeen": True}, extra_body={"x": 10**5000}
    )
    assert body.error_kind == "invalid_request"
    assert server.count == 0


def test_decode_json_only_raises_json_problem() -> None:
    for text in (b"", b"nope", b"\xff\xfe", nested(2000).encode(), b"[" * 5000):
        with pytest.raises(JSONProblem):
            decode_json(text)
    assert decode_json(b'"\\ud800"') == "\ud800"
    assert decode_json(nested(MAX_DEPTH).encode()) is not None


def _serve(body: str):  # type: ignore[no-untyped-def]
    def app(method: str, path: str, headers: dict[str, str], raw_body: bytes) -> Any:
        return 200, {"Content-Type": "application/json"}, body.encode("utf-8", "surrogatepass")

    return http_server(app)


def _cli(url: str) -> Any:
    args = [
        "--url",
        url,
        "call",
        "retrieve_organization",
        "--param",
        "organization_id_or_slug=acme",
    ]
    return CliRunner().invoke(cli, args, env={**CLEAN_ENV, "SENTRY_AUTH_TOKEN": "tok-12345"})


def test_cli_prints_a_lone_surrogate_as_its_escape() -> None:
    with _serve(org_with('"\\ud800"')) as url:
        result = _cli(url)
    assert result.exit_code == 0, result.output
    assert '"extra": "\\ud800"' in result.output


def test_cli_reports_a_deep_body_as_an_error_line() -> None:
    with _serve(org_with(nested(700))) as url:
        result = _cli(url)
    assert result.exit_code == 1
    assert "unexpected" not in result.output + (result.stderr or "")
    assert "nested deeper than" in result.output + (result.stderr or "")


@pytest.mark.parametrize(
    "key",
    ['"k"', '"k[[["', '"\\\\"', '"\\"[{"', '"]]]\\\\\\""'],
    ids=["plain", "brackets", "bs", "esc", "mix"],
)
def test_depth_is_measured_outside_strings(key: str) -> None:
    # Strings full of brackets and escapes neither add nor hide levels.
    def deep(depth: int) -> bytes:
        return (("{" + key + ":") * depth + '"[["' + "}" * depth).encode()

    assert decode_json(deep(MAX_DEPTH)) is not None
    with pytest.raises(JSONProblem, match="nested deeper"):
        decode_json(deep(MAX_DEPTH + 1))


@pytest.mark.parametrize("tail", ["", ', "big": 123456789012345678901234', ', "s": "\\ud800"'])
def test_wide_bodies_keep_values_and_the_exact_depth_limit(tail: str) -> None:
    # Many brackets (a page of items) take the path that cannot rule the depth out by
    # counting; the decoded value must be the standard library's, at the limit and above.
    def page(depth: int) -> bytes:
        items = ", ".join(f'{{"id": "{i}", "t": "a [b] {{c"}}' for i in range(300))
        inner = "[" * (depth - 1) + "1" + "]" * (depth - 1)
        return ('{"items": [' + items + '], "deep": ' + inner + tail + "}").encode()

    at_limit = page(MAX_DEPTH)
    assert decode_json(at_limit) == json.loads(at_limit)
    with pytest.raises(JSONProblem, match="nested deeper"):
        decode_json(page(MAX_DEPTH + 1))

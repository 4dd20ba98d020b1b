"""Bad input from the caller: refused with a clear error before anything is sent.

Call arguments (blank or dot slugs, an unknown operation, a missing, unknown or mistyped
parameter, an enum or range violation, a body that does not fit) come back as
``Result(success=False, error_kind="invalid_request")`` and the transport sees **zero**
requests. Configuration (an unknown region, plain http:// to a remote host, a URL with
credentials) is a programming error the constructor refuses with ``ValueError`` - again before
any request. Release versions full of ``/ + @``, spaces and non-ASCII are sent percent-encoded
and round-trip through the sandbox (create, retrieve, list, delete). A huge ``max_results``
cannot be known to be wrong: it is honoured with pages of at most 100 and ends with the list.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from sentry_api import AsyncSentryClient, Result, SentryClient
from sentry_api.sandbox import Sandbox
from sentry_api_client._operations import OPERATIONS

OPS = sorted(OPERATIONS)
TOKEN = "bad-input-token"
PATH_PARAMS = [(op, param["python_name"]) for op in OPS for param in OPERATIONS[op]["path_params"]]
BODY_OPS = sorted(op for op in OPS if OPERATIONS[op]["body"])
REQUIRED_BODY_OPS = sorted(op for op in BODY_OPS if OPERATIONS[op]["body"]["required"])
NO_BODY_OPS = sorted(set(OPS) - set(BODY_OPS))
LIST_OPS = sorted(op for op in OPS if OPERATIONS[op]["paginated"])
PER_PAGE_OPS = sorted(
    op for op in LIST_OPS if any(p["name"] == "per_page" for p in OPERATIONS[op]["query_params"])
)


class NoNetwork:
    """A transport that counts requests; every test here expects it to stay at zero."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"detail": "this request should never have been sent"})


@pytest.fixture
def wire() -> NoNetwork:
    return NoNetwork()


@pytest.fixture
def client(wire: NoNetwork) -> Iterator[SentryClient]:
    with SentryClient(TOKEN, transport=httpx.MockTransport(wire), max_retries=0) as made:
        yield made
    assert wire.requests == [], "bad input reached the network"


def refused(result: Result, *needles: str) -> str:
    assert isinstance(result, Result)
    assert result.success is False and result.data is None
    assert result.error_kind == "invalid_request", (result.error_kind, result.error)
    assert result.status_code is None and result.attempts == 0
    assert result.error is not None
    for needle in needles:
        assert needle in result.error, f"{needle!r} not in {result.error!r}"
    assert TOKEN not in result.error
    return result.error


# ------------------------------------------------------------------------------ slugs


@pytest.mark.parametrize("value", ["", "   ", "\t\n"], ids=["empty", "spaces", "tab-newline"])
@pytest.mark.parametrize(("operation_id", "param"), PATH_PARAMS)
def test_blank_path_parameter(
    client: SentryClient,
    sample_params: dict[str, Any],
    operation_id: str,
    param: str,
    value: str,
) -> None:
    params = {**sample_params[operation_id], param: value}
    refused(client.call(operation_id, **params), param, "empty or blank")


@pytest.mark.parametrize("value", [".", ".."])
@pytest.mark.parametrize(("operation_id", "param"), PATH_PARAMS)
def test_dot_segment_path_parameter(
    client: SentryClient,
    sample_params: dict[str, Any],
    operation_id: str,
    param: str,
    value: str,
) -> None:
    """``..`` would be resolved away by URL normalisation and hit another endpoint."""
    params = {**sample_params[operation_id], param: value}
    refused(client.call(operation_id, **params), param)


def test_blank_default_organization_is_refused_by_the_constructor(wire: NoNetwork) -> None:
    for blank in ("", "  "):
        with pytest.raises(ValueError, match="organization"):
            SentryClient(TOKEN, organization=blank, transport=httpx.MockTransport(wire))
    assert wire.requests == []


# ------------------------------------------------------------------------------ operations


@pytest.mark.parametrize(
    ("operation_id", "hint"),
    [
        ("no_such_operation", "42 operations are known"),
        ("retrieve-issue", "did you mean retrieve_issue"),
        ("list_issue", "did you mean"),
        ("", "unknown operation ''"),
        ("RETRIEVE_ISSUE", "unknown operation 'RETRIEVE_ISSUE'"),
    ],
)
def test_unknown_operation(client: SentryClient, operation_id: str, hint: str) -> None:
    refused(client.call(operation_id), "unknown operation", hint)
    pages = list(client.pages(operation_id))
    assert len(pages) == 1
    refused(pages[0], "unknown operation")


@pytest.mark.parametrize("operation_id", [None, 42, ["retrieve_issue"]])
def test_operation_id_of_the_wrong_type(client: SentryClient, operation_id: Any) -> None:
    refused(client.call(operation_id), "unknown operation")


@pytest.mark.parametrize("operation_id", sorted(set(OPS) - set(LIST_OPS)))
def test_paginating_an_operation_that_is_not_a_list(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    pages = list(client.pages(operation_id, **sample_params[operation_id]))
    assert len(pages) == 1
    refused(pages[0], "not a list operation")
    refused(
        client.call(operation_id, max_results=5, **sample_params[operation_id]),
        "not a list operation",
    )


# ------------------------------------------------------------------------------ parameters


@pytest.mark.parametrize(("operation_id", "param"), PATH_PARAMS)
def test_missing_path_parameter(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str, param: str
) -> None:
    params = {k: v for k, v in sample_params[operation_id].items() if k != param}
    error = refused(client.call(operation_id, **params), f"{operation_id} needs {param}")
    if param == "organization_id_or_slug":
        assert "SENTRY_ORG" in error, "the error says how to set a default organization"


@pytest.mark.parametrize("operation_id", REQUIRED_BODY_OPS)
def test_missing_required_body(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    params = {k: v for k, v in sample_params[operation_id].items() if k != "body"}
    refused(client.call(operation_id, **params), "needs a request body")


@pytest.mark.parametrize(
    "operation_id", [op for op in BODY_OPS if OPERATIONS[op]["body"]["schema"].get("required")]
)
def test_missing_required_body_field(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    required = OPERATIONS[operation_id]["body"]["schema"]["required"]
    body = {k: v for k, v in sample_params[operation_id]["body"].items() if k != required[0]}
    params = {**sample_params[operation_id], "body": body}
    refused(client.call(operation_id, **params), f"body.{required[0]} is required")


@pytest.mark.parametrize("operation_id", OPS)
def test_unknown_parameter(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    error = refused(
        client.call(operation_id, not_a_parameter=1, **sample_params[operation_id]),
        "has no parameter 'not_a_parameter'",
    )
    assert "it accepts" in error


@pytest.mark.parametrize("operation_id", NO_BODY_OPS)
def test_body_for_an_operation_without_one(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    refused(
        client.call(operation_id, body={"x": 1}, **sample_params[operation_id]),
        "takes no request body",
    )


@pytest.mark.parametrize(
    "value", [["a"], {"a": 1}, 1.5, True, b"bytes"], ids=["list", "dict", "float", "bool", "bytes"]
)
@pytest.mark.parametrize(("operation_id", "param"), PATH_PARAMS)
def test_path_parameter_of_the_wrong_type(
    client: SentryClient,
    sample_params: dict[str, Any],
    operation_id: str,
    param: str,
    value: Any,
) -> None:
    params = {**sample_params[operation_id], param: value}
    refused(client.call(operation_id, **params), param, "must be a string")


@pytest.mark.parametrize(
    "value",
    ["ten", 0, 101, 10**6, -1, 2.5],
    ids=["text", "zero", "101", "million", "negative", "float"],
)
@pytest.mark.parametrize("operation_id", PER_PAGE_OPS)
def test_per_page_out_of_range_or_type(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str, value: Any
) -> None:
    refused(
        client.call(operation_id, **{**sample_params[operation_id], "per_page": value}), "per_page"
    )


@pytest.mark.parametrize("operation_id", BODY_OPS)
def test_body_of_the_wrong_type(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str
) -> None:
    for body in ("status=resolved", ["status"], 42):
        params = {**sample_params[operation_id], "body": body}
        refused(client.call(operation_id, **params), "body must be a dict")


@pytest.mark.parametrize(
    ("operation_id", "body", "needle"),
    [
        ("update_issue", {"status": "bogus"}, "body.status must be one of"),
        ("update_issue", {"status": 5}, "body.status must be a string"),
        ("update_issue", {"statusDetails": {"ignoreDuration": 0}}, "at least 1"),
        ("update_issue", {"hasSeen": "yes"}, "body.hasSeen must be a boolean"),
        ("create_release", {"version": "v1", "projects": []}, "at least 1 item"),
        ("create_release", {"version": "", "projects": ["web"]}, "must not be empty"),
        ("create_team", {"slug": "Not A Slug!"}, "does not match the pattern"),
        ("invite_member", {"email": "a@example.com", "orgRole": "emperor"}, "orgRole"),
        ("update_member", {"teamRoles": "admin"}, "teamRoles"),
        ("create_deploy", {"environment": 7}, "body.environment must be a string"),
    ],
)
def test_body_field_that_breaks_the_schema(
    client: SentryClient,
    sample_params: dict[str, Any],
    operation_id: str,
    body: dict[str, Any],
    needle: str,
) -> None:
    params = {**sample_params[operation_id], "body": body}
    refused(client.call(operation_id, **params), needle)


@pytest.mark.parametrize(
    ("operation_id", "name", "value", "needle"),
    [
        ("list_project_issues", "stats_period", "forever", "stats_period"),
        ("list_project_issues", "limit", "many", "limit"),
        ("list_organization_issues", "sort", "by-vibes", "sort must be one of"),
        ("list_issue_events", "full", "yes", "full"),
        ("list_projects", "cursor", 12, "cursor must be a string"),
        ("list_organization_members", "cursor", "0:0:0|x", "not a cursor this client issued"),
        ("retrieve_issue_event", "event_id", "not-an-event", "does not match the pattern"),
        ("list_project_issues", "query", ["is:unresolved", "is:resolved"], "takes one value"),
    ],
)
def test_query_parameter_that_breaks_the_schema(
    client: SentryClient,
    sample_params: dict[str, Any],
    operation_id: str,
    name: str,
    value: Any,
    needle: str,
) -> None:
    params = {**sample_params[operation_id], name: value}
    refused(client.call(operation_id, **params), needle)


def test_parameter_given_twice_by_both_names(client: SentryClient) -> None:
    refused(
        client.call(
            "list_project_issues",
            organization_id_or_slug="acme",
            project_id_or_slug="web",
            stats_period="24h",
            statsPeriod="24h",
        ),
        "given twice",
    )


# ------------------------------------------------------------------------------ max_results


@pytest.mark.parametrize(
    "value",
    [0, -5, True, 2.5, "10", 10**6 + 0.5],
    ids=["zero", "negative", "bool", "float", "text", "big-float"],
)
@pytest.mark.parametrize("operation_id", LIST_OPS)
def test_invalid_max_results(
    client: SentryClient, sample_params: dict[str, Any], operation_id: str, value: Any
) -> None:
    refused(
        client.call(operation_id, max_results=value, **sample_params[operation_id]),
        "max_results must be a positive integer",
    )


def test_huge_max_results_is_honoured_and_ends_with_the_list() -> None:
    """10**12 cannot be known to be too many: pages are capped at 100 and the call stops when
    the list ends (eight members: one request)."""
    seen: list[httpx.Request] = []
    with Sandbox(seed_issues=0) as sandbox:
        inner = sandbox.sync_transport()

        def spy(request: httpx.Request) -> httpx.Response:
            seen.append(request)
            return inner.handle_request(request)

        with SentryClient(
            sandbox.token, base_url=sandbox.url, transport=httpx.MockTransport(spy)
        ) as client:
            result = client.call(
                "list_organization_members", organization_id_or_slug="acme", max_results=10**12
            )
            issues = client.call(
                "list_organization_issues",
                organization_id_or_slug="acme",
                query="",
                max_results=10**12,
            )
    assert result.success, result.error
    assert len(result.data) == 8 and result.next_cursor is None and result.attempts == 1
    assert issues.success and issues.data == [] and issues.next_cursor is None
    for request in seen:
        size = request.url.params.get("per_page") or request.url.params.get("limit")
        assert size is None or 1 <= int(size) <= 100


async def test_async_client_refuses_the_same_input(
    sample_params: dict[str, Any], wire: NoNetwork
) -> None:
    async with AsyncSentryClient(TOKEN, transport=httpx.MockTransport(wire)) as client:
        results = await asyncio.gather(
            client.call("no_such_operation"),
            client.call("retrieve_issue", organization_id_or_slug=" ", issue_id="1"),
            client.call("retrieve_issue", organization_id_or_slug="acme"),
            client.call("list_projects", per_page=1000),
            client.call("list_projects", max_results=0),
            client.call("create_release", organization_id_or_slug="acme", body=[1]),
        )
        pages = [
            page
            async for page in client.pages(
                "retrieve_team", organization_id_or_slug="a", team_id_or_slug="b"
            )
        ]
    for result in [*results, *pages]:
        refused(result)
    assert wire.requests == []


# ------------------------------------------------------------------------------ configuration


@pytest.mark.parametrize("region", ["mars", "eu", "us-east-1", "sentry.io", "*"])
def test_unknown_region(wire: NoNetwork, region: str) -> None:
    with pytest.raises(ValueError, match="unknown region") as raised:
        SentryClient(TOKEN, region=region, transport=httpx.MockTransport(wire))
    assert "'us', 'de'" in str(raised.value) and TOKEN not in str(raised.value)
    assert wire.requests == []


@pytest.mark.parametrize("region", [" US ", "de", "auto"])
def test_known_regions_are_accepted(wire: NoNetwork, region: str) -> None:
    with SentryClient(TOKEN, region=region, transport=httpx.MockTransport(wire)) as client:
        assert client.base_url.startswith("https://")
    assert wire.requests == []


@pytest.mark.parametrize(
    "url",
    [
        "http://sentry.example.com",
        "http://10.0.0.5:9000",
        "http://sentry.io",
        "http://localhost.example.com",
    ],
)
def test_plain_http_to_a_remote_host_is_refused(wire: NoNetwork, url: str) -> None:
    with pytest.raises(ValueError, match="plain http") as raised:
        SentryClient(TOKEN, base_url=url, transport=httpx.MockTransport(wire))
    assert "allow_http=True" in str(raised.value)
    with pytest.raises(ValueError, match="plain http"):
        SentryClient(TOKEN, region=url, transport=httpx.MockTransport(wire))
    assert wire.requests == []


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:9000", "http://localhost:8765", "http://[::1]:80"]
)
def test_plain_http_to_loopback_is_allowed(wire: NoNetwork, url: str) -> None:
    with SentryClient(TOKEN, base_url=url, transport=httpx.MockTransport(wire)) as client:
        assert client.base_url.startswith("http://")


def test_plain_http_to_a_remote_host_when_explicitly_allowed(wire: NoNetwork) -> None:
    with SentryClient(
        TOKEN,
        base_url="http://sentry.internal",
        allow_http=True,
        max_retries=0,
        transport=httpx.MockTransport(wire),
    ) as client:
        result = client.call("retrieve_organization", organization_id_or_slug="acme")
    assert len(wire.requests) == 1 and wire.requests[0].url.scheme == "http"
    assert result.status_code == 500  # the NoNetwork answer: it was sent, as asked


@pytest.mark.parametrize(
    ("url", "needle"),
    [
        ("ftp://sentry.example.com", "absolute http(s) URL"),
        ("sentry.example.com", "absolute http(s) URL"),
        ("https://user:secret@sentry.example.com", "credentials"),
        ("https://sentry.example.com/?token=1", "query string"),
        ("https://sentry.example.com:99999", "not a valid URL"),
        ("", "absolute http(s) URL"),
    ],
)
def test_malformed_base_url(wire: NoNetwork, url: str, needle: str) -> None:
    with pytest.raises(ValueError, match=needle.replace("(", r"\(").replace(")", r"\)")) as raised:
        SentryClient(TOKEN, base_url=url, transport=httpx.MockTransport(wire))
    assert "secret" not in str(raised.value) or "credentials" in needle
    assert wire.requests == []


def test_region_and_base_url_together(wire: NoNetwork) -> None:
    with pytest.raises(ValueError, match="pass only one"):
        SentryClient(
            TOKEN,
            region="us",
            base_url="https://sentry.example.com",
            transport=httpx.MockTransport(wire),
        )


@pytest.mark.parametrize("token", ["line\nbreak", "tab\there", "nul\x00"])
def test_token_with_control_characters(wire: NoNetwork, token: str) -> None:
    with pytest.raises(ValueError, match="whitespace or control") as raised:
        SentryClient(token, transport=httpx.MockTransport(wire))
    assert token not in str(raised.value)


def test_no_token_fails_before_sending(wire: NoNetwork, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENTRY_AUTH_TOKEN", raising=False)
    with SentryClient(transport=httpx.MockTransport(wire)) as client:
        result = client.call("retrieve_organization", organization_id_or_slug="acme")
    assert not result.success and result.error_kind == "configuration"
    assert "SENTRY_AUTH_TOKEN" in (result.error or "")
    assert wire.requests == []


# ------------------------------------------------------------------------------ release versions

VERSIONS = [
    "web/1.0.0",
    "api@1.0.0+build.7",
    "mobile 1.0 (beta)",
    "café-☕@2.0",
    "a/b+c@d e/ü",
    "100%?#&=;,",
]


@pytest.mark.parametrize("version", VERSIONS)
def test_release_version_round_trips_percent_encoded(version: str) -> None:
    """create -> retrieve -> list -> delete -> 404, through the sandbox (which, unlike Sentry,
    can be told to accept ``/`` so the encoding is exercised end to end)."""
    sent: list[httpx.Request] = []
    with Sandbox(seed_issues=0, allow_slash_in_versions=True) as sandbox:
        inner = sandbox.sync_transport()

        def spy(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return inner.handle_request(request)

        with SentryClient(
            sandbox.token,
            base_url=sandbox.url,
            organization="acme",
            transport=httpx.MockTransport(spy),
        ) as client:
            created = client.call("create_release", body={"version": version, "projects": ["web"]})
            assert created.success, created.error
            assert created.data.version == version
            fetched = client.call("retrieve_release", version=version)
            assert fetched.success, fetched.error
            assert fetched.data.version == version
            listed = client.call("list_organization_releases", query=version[:4], per_page=100)
            assert version in [r.version for r in listed.data]
            updated = client.call("update_release", version=version, body={"ref": "r1"})
            assert updated.success and updated.data.ref == "r1"
            deployed = client.call(
                "create_deploy", version=version, body={"environment": "production"}
            )
            assert deployed.success, deployed.error
            deleted = client.call("delete_release", version=version)
            assert deleted.success and deleted.status_code == 204
            gone = client.call("retrieve_release", version=version)
            assert gone.status_code == 404
    encoded = quote(version, safe="")
    paths = [request.url.raw_path.decode("ascii").split("?")[0] for request in sent]
    by_version = [p for p in paths if "/releases/" in p and not p.endswith("/releases/")]
    assert by_version, paths
    for path in by_version:
        segment = path.split("/releases/", 1)[1].split("/", 1)[0]
        assert segment == encoded, f"{path!r} does not carry {encoded!r} as one segment"
    assert all(ord(ch) < 128 for path in paths for ch in path)

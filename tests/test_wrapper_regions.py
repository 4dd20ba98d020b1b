"""Where requests go: regions, base URLs (with a proxy's path prefix), extra headers, plain-http
refusal, environment variables, and organization region discovery - including refusing to
send the token to a regionUrl on a foreign host."""

from __future__ import annotations

import httpx
import pytest
from sentry_api import SentryClient
from sentry_api.regions import (
    Endpoint,
    check_region_url,
    is_loopback,
    normalize_base_url,
    resolve_endpoint,
)
from wrapper_fakes import TOKEN, Script, json_response, make_client, sample


def issue_ok() -> httpx.Response:
    return json_response(200, sample("issue_detail"))


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("SENTRY_AUTH_TOKEN", "SENTRY_URL", "SENTRY_REGION", "SENTRY_ORG"):
        monkeypatch.delenv(name, raising=False)


# --------------------------------------------------------------------------- configuration


@pytest.mark.parametrize(
    ("region", "url"),
    [
        (None, "https://sentry.io"),
        ("us", "https://us.sentry.io"),
        ("de", "https://de.sentry.io"),
        (" DE ", "https://de.sentry.io"),
    ],
)
def test_region_names_pick_the_saas_host(region: str | None, url: str) -> None:
    script = Script(issue_ok())
    make_client(script, region=region).call("retrieve_issue", issue_id="1")
    assert str(script.requests[0].url) == f"{url}/api/0/organizations/acme/issues/1/"


@pytest.mark.parametrize("bad", ["eu", "mars", "us-east-1", 5])
def test_unknown_region_is_a_configuration_error(bad: object) -> None:
    with pytest.raises(ValueError, match="region"):
        SentryClient(TOKEN, region=bad)  # type: ignore[arg-type]


def test_region_and_base_url_together_conflict() -> None:
    with pytest.raises(ValueError, match="pass only one"):
        SentryClient(TOKEN, region="de", base_url="https://sentry.example.com")


@pytest.mark.parametrize(
    "bad",
    [
        "ftp://sentry.example.com",
        "sentry.example.com",
        "https://",
        "https://user:pw@sentry.example.com",
        "https://sentry.example.com/?x=1",
        "https://sentry.example.com:99999",
        42,
    ],
)
def test_invalid_base_urls_are_refused(bad: object) -> None:
    with pytest.raises(ValueError):
        SentryClient(TOKEN, base_url=bad)  # type: ignore[arg-type]


def test_plain_http_to_a_remote_host_is_refused_unless_allowed() -> None:
    with pytest.raises(ValueError, match="clear text"):
        SentryClient(TOKEN, base_url="http://sentry.example.com")
    SentryClient(TOKEN, base_url="http://sentry.example.com", allow_http=True).close()


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:9000", "http://localhost:8080", "http://[::1]:9000", "http://127.8.9.10"],
)
def test_plain_http_to_loopback_is_fine(url: str) -> None:
    SentryClient(TOKEN, base_url=url).close()


def test_loopback_detection() -> None:
    assert (
        is_loopback("127.0.0.1")
        and is_loopback("::1")
        and is_loopback("[::1]")
        and is_loopback("LOCALHOST")
    )
    assert (
        not is_loopback("10.0.0.1")
        and not is_loopback("sentry.io")
        and not is_loopback("127.example.com")
    )


def test_base_url_path_prefix_and_api_suffix() -> None:
    assert (
        normalize_base_url("https://gw.example.com/sentry/", allow_http=False).base_url
        == "https://gw.example.com/sentry"
    )
    assert (
        normalize_base_url("https://sentry.example.com/api/0/", allow_http=False).base_url
        == "https://sentry.example.com"
    )


def test_a_proxy_path_prefix_and_extra_headers_are_honoured() -> None:
    script = Script(issue_ok())
    client = make_client(
        script, base_url="https://gw.example.com/sentry", headers={"X-Gateway-Key": "k-123"}
    )
    assert client.call("retrieve_issue", issue_id="7").success
    request = script.requests[0]
    assert str(request.url) == "https://gw.example.com/sentry/api/0/organizations/acme/issues/7/"
    assert request.headers["X-Gateway-Key"] == "k-123"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"


def test_gateway_auth_header_replaces_the_token() -> None:
    script = Script(issue_ok())
    client = make_client(
        script,
        token=None,
        base_url="https://gw.example.com",
        headers={"Authorization": "Gateway abc"},
    )
    assert client.call("retrieve_issue", issue_id="7").success
    assert script.requests[0].headers["Authorization"] == "Gateway abc"
    with pytest.raises(ValueError, match="not both"):
        SentryClient(TOKEN, headers={"Authorization": "Gateway abc"})


def test_no_token_fails_before_sending() -> None:
    script = Script(issue_ok())
    result = make_client(script, token=None).call("retrieve_issue", issue_id="7")
    assert not result.success and result.error_kind == "configuration"
    assert "SENTRY_AUTH_TOKEN" in (result.error or "")
    assert script.count == 0


def test_environment_variables_are_the_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRY_AUTH_TOKEN", TOKEN)
    monkeypatch.setenv("SENTRY_URL", "https://sentry.example.com")
    monkeypatch.setenv("SENTRY_ORG", "globex")
    script = Script(issue_ok())
    client = SentryClient.from_env(transport=httpx.MockTransport(script))
    assert client.call("retrieve_issue", issue_id="1").success
    assert (
        str(script.requests[0].url)
        == "https://sentry.example.com/api/0/organizations/globex/issues/1/"
    )
    assert script.requests[0].headers["Authorization"] == f"Bearer {TOKEN}"
    # Explicit arguments win over the environment.
    other = SentryClient(region="de", organization="initech", transport=httpx.MockTransport(script))
    other.call("retrieve_issue", issue_id="1")
    assert (
        str(script.requests[1].url) == "https://de.sentry.io/api/0/organizations/initech/issues/1/"
    )


def test_sentry_region_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SENTRY_REGION", "de")
    assert SentryClient(TOKEN).base_url == "https://de.sentry.io"
    monkeypatch.setenv("SENTRY_REGION", "atlantis")
    with pytest.raises(ValueError, match="atlantis"):
        SentryClient(TOKEN)


def test_resolve_endpoint_accepts_a_url_as_region() -> None:
    assert resolve_endpoint("https://sentry.example.com", None) == Endpoint(
        "https://sentry.example.com", "sentry.example.com", False, False
    )
    assert resolve_endpoint("auto", None).discover


# --------------------------------------------------------------------------- discovery


def org_with_region(region_url: str) -> dict[str, object]:
    body = sample("organization")
    body["links"] = {"organizationUrl": "https://acme.sentry.io", "regionUrl": region_url}
    return body


def discovery_server(region_url: str) -> Script:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/0/organizations/acme/":
            return json_response(200, org_with_region(region_url))
        return issue_ok()

    return Script(handler)


def test_auto_region_discovers_once_and_caches() -> None:
    script = discovery_server("https://de.sentry.io")
    client = make_client(script, region="auto")
    for issue in ("1", "2", "3"):
        assert client.call("retrieve_issue", issue_id=issue).success
    urls = [str(r.url) for r in script.requests]
    assert urls[0] == "https://sentry.io/api/0/organizations/acme/"
    assert urls[1:] == [f"https://de.sentry.io/api/0/organizations/acme/issues/{n}/" for n in "123"]
    assert client.region_urls == {"acme": "https://de.sentry.io"}


def test_operations_without_an_organization_use_the_base() -> None:
    script = discovery_server("https://de.sentry.io")
    client = make_client(script, region="auto")
    client.call("list_organizations")
    assert [str(r.url) for r in script.requests] == ["https://sentry.io/api/0/organizations/"]


@pytest.mark.parametrize(
    "region_url",
    [
        "https://evil.example.com",
        "https://sentry.io.evil.example",
        "http://de.sentry.io",
        "https://notsentry.io",
        "",
        "javascript:alert(1)",
    ],
)
def test_a_foreign_region_url_is_refused_and_never_gets_the_token(region_url: str) -> None:
    script = discovery_server(region_url)
    result = make_client(script, region="auto").call("retrieve_issue", issue_id="1")
    assert not result.success and result.error_kind == "region"
    assert "acme" in (result.error or "")
    hosts = {r.url.host for r in script.requests}
    assert hosts == {"sentry.io"}, "only the configured host ever saw a request"


def test_self_hosted_discovery_accepts_the_same_host_on_another_port() -> None:
    script = discovery_server("https://sentry.example.com:8443")
    client = make_client(script, region="auto", base_url="https://sentry.example.com")
    assert client.call("retrieve_issue", issue_id="1").success
    assert (
        str(script.requests[1].url)
        == "https://sentry.example.com:8443/api/0/organizations/acme/issues/1/"
    )


def test_self_hosted_discovery_refuses_another_host() -> None:
    script = discovery_server("https://sentry.io")
    result = make_client(script, region="auto", base_url="https://sentry.example.com").call(
        "retrieve_issue", issue_id="1"
    )
    assert result.error_kind == "region" and "not on sentry.example.com" in (result.error or "")


def test_discovery_failure_is_reported() -> None:
    script = Script(json_response(404, {"detail": "The requested resource does not exist"}))
    result = make_client(script, region="auto").call("retrieve_issue", issue_id="1")
    assert not result.success and result.error_kind == "region"
    assert "could not look up the region of organization 'acme'" in (result.error or "")
    assert result.status_code == 404


def test_check_region_url_rules() -> None:
    saas = resolve_endpoint(None, None)
    assert (
        check_region_url("https://us.sentry.io/", saas, allow_http=False) == "https://us.sentry.io"
    )
    with pytest.raises(ValueError):
        check_region_url("https://us.sentry.io.example.net", saas, allow_http=False)
    local = resolve_endpoint(None, "http://127.0.0.1:8000")
    assert (
        check_region_url("http://127.0.0.1:8001", local, allow_http=False)
        == "http://127.0.0.1:8001"
    )
    with pytest.raises(ValueError):
        check_region_url("http://127.0.0.2:8001", local, allow_http=False)

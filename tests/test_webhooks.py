"""Webhook signing, verification and parsing (sentry_api.webhooks), the webhook section of the
spec, and the sandbox's signed delivery end to end."""

from __future__ import annotations

import copy
import hashlib
import hmac
import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012
from sentry_api import webhooks
from sentry_api.sandbox import Sandbox, SandboxServer
from sentry_api.sandbox.webhooks import WebhookSender
from sentry_api.webhooks import (
    CommentWebhook,
    ErrorWebhook,
    EventAlertWebhook,
    InstallationWebhook,
    InvalidSignature,
    IssueWebhook,
    MalformedPayload,
    MetricAlertWebhook,
    MissingHeader,
    PayloadTooLarge,
    UnknownResource,
    WebhookError,
)

ROOT = Path(__file__).resolve().parent.parent
SECRET = "test-client-secret"
INSTALLATION = {"uuid": "a8e5d37a-696c-4c54-adb5-b3f28d64c7de"}
SENTRY_ACTOR = {"type": "application", "id": "sentry", "name": "Sentry"}

# One minimal but realistic body per resource, shaped as Sentry documents them.
PAYLOADS: dict[str, dict[str, Any]] = {
    "issue": {
        "action": "resolved",
        "installation": INSTALLATION,
        "actor": {"type": "user", "id": 1, "name": "Jane"},
        "data": {
            "issue": {
                "id": "1170820242",
                "shortId": "FRONT-END-9",
                "title": "ReferenceError: blooopy is not defined",
                "status": "resolved",
                "substatus": None,
                "statusDetails": {"inNextRelease": True},
                "assignedTo": None,
                "level": "error",
                "culprit": "?(runner)",
                "project": {"id": "1", "slug": "front-end", "name": "front-end"},
                "url": "https://sentry.io/api/0/organizations/acme/issues/1170820242/",
                "web_url": "https://acme.sentry.io/issues/1170820242/",
                "project_url": "https://acme.sentry.io/issues/?project=1",
                "firstSeen": "2019-08-19T20:58:37.391000Z",
                "lastSeen": "2019-08-19T20:58:37.391000Z",
            }
        },
    },
    "error": {
        "action": "created",
        "installation": INSTALLATION,
        "actor": SENTRY_ACTOR,
        "data": {
            "error": {
                "event_id": "bb78c1407cea4519aa397afc059c793d",
                "issue_id": "1170820242",
                "title": "ReferenceError: blooopy is not defined",
                "level": "error",
                "platform": "javascript",
                "issue_url": "https://sentry.io/api/0/issues/1170820242/",
            }
        },
    },
    "event_alert": {
        "action": "triggered",
        "installation": INSTALLATION,
        "actor": SENTRY_ACTOR,
        "data": {
            "event": {"event_id": "e4874d664c3540c1a32eab185f12c5ab", "issue_id": "1117540176"},
            "triggered_rule": "Very Important Alert Rule!",
            "issue_alert": {
                "title": "Very Important Alert Rule!",
                "settings": [{"name": "channel", "value": "#general"}],
            },
        },
    },
    "metric_alert": {
        "action": "critical",
        "installation": INSTALLATION,
        "actor": SENTRY_ACTOR,
        "data": {
            "description_text": "1000 events in the last 10 minutes",
            "description_title": "Critical: Too many errors",
            "web_url": "https://sentry.io/organizations/baz/alerts/1/",
            "metric_alert": {
                "id": "4",
                "identifier": "1",
                "title": "Sacred Marmot",
                "status": 20,
                "alert_rule": {"id": "7", "name": "Too many errors", "triggers": []},
            },
        },
    },
    "comment": {
        "action": "created",
        "installation": INSTALLATION,
        "actor": {"type": "user", "id": 1, "name": "colleen"},
        "data": {
            "comment": "adding a comment",
            "project_slug": "sentry",
            "comment_id": 1234,
            "issue_id": 100,
            "timestamp": "2022-03-02T21:51:44.118160Z",
        },
    },
    "installation": {
        "action": "created",
        "installation": INSTALLATION,
        "actor": {"type": "user", "id": 1, "name": "Meredith Heller"},
        "data": {
            "installation": {
                "status": "pending",
                "organization": {"slug": "test-org"},
                "app": {"uuid": "2ebf071f-28df-4989-aca9-c37c763b278f", "slug": "webhooks-galore"},
                "code": "grant-code-do-not-log",
                "uuid": "a8e5d37a-696c-4c54-adb5-b3f28d64c7de",
            }
        },
    },
}

EXPECTED_CLASS = {
    "issue": IssueWebhook,
    "error": ErrorWebhook,
    "event_alert": EventAlertWebhook,
    "metric_alert": MetricAlertWebhook,
    "comment": CommentWebhook,
    "installation": InstallationWebhook,
}


def encode(payload: Any) -> bytes:
    return json.dumps(payload).encode("utf-8")


def delivery(
    resource: str, payload: Any = None, secret: str = SECRET
) -> tuple[dict[str, str], bytes]:
    body = encode(PAYLOADS[resource] if payload is None else payload)
    return webhooks.signed_headers(
        body, secret, resource, request_id="req-1", timestamp=1700000000
    ), body


# --------------------------------------------------------------------------- sign / verify


def test_sign_is_hmac_sha256_hex() -> None:
    # RFC 4231 test case 2 pins the algorithm, the key/message order and the hex encoding.
    assert (
        webhooks.sign(b"what do ya want for nothing?", "Jefe")
        == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
    )


def test_verify_accepts_valid_signature() -> None:
    body = encode(PAYLOADS["issue"])
    assert webhooks.verify(body, webhooks.sign(body, SECRET), SECRET)


def test_verify_tolerates_whitespace_and_upper_case_hex() -> None:
    body = encode(PAYLOADS["issue"])
    signature = webhooks.sign(body, SECRET)
    assert webhooks.verify(body, f"  {signature.upper()}\r\n", SECRET)


def test_verify_accepts_bytes_like_bodies() -> None:
    body = encode(PAYLOADS["comment"])
    signature = webhooks.sign(body, SECRET)
    assert webhooks.verify(bytearray(body), signature, SECRET)
    assert webhooks.verify(memoryview(body), signature, SECRET)


def test_verify_rejects_tampered_body() -> None:
    body = encode(PAYLOADS["issue"])
    signature = webhooks.sign(body, SECRET)
    tampered = body.replace(b'"resolved"', b'"ignored"', 1)
    assert tampered != body
    assert not webhooks.verify(tampered, signature, SECRET)
    assert not webhooks.verify(body + b" ", signature, SECRET)


def test_verify_rejects_wrong_secret() -> None:
    body = encode(PAYLOADS["issue"])
    assert not webhooks.verify(body, webhooks.sign(body, "another-secret"), SECRET)


@pytest.mark.parametrize("keep", [0, 1, 32, 63])
def test_verify_rejects_truncated_signature(keep: int) -> None:
    body = encode(PAYLOADS["issue"])
    assert not webhooks.verify(body, webhooks.sign(body, SECRET)[:keep], SECRET)


def test_verify_rejects_signature_with_extra_digits() -> None:
    body = encode(PAYLOADS["issue"])
    assert not webhooks.verify(body, webhooks.sign(body, SECRET) + "0", SECRET)


@pytest.mark.parametrize(
    "signature",
    [
        "g" * 64,
        "z" + "0" * 63,
        "é" * 64,  # non-ASCII would make hmac.compare_digest raise TypeError
        "sha256=" + "0" * 57,
        "0x" + "0" * 62,
        "\x00" * 64,
    ],
)
def test_verify_rejects_non_hex_signature(signature: str) -> None:
    assert not webhooks.verify(b"{}", signature, SECRET)


def test_verify_never_raises_on_junk_types() -> None:
    body = encode(PAYLOADS["issue"])
    signature = webhooks.sign(body, SECRET)
    assert not webhooks.verify(body, None, SECRET)  # type: ignore[arg-type]
    assert not webhooks.verify(body, 12345, SECRET)  # type: ignore[arg-type]
    assert not webhooks.verify(None, signature, SECRET)  # type: ignore[arg-type]
    assert not webhooks.verify(body, signature, None)  # type: ignore[arg-type]
    assert not webhooks.verify(body, signature, "\ud800")  # not encodable as UTF-8
    assert not webhooks.verify("\ud800", signature, SECRET)
    # An empty secret would let anyone sign: never treat it as configured.
    assert not webhooks.verify(body, webhooks.sign(body, ""), "")


def test_verify_compares_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", spy)
    body = encode(PAYLOADS["issue"])
    assert webhooks.verify(body, webhooks.sign(body, SECRET), SECRET)
    assert not webhooks.verify(body, "0" * 64, SECRET)
    assert len(calls) == 2


@given(body=st.binary(max_size=512), signature=st.text(max_size=80), secret=st.text(max_size=20))
def test_verify_never_raises(body: bytes, signature: str, secret: str) -> None:
    result = webhooks.verify(body, signature, secret)
    expected = bool(secret) and signature.strip().lower() == webhooks.sign(body, secret)
    assert result is expected


@given(body=st.binary(max_size=512), secret=st.text(min_size=1, max_size=20))
def test_sign_verify_round_trip(body: bytes, secret: str) -> None:
    signature = webhooks.sign(body, secret)
    assert signature == hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert webhooks.verify(body, signature, secret)


# --------------------------------------------------------------------------- parse: success


def test_parse_issue_webhook() -> None:
    headers, body = delivery("issue")
    event = webhooks.parse(headers, body, SECRET)
    assert isinstance(event, IssueWebhook)
    assert event.resource == "issue"
    assert event.action == "resolved"
    assert event.installation == webhooks.Installation(uuid=INSTALLATION["uuid"])
    assert event.actor == webhooks.Actor(type="user", id=1, name="Jane")
    assert event.request_id == "req-1"
    assert event.hook_timestamp == 1700000000
    assert event.issue.id == "1170820242"
    assert event.issue.short_id == "FRONT-END-9"
    assert event.issue.status == "resolved"
    assert event.issue.status_details == {"inNextRelease": True}
    assert event.issue.project is not None and event.issue.project["slug"] == "front-end"
    assert event.issue.web_url == "https://acme.sentry.io/issues/1170820242/"
    assert event.data == PAYLOADS["issue"]["data"]


@pytest.mark.parametrize("resource", sorted(PAYLOADS))
def test_parse_returns_typed_payload_per_resource(resource: str) -> None:
    headers, body = delivery(resource)
    event = webhooks.parse(headers, body, SECRET)
    assert type(event) is EXPECTED_CLASS[resource]
    assert event.resource == resource
    assert event.action == PAYLOADS[resource]["action"]
    assert event.actor is not None and event.actor.type == PAYLOADS[resource]["actor"]["type"]


def test_parse_resource_specific_fields() -> None:
    error = webhooks.parse(*delivery("error"), SECRET)
    assert isinstance(error, ErrorWebhook)
    assert error.error.event_id == "bb78c1407cea4519aa397afc059c793d"
    assert error.error.issue_id == "1170820242"

    alert = webhooks.parse(*delivery("event_alert"), SECRET)
    assert isinstance(alert, EventAlertWebhook)
    assert alert.triggered_rule == "Very Important Alert Rule!"
    assert alert.event.issue_id == "1117540176"

    metric = webhooks.parse(*delivery("metric_alert"), SECRET)
    assert isinstance(metric, MetricAlertWebhook)
    assert metric.metric_alert.status == 20
    assert metric.metric_alert.alert_rule["name"] == "Too many errors"
    assert metric.description_title == "Critical: Too many errors"

    comment = webhooks.parse(*delivery("comment"), SECRET)
    assert isinstance(comment, CommentWebhook)
    assert (comment.comment, comment.comment_id, comment.issue_id) == (
        "adding a comment",
        1234,
        100,
    )
    assert comment.project_slug == "sentry"

    install = webhooks.parse(*delivery("installation"), SECRET)
    assert isinstance(install, InstallationWebhook)
    assert install.app_installation.app_slug == "webhooks-galore"
    assert install.app_installation.organization_slug == "test-org"
    assert install.app_installation.code == "grant-code-do-not-log"
    # The grant code exchanges for a token: it must not leak through logging the event.
    assert "grant-code-do-not-log" not in repr(install)


def test_parse_accepts_unknown_actions_and_missing_actor() -> None:
    # Sentry adds actions over time; a new one must not break receivers.
    payload = copy.deepcopy(PAYLOADS["issue"])
    payload["action"] = "escalating"
    del payload["actor"]
    event = webhooks.parse(*delivery("issue", payload), SECRET)
    assert event.action == "escalating"
    assert event.actor is None


def test_parse_headers_case_insensitive() -> None:
    headers, body = delivery("comment")
    lower = {k.lower(): v for k, v in headers.items()}
    upper = {k.upper(): v for k, v in headers.items()}
    for variant in (lower, upper, httpx.Headers(headers), httpx.Headers(lower)):
        assert isinstance(webhooks.parse(variant, body, SECRET), CommentWebhook)


def test_parse_accepts_raw_header_pairs() -> None:
    # As an ASGI scope carries them: a list of (bytes, bytes), names lower-cased.
    headers, body = delivery("issue")
    raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()]
    assert isinstance(webhooks.parse(raw, body, SECRET), IssueWebhook)
    assert isinstance(webhooks.parse(list(headers.items()), body, SECRET), IssueWebhook)


def test_parse_rejects_text_body_that_is_not_unicode() -> None:
    headers, _ = delivery("issue")
    with pytest.raises(MalformedPayload):
        webhooks.parse(headers, "\ud800", SECRET)


def test_parse_tolerates_header_whitespace_and_case_of_resource() -> None:
    headers, body = delivery("issue")
    headers["Sentry-Hook-Resource"] = " Issue "
    headers["Sentry-Hook-Signature"] = f" {headers['Sentry-Hook-Signature'].upper()} "
    assert isinstance(webhooks.parse(headers, body, SECRET), IssueWebhook)


def test_parse_accepts_text_body() -> None:
    headers, body = delivery("issue")
    assert isinstance(webhooks.parse(headers, body.decode("utf-8"), SECRET), IssueWebhook)


def test_signed_headers_shape() -> None:
    body = encode(PAYLOADS["issue"])
    headers = webhooks.signed_headers(body, SECRET, "issue")
    assert headers["Content-Type"] == "application/json"
    assert headers["Sentry-Hook-Resource"] == "issue"
    assert headers["Sentry-Hook-Signature"] == webhooks.sign(body, SECRET)
    assert headers["Sentry-Hook-Timestamp"].isdigit()
    assert headers["Request-ID"]
    assert webhooks.signed_headers(body, SECRET, "issue")["Request-ID"] != headers["Request-ID"]


# --------------------------------------------------------------------------- parse: rejections


def test_parse_rejects_tampered_body() -> None:
    headers, body = delivery("issue")
    with pytest.raises(InvalidSignature):
        webhooks.parse(headers, body.replace(b"Jane", b"Eve!"), SECRET)


def test_parse_rejects_wrong_secret() -> None:
    headers, body = delivery("issue", secret="not-the-secret")
    with pytest.raises(InvalidSignature):
        webhooks.parse(headers, body, SECRET)


def test_parse_rejects_truncated_and_non_hex_signatures() -> None:
    headers, body = delivery("issue")
    for bad in (headers["Sentry-Hook-Signature"][:40], "x" * 64, "not a signature"):
        with pytest.raises(InvalidSignature):
            webhooks.parse({**headers, "Sentry-Hook-Signature": bad}, body, SECRET)


@pytest.mark.parametrize(
    "claimed", ["error", "event_alert", "metric_alert", "comment", "installation"]
)
def test_parse_rejects_body_replayed_under_another_resource(claimed: str) -> None:
    # The signature covers the body only, so a captured issue delivery still verifies when
    # resent with a different Sentry-Hook-Resource; its shape must give it away.
    headers, body = delivery("issue")
    headers["Sentry-Hook-Resource"] = claimed
    with pytest.raises(MalformedPayload, match="another resource"):
        webhooks.parse(headers, body, SECRET)


def test_parse_rejects_huge_body_before_hashing(monkeypatch: pytest.MonkeyPatch) -> None:
    headers, _ = delivery("issue")
    huge = b'{"action": "created", "data": {"pad": "' + b"x" * (2 * 1024 * 1024) + b'"}}'

    def must_not_hash(*args: Any, **kwargs: Any) -> str:
        raise AssertionError("an oversized body must be rejected before hashing")

    monkeypatch.setattr(webhooks, "sign", must_not_hash)
    with pytest.raises(PayloadTooLarge) as info:
        webhooks.parse(headers, huge, SECRET)
    assert info.value.limit == webhooks.DEFAULT_MAX_BODY_BYTES
    assert info.value.size == len(huge)
    assert "limit" in str(info.value)


def test_parse_body_limit_is_configurable() -> None:
    headers, body = delivery("issue")
    with pytest.raises(PayloadTooLarge):
        webhooks.parse(headers, body, SECRET, max_body_bytes=len(body) - 1)
    assert webhooks.parse(headers, body, SECRET, max_body_bytes=len(body)).action == "resolved"

    payload = copy.deepcopy(PAYLOADS["issue"])
    payload["data"]["issue"]["padding"] = "x" * (2 * 1024 * 1024)
    big_headers, big_body = delivery("issue", payload)
    with pytest.raises(PayloadTooLarge):
        webhooks.parse(big_headers, big_body, SECRET)
    event = webhooks.parse(big_headers, big_body, SECRET, max_body_bytes=4 * 1024 * 1024)
    assert isinstance(event, IssueWebhook)


@pytest.mark.parametrize("header", ["Sentry-Hook-Signature", "Sentry-Hook-Resource"])
def test_parse_rejects_missing_header(header: str) -> None:
    headers, body = delivery("issue")
    del headers[header]
    with pytest.raises(MissingHeader) as info:
        webhooks.parse(headers, body, SECRET)
    assert info.value.header == header
    assert header in str(info.value)
    headers[header.lower()] = "   "
    with pytest.raises(MissingHeader):
        webhooks.parse(headers, body, SECRET)


def test_parse_does_not_require_informational_headers() -> None:
    headers, body = delivery("issue")
    del headers["Request-ID"], headers["Sentry-Hook-Timestamp"]
    event = webhooks.parse(headers, body, SECRET)
    assert event.request_id is None and event.hook_timestamp is None


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b'{"action": "created", "data": {',
        b"[1, 2, 3]",
        b'"a string"',
        b'{"action": "created", "data": {"issue": {"id": NaN}}}',
        b"\xff\xfe\xfa",
        b"[" * 100_000 + b"]" * 100_000,
    ],
    ids=["empty", "text", "truncated", "array", "string", "nan", "bad-utf8", "deep-nesting"],
)
def test_parse_rejects_malformed_json(body: bytes) -> None:
    headers = webhooks.signed_headers(body, SECRET, "issue")
    with pytest.raises(MalformedPayload):
        webhooks.parse(headers, body, SECRET)


@pytest.mark.parametrize(
    "mutate",
    [
        lambda p: p.pop("action"),
        lambda p: p.update(action=""),
        lambda p: p.update(action=7),
        lambda p: p.pop("data"),
        lambda p: p.update(data=[]),
        lambda p: p.update(installation="uuid"),
        lambda p: p.update(installation={}),
        lambda p: p.update(actor="Jane"),
        lambda p: p["data"].update(issue="1170820242"),
        lambda p: p["data"]["issue"].pop("id"),
        lambda p: p["data"]["issue"].update(id=True),
    ],
)
def test_parse_rejects_payload_without_the_common_shape(mutate: Any) -> None:
    payload = copy.deepcopy(PAYLOADS["issue"])
    mutate(payload)
    with pytest.raises(MalformedPayload):
        webhooks.parse(*delivery("issue", payload), SECRET)


def test_parse_rejects_unknown_resource() -> None:
    body = encode(PAYLOADS["issue"])
    headers = webhooks.signed_headers(body, SECRET, "seer")
    with pytest.raises(UnknownResource) as info:
        webhooks.parse(headers, body, SECRET)
    assert info.value.resource == "seer"
    assert "issue" in str(info.value)


def test_parse_checks_signature_before_anything_in_the_body() -> None:
    # An unauthenticated sender learns nothing about resources or payload validation.
    headers = webhooks.signed_headers(b"junk", "forged", "seer")
    with pytest.raises(InvalidSignature):
        webhooks.parse(headers, b"junk", SECRET)


def test_every_error_is_a_webhook_error() -> None:
    for cls in (
        InvalidSignature,
        MissingHeader,
        UnknownResource,
        MalformedPayload,
        PayloadTooLarge,
    ):
        assert issubclass(cls, WebhookError)


def test_parse_requires_a_secret() -> None:
    headers, body = delivery("issue")
    with pytest.raises(ValueError, match="secret"):
        webhooks.parse(headers, body, "")


# --------------------------------------------------------------------------- the spec


def load_spec() -> dict[str, Any]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when present: 10x faster
    text = (ROOT / "openapi" / "sentry.yaml").read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=loader)
    return spec


def test_spec_describes_every_resource_and_its_examples_parse() -> None:
    spec = load_spec()
    assert set(spec["webhooks"]) == set(webhooks.RESOURCES)
    registry: Registry[Any] = Registry().with_resource(
        "urn:spec", Resource.from_contents(spec, default_specification=DRAFT202012)
    )
    for resource, item in spec["webhooks"].items():
        operation = item["post"]
        header_names = {
            (p.get("name") or p["$ref"].rsplit("/", 1)[-1]) for p in operation["parameters"]
        }
        assert {"Sentry-Hook-Resource", "WebhookSignature", "WebhookTimestamp"} <= header_names
        media = operation["requestBody"]["content"]["application/json"]
        validator = Draft202012Validator(
            {"$ref": "urn:spec" + media["schema"]["$ref"]}, registry=registry
        )
        validator.validate(media["example"])
        # The same example, signed, must come back from parse() as the right class.
        headers, body = delivery(resource, media["example"])
        assert type(webhooks.parse(headers, body, SECRET)) is EXPECTED_CLASS[resource]


# --------------------------------------------------------------------------- sandbox delivery


class Receiver:
    """A webhook endpoint on 127.0.0.1 that verifies every delivery with ``parse``."""

    def __init__(
        self,
        secret: str,
        *,
        delay: float = 0.0,
        status: int = 200,
        gate: threading.Event | None = None,
    ) -> None:
        self.secret = secret
        self.delay = delay
        self.gate = gate
        self.status = status
        self.events: list[webhooks.WebhookEvent] = []
        self.errors: list[WebhookError] = []
        self.requests: list[tuple[str, dict[str, str]]] = []
        self.received = threading.Event()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
                receiver.requests.append((self.path, dict(self.headers.items())))
                time.sleep(receiver.delay)
                if receiver.gate is not None:
                    receiver.gate.wait(10)
                try:
                    receiver.events.append(webhooks.parse(self.headers, body, receiver.secret))
                    code = receiver.status
                except WebhookError as exc:
                    receiver.errors.append(exc)
                    code = 401
                self.send_response(code)
                if 300 <= code < 400:
                    self.send_header("Location", "http://127.0.0.1:9/elsewhere")
                self.send_header("Content-Length", "0")
                self.end_headers()
                receiver.received.set()

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/sentry/hooks"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


def first_unresolved_issue(client: httpx.Client) -> dict[str, Any]:
    response = client.get(
        "/api/0/organizations/acme/issues/", params={"query": "is:unresolved", "limit": 1}
    )
    assert response.status_code == 200, response.text
    issue: dict[str, Any] = response.json()[0]
    return issue


def test_sandbox_posts_signed_issue_webhook_when_an_issue_is_resolved() -> None:
    with (
        Receiver("sandbox-secret") as receiver,
        SandboxServer(webhook_url=receiver.url, webhook_secret="sandbox-secret") as server,
    ):
        with httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {server.token}"}
        ) as client:
            issue = first_unresolved_issue(client)
            response = client.put(
                f"/api/0/organizations/acme/issues/{issue['id']}/", json={"status": "resolved"}
            )
            assert response.status_code == 200, response.text
        sender = server.sandbox.webhooks
        assert sender is not None and sender.flush(5)

    assert receiver.errors == []
    [event] = receiver.events
    assert isinstance(event, IssueWebhook)
    assert event.action == "resolved"
    assert event.issue.id == issue["id"]
    assert event.issue.short_id == issue["shortId"]
    assert event.issue.status == "resolved"
    assert event.issue.url == f"{server.url}/api/0/organizations/acme/issues/{issue['id']}/"
    assert event.installation is not None and event.installation.uuid == sender.installation_uuid
    assert (
        event.request_id and event.hook_timestamp and abs(event.hook_timestamp - time.time()) < 60
    )
    [(path, headers)] = receiver.requests
    assert path == "/sentry/hooks"
    assert {k.lower() for k in headers} >= {
        "sentry-hook-resource",
        "sentry-hook-timestamp",
        "sentry-hook-signature",
        "request-id",
    }
    [delivery] = sender.deliveries
    assert delivery.ok and delivery.request_id == event.request_id


def test_sandbox_issue_actions_are_delivered_in_order() -> None:
    with Receiver("s") as receiver:
        sandbox = Sandbox(webhook_url=receiver.url, webhook_secret="s")
        try:
            state = sandbox.state
            issue = next(i for i in state.issues.values() if i.status == "unresolved")
            project = issue.project
            state.set_issue_status(issue, "resolved")
            state.set_issue_status(issue, "ignored")
            state.set_issue_status(issue, "unresolved")
            state.assign_issue(issue, state.demo_user)
            created = state.create_issue(project, "ValueError: brand new")
            state.delete_issue(created)  # Sentry sends no webhook for deletions
            assert sandbox.webhooks is not None and sandbox.webhooks.flush(5)
        finally:
            sandbox.close()
    actions = [(e.action, e.issue.id) for e in receiver.events if isinstance(e, IssueWebhook)]
    assert actions == [
        ("resolved", str(issue.id)),
        ("ignored", str(issue.id)),
        ("unresolved", str(issue.id)),
        ("assigned", str(issue.id)),
        ("created", str(created.id)),
    ]
    assert receiver.events[3].data["issue"]["assignedTo"] is not None


def test_sandbox_keeps_delivering_after_reset() -> None:
    with Receiver("s") as receiver:
        sandbox = Sandbox(webhook_url=receiver.url, webhook_secret="s")
        try:
            sandbox.reset()
            issue = next(i for i in sandbox.state.issues.values() if i.status == "unresolved")
            sandbox.state.set_issue_status(issue, "resolved")
            assert sandbox.webhooks is not None and sandbox.webhooks.flush(5)
        finally:
            sandbox.close()
    [event] = receiver.events
    assert isinstance(event, IssueWebhook) and event.issue.id == str(issue.id)
    assert event.issue.url is not None and "/organizations/acme/issues/" in event.issue.url


def test_sandbox_error_webhooks_are_opt_in() -> None:
    with Receiver("s") as receiver:
        sandbox = Sandbox()
        sender = WebhookSender(receiver.url, "s", resources=("issue", "error"))
        sender.attach(sandbox)
        issue = next(iter(sandbox.state.issues.values()))
        sandbox.state.record_event(issue)
        assert sender.flush(5)
        sender.close()
    errors = [e for e in receiver.events if isinstance(e, ErrorWebhook)]
    assert len(errors) == 1 and errors[0].error.issue_id == str(issue.id)
    assert errors[0].error.event_id


def test_slow_receiver_does_not_slow_the_api() -> None:
    # The receiver holds the delivery until the test releases it, so the API call can only
    # complete first if delivery is off the request path.
    gate = threading.Event()
    with (
        Receiver("s", gate=gate) as receiver,
        SandboxServer(webhook_url=receiver.url, webhook_secret="s") as server,
    ):
        with httpx.Client(
            base_url=server.url, headers={"Authorization": f"Bearer {server.token}"}
        ) as client:
            issue = first_unresolved_issue(client)
            response = client.put(
                f"/api/0/organizations/acme/issues/{issue['id']}/", json={"status": "resolved"}
            )
        assert response.status_code == 200
        assert receiver.events == []  # still held at the receiver
        gate.set()
        assert server.sandbox.webhooks is not None and server.sandbox.webhooks.flush(5)
    assert [e.action for e in receiver.events] == ["resolved"]


def test_delivery_times_out_quickly_and_is_recorded() -> None:
    with Receiver("s", delay=2.0) as receiver:
        sender = WebhookSender(receiver.url, "s", timeout=0.2)
        sender.on_change("issue", "resolved", {"issue": {"id": "1"}})
        started = time.monotonic()
        assert sender.flush(5)
        assert time.monotonic() - started < 1.5
        sender.close()
    [delivery] = sender.deliveries
    assert not delivery.ok and delivery.status_code is None
    assert delivery.error is not None and "Timeout" in delivery.error


def test_delivery_does_not_follow_redirects() -> None:
    # Deliveries go to the configured URL only, never where a receiver points them.
    with Receiver("s", status=307) as receiver:
        sender = WebhookSender(receiver.url, "s")
        sender.on_change("issue", "resolved", {"issue": {"id": "1"}})
        assert sender.flush(5)
        sender.close()
    [delivery] = sender.deliveries
    assert delivery.status_code == 307 and delivery.error is None
    assert len(receiver.requests) == 1


def test_unreachable_receiver_is_recorded_not_raised() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # closed again before delivery: connection refused
    sender = WebhookSender(f"http://127.0.0.1:{port}/hook", "s", timeout=1.0)
    sender.on_change("issue", "created", {"issue": {"id": "1"}})
    assert sender.flush(5)
    sender.close()
    [delivery] = sender.deliveries
    assert delivery.status_code is None and delivery.error


def test_sender_configuration_is_checked() -> None:
    with pytest.raises(ValueError, match="http"):
        WebhookSender("ftp://127.0.0.1/hook", "s")
    with pytest.raises(ValueError, match="http"):
        WebhookSender("/relative/hook", "s")
    with pytest.raises(ValueError, match="secret"):
        WebhookSender("http://127.0.0.1/hook", "")
    with pytest.raises(ValueError, match="comment"):
        WebhookSender("http://127.0.0.1/hook", "s", resources=("comment",))
    with pytest.raises(ValueError, match="secret"):
        Sandbox(webhook_url="http://127.0.0.1/hook")
    sender = WebhookSender("http://127.0.0.1/hook", "top-secret-value")
    assert "top-secret-value" not in repr(sender)


def test_closed_sender_sends_nothing() -> None:
    sender = WebhookSender("http://127.0.0.1:9/hook", "s")
    sender.close()
    sender.on_change("issue", "resolved", {"issue": {"id": "1"}})
    assert sender.flush(1) and sender.deliveries == []

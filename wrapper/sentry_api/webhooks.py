"""Verify and parse the webhooks Sentry posts to an integration's webhook URL.

Sentry signs every delivery with the integration's *client secret*: the
``Sentry-Hook-Signature`` header is the hex HMAC-SHA256 of the raw request body. The
``Sentry-Hook-Resource`` header names what the payload is about (``issue``, ``error``,
``event_alert``, ``metric_alert``, ``comment`` or ``installation``)::

    from sentry_api import webhooks

    try:
        event = webhooks.parse(request.headers, raw_body, secret=CLIENT_SECRET)
    except webhooks.InvalidSignature:
        return 401
    except webhooks.WebhookError:
        return 400
    if isinstance(event, webhooks.IssueWebhook) and event.action == "resolved":
        ...

Only the body is signed, not the headers: ``parse`` therefore checks that the body has
the shape of the resource the header claims, so a validly signed body replayed under
another ``Sentry-Hook-Resource`` is rejected instead of being misread.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import string
import time
import uuid
from collections.abc import Iterable, Mapping
from typing import Any, Protocol, TypeAlias, cast

import attrs

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "KNOWN_ACTIONS",
    "RESOURCES",
    "Actor",
    "AppInstallation",
    "CommentWebhook",
    "ErrorEvent",
    "ErrorWebhook",
    "EventAlertWebhook",
    "InstallationWebhook",
    "Installation",
    "InvalidSignature",
    "Issue",
    "IssueWebhook",
    "MalformedPayload",
    "MetricAlert",
    "MetricAlertWebhook",
    "MissingHeader",
    "PayloadTooLarge",
    "UnknownResource",
    "WebhookError",
    "WebhookEvent",
    "parse",
    "sign",
    "signed_headers",
    "verify",
]

RESOURCE_HEADER = "Sentry-Hook-Resource"
SIGNATURE_HEADER = "Sentry-Hook-Signature"
TIMESTAMP_HEADER = "Sentry-Hook-Timestamp"
REQUEST_ID_HEADER = "Request-ID"

#: Bodies larger than this are rejected before they are hashed or parsed. Sentry's own
#: payloads are a few kilobytes (an error event with a long stack trace stays well under
#: 1 MiB), so anything bigger is far more likely abuse than a real delivery.
DEFAULT_MAX_BODY_BYTES = 1024 * 1024

#: Every ``Sentry-Hook-Resource`` value Sentry documents.
RESOURCES: tuple[str, ...] = (
    "installation",
    "event_alert",
    "issue",
    "metric_alert",
    "error",
    "comment",
)

#: The ``action`` values Sentry documents per resource. Informational only: Sentry adds
#: actions over time, so ``parse`` accepts any non-empty action string.
KNOWN_ACTIONS: Mapping[str, frozenset[str]] = {
    "installation": frozenset({"created", "deleted"}),
    "event_alert": frozenset({"triggered"}),
    "issue": frozenset({"created", "resolved", "assigned", "ignored", "archived", "unresolved"}),
    "metric_alert": frozenset({"critical", "warning", "resolved"}),
    "error": frozenset({"created"}),
    "comment": frozenset({"created", "updated", "deleted"}),
}

_SHA256_HEX_LENGTH = 64
_HEX_DIGITS = frozenset(string.hexdigits)

BodyLike: TypeAlias = "bytes | bytearray | memoryview | str"
# A mapping (dict, httpx.Headers, a framework's headers) or raw (name, value) pairs as in an
# ASGI scope; names and values may be str or bytes.
HeadersLike: TypeAlias = "_HeaderItems | Iterable[tuple[Any, Any]]"


class _HeaderItems(Protocol):
    """Anything with ``items()``: a dict, httpx/Starlette headers, http.server's message."""

    def items(self) -> Iterable[tuple[Any, Any]]: ...


# --------------------------------------------------------------------------- errors


class WebhookError(Exception):
    """Base class for every reason ``parse`` refuses a delivery."""


class InvalidSignature(WebhookError):
    """The ``Sentry-Hook-Signature`` does not match the body and the client secret."""


class MissingHeader(WebhookError):
    """A header Sentry always sends is absent (or empty)."""

    def __init__(self, header: str) -> None:
        super().__init__(f"missing webhook header {header!r}")
        self.header = header


class UnknownResource(WebhookError):
    """``Sentry-Hook-Resource`` names a resource this library does not know."""

    def __init__(self, resource: str) -> None:
        known = ", ".join(RESOURCES)
        super().__init__(f"unknown webhook resource {resource!r} (known: {known})")
        self.resource = resource


class MalformedPayload(WebhookError):
    """The (correctly signed) body is not JSON, or not shaped like the named resource."""


class PayloadTooLarge(WebhookError):
    """The body exceeds the configured maximum size; it was neither hashed nor parsed."""

    def __init__(self, size: int, limit: int) -> None:
        super().__init__(f"webhook body is {size} bytes, more than the {limit}-byte limit")
        self.size = size
        self.limit = limit


# --------------------------------------------------------------------------- signing


def _as_bytes(body: BodyLike) -> bytes:
    if isinstance(body, str):
        return body.encode("utf-8")
    return bytes(body)


def sign(body: BodyLike, secret: str | bytes) -> str:
    """Return the ``Sentry-Hook-Signature`` value for ``body``: hex HMAC-SHA256 with ``secret``."""
    key = secret.encode("utf-8") if isinstance(secret, str) else bytes(secret)
    return hmac.new(key, _as_bytes(body), hashlib.sha256).hexdigest()


def verify(body: BodyLike, signature: str, secret: str | bytes) -> bool:
    """Whether ``signature`` is the HMAC-SHA256 of the raw ``body`` under ``secret``.

    The comparison runs in constant time. Surrounding whitespace and upper-case hex are
    tolerated. Anything else that is not a 64-digit hex string, a body or secret of the
    wrong type, or an empty secret gives ``False``; this function never raises.
    """
    if not isinstance(signature, str) or not isinstance(secret, (str, bytes)) or not secret:
        return False
    if not isinstance(body, (bytes, bytearray, memoryview, str)):
        return False
    candidate = signature.strip().lower()
    # The length and alphabet checks reveal nothing about the secret; they keep
    # compare_digest on ASCII input (it raises TypeError for non-ASCII str).
    if len(candidate) != _SHA256_HEX_LENGTH or not _HEX_DIGITS.issuperset(candidate):
        return False
    try:
        expected = sign(body, secret)
    except (UnicodeError, TypeError, ValueError):  # e.g. a lone surrogate in a str secret
        return False
    return hmac.compare_digest(expected.encode("ascii"), candidate.encode("ascii"))


def signed_headers(
    body: BodyLike,
    secret: str | bytes,
    resource: str,
    *,
    request_id: str | None = None,
    timestamp: int | None = None,
) -> dict[str, str]:
    """The headers Sentry sends with a delivery of ``body`` (for senders and tests)."""
    return {
        "Content-Type": "application/json",
        REQUEST_ID_HEADER: request_id or str(uuid.uuid4()),
        RESOURCE_HEADER: resource,
        TIMESTAMP_HEADER: str(int(time.time()) if timestamp is None else timestamp),
        SIGNATURE_HEADER: sign(body, secret),
    }


# --------------------------------------------------------------------------- payload types


@attrs.frozen(kw_only=True)
class Actor:
    """Who triggered the webhook: a ``user``, or an ``application`` (``id`` "sentry" = Sentry)."""

    type: str
    id: int | str | None
    name: str


@attrs.frozen(kw_only=True)
class Installation:
    """The integration installation a delivery belongs to."""

    uuid: str


@attrs.frozen(kw_only=True)
class WebhookEvent:
    """One verified delivery. ``data`` is the payload's ``data`` object as sent.

    ``parse`` returns a subclass per resource with the important fields typed.
    """

    resource: str
    action: str
    installation: Installation | None
    actor: Actor | None
    data: Mapping[str, Any] = attrs.field(repr=False)
    request_id: str | None = None
    hook_timestamp: int | None = None


@attrs.frozen(kw_only=True)
class Issue:
    """The issue inside an ``issue`` webhook (Sentry's issue serialization)."""

    id: str
    short_id: str | None
    title: str | None
    status: str | None
    substatus: str | None
    level: str | None
    culprit: str | None
    status_details: Mapping[str, Any]
    assigned_to: Mapping[str, Any] | None
    project: Mapping[str, Any] | None
    url: str | None
    web_url: str | None
    project_url: str | None
    first_seen: str | None
    last_seen: str | None
    raw: Mapping[str, Any] = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class IssueWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: issue`` — created, resolved, assigned, ignored, unresolved."""

    issue: Issue


@attrs.frozen(kw_only=True)
class ErrorEvent:
    """An error event, as carried by ``error`` and ``event_alert`` webhooks."""

    event_id: str | None
    issue_id: str | None
    title: str | None
    level: str | None
    platform: str | None
    culprit: str | None
    url: str | None
    web_url: str | None
    issue_url: str | None
    raw: Mapping[str, Any] = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class ErrorWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: error`` — a new error event (action ``created``)."""

    error: ErrorEvent


@attrs.frozen(kw_only=True)
class EventAlertWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: event_alert`` — an issue alert rule fired (``triggered``)."""

    event: ErrorEvent
    triggered_rule: str | None
    issue_alert: Mapping[str, Any] | None


@attrs.frozen(kw_only=True)
class MetricAlert:
    """The incident inside a ``metric_alert`` webhook."""

    id: str | None
    identifier: str | None
    title: str | None
    status: int | None
    alert_rule: Mapping[str, Any]
    raw: Mapping[str, Any] = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class MetricAlertWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: metric_alert`` — ``critical``, ``warning`` or ``resolved``."""

    metric_alert: MetricAlert
    description_title: str | None
    description_text: str | None
    web_url: str | None


@attrs.frozen(kw_only=True)
class CommentWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: comment`` — a note on an issue was created, updated or deleted."""

    comment: str
    comment_id: int | str
    issue_id: int | str
    project_slug: str | None
    timestamp: str | None


@attrs.frozen(kw_only=True)
class AppInstallation:
    """The installation object of an ``installation`` webhook."""

    uuid: str
    status: str | None
    organization_slug: str | None
    app_uuid: str | None
    app_slug: str | None
    # The one-time grant code exchanges for a token: keep it out of logs and reprs.
    code: str | None = attrs.field(repr=False)


@attrs.frozen(kw_only=True)
class InstallationWebhook(WebhookEvent):
    """``Sentry-Hook-Resource: installation`` — the integration was installed or uninstalled."""

    app_installation: AppInstallation


# --------------------------------------------------------------------------- parsing


def parse(
    headers: HeadersLike,
    body: BodyLike,
    secret: str,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
) -> WebhookEvent:
    """Verify one delivery and return its typed payload.

    ``headers`` is any mapping (a ``dict``, ``httpx.Headers``, a Starlette/Django headers
    object) or raw ``(name, value)`` pairs (an ASGI scope's); names are matched
    case-insensitively. ``body`` must be the raw request body,
    byte for byte — re-serialised JSON does not carry the same signature.

    Raises ``PayloadTooLarge``, ``MissingHeader``, ``InvalidSignature``, ``UnknownResource``
    or ``MalformedPayload`` (all ``WebhookError``), checked in that order: nothing from an
    unauthenticated body is parsed. ``ValueError`` means the caller passed no secret.
    """
    if not secret:
        raise ValueError("a webhook client secret is required to verify deliveries")
    try:
        raw = _as_bytes(body)
    except UnicodeError:
        raise MalformedPayload("webhook body text is not valid Unicode") from None
    if len(raw) > max_body_bytes:
        raise PayloadTooLarge(len(raw), max_body_bytes)
    signature = _required_header(headers, SIGNATURE_HEADER)
    resource = _required_header(headers, RESOURCE_HEADER).lower()
    if not verify(raw, signature, secret):
        raise InvalidSignature("webhook signature does not match the body and client secret")
    builder = _BUILDERS.get(resource)
    if builder is None:
        raise UnknownResource(resource)
    payload = _load_json_object(raw)
    common = _common_fields(resource, payload, headers)
    return builder(common, _object(common["data"], "data"))


def _header(headers: HeadersLike, name: str) -> str | None:
    """Case-insensitive lookup; repeated names are joined with ", " as HTTP does."""
    wanted = name.lower()
    values: list[str] = []
    # Anything with items() (dict, httpx/Starlette headers, http.server's HTTPMessage), or
    # raw (name, value) pairs such as an ASGI scope's headers.
    items = getattr(headers, "items", None)
    pairs = cast("Iterable[tuple[Any, Any]]", items() if callable(items) else headers)
    for key, value in pairs:
        key_text = key.decode("latin-1") if isinstance(key, bytes) else str(key)
        if key_text.lower() != wanted:
            continue
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        if text not in values:
            values.append(text)
    return ", ".join(values) if values else None


def _required_header(headers: HeadersLike, name: str) -> str:
    value = _header(headers, name)
    if value is None or not value.strip():
        raise MissingHeader(name)
    return value.strip()


def _reject_constant(token: str) -> Any:
    raise ValueError(f"{token} is not valid JSON")


def _load_json_object(raw: bytes) -> dict[str, Any]:
    try:
        payload = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        raise MalformedPayload(f"webhook body is not valid JSON: {exc}") from None
    if not isinstance(payload, dict):
        raise MalformedPayload("webhook body must be a JSON object")
    return payload


def _object(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise MalformedPayload(f"{where} must be a JSON object")
    return value


def _optional_object(value: Any, where: str) -> dict[str, Any] | None:
    return None if value is None else _object(value, where)


def _mapping(value: Any) -> dict[str, Any] | None:
    # Lenient on purpose for fields that do not identify the resource: a correctly
    # signed delivery should not be refused because Sentry changed a side field.
    return value if isinstance(value, dict) else None


def _optional_str(value: Any) -> str | None:
    # Sentry serialises some ids as numbers in one payload and strings in another.
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value)


def _optional_int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _identifier(value: Any, where: str) -> int | str:
    if isinstance(value, bool) or not isinstance(value, (int, str)) or value == "":
        raise MalformedPayload(f"{where} must be a number or a non-empty string")
    return value


def _common_fields(resource: str, payload: dict[str, Any], headers: HeadersLike) -> dict[str, Any]:
    action = payload.get("action")
    if not isinstance(action, str) or not action:
        raise MalformedPayload("webhook body has no 'action' string")
    if "data" not in payload:
        raise MalformedPayload("webhook body has no 'data' object")
    return {
        "resource": resource,
        "action": action,
        "installation": _installation(payload.get("installation")),
        "actor": _actor(payload.get("actor")),
        "data": payload["data"],
        "request_id": _header(headers, REQUEST_ID_HEADER),
        "hook_timestamp": _timestamp(_header(headers, TIMESTAMP_HEADER)),
    }


def _installation(value: Any) -> Installation | None:
    found = _optional_object(value, "installation")
    if found is None:
        return None
    uuid_value = found.get("uuid")
    if not isinstance(uuid_value, str) or not uuid_value:
        raise MalformedPayload("installation.uuid must be a non-empty string")
    return Installation(uuid=uuid_value)


def _actor(value: Any) -> Actor | None:
    found = _optional_object(value, "actor")
    if found is None:
        return None
    actor_id = found.get("id")
    return Actor(
        type=str(found.get("type") or ""),
        id=actor_id
        if isinstance(actor_id, (int, str)) and not isinstance(actor_id, bool)
        else None,
        name=str(found.get("name") or ""),
    )


def _timestamp(value: str | None) -> int | None:
    # Informational only: Sentry does not sign this header, so it cannot prove freshness.
    try:
        return int(value.strip()) if value is not None else None
    except ValueError:
        return None


def _nested(data: dict[str, Any], key: str, resource: str) -> dict[str, Any]:
    if key not in data:
        raise MalformedPayload(
            f"a {resource!r} webhook carries data.{key}, which this body lacks "
            "(is it a delivery for another resource?)"
        )
    return _object(data[key], f"data.{key}")


def _build_issue(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    raw = _nested(data, "issue", "issue")
    issue = Issue(
        id=str(_identifier(raw.get("id"), "data.issue.id")),
        short_id=_optional_str(raw.get("shortId")),
        title=_optional_str(raw.get("title")),
        status=_optional_str(raw.get("status")),
        substatus=_optional_str(raw.get("substatus")),
        level=_optional_str(raw.get("level")),
        culprit=_optional_str(raw.get("culprit")),
        status_details=_mapping(raw.get("statusDetails")) or {},
        assigned_to=_mapping(raw.get("assignedTo")),
        project=_mapping(raw.get("project")),
        url=_optional_str(raw.get("url")),
        web_url=_optional_str(raw.get("web_url")),
        project_url=_optional_str(raw.get("project_url")),
        first_seen=_optional_str(raw.get("firstSeen")),
        last_seen=_optional_str(raw.get("lastSeen")),
        raw=raw,
    )
    return IssueWebhook(**common, issue=issue)


def _error_event(raw: dict[str, Any]) -> ErrorEvent:
    return ErrorEvent(
        event_id=_optional_str(raw.get("event_id")),
        issue_id=_optional_str(raw.get("issue_id")),
        title=_optional_str(raw.get("title")),
        level=_optional_str(raw.get("level")),
        platform=_optional_str(raw.get("platform")),
        culprit=_optional_str(raw.get("culprit")),
        url=_optional_str(raw.get("url")),
        web_url=_optional_str(raw.get("web_url")),
        issue_url=_optional_str(raw.get("issue_url")),
        raw=raw,
    )


def _build_error(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    return ErrorWebhook(**common, error=_error_event(_nested(data, "error", "error")))


def _build_event_alert(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    return EventAlertWebhook(
        **common,
        event=_error_event(_nested(data, "event", "event_alert")),
        triggered_rule=_optional_str(data.get("triggered_rule")),
        issue_alert=_mapping(data.get("issue_alert")),
    )


def _build_metric_alert(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    raw = _nested(data, "metric_alert", "metric_alert")
    incident = MetricAlert(
        id=_optional_str(raw.get("id")),
        identifier=_optional_str(raw.get("identifier")),
        title=_optional_str(raw.get("title")),
        status=_optional_int(raw.get("status")),
        alert_rule=_mapping(raw.get("alert_rule")) or {},
        raw=raw,
    )
    return MetricAlertWebhook(
        **common,
        metric_alert=incident,
        description_title=_optional_str(data.get("description_title")),
        description_text=_optional_str(data.get("description_text")),
        web_url=_optional_str(data.get("web_url")),
    )


def _build_comment(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    comment = data.get("comment")
    if not isinstance(comment, str):
        raise MalformedPayload(
            "a 'comment' webhook carries the text in data.comment, which this body lacks "
            "(is it a delivery for another resource?)"
        )
    return CommentWebhook(
        **common,
        comment=comment,
        comment_id=_identifier(data.get("comment_id"), "data.comment_id"),
        issue_id=_identifier(data.get("issue_id"), "data.issue_id"),
        project_slug=_optional_str(data.get("project_slug")),
        timestamp=_optional_str(data.get("timestamp")),
    )


def _build_installation(common: dict[str, Any], data: dict[str, Any]) -> WebhookEvent:
    raw = _nested(data, "installation", "installation")
    uuid_value = raw.get("uuid")
    if not isinstance(uuid_value, str) or not uuid_value:
        raise MalformedPayload("data.installation.uuid must be a non-empty string")
    organization = _mapping(raw.get("organization")) or {}
    app = _mapping(raw.get("app")) or {}
    details = AppInstallation(
        uuid=uuid_value,
        status=_optional_str(raw.get("status")),
        organization_slug=_optional_str(organization.get("slug")),
        app_uuid=_optional_str(app.get("uuid")),
        app_slug=_optional_str(app.get("slug")),
        code=_optional_str(raw.get("code")),
    )
    return InstallationWebhook(**common, app_installation=details)


_BUILDERS = {
    "issue": _build_issue,
    "error": _build_error,
    "event_alert": _build_event_alert,
    "metric_alert": _build_metric_alert,
    "comment": _build_comment,
    "installation": _build_installation,
}

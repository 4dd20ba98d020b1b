"""Where requests go: the base URL, Sentry's data-storage regions, which hosts see the token.

* ``region=None`` -> ``https://sentry.io``; ``"us"`` / ``"de"`` -> ``https://us.sentry.io`` /
  ``https://de.sentry.io``; ``base_url=`` for self-hosted Sentry or a proxy / API gateway (a path
  prefix such as ``https://gw.example.com/sentry`` is kept: ``/api/0/...`` is appended to it).
* ``region="auto"``: each organization's calls go to the ``links.regionUrl`` that Sentry's
  organization endpoint reports for it, looked up once and cached (:class:`RegionCache`).
* Plain ``http://`` is refused unless the host is loopback (``localhost``, ``127.0.0.0/8``,
  ``::1``) or the caller passed ``allow_http=True``: a token sent in clear text is a leaked token.
* A discovered ``regionUrl`` is trusted only if it is Sentry's own (``https`` on ``sentry.io``
  or ``*.sentry.io``) for a SaaS base, or on the same host as a self-hosted base (any port).
  Anything else is refused before the token is sent there (:func:`check_region_url`).

Configuration problems raise ``ValueError`` from the constructor (they are programming errors,
not failed calls); a bad discovered URL becomes a failed ``Result``.
"""

from __future__ import annotations

import ipaddress
import threading
from urllib.parse import urlsplit

import attrs

__all__ = [
    "REGION_URLS",
    "SAAS_URL",
    "Endpoint",
    "RegionCache",
    "check_region_url",
    "is_loopback",
    "is_saas_host",
    "normalize_base_url",
    "resolve_endpoint",
]

SAAS_URL = "https://sentry.io"
REGION_URLS = {"us": "https://us.sentry.io", "de": "https://de.sentry.io"}
AUTO = "auto"
_SAAS_DOMAIN = "sentry.io"


@attrs.frozen(slots=True)
class Endpoint:
    """A resolved configuration: where calls go and whether regions are discovered."""

    base_url: str  # scheme://host[:port][/prefix], no trailing slash
    host: str
    saas: bool
    discover: bool  # region="auto"


def is_loopback(host: str) -> bool:
    host = host.strip("[]").lower()
    if host == "localhost" or host.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def is_saas_host(host: str) -> bool:
    host = host.lower().rstrip(".")
    return host == _SAAS_DOMAIN or host.endswith("." + _SAAS_DOMAIN)


def normalize_base_url(url: object, *, allow_http: bool, what: str = "base_url") -> Endpoint:
    """Validate a base URL and strip what would break path joining. Raises ``ValueError``."""
    if not isinstance(url, str):
        raise ValueError(f"{what} must be a string URL, not {type(url).__name__}")
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port  # raises ValueError for a non-numeric or out-of-range port
    except ValueError as exc:
        raise ValueError(f"{what} {text!r} is not a valid URL: {exc}") from None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in ("http", "https") or not host:
        raise ValueError(f"{what} {text!r} must be an absolute http(s) URL, e.g. https://sentry.io")
    if parts.username is not None or parts.password is not None:
        raise ValueError(f"{what} must not contain credentials; pass the token separately")
    if parts.query or parts.fragment:
        raise ValueError(f"{what} {text!r} must not have a query string or fragment")
    if scheme == "http" and not (allow_http or is_loopback(host)):
        raise ValueError(
            f"{what} {text!r} uses plain http to a remote host, which would send the token in "
            "clear text; use https (or pass allow_http=True if you really mean it)"
        )
    path = parts.path.rstrip("/")
    # People often paste the API root; the client adds /api/0 itself.
    if path.endswith("/api/0"):
        path = path[: -len("/api/0")]
    netloc = host if ":" not in host else f"[{host}]"
    if port is not None:
        netloc = f"{netloc}:{port}"
    return Endpoint(
        base_url=f"{scheme}://{netloc}{path}",
        host=host,
        saas=is_saas_host(host),
        discover=False,
    )


def resolve_endpoint(region: object, base_url: object, *, allow_http: bool = False) -> Endpoint:
    """Turn the constructor's ``region`` / ``base_url`` into an :class:`Endpoint`.

    ``region`` may be ``None``, ``"us"``, ``"de"``, ``"auto"`` or a URL (treated as ``base_url``).
    """
    if region is not None and not isinstance(region, str):
        raise ValueError(f"region must be a string, not {type(region).__name__}")
    name = region.strip().lower() if isinstance(region, str) else None
    if name == "":
        name = None
    if name is not None and "://" in name:
        if base_url is not None:
            raise ValueError("pass the URL as either region or base_url, not both")
        return normalize_base_url(region, allow_http=allow_http, what="region")
    if name is not None and name != AUTO and name not in REGION_URLS:
        choices = ", ".join(repr(r) for r in [*REGION_URLS, AUTO])
        raise ValueError(
            f"unknown region {region!r}: use one of {choices}, or base_url= for self-hosted Sentry"
        )
    if name in REGION_URLS:
        if base_url is not None:
            raise ValueError(
                f"region={name!r} and base_url={base_url!r} both say where to send requests; "
                "pass only one"
            )
        return normalize_base_url(REGION_URLS[name], allow_http=False)
    endpoint = normalize_base_url(SAAS_URL if base_url is None else base_url, allow_http=allow_http)
    return attrs.evolve(endpoint, discover=name == AUTO)


def check_region_url(region_url: object, base: Endpoint, *, allow_http: bool) -> str:
    """The normalised ``regionUrl`` if it is safe to send the token there; else ``ValueError``."""
    if not isinstance(region_url, str) or not region_url.strip():
        raise ValueError("the organization did not report a regionUrl")
    try:
        found = normalize_base_url(region_url, allow_http=allow_http, what="regionUrl")
    except ValueError as exc:
        raise ValueError(f"refusing regionUrl {region_url!r}: {exc}") from None
    if base.saas:
        if not found.saas or not found.base_url.startswith("https://"):
            raise ValueError(
                f"refusing regionUrl {region_url!r}: Sentry's regions are https://*.sentry.io; "
                "the token is not sent anywhere else"
            )
    elif found.host != base.host:
        raise ValueError(
            f"refusing regionUrl {region_url!r}: it is not on {base.host}, the host this client "
            "was configured for; the token is not sent anywhere else"
        )
    return found.base_url


class RegionCache:
    """Organization slug -> region base URL, filled by discovery. Safe across threads."""

    def __init__(self) -> None:
        self._urls: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, organization: str) -> str | None:
        return self._urls.get(organization)

    def put(self, organization: str, url: str) -> None:
        with self._lock:
            self._urls[organization] = url

    def clear(self) -> None:
        with self._lock:
            self._urls.clear()

    def snapshot(self) -> dict[str, str]:
        with self._lock:
            return dict(self._urls)

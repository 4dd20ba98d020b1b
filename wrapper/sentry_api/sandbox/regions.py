"""Multi-region behaviour: which organizations a request may reach, and the URLs Sentry
publishes for them (``links.organizationUrl`` and ``links.regionUrl``).

Sentry SaaS runs one "region silo" per region (``us.sentry.io``, ``de.sentry.io``); ``sentry.io``
routes every organization to its own region, while a region host only knows the organizations
that live in it and answers 404 for the others. The sandbox mirrors that: the primary URL
serves every organization, and a request arriving at a region's URL — a region listener of
:class:`~sentry_api.sandbox.server.SandboxServer`, or, in process, a request whose ``Host`` is a
region URL's host — sees only that region's organizations.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from urllib.parse import urlsplit

from .state import Organization

SAAS_HOST = "sentry.io"
DEFAULT_PRIMARY_URL = "https://sentry.io"
DEFAULT_REGION_URLS = {"us": "https://us.sentry.io", "de": "https://de.sentry.io"}
# ASGI scope key a region listener sets to pin its requests to one region.
SCOPE_KEY = "sentry_sandbox.region"


def _netloc(url: str) -> str:
    return urlsplit(url).netloc.lower()


class Regions:
    def __init__(
        self,
        primary_url: str = DEFAULT_PRIMARY_URL,
        region_urls: Mapping[str, str] | None = None,
    ) -> None:
        self._lock = threading.Lock()
        self.primary_url = DEFAULT_PRIMARY_URL
        self.region_urls: dict[str, str] = {}
        self._by_host: dict[str, str] = {}
        self.configure(primary_url, DEFAULT_REGION_URLS if region_urls is None else region_urls)

    def configure(self, primary_url: str, region_urls: Mapping[str, str]) -> None:
        """Set the public URLs (a server calls this once its listeners have ports)."""
        primary = primary_url.rstrip("/")
        regions = {name: url.rstrip("/") for name, url in region_urls.items()}
        primary_host = _netloc(primary)
        by_host = {
            _netloc(url): name for name, url in regions.items() if _netloc(url) != primary_host
        }
        with self._lock:
            self.primary_url, self.region_urls, self._by_host = primary, regions, by_host

    def hostnames(self) -> frozenset[str]:
        """The host names of the primary and region URLs (what a Host header may name)."""
        with self._lock:
            urls = [self.primary_url, *self.region_urls.values()]
        return frozenset((urlsplit(url).hostname or "").lower() for url in urls) - {""}

    def region_of_request(self, pinned: str | None, host: str | None) -> str | None:
        """The region a request is addressed to, or None for the primary (all regions)."""
        if pinned is not None:
            return pinned
        if host and self._by_host:
            return self._by_host.get(host.lower())
        return None

    @staticmethod
    def serves(region: str | None, org: Organization) -> bool:
        return region is None or org.region == region

    def organization_url(self, org: Organization) -> str:
        # On SaaS each organization has its own subdomain; elsewhere it is the install's URL.
        if _netloc(self.primary_url) == SAAS_HOST:
            return f"https://{org.slug}.{SAAS_HOST}"
        return self.primary_url

    def region_url(self, org: Organization) -> str:
        return self.region_urls.get(org.region, self.primary_url)

    def links(self, org: Organization) -> dict[str, str]:
        return {"organizationUrl": self.organization_url(org), "regionUrl": self.region_url(org)}

    def issue_permalink(self, org: Organization, issue_id: int) -> str:
        if _netloc(self.primary_url) == SAAS_HOST:
            return f"https://{org.slug}.{SAAS_HOST}/issues/{issue_id}/"
        return f"{self.primary_url}/organizations/{org.slug}/issues/{issue_id}/"

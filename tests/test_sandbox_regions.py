"""Regions: organizations live in one region; region hosts serve only their own organizations."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sentry_api.sandbox import Sandbox, SandboxServer


@pytest.fixture(scope="module")
def server() -> Iterator[SandboxServer]:
    with SandboxServer(regions=("us", "de"), seed_issues=30) as srv:
        yield srv


def get(base: str, token: str, path: str) -> httpx.Response:
    return httpx.get(base + path, headers={"Authorization": f"Bearer {token}"}, timeout=5)


def test_each_region_has_its_own_listener(server: SandboxServer) -> None:
    urls = {server.url, *server.region_urls.values()}
    assert len(urls) == 3 and all(u.startswith("http://127.0.0.1:") for u in urls)
    assert set(server.region_urls) == {"us", "de"}


def test_links_point_at_the_organizations_region(server: SandboxServer) -> None:
    for slug, region in (("acme", "us"), ("globex", "de")):
        org = get(server.url, server.token, f"/api/0/organizations/{slug}/").json()
        assert org["links"] == {
            "organizationUrl": server.url,
            "regionUrl": server.region_urls[region],
        }


def test_region_discovery_end_to_end(server: SandboxServer) -> None:
    # What a client does: ask the main URL, then send the organization's calls to regionUrl.
    listed = get(server.url, server.token, "/api/0/organizations/").json()
    for org in listed:
        region_url = org["links"]["regionUrl"]
        issues = get(region_url, server.token, f"/api/0/organizations/{org['slug']}/issues/")
        assert issues.status_code == 200 and issues.json()
        # The Link header of a region answer points back at that region host.
        assert issues.links["next"]["url"].startswith(region_url)


def test_the_wrong_region_answers_404(server: SandboxServer) -> None:
    de, us = server.region_urls["de"], server.region_urls["us"]
    assert get(de, server.token, "/api/0/organizations/acme/").status_code == 404
    assert get(us, server.token, "/api/0/organizations/globex/projects/").status_code == 404
    assert get(us, server.token, "/api/0/organizations/acme/projects/").status_code == 200
    assert get(server.url, server.token, "/api/0/organizations/globex/").status_code == 200


def test_listings_on_a_region_host_show_only_its_organizations(server: SandboxServer) -> None:
    slugs = [
        o["slug"]
        for o in get(server.region_urls["de"], server.token, "/api/0/organizations/").json()
    ]
    assert slugs == ["globex"]
    projects = get(server.region_urls["us"], server.token, "/api/0/projects/").json()
    assert {p["organization"]["slug"] for p in projects} == {"acme"}


def test_regions_share_one_state(server: SandboxServer) -> None:
    token = server.token
    created = httpx.post(
        server.region_urls["de"] + "/api/0/organizations/globex/teams/",
        json={"slug": "made-in-de"},
        headers={"Authorization": f"Bearer {token}"},
    )
    assert created.status_code == 201
    teams = get(server.url, token, "/api/0/organizations/globex/teams/").json()
    assert "made-in-de" in [t["slug"] for t in teams]


def test_in_process_regions_follow_the_host() -> None:
    sandbox = Sandbox()
    assert sandbox.url == "https://sentry.io"
    with sandbox.client() as client:
        org = client.get("/api/0/organizations/globex/").json()
        assert org["links"] == {
            "organizationUrl": "https://globex.sentry.io",
            "regionUrl": "https://de.sentry.io",
        }
        assert client.get("https://de.sentry.io/api/0/organizations/globex/").status_code == 200
        assert client.get("https://us.sentry.io/api/0/organizations/globex/").status_code == 404


def test_a_transport_pinned_to_a_region() -> None:
    sandbox = Sandbox()
    with sandbox.client(transport=sandbox.sync_transport(region="de")) as client:
        assert client.get("/api/0/organizations/acme/").status_code == 404
        assert client.get("/api/0/organizations/globex/").status_code == 200


def test_without_region_listeners_every_link_is_the_main_url() -> None:
    with SandboxServer(seed_issues=5) as srv:
        org = get(srv.url, srv.token, "/api/0/organizations/globex/").json()
    assert org["links"] == {"organizationUrl": srv.url, "regionUrl": srv.url}

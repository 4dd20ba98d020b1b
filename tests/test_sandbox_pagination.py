"""Sentry's cursor pagination in the sandbox: cursor format, Link header, per_page and limit."""

from __future__ import annotations

import httpx
import pytest
from sentry_api.sandbox import Sandbox
from sentry_api.sandbox.pagination import (
    Cursor,
    PaginationError,
    link_base,
    link_header,
    paginate,
    parse_cursor,
    parse_per_page,
)


@pytest.fixture(scope="module")
def sandbox() -> Sandbox:
    return Sandbox()


@pytest.fixture(scope="module")
def client(sandbox: Sandbox) -> httpx.Client:
    return sandbox.client()


def walk(client: httpx.Client, url: str, params: dict[str, str] | None = None) -> list[list[str]]:
    """Follow ``next`` links while they say ``results="true"``; the IDs of each page."""
    pages = []
    response = client.get(url, params=params)
    while True:
        assert response.status_code == 200, response.text
        pages.append([item["id"] for item in response.json()])
        following = response.links["next"]
        if following["results"] != "true":
            return pages
        response = client.get(following["url"])


def test_cursor_round_trips_and_rejects_garbage() -> None:
    assert str(parse_cursor("0:100:0")) == "0:100:0"
    assert parse_cursor(None) == Cursor(0, 0, False)
    assert parse_cursor("1700000000000:5:1") == Cursor(1700000000000, 5, True)
    for bad in ("abc", "1:2", "0:x:0", "0:1:2:3"):
        with pytest.raises(PaginationError, match="Invalid cursor parameter."):
            parse_cursor(bad)
    with pytest.raises(PaginationError, match="cannot be negative"):
        parse_cursor("0:-100:0")


def test_per_page_limits() -> None:
    assert parse_per_page(None) == 100
    assert parse_per_page("25") == 25
    with pytest.raises(PaginationError, match="Cannot exceed 100"):
        parse_per_page("101")
    for bad in ("0", "-1", "ten"):
        with pytest.raises(PaginationError):
            parse_per_page(bad)


def test_link_header_is_formatted_exactly_as_sentry_sends_it() -> None:
    items = list(range(250))
    base = link_base("https://sentry.io/api/0/organizations/acme/issues/123456/events/", [])
    assert link_header(base, paginate(items, parse_cursor(None), 100)) == (
        "<https://sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:0:1>; "
        'rel="previous"; results="false"; cursor="0:0:1", '
        "<https://sentry.io/api/0/organizations/acme/issues/123456/events/?&cursor=0:100:0>; "
        'rel="next"; results="true"; cursor="0:100:0"'
    )
    last = paginate(items, parse_cursor("0:200:0"), 100)
    assert [len(last.items), last.prev_has_results, last.next_has_results] == [50, True, False]
    assert str(last.prev) == "0:100:1" and str(last.next) == "0:300:0"


def test_walking_the_organization_issues_visits_every_issue_once(
    sandbox: Sandbox, client: httpx.Client
) -> None:
    pages = walk(client, "/api/0/organizations/acme/issues/", {"query": ""})
    ids = [i for page in pages for i in page]
    acme = sandbox.state.org("acme")
    assert acme is not None
    assert len(pages) == 3 and [len(p) for p in pages[:2]] == [100, 100]
    assert len(ids) == len(set(ids)) == len(sandbox.state.org_issues(acme))


def test_link_urls_are_absolute_urls_of_the_sandbox_and_keep_the_query(
    client: httpx.Client,
) -> None:
    response = client.get(
        "/api/0/projects/acme/web/issues/", params={"query": "is:unresolved", "limit": "10"}
    )
    following = response.links["next"]
    assert following["url"].startswith("https://sentry.io/api/0/projects/acme/web/issues/?")
    assert "query=is%3Aunresolved" in following["url"] and "limit=10" in following["url"]
    assert following["url"].endswith("&cursor=0:10:0") and following["cursor"] == "0:10:0"
    assert response.links["previous"] == {
        "url": following["url"].replace("0:10:0", "0:0:1"),
        "rel": "previous",
        "results": "false",
        "cursor": "0:0:1",
    }
    assert len(response.json()) == 10


def test_previous_link_leads_back_to_the_first_page(client: httpx.Client) -> None:
    first = client.get("/api/0/organizations/acme/issues/", params={"limit": "5"})
    second = client.get(first.links["next"]["url"])
    back = client.get(second.links["previous"]["url"])
    assert second.links["previous"]["results"] == "true"
    assert [i["id"] for i in back.json()] == [i["id"] for i in first.json()]
    assert not set(i["id"] for i in first.json()) & set(i["id"] for i in second.json())


def test_per_page_is_honoured_on_other_lists(client: httpx.Client) -> None:
    pages = walk(client, "/api/0/projects/acme/web/users/", {"per_page": "7"})
    assert [len(p) for p in pages] == [7, 7, 7, 7, 2]


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"cursor": "nonsense"}, "Invalid cursor parameter."),
        ({"per_page": "500"}, "Invalid per_page value. Cannot exceed 100."),
        ({"limit": "0"}, "Invalid limit parameter."),
    ],
)
def test_bad_pagination_parameters_are_400(
    client: httpx.Client, params: dict[str, str], detail: str
) -> None:
    response = client.get("/api/0/organizations/acme/issues/", params=params)
    assert response.status_code == 400
    assert response.json() == {"detail": detail}


def test_a_page_past_the_end_is_empty_with_a_previous_link(client: httpx.Client) -> None:
    response = client.get("/api/0/organizations/acme/teams/", params={"cursor": "0:500:0"})
    assert response.json() == []
    assert response.links["next"]["results"] == "false"
    assert response.links["previous"]["results"] == "true"


def test_links_use_the_host_the_client_called(sandbox: Sandbox) -> None:
    with sandbox.client(base_url="https://de.sentry.io") as client:
        response = client.get("/api/0/organizations/globex/issues/", params={"limit": "3"})
    assert response.links["next"]["url"].startswith("https://de.sentry.io/api/0/")

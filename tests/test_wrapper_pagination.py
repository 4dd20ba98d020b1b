"""Cursor pagination: following Link headers, max_results, exact resumption with next_cursor
(also when a page is cut), the repeated-cursor guard, and lazy one-page-at-a-time iteration."""

from __future__ import annotations

import httpx
import pytest
from sentry_api import pagination
from sentry_api.errors import PaginationError, ServerError
from wrapper_fakes import PagedServer, Script, ids, json_response, link_header, make_client

OP = "list_project_issues"
WEB = {"project_id_or_slug": "web"}


def all_ids(total: int) -> list[str]:
    return [str(1000 + n) for n in range(total)]


def test_one_call_without_max_results_returns_one_page_and_its_cursor() -> None:
    server = PagedServer(250)
    result = make_client(server).call(OP, **WEB)
    assert result.success
    assert ids(result.data) == all_ids(250)[:100]
    assert result.next_cursor == "0:100:0"
    assert len(server.requests) == 1


def test_max_results_follows_cursors_and_asks_for_only_what_is_needed() -> None:
    server = PagedServer(250)
    result = make_client(server).call(OP, max_results=130, **WEB)
    assert ids(result.data) == all_ids(250)[:130]
    assert [r.url.params.get("limit") for r in server.requests] == ["100", "30"]
    assert result.next_cursor == "0:130:0", "the server's own cursor resumes exactly"
    assert result.attempts == 2


def test_resuming_from_next_cursor_neither_skips_nor_repeats() -> None:
    server = PagedServer(237)
    client = make_client(server)
    seen: list[str] = []
    cursor = None
    for _ in range(10):
        result = client.call(OP, max_results=45, cursor=cursor, **WEB)
        assert result.success, result.error
        seen += ids(result.data)
        cursor = result.next_cursor
        if cursor is None:
            break
    assert seen == all_ids(237)


def test_a_cut_page_gives_a_composite_cursor_that_resumes_exactly() -> None:
    # This server ignores the page size: every page has 40 items whatever we ask.
    server = PagedServer(100, default_size=40, honour_size=False)
    client = make_client(server)
    first = client.call(OP, max_results=55, **WEB)
    assert ids(first.data) == all_ids(100)[:55]
    assert first.next_cursor == pagination.encode_cursor("0:40:0", 15) == "0:40:0|15"
    second = client.call(OP, max_results=10, cursor=first.next_cursor, **WEB)
    assert ids(second.data) == all_ids(100)[55:65]
    assert second.next_cursor == "0:40:0|25"
    rest = client.call(OP, max_results=1000, cursor=second.next_cursor, **WEB)
    assert ids(rest.data) == all_ids(100)[65:]
    assert rest.next_cursor is None
    # Only the page cursor goes to the server, never the composite form.
    assert all("|" not in (r.url.params.get("cursor") or "") for r in server.requests)


def test_a_composite_cursor_cut_from_the_first_page() -> None:
    server = PagedServer(30, default_size=25, honour_size=False)
    client = make_client(server)
    first = client.call(OP, max_results=10, **WEB)
    assert first.next_cursor == "|10"
    again = client.call(OP, cursor=first.next_cursor, **WEB)  # one page, skipping 10
    assert ids(again.data) == all_ids(30)[10:25]
    assert again.next_cursor == "0:25:0"


def test_malformed_composite_cursor_is_refused_before_sending() -> None:
    server = PagedServer(10)
    result = make_client(server).call(OP, cursor="0:40:0|x", **WEB)
    assert not result.success and result.error_kind == "invalid_request"
    assert server.requests == []


def test_the_list_end_gives_no_cursor() -> None:
    server = PagedServer(100)
    result = make_client(server).call(OP, max_results=500, **WEB)
    assert len(result.data) == 100
    assert result.next_cursor is None
    assert len(server.requests) == 1


def test_stops_when_results_false_even_with_a_cursor() -> None:
    page = json_response(
        200, [], {"Link": link_header("https://sentry.io/x", "0:100:0", results=False)}
    )
    script = Script(page)
    result = make_client(script).call(OP, max_results=50, **WEB)
    assert result.success and result.data == [] and result.next_cursor is None
    assert script.count == 1


def test_no_link_header_means_a_single_page() -> None:
    script = Script(json_response(200, []))
    result = make_client(script).call(OP, max_results=50, **WEB)
    assert result.success and result.next_cursor is None and script.count == 1


def test_a_repeated_cursor_stops_with_a_clear_error() -> None:
    server = PagedServer(500, repeat_cursor=True)
    result = make_client(server).call(OP, max_results=10_000, **WEB)
    assert not result.success
    assert result.error_kind == "pagination"
    assert "the server sent cursor '0:0:0' again after 200 item(s)" in (result.error or "")
    assert len(server.requests) == 2


def test_paginate_raises_a_typed_error_on_a_loop() -> None:
    server = PagedServer(500, repeat_cursor=True)
    with pytest.raises(PaginationError):
        list(make_client(server).paginate(OP, **WEB))


def test_huge_max_results_collects_only_what_exists() -> None:
    server = PagedServer(120)
    result = make_client(server).call(OP, max_results=10**12, **WEB)
    assert len(result.data) == 120
    assert [r.url.params.get("limit") for r in server.requests] == ["100", "100"]


@pytest.mark.parametrize("bad", [0, -5, 2.5, "10", True])
def test_max_results_must_be_a_positive_integer(bad: object) -> None:
    server = PagedServer(10)
    result = make_client(server).call(OP, max_results=bad, **WEB)
    assert not result.success and result.error_kind == "invalid_request"
    assert "max_results must be a positive integer" in (result.error or "")
    assert server.requests == []


def test_max_results_on_a_single_object_operation_is_refused() -> None:
    script = Script(json_response(200, {}))
    result = make_client(script).call("retrieve_issue", issue_id="1", max_results=3)
    assert not result.success and "not a list operation" in (result.error or "")
    assert script.count == 0


def test_caller_page_size_caps_each_request() -> None:
    server = PagedServer(100)
    result = make_client(server).call(OP, max_results=50, limit=20, **WEB)
    assert len(result.data) == 50
    assert [r.url.params.get("limit") for r in server.requests] == ["20", "20", "10"]


def test_per_page_is_used_for_operations_that_name_it() -> None:
    server = PagedServer(30, size_param="per_page")
    make_client(server).call("list_issue_events", issue_id="1", max_results=7)
    # (The events model will not parse these issue bodies; only the request matters here.)
    assert server.requests[0].url.params.get("per_page") == "7"
    assert "limit" not in server.requests[0].url.params


def test_paginate_is_lazy_one_page_at_a_time() -> None:
    server = PagedServer(350)
    # Without reading ahead (tests/test_read_ahead.py covers the default).
    iterator = make_client(server, read_ahead=False).paginate(OP, **WEB)
    assert server.requests == [], "nothing is fetched before iteration starts"
    first = next(iterator)
    assert first.id == "1000" and len(server.requests) == 1
    for _ in range(99):
        next(iterator)
    assert len(server.requests) == 1, "the second page is fetched only when needed"
    next(iterator)
    assert len(server.requests) == 2
    rest = list(iterator)
    assert len(rest) == 350 - 101
    assert len(server.requests) == 4


def test_paginate_honours_max_results() -> None:
    server = PagedServer(350)
    items = list(make_client(server).paginate(OP, max_results=120, **WEB))
    assert ids(items) == all_ids(350)[:120]


def test_pages_yield_results_with_resumable_cursors() -> None:
    server = PagedServer(250)
    client = make_client(server)
    pages = list(client.pages(OP, **WEB))
    assert [len(p.data) for p in pages] == [100, 100, 50]
    assert [p.next_cursor for p in pages] == ["0:100:0", "0:200:0", None]
    resumed = client.call(OP, cursor=pages[0].next_cursor, **WEB)
    assert ids(resumed.data) == all_ids(250)[100:200]


def test_pages_report_a_failure_as_the_last_result_and_paginate_raises() -> None:
    good = PagedServer(300)

    def flaky(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") == "0:100:0":
            return json_response(500, {"detail": "boom"})
        return good(request)

    pages = list(make_client(flaky, max_retries=1).pages(OP, **WEB))
    assert [p.success for p in pages] == [True, False]
    assert pages[-1].status_code == 500
    with pytest.raises(ServerError) as caught:
        list(make_client(flaky, max_retries=0).paginate(OP, **WEB))
    assert caught.value.result is not None and caught.value.result.status_code == 500


def test_paginate_of_a_non_list_operation_is_an_invalid_request() -> None:
    with pytest.raises(Exception) as caught:
        list(make_client(Script(json_response(200, {}))).paginate("retrieve_issue", issue_id="1"))
    assert "not a list operation" in str(caught.value)


def test_cursor_is_read_from_the_link_not_followed_to_its_host() -> None:
    # A hostile or misconfigured server points the next link at another host.
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.params.get("cursor") is None:
            link = (
                '<https://evil.example/steal?cursor=0:1:0>; rel="next"; results="true"; '
                'cursor="0:1:0"'
            )
            return json_response(200, [], {"Link": link})
        return json_response(200, [])

    script = Script(handler)
    make_client(script).call(OP, max_results=5, **WEB)
    assert [r.url.host for r in script.requests] == ["sentry.io", "sentry.io"]
    assert script.requests[1].url.params["cursor"] == "0:1:0"


def test_next_page_reads_the_cursor_from_the_url_when_no_attribute() -> None:
    response = httpx.Response(
        200,
        headers={"Link": '<https://sentry.io/x/?cursor=abc%3A5%3A0>; rel="next"; results="true"'},
    )
    assert pagination.next_page(response) == pagination.NextPage("abc:5:0", True)


def test_decode_cursor() -> None:
    assert pagination.decode_cursor("0:100:0") == ("0:100:0", 0)
    assert pagination.decode_cursor("0:100:0|7") == ("0:100:0", 7)
    assert pagination.decode_cursor("|3") == (None, 3)
    with pytest.raises(ValueError):
        pagination.decode_cursor("0:1:0|-1")

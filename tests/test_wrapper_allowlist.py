"""Least privilege: a client restricted to scopes or operations refuses everything else without
sending it, and the audit hook receives one record per call - never the token."""

from __future__ import annotations

import httpx
import pytest
from sentry_api import AuditRecord, NotPermittedError, scopes
from wrapper_fakes import TOKEN, Script, json_response, make_async_client, make_client, sample


def read_only_client(script: Script, **options: object):  # type: ignore[no-untyped-def]
    return make_client(script, allow_scopes={"event:read"}, **options)


def test_an_operation_outside_the_allowed_scopes_is_refused_without_sending() -> None:
    script = Script(json_response(200, sample("issues")[0]))
    result = read_only_client(script).call(
        "update_issue", issue_id="1", body={"status": "resolved"}
    )
    assert not result.success and result.error_kind == "not_permitted"
    assert script.count == 0
    assert "update_issue is outside this client's allowed scopes (event:read)" in (
        result.error or ""
    )
    assert "it needs one of event:write, event:admin" in (result.error or "")
    assert result.details == {"required_scopes": ["event:write", "event:admin"]}
    with pytest.raises(NotPermittedError):
        result.unwrap()


def test_an_operation_inside_the_allowed_scopes_goes_through() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    assert read_only_client(script).call("retrieve_issue", issue_id="1").success
    assert script.count == 1


def test_allow_operations() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    client = make_client(script, allow_operations=["retrieve_issue"])
    assert client.call("retrieve_issue", issue_id="1").success
    refused = client.call("list_project_issues", project_id_or_slug="web")
    assert refused.error_kind == "not_permitted" and "not in this client's allow_operations" in (
        refused.error or ""
    )
    assert script.count == 1
    with pytest.raises(ValueError, match="unknown operations: retrieve_isue"):
        make_client(script, allow_operations=["retrieve_isue"])


def test_both_lists_must_allow_the_call() -> None:
    script = Script(json_response(200, sample("issue_detail")))
    client = make_client(script, allow_scopes={"org:read"}, allow_operations={"retrieve_issue"})
    assert client.call("retrieve_issue", issue_id="1").error_kind == "not_permitted"


def test_paginate_and_namespaces_are_restricted_too() -> None:
    script = Script(json_response(200, []))
    client = read_only_client(script)
    with pytest.raises(NotPermittedError):
        list(client.paginate("list_organization_members"))
    assert client.members.list().error_kind == "not_permitted"
    assert script.count == 0


async def test_the_async_client_is_restricted_the_same_way() -> None:
    script = Script(json_response(200, sample("issues")[0]))
    async with make_async_client(script, allow_scopes={"event:read"}) as client:
        result = await client.call("delete_issue", issue_id="1")
    assert result.error_kind == "not_permitted" and script.count == 0


def test_scopes_permits() -> None:
    assert scopes.permits({"event:read"}, "retrieve_issue")
    assert scopes.permits("event:admin", "delete_issue")
    assert not scopes.permits({"event:read"}, "delete_issue")
    assert scopes.permits(None, "delete_issue")
    assert scopes.accepted("update_issue") == ("event:write", "event:admin")
    with pytest.raises(KeyError):
        scopes.permits({"event:read"}, "nope")


# --------------------------------------------------------------------------- audit


def test_audit_hook_gets_one_record_per_call() -> None:
    records: list[AuditRecord] = []
    script = Script(
        json_response(200, sample("issue_detail")), json_response(404, {"detail": "nope"})
    )
    client = make_client(script, audit_hook=records.append, allow_scopes={"event:read"})
    client.call("retrieve_issue", issue_id="1")
    client.call("retrieve_issue", issue_id="2")
    client.call("delete_issue", issue_id="3")
    client.call("retrieve_issue", issue_id="")
    assert [(r.operation, r.decision, r.status_code, r.success) for r in records] == [
        ("retrieve_issue", "allowed", 200, True),
        ("retrieve_issue", "allowed", 404, False),
        ("delete_issue", "denied", None, False),
        ("retrieve_issue", "invalid", None, False),
    ]
    first = records[0]
    assert first.method == "GET" and first.path == "/api/0/organizations/acme/issues/1/"
    assert first.host == "sentry.io" and first.attempts == 1 and first.duration >= 0
    assert records[2].attempts == 0 and records[2].error_kind == "not_permitted"
    for record in records:
        assert TOKEN not in repr(record) and TOKEN not in str(record.to_dict())


def test_a_multi_page_call_is_one_record_and_paginate_one_per_page() -> None:
    from wrapper_fakes import PagedServer

    records: list[AuditRecord] = []
    client = make_client(PagedServer(250), audit_hook=records.append)
    client.call("list_project_issues", project_id_or_slug="web", max_results=250)
    assert len(records) == 1 and records[0].attempts == 3
    records.clear()
    list(client.paginate("list_project_issues", project_id_or_slug="web"))
    assert len(records) == 3


def test_retries_are_counted_in_the_record() -> None:
    records: list[AuditRecord] = []
    script = Script(json_response(503, {}), json_response(200, sample("issue_detail")))
    make_client(script, audit_hook=records.append).call("retrieve_issue", issue_id="1")
    assert records[0].attempts == 2 and records[0].success


def test_a_failing_hook_does_not_break_the_call() -> None:
    def broken(record: AuditRecord) -> None:
        raise RuntimeError("audit sink down")

    script = Script(json_response(200, sample("issue_detail")))
    assert make_client(script, audit_hook=broken).call("retrieve_issue", issue_id="1").success


def test_region_discovery_is_audited() -> None:
    records: list[AuditRecord] = []
    org = sample("organization")
    org["links"] = {"regionUrl": "https://us.sentry.io"}

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/api/0/organizations/acme/":
            return json_response(200, org)
        return json_response(200, sample("issue_detail"))

    make_client(Script(handler), region="auto", audit_hook=records.append).call(
        "retrieve_issue", issue_id="1"
    )
    assert [(r.operation, r.decision, r.host) for r in records] == [
        ("retrieve_organization", "region_discovery", "sentry.io"),
        ("retrieve_issue", "allowed", "us.sentry.io"),
    ]


async def test_async_hooks_may_be_coroutines() -> None:
    records: list[AuditRecord] = []

    async def hook(record: AuditRecord) -> None:
        records.append(record)

    script = Script(json_response(200, sample("issue_detail")))
    async with make_async_client(script, audit_hook=hook) as client:
        await client.call("retrieve_issue", issue_id="1")
    assert [r.operation for r in records] == ["retrieve_issue"]

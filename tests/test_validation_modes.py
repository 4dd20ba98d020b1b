"""Reading responses tolerantly (``validation="lenient"``, the default), strictly, or not at all.

A 2xx body is data whenever it is JSON of the right top-level kind; how it differs from the
spec becomes ``Result.warnings`` (lenient), a failure naming the path (strict) or nothing (off).
The project's other tests run strict (tests/conftest.py sets ``SENTRY_API_VALIDATION``); these
tests choose their mode explicitly.
"""

from __future__ import annotations

import json
import logging
import subprocess
import sys
import textwrap
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest
from sentry_api import AsyncSentryClient, SentryClient
from sentry_api.models import raw_json
from sentry_api.validation import MAX_WARNINGS
from sentry_api_client.models.issue_detail import IssueDetail
from sentry_api_client.types import UNSET
from wrapper_fakes import Script, issues_page, json_response, make_async_client, make_client, sample

ROOT = Path(__file__).resolve().parent.parent


def drifted_issue() -> dict[str, Any]:
    """A real-shaped issue that lacks a documented field and carries a new one."""
    body = sample("issue_detail")
    del body["title"]
    body["brandNewField"] = {"nested": [1, 2]}
    return body


def retrieve(body: Any, **options: Any) -> Any:
    client = make_client(Script(json_response(200, body)), **options)
    return client.call("retrieve_issue", issue_id="1")


def test_the_default_is_lenient(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SENTRY_API_VALIDATION", raising=False)
    assert make_client(Script()).validation == "lenient"
    result = retrieve(drifted_issue())
    assert result.success, result.error
    assert "title: missing required field" in result.warnings
    assert "brandNewField: not in the spec (a new field?)" in result.warnings


def test_lenient_reads_missing_fields_as_unset_and_keeps_unknown_ones() -> None:
    body = drifted_issue()
    result = retrieve(body, validation="lenient")
    assert result.success, result.error
    issue = result.data
    assert isinstance(issue, IssueDetail)
    assert issue.title is UNSET
    assert issue.short_id == body["shortId"]
    assert issue.additional_properties["brandNewField"] == {"nested": [1, 2]}
    assert issue.to_dict() == body  # unknown fields survive unchanged
    envelope = result.to_dict()
    assert envelope["data"] == body
    assert envelope["warnings"] == list(result.warnings)


def test_strict_fails_naming_the_path() -> None:
    result = retrieve(drifted_issue(), validation="strict")
    assert not result.success
    assert result.error_kind == "invalid_response"
    assert "retrieve_issue: the response did not match IssueDetail at" in (result.error or "")
    assert "title: missing required field" in (result.error or "") or "brandNewField" in (
        result.error or ""
    )
    only_new = sample("issue_detail")
    only_new["brandNewField"] = 1
    result = retrieve(only_new, validation="strict")
    assert not result.success
    assert result.error == (
        "retrieve_issue: the response did not match IssueDetail at brandNewField: "
        "not in the spec (a new field?)"
    )


def test_off_checks_nothing_beyond_the_kind() -> None:
    body = drifted_issue()
    body["project"]["slug"] = 5
    result = retrieve(body, validation="off")
    assert result.success and result.warnings == ()
    assert result.data.project.slug == 5  # handed over as sent


def test_a_type_difference_deep_in_a_list_is_a_warning_with_its_path() -> None:
    page = issues_page(5)
    page[3]["project"]["slug"] = 5
    client = make_client(Script(json_response(200, page)), validation="lenient")
    result = client.call("list_organization_issues")
    assert result.success, result.error
    assert result.warnings == ("[3].project.slug: expected string, got integer 5",)
    assert result.data[3].project.slug == 5


@pytest.mark.parametrize("mode", ["lenient", "strict", "off"])
@pytest.mark.parametrize(
    ("operation", "params", "body"),
    [
        ("retrieve_issue", {"issue_id": "1"}, "just a string"),
        ("retrieve_issue", {"issue_id": "1"}, [1, 2]),
        ("list_organization_issues", {}, {"id": "1"}),
        ("list_organization_issues", {}, "just a string"),
    ],
)
def test_the_wrong_top_level_kind_fails_in_every_mode(
    mode: str, operation: str, params: dict[str, Any], body: Any
) -> None:
    client = make_client(Script(json_response(200, body)), validation=mode)
    result = client.call(operation, **params)
    assert not result.success
    assert result.error_kind == "invalid_response"
    assert "expected a JSON" in (result.error or "")


def test_warnings_are_capped() -> None:
    page = issues_page(MAX_WARNINGS + 10)
    for issue in page:
        del issue["title"]
    client = make_client(Script(json_response(200, page)), validation="lenient")
    result = client.call("list_organization_issues")
    assert result.success
    assert len(result.warnings) == MAX_WARNINGS + 1
    assert result.warnings[0] == "[0].title: missing required field"
    assert result.warnings[-1] == "... and 10 more"
    assert result.to_dict()["warnings"] == list(result.warnings)


def test_drift_is_logged_once_per_operation_and_path_even_from_threads(
    caplog: pytest.LogCaptureFixture,
) -> None:
    field = f"new_{uuid.uuid4().hex}"  # a path no other test has logged in this process
    page = issues_page(3)
    for issue in page:
        issue[field] = True
    client = make_client(Script(json_response(200, page)), validation="lenient")
    barrier = threading.Barrier(16)
    failures: list[BaseException] = []

    def work() -> None:
        try:
            barrier.wait()
            for _ in range(3):
                assert client.call("list_organization_issues").success
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    with caplog.at_level(logging.WARNING, logger="sentry_api.drift"):
        threads = [threading.Thread(target=work) for _ in range(16)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert not failures
    logged = [r for r in caplog.records if r.name == "sentry_api.drift" and field in r.getMessage()]
    assert len(logged) == 1, [r.getMessage() for r in logged]
    assert logged[0].levelno == logging.WARNING
    assert f"list_organization_issues: the response differs from the spec at [].{field}" in (
        logged[0].getMessage()
    )


def test_the_mode_is_checked_when_the_client_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    for cls in (SentryClient, AsyncSentryClient):
        with pytest.raises(
            ValueError, match="validation must be one of 'lenient', 'strict', 'off'"
        ):
            cls("token", validation="loose")  # type: ignore[arg-type]
    monkeypatch.setenv("SENTRY_API_VALIDATION", "sometimes")
    with pytest.raises(ValueError, match="SENTRY_API_VALIDATION must be one of"):
        SentryClient("token")
    monkeypatch.setenv("SENTRY_API_VALIDATION", "off")
    assert SentryClient("token").validation == "off"
    assert SentryClient("token", validation="strict").validation == "strict"


async def test_the_async_client_reads_leniently_too() -> None:
    client = make_async_client(Script(json_response(200, drifted_issue())), validation="lenient")
    result = await client.call("retrieve_issue", issue_id="1")
    await client.aclose()
    assert result.success and "title: missing required field" in result.warnings


def test_paginated_listings_merge_the_warnings_of_their_pages() -> None:
    from wrapper_fakes import PagedServer

    server = PagedServer(250)
    for issue in server.items:
        issue["culprit"] = 5  # a string in the spec: one warning per item
    client = make_client(server, validation="lenient")
    result = client.call("list_organization_issues", max_results=250)
    assert result.success and len(result.data) == 250
    assert len(result.warnings) == MAX_WARNINGS + 1
    assert result.warnings[-1] == f"... and {250 - MAX_WARNINGS} more"


def sample_file(tmp_path: Path) -> Path:
    path = tmp_path / "samples.json"
    bodies = {"issue_detail": sample("issue_detail"), "issues": issues_page(50)}
    path.write_text(json.dumps(bodies), encoding="utf-8")
    return path


def test_sixteen_threads_on_a_fresh_process_all_succeed(tmp_path: Path) -> None:
    """The first calls of a new process come from 16 threads at once: every lazily built cache
    (models, validators) must be complete before another thread can see it."""
    code = textwrap.dedent(
        """
        import json, threading, httpx
        from sentry_api import SentryClient
        bodies = json.loads(open(SAMPLE).read())
        issue, page = bodies["issue_detail"], bodies["issues"]
        def handler(request):
            body = page if request.url.path.endswith("/issues/") else issue
            return httpx.Response(200, json=body)
        client = SentryClient("a-test-token", organization="acme", validation=MODE,
                              transport=httpx.MockTransport(handler))
        barrier = threading.Barrier(16)
        errors = []
        def work(n):
            try:
                barrier.wait()
                if n % 2:
                    r = client.call("list_organization_issues")
                    assert r.success, r.error
                    [i.project.slug for i in r.data]
                    [i.status_details for i in r.data]
                else:
                    r = client.call("retrieve_issue", issue_id="1")
                    assert r.success, r.error
                    r.data.project.slug, r.data.first_seen, r.data.activity
            except BaseException as exc:
                errors.append(repr(exc))
        threads = [threading.Thread(target=work, args=(n,)) for n in range(16)]
        [t.start() for t in threads]
        [t.join() for t in threads]
        print(errors)
        """
    )
    samples = sample_file(tmp_path)
    for mode in ("strict", "lenient"):
        for _ in range(3):
            source = f"SAMPLE = {str(samples)!r}\nMODE = {mode!r}\n" + code
            done = subprocess.run(
                [sys.executable, "-c", source], capture_output=True, text=True, timeout=120
            )
            assert done.returncode == 0, done.stderr[-2000:]
            assert done.stdout.strip() == "[]", done.stdout


def test_nothing_reads_generated_source_at_run_time(tmp_path: Path) -> None:
    """Field names come from class data the generator writes, never from reading .py files."""
    code = textwrap.dedent(
        """
        import builtins, io, json, pathlib, httpx
        opened = []
        real_open, real_read = builtins.open, pathlib.Path.read_text
        def spy_open(file, *a, **k):
            opened.append(str(file)); return real_open(file, *a, **k)
        def spy_read(self, *a, **k):
            opened.append(str(self)); return real_read(self, *a, **k)
        issue = json.loads(real_open(SAMPLE).read())["issue_detail"]
        builtins.open, io.open, pathlib.Path.read_text = spy_open, spy_open, spy_read
        from sentry_api import SentryClient
        client = SentryClient("a-test-token", organization="acme", validation=MODE,
            transport=httpx.MockTransport(lambda r: httpx.Response(200, json=issue)))
        r = client.call("retrieve_issue", issue_id="1")
        assert r.success, r.error
        r.data.project.slug, r.data.first_seen, r.data.to_dict()
        print([f for f in opened if f.endswith(".py")])
        """
    )
    samples = sample_file(tmp_path)
    for mode in ("strict", "lenient"):
        source = f"SAMPLE = {str(samples)!r}\nMODE = {mode!r}\n" + code
        done = subprocess.run(
            [sys.executable, "-c", source], capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr[-2000:]
        assert done.stdout.strip() == "[]", done.stdout
    for module in (ROOT / "wrapper" / "sentry_api").rglob("*.py"):
        text = module.read_text(encoding="utf-8")
        assert "getsource" not in text, module
        assert "d.pop\\(" not in text and "d\\.pop" not in text, module


def test_one_wrong_field_is_reported_alone() -> None:
    """IssueDetail is Issue plus more (allOf): a wrong value in one part must not make the
    validator call every field of that part unknown."""
    body = sample("issue_detail")
    body["project"]["id"] = 5
    lenient = retrieve(body, validation="lenient")
    assert lenient.success and lenient.warnings == ("project.id: expected string, got integer 5",)
    strict = retrieve(body, validation="strict")
    assert strict.error == (
        "retrieve_issue: the response did not match IssueDetail at project.id: "
        "expected string, got integer 5"
    )


def test_the_cli_reads_leniently_unless_told_strict(monkeypatch: pytest.MonkeyPatch) -> None:
    from contextlib import contextmanager

    import httpx
    from click.testing import CliRunner
    from sentry_api.cli import cli, runtime

    body = drifted_issue()

    class Drifted:
        token = "a-cli-test-token"
        url = "http://127.0.0.1:9"

        def sync_transport(self) -> httpx.MockTransport:
            return httpx.MockTransport(lambda request: httpx.Response(200, json=body))

    @contextmanager
    def open_drifted() -> Any:
        yield Drifted()

    monkeypatch.setattr(runtime, "open_sandbox", open_drifted)
    env: dict[str, str | None] = {"SENTRY_API_VALIDATION": None, "SENTRY_AUTH_TOKEN": None}
    args = ["call", "retrieve_issue", "--param", "issue_id=1"]
    lenient = CliRunner().invoke(cli, ["--sandbox", *args], env=env)
    assert lenient.exit_code == 0, lenient.output
    envelope = json.loads(lenient.stdout)
    assert envelope["success"] is True
    assert "title: missing required field" in envelope["warnings"]
    strict = CliRunner().invoke(cli, ["--strict", "--sandbox", *args], env=env)
    assert strict.exit_code == 1
    assert json.loads(strict.stdout)["error_kind"] == "invalid_response"


@pytest.mark.parametrize("mode", ["lenient", "strict", "off"])
def test_a_deeply_nested_new_field_is_no_crash(mode: str) -> None:
    """A new field nested 200 deep (within the decoder's limit) is data in lenient and off
    mode and a clear strict failure, never an internal error; deeper than the decoder's limit
    (256) it is a clear invalid_response with the HTTP status in every mode."""
    from sentry_api.decoding import MAX_DEPTH

    def nested(depth: int) -> list[Any]:
        deep: list[Any] = []
        for _ in range(depth):
            deep = [deep]
        return deep

    body = sample("issue_detail")
    body["deepField"] = nested(200)
    result = retrieve(body, validation=mode)
    assert result.error_kind != "internal", result.error
    if mode == "strict":
        assert result.error_kind == "invalid_response"
        assert "deepField" in (result.error or "")
    else:
        assert result.success, result.error
        assert result.data.short_id == body["shortId"]
        assert raw_json(result.data)["deepField"] == body["deepField"]
    if mode == "lenient":
        assert any(w.startswith("deepField") for w in result.warnings), result.warnings

    body["deepField"] = nested(MAX_DEPTH + 50)
    too_deep = retrieve(body, validation=mode)
    assert not too_deep.success
    assert too_deep.error_kind == "invalid_response"
    assert too_deep.status_code == 200
    assert "nested deeper than" in (too_deep.error or "")


def test_warnings_never_show_the_token_and_the_drift_log_no_values(
    caplog: pytest.LogCaptureFixture,
) -> None:
    from wrapper_fakes import TOKEN

    body = sample("issue_detail")
    field = f"echo_{uuid.uuid4().hex}"
    body["project"]["slug"] = {"unexpected": True}
    body["title"] = 12345
    body[field] = 1
    body["numComments"] = TOKEN  # a server echoing the caller's secret back
    with caplog.at_level(logging.WARNING, logger="sentry_api.drift"):
        result = retrieve(body, validation="lenient")
    assert result.success
    assert any(w.startswith("numComments: expected integer, got string") for w in result.warnings)
    assert "title: expected string, got integer 12345" in result.warnings
    assert TOKEN not in json.dumps(result.to_dict()["warnings"])
    logged = " ".join(r.getMessage() for r in caplog.records if r.name == "sentry_api.drift")
    assert "12345" not in logged and TOKEN not in logged


def test_keys_that_are_not_plain_names_are_quoted_and_cut_in_paths() -> None:
    body = sample("issue_detail")
    body["new\nkey.with[0]"] = 1
    body["K" * 5000] = 2
    result = retrieve(body, validation="lenient")
    assert result.success
    assert '["new\\nkey.with[0]"]: not in the spec (a new field?)' in result.warnings
    long = [w for w in result.warnings if w.startswith('["KKK')]
    assert long and all(len(w) < 200 for w in long), long
    assert all("\n" not in w for w in result.warnings)


def test_one_answer_logs_a_bounded_number_of_drifts(caplog: pytest.LogCaptureFixture) -> None:
    """A body with thousands of new keys logs at most MAX_WARNINGS of them, and real drift on
    another operation is still logged afterwards."""
    body = sample("issue_detail")
    body.update({f"k{uuid.uuid4().hex}{i}": i for i in range(2000)})
    with caplog.at_level(logging.WARNING, logger="sentry_api.drift"):
        assert retrieve(body, validation="lenient").success
    assert len(caplog.records) == MAX_WARNINGS
    caplog.clear()
    fresh = sample("issue_detail")
    fresh[f"brandNew{uuid.uuid4().hex}"] = 1
    with caplog.at_level(logging.WARNING, logger="sentry_api.drift"):
        assert retrieve(fresh, validation="lenient").success
    assert len(caplog.records) == 1


def test_merged_warnings_index_the_whole_listing() -> None:
    from wrapper_fakes import PagedServer

    server = PagedServer(250)  # pages of 100
    for index in (0, 7, 100, 107, 200):
        server.items[index]["culprit"] = 5
    client = make_client(server, validation="lenient")
    result = client.call("list_organization_issues", max_results=250)
    assert [w.partition(".")[0] for w in result.warnings] == [
        "[0]",
        "[7]",
        "[100]",
        "[107]",
        "[200]",
    ]


def test_missing_fields_of_both_parts_of_a_composed_object_are_reported() -> None:
    """IssueDetail's schema merges Issue's fields with its own: each part's required fields
    are still required, and a key neither part documents is still unknown."""
    body = sample("issue_detail")
    del body["title"], body["activity"]
    body["brandNewField"] = 1
    result = retrieve(body, validation="lenient")
    assert result.success
    assert set(result.warnings) == {
        "title: missing required field",
        "activity: missing required field",
        "brandNewField: not in the spec (a new field?)",
    }


def test_only_plain_compositions_are_merged() -> None:
    import sys

    sys.path.insert(0, str(ROOT / "scripts"))
    import response_schemas

    components = {
        "A": {"type": "object", "required": ["a"], "properties": {"a": {"type": "string"}}},
        "B": {"type": "object", "properties": {"b": {"type": "integer"}}},
        "AB": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/B"}]},
        "AA": {"allOf": [{"$ref": "#/components/schemas/A"}, {"$ref": "#/components/schemas/A"}]},
    }
    refs: set[str] = set()
    merged = response_schemas.convert(
        {"$ref": "#/components/schemas/AB"}, closed=True, refs=refs, components=components
    )
    assert merged == {
        "type": "object",
        "required": ["a"],
        "properties": {"a": {"type": "string"}, "b": {"type": "integer"}},
        "additionalProperties": False,
    }
    # Two parts documenting one key: kept as a composition (closed over its keys).
    kept = response_schemas.convert(
        {"$ref": "#/components/schemas/AA"}, closed=True, refs=refs, components=components
    )
    assert kept["$ref"] == "#/$defs/AA" and kept["additionalProperties"] is False

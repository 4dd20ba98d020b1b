"""List commands print as pages arrive and lose nothing when they stop early.

A listing that fails on a late page (a 5xx after the client's retries, from the sandbox's
fault injection) or is interrupted (Ctrl-C) leaves complete output - one valid JSON document,
whole JSONL lines, whole rows - and a ``--cursor`` on stderr that continues with exactly the
missing items. Also: ``--fields`` for every format and for show commands; plain rows and
notes on stderr when stdout is not a terminal; the terminal table and its progress line.
Memory flatness is measured by scripts/bench.py (scenario 7), not here.
"""

from __future__ import annotations

import io
import json
import re
import shlex
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from cli_support import CLEAN_ENV
from click.testing import CliRunner, Result
from sentry_api import SentryClient
from sentry_api.cli import cli, output
from sentry_api.cli import runtime as cli_runtime
from sentry_api.cli.fields import valid_fields
from sentry_api.cli.output import Redactor, Writer
from sentry_api.sandbox import Sandbox
from sentry_api_client._operations import OPERATIONS

SPEC = Path(__file__).resolve().parents[1] / "openapi" / "sentry.yaml"
LIST_OP = "list_project_issues"
PAGE = 100
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, ["--sandbox", *args], env=CLEAN_ENV)


@pytest.fixture
def big(sandbox: Sandbox, client: SentryClient) -> list[dict[str, Any]]:
    """The web project with more than five pages of unresolved issues, in list order."""
    sandbox.add_issues("acme", "web", 450, status="unresolved")
    result = client.call(LIST_OP, project_id_or_slug="web", max_results=10_000)
    assert result.success, result.error
    items: list[dict[str, Any]] = result.to_dict()["data"]
    assert len(items) > 5 * PAGE
    return items


@pytest.fixture
def waits(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The client's waits (retry back-off, rate limit), recorded instead of slept."""
    seen: list[float] = []
    monkeypatch.setattr(cli_runtime.time, "sleep", seen.append)
    return seen


class OnRequest(httpx.BaseTransport):
    """The sandbox's transport, calling ``hook(n)`` before the n-th list request (1-based)."""

    def __init__(self, inner: httpx.BaseTransport, hook: Callable[[int], None]) -> None:
        self.inner = inner
        self.hook = hook
        self.count = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/web/issues/"):
            self.count += 1
            self.hook(self.count)
        return self.inner.handle_request(request)


def on_list_request(
    monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, hook: Callable[[int], None]
) -> None:
    original = sandbox.sync_transport
    monkeypatch.setattr(sandbox, "sync_transport", lambda region=None: OnRequest(original(), hook))


def fail_from_page(monkeypatch: pytest.MonkeyPatch, sandbox: Sandbox, page: int) -> None:
    """Page ``page`` of the next listing answers 503 to the first request and to every retry;
    later listings (the resumed one) are served normally."""
    armed = [True]

    def hook(n: int) -> None:
        if n == page and armed and armed.pop():
            sandbox.faults.add(LIST_OP, "503", times=4)  # 1 + the client's 3 retries

    on_list_request(monkeypatch, sandbox, hook)


def resume_flags(stderr: str) -> list[str]:
    """The flags the resume note says to add (``--cursor X`` and maybe ``--max N``)."""
    line = next(line for line in stderr.splitlines() if "--cursor" in line)
    return shlex.split(line[line.index("--cursor") :])


def ids_in(fmt: str, stdout: str) -> list[str]:
    if fmt == "--json":
        return [item["id"] for item in json.loads(stdout)]
    if fmt == "--jsonl":
        return [json.loads(line)["id"] for line in stdout.splitlines()]
    return [line.split("\t")[0] for line in stdout.splitlines()]


# ------------------------------------------------------------------ stopped by a server failure


@pytest.mark.parametrize("fmt", ["--json", "--jsonl", "table"])
def test_failure_on_a_late_page_keeps_the_output_and_resumes_exactly(
    fmt: str,
    big: list[dict[str, Any]],
    sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    waits: list[float],
) -> None:
    fail_from_page(monkeypatch, sandbox, page=4)
    args = ["issues", "list", "web", "--max", "0", *([fmt] if fmt != "table" else [])]
    first = run(*args)
    assert first.exit_code == 1
    assert len(waits) == 3  # the client retried before giving up
    assert first.stderr.startswith("error: list_project_issues failed (HTTP 503)")
    # Whatever was printed is complete (the JSON array closed, every line whole).
    printed = ids_in(fmt, first.stdout)
    assert printed == [item["id"] for item in big[: 3 * PAGE]]
    assert first.stdout.endswith("\n")
    flags = resume_flags(first.stderr)
    assert "300 issues printed" in first.stderr and flags[0] == "--cursor"
    assert "--max" not in flags  # no limit was given, none is suggested

    rest = run(*args, *flags)
    assert rest.exit_code == 0, rest.stderr
    resumed = ids_in(fmt, rest.stdout)
    assert printed + resumed == [item["id"] for item in big]  # no gaps, no repeats


def test_resume_note_keeps_the_limit(
    big: list[dict[str, Any]], sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch, waits: list[float]
) -> None:
    fail_from_page(monkeypatch, sandbox, page=3)
    first = run("issues", "list", "web", "--max", "450", "--jsonl")
    assert first.exit_code == 1
    flags = resume_flags(first.stderr)
    assert flags[2:] == ["--max", "250"]
    rest = run("issues", "list", "web", "--jsonl", *flags)
    assert rest.exit_code == 0 and rest.stderr.startswith("250 issues shown; more available")
    ids = ids_in("--jsonl", first.stdout) + ids_in("--jsonl", rest.stdout)
    assert ids == [item["id"] for item in big[:450]]


def test_failure_on_the_first_page_still_writes_one_json_document(
    sandbox: Sandbox, waits: list[float]
) -> None:
    sandbox.faults.add(LIST_OP, "503", times=4)
    result = run("issues", "list", "web", "--json")
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []
    assert "--cursor" not in result.stderr  # nothing to resume from: run it again


# ------------------------------------------------------------------ Ctrl-C


@pytest.mark.parametrize("fmt", ["--json", "--jsonl", "table"])
def test_ctrl_c_while_fetching_closes_the_output_and_exits_130(
    fmt: str, big: list[dict[str, Any]], sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def hook(n: int) -> None:
        if n == 3:
            raise KeyboardInterrupt

    on_list_request(monkeypatch, sandbox, hook)
    args = ["issues", "list", "web", "--max", "0", *([fmt] if fmt != "table" else [])]
    first = run(*args)
    assert first.exit_code == 130
    assert first.stderr.startswith("error: interrupted after 200 issues")
    printed = ids_in(fmt, first.stdout)
    assert printed == [item["id"] for item in big[: 2 * PAGE]]
    monkeypatch.undo()  # the plain sandbox transport again (the fixtures stay)
    monkeypatch.setattr(cli_runtime, "open_sandbox", _shared(sandbox))
    rest = run(*args, *resume_flags(first.stderr))
    assert rest.exit_code == 0, rest.stderr
    assert printed + ids_in(fmt, rest.stdout) == [item["id"] for item in big]


def test_ctrl_c_during_a_write_finishes_that_page_first(
    big: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The signal arrives halfway through writing page 2: the page is still written whole,
    then the listing stops (without the hold the array would end inside an object)."""
    calls = {"n": 0}
    write = Writer._bytes  # where every chunk ends up (JSON goes out as orjson's bytes)

    def halves(self: Writer, data: bytes) -> None:
        calls["n"] += 1
        middle = len(data) // 2
        write(self, data[:middle])
        if calls["n"] == 2:
            signal.raise_signal(signal.SIGINT)
        write(self, data[middle:])

    monkeypatch.setattr(Writer, "_bytes", halves)
    result = run("issues", "list", "web", "--max", "0", "--json")
    assert result.exit_code == 130
    assert [item["id"] for item in json.loads(result.stdout)] == [i["id"] for i in big[:200]]
    assert "200 issues printed" in result.stderr
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # restored


def _shared(sandbox: Sandbox) -> Any:
    from contextlib import contextmanager

    @contextmanager
    def open_shared() -> Any:
        yield sandbox

    return open_shared


# ------------------------------------------------------------------ what JSON output holds

STREAMED_SECRET = "streamed-secret-7c1e4b09"


def parsed(fmt: str, stdout: str) -> list[dict[str, Any]]:
    if fmt == "--json":
        return list(json.loads(stdout))
    return [json.loads(line) for line in stdout.splitlines()]


@pytest.mark.parametrize("fmt", ["--json", "--jsonl"])
def test_streamed_json_hides_the_token_in_the_data(sandbox: Sandbox, fmt: str) -> None:
    """JSON pages go out as orjson's bytes: one that holds the token is still redacted."""
    issues = sandbox.add_issues("acme", "web", 250, status="unresolved")
    sandbox.add_token(STREAMED_SECRET)
    issues[130].title = f"leaked {STREAMED_SECRET} here"
    result = run("--token", STREAMED_SECRET, "issues", "list", "web", "--max", "0", fmt)
    assert result.exit_code == 0, result.stderr
    assert STREAMED_SECRET not in result.stdout
    titles = [item["title"] for item in parsed(fmt, result.stdout)]
    assert "leaked [redacted] here" in titles and len(titles) > 250


class Rewrite(httpx.BaseTransport):
    """The sandbox's transport, with ``old`` replaced by ``new`` in every response body."""

    def __init__(self, inner: httpx.BaseTransport, old: bytes, new: bytes) -> None:
        self.inner, self.old, self.new = inner, old, new

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        body = response.read().replace(self.old, self.new)
        headers = [(k, v) for k, v in response.headers.items() if k.lower() != "content-length"]
        return httpx.Response(response.status_code, headers=headers, content=body)


@pytest.mark.parametrize("fmt", ["--json", "--jsonl"])
def test_streamed_json_prints_a_lone_surrogate_as_its_escape(
    sandbox: Sandbox, fmt: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """orjson refuses a lone surrogate: that page takes the standard library's way, and the
    surrogate is printed as the escape it came as (UTF-8 cannot encode it)."""
    issues = sandbox.add_issues("acme", "web", 250, status="unresolved")
    issues[130].title = "half a pair SURROGATE"  # the sandbox cannot send a lone one itself
    original = sandbox.sync_transport
    monkeypatch.setattr(
        sandbox,
        "sync_transport",
        lambda region=None: Rewrite(original(), b"SURROGATE", b"\\ud800"),
    )
    result = run("issues", "list", "web", "--max", "0", fmt)
    assert result.exit_code == 0, result.stderr
    assert '"half a pair \\ud800"' in result.stdout
    titles = [item["title"] for item in parsed(fmt, result.stdout)]
    assert "half a pair \ud800" in titles and len(titles) > 250


def test_writer_sends_text_where_utf8_bytes_would_differ() -> None:
    """Bytes go straight to the buffer only under a UTF-8 text stream; a Latin-1 stream (or
    one with no buffer) gets text, encoded its own way."""
    raw = io.BytesIO()
    latin = io.TextIOWrapper(raw, encoding="latin-1")
    Writer(latin, Redactor(["s3cret"])).utf8("café s3cret\n".encode())
    assert raw.getvalue() == "café [redacted]\n".encode("latin-1")
    plain = io.StringIO()
    Writer(plain, Redactor()).utf8("naïve\n".encode())
    assert plain.getvalue() == "naïve\n"


# ------------------------------------------------------------------ --fields


def test_fields_select_keys_for_json_and_jsonl(client: SentryClient) -> None:
    expected = client.call(LIST_OP, project_id_or_slug="web", max_results=3).to_dict()["data"]
    wanted = [{"shortId": i["shortId"], "title": i["title"], "count": i["count"]} for i in expected]
    as_json = run(
        "issues", "list", "web", "--max", "3", "--json", "--fields", "shortId,title,count"
    )
    assert as_json.exit_code == 0
    parsed = json.loads(as_json.stdout)
    assert parsed == wanted and [list(item) for item in parsed] == [list(w) for w in wanted]
    lines = run(
        "issues", "list", "web", "--max", "3", "--jsonl", "--fields", "shortId, title,count"
    )
    assert [json.loads(line) for line in lines.stdout.splitlines()] == wanted


def test_fields_choose_the_columns_of_tables(
    client: SentryClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    expected = client.call(LIST_OP, project_id_or_slug="web", max_results=3).to_dict()["data"]
    plain = run("issues", "list", "web", "--max", "3", "--fields", "shortId,userCount,isUnhandled")
    assert [line.split("\t") for line in plain.stdout.splitlines()] == [
        [i["shortId"], str(i["userCount"]), "true" if i["isUnhandled"] else "false"]
        for i in expected
    ]
    monkeypatch.setattr(output, "_isatty", lambda stream: True)
    table = run("issues", "list", "web", "--max", "3", "--fields", "shortId,userCount")
    lines = [ANSI.sub("", line) for line in table.stdout.splitlines()]
    assert lines[0].split() == ["shortId", "userCount"]
    assert [line.split() for line in lines[2:5]] == [
        [i["shortId"], str(i["userCount"])] for i in expected
    ]


def test_fields_on_show_commands(client: SentryClient) -> None:
    issue = client.call("retrieve_issue", issue_id="WEB-1").to_dict()["data"]
    as_json = run("issues", "show", "WEB-1", "--json", "--fields", "id,permalink")
    assert json.loads(as_json.stdout) == {"id": issue["id"], "permalink": issue["permalink"]}
    detail = run("issues", "show", "WEB-1", "--fields", "title,status")
    assert detail.stdout.splitlines() == [f"title\t{issue['title']}", f"status\t{issue['status']}"]


def test_unknown_field_is_a_usage_error_naming_the_valid_fields(sandbox: Sandbox) -> None:
    result = run("issues", "list", "web", "--fields", "shortid,nope")
    assert result.exit_code == 2
    assert result.stdout == ""
    message = result.stderr
    assert message.startswith("error: Invalid value for --fields: unknown fields shortid, nope")
    assert "did you mean shortId" in message
    assert "valid fields: annotations, assignedTo, count," in message
    assert sandbox.call_count(LIST_OP) == 0  # refused before any request


def test_valid_fields_are_the_spec_properties_of_the_response() -> None:
    """Not a hand-kept list: the response schema's properties in openapi/sentry.yaml."""
    schemas = yaml.safe_load(SPEC.read_text(encoding="utf-8"))["components"]["schemas"]
    for operation_id, schema in (
        ("list_project_issues", "Issue"),
        ("list_release_deploys", "Deploy"),
        ("list_project_keys", "ProjectKey"),
    ):
        fields = valid_fields(OPERATIONS[operation_id])
        assert fields is not None and set(fields) == set(schemas[schema]["properties"])


# ------------------------------------------------------------------ terminals and pipes


def test_pipe_gets_plain_rows_and_the_note_on_stderr(client: SentryClient) -> None:
    expected = client.call(LIST_OP, project_id_or_slug="web", max_results=6).to_dict()["data"]
    first = run("issues", "list", "web", "--max", "3")
    assert first.exit_code == 0
    rows = [line.split("\t") for line in first.stdout.splitlines()]
    assert [row[1] for row in rows] == [i["shortId"] for i in expected[:3]]
    assert all(len(row) == 8 for row in rows)
    assert "─" not in first.stdout and "Short ID" not in first.stdout and "\x1b" not in first.stdout
    assert first.stderr.startswith("3 issues shown; more available")
    rest = run("issues", "list", "web", *resume_flags(first.stderr)[:2], "--max", "3")
    assert [line.split("\t")[1] for line in rest.stdout.splitlines()] == [
        i["shortId"] for i in expected[3:]
    ]


def test_terminal_table_prints_each_page_with_the_first_pages_widths(
    big: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(output, "_isatty", lambda stream: True)
    writes: list[str] = []
    original = Writer.text

    def recording(self: Writer, chunk: str) -> None:
        writes.append(chunk)
        original(self, chunk)

    monkeypatch.setattr(Writer, "text", recording)
    monkeypatch.setenv("COLUMNS", "100")
    result = CliRunner().invoke(
        cli, ["--sandbox", "issues", "list", "web", "--max", "250"], env=CLEAN_ENV
    )
    assert result.exit_code == 0, result.stderr
    assert len(writes) == 3  # one write per page, as it arrived
    lines = [ANSI.sub("", line) for line in result.stdout.splitlines()]
    assert "Short ID" in lines[0] and set(lines[1]) == {"─"}
    rows = lines[2:-2]
    assert len(rows) == 250 and all(len(row) <= 100 for row in rows)
    assert [row.split()[1] for row in rows] == [i["shortId"] for i in big[:250]]
    # Columns line up across pages: every count ends under the end of the "Events" title.
    end = lines[0].index("Events") + len("Events")
    assert all(
        row[:end].endswith(" " + item["count"]) for row, item in zip(rows, big[:250], strict=True)
    )
    assert lines[-2] == "250 issues shown; more available (--max N for more, --max 0 for all)"
    assert lines[-1] == "to continue after them: --cursor 0:250:0"


def test_progress_line_counts_and_shows_the_rate_limit_wait(
    big: list[dict[str, Any]],
    sandbox: Sandbox,
    monkeypatch: pytest.MonkeyPatch,
    waits: list[float],
) -> None:
    monkeypatch.setattr(output, "_isatty", lambda stream: stream is output.sys.stderr)

    def hook(n: int) -> None:
        if n == 3:
            sandbox.faults.add(LIST_OP, "429_retry_after", seconds=2)

    on_list_request(monkeypatch, sandbox, hook)
    result = run("issues", "list", "web", "--max", "0", "--jsonl")
    assert result.exit_code == 0, result.stderr
    # (A page read ahead had waited a moment already: Retry-After counts from its answer.)
    assert len(waits) == 1 and 1.9 <= waits[0] <= 2.0
    status = ANSI.sub("", result.stderr)
    assert "Fetching issues: 100 so far" in status and "Fetching issues: 200 so far" in status
    assert "waiting 2.0 s (rate limit or retry)" in status
    assert result.stderr.endswith("\r\x1b[K")  # the line is cleared at the end
    assert len(result.stdout.splitlines()) == len(big)


def test_short_listing_shows_no_progress_line(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(output, "_isatty", lambda stream: True)
    result = run("issues", "list", "web", "--max", "5")
    assert "Fetching" not in result.stderr


def test_a_refused_cursor_gets_no_advice_to_retry_it() -> None:
    result = run("issues", "list", "web", "--cursor", "garbage")
    assert result.exit_code != 0
    assert "--cursor garbage" not in result.stderr, result.stderr


def test_c1_controls_and_invisible_format_characters_never_reach_the_terminal() -> None:
    hostile = "a\x9b31mb\u202ec\u2066d\u200be\ufefff"
    assert output.plain_cell(hostile) == "a 31mb c d e f"
    assert output.clean(hostile) == "a 31mb c d e f"


def test_fields_an_item_lacks_are_null_so_every_row_has_the_same_keys() -> None:
    from sentry_api.cli.fields import select

    assert select({"id": "1"}, ["id", "inbox"]) == {"id": "1", "inbox": None}
    result = run("issues", "list", "web", "--max", "2", "--jsonl", "--fields", "id,inbox")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert rows and all(list(row) == ["id", "inbox"] for row in rows)

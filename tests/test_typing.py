"""What a type checker sees: a user's script under ``mypy --strict``.

The typed namespaces are generated from the spec (docs/operations.md); these tests run mypy on
small scripts, as a user would, and read its verdicts: the precise types it reveals and the
mistakes it must report.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

pytest.importorskip("mypy")

GOOD = """
from sentry_api import AsyncSentryClient, SentryClient
from sentry_api_client.models import Issue


def sync_use(client: SentryClient) -> list[Issue]:
    listed = client.issues.list("web", query="is:unresolved", sort="freq", max_results=10)
    reveal_type(listed.data)  # list
    reveal_type(client.issues.retrieve("123").data)  # detail
    for issue in client.issues.list.paginate("web"):
        reveal_type(issue)  # item
    for page in client.issues.list.pages("web", cursor="0:100:0"):
        reveal_type(page)  # page
    updated = client.issues.update("1", body={"status": "resolved", "assignedTo": "me"})
    reveal_type(updated.unwrap())  # updated
    reveal_type(client.issues.delete("1").data)  # deleted
    bulk = client.issues.bulk_update("web", id=[1], body={"status": "resolved"})
    reveal_type(bulk.unwrap())  # bulk
    return listed.data or []


async def async_use(client: AsyncSentryClient) -> None:
    reveal_type((await client.issues.list("web")).data)  # async list
    reveal_type((await client.issues.retrieve("123")).data)  # async detail
    async for issue in client.issues.list.paginate("web"):
        reveal_type(issue)  # async item


SentryClient.from_env(max_retries=2, organization="acme").close()


def numeric_ids(client: SentryClient, issue_id: int, organization_id: int) -> None:
    client.issues.retrieve(issue_id)
    client.projects.retrieve("web", organization_id_or_slug=organization_id)
"""

EXPECTED_REVEALS = {
    "list": "list[sentry_api_client.models.issue.Issue] | None",
    "detail": "sentry_api_client.models.issue_detail.IssueDetail | None",
    "item": "sentry_api_client.models.issue.Issue",
    "page": "sentry_api.result.Result[list[sentry_api_client.models.issue.Issue]]",
    "updated": "sentry_api_client.models.issue.Issue | None",  # 204 after a discard
    "bulk": "sentry_api_client.models.issue_bulk_update_result.IssueBulkUpdateResult | None",
    "deleted": "None",
    "async list": "list[sentry_api_client.models.issue.Issue] | None",
    "async detail": "sentry_api_client.models.issue_detail.IssueDetail | None",
    "async item": "sentry_api_client.models.issue.Issue",
}

# One mistake per line; mypy must report an error on each marked line, naming the culprit
# (the text after the colon). Path parameters are given by keyword, so that nothing but the
# mistake itself can make mypy complain.
BAD = """
from sentry_api import SentryClient

client = SentryClient.from_env(max_retrys=3)  # misspelled option: "max_retrys"
client.issues.list(project_id_or_slug="web", quer="x")  # misspelled parameter: "quer"
for issue in client.issues.list(project_id_or_slug="web").data or []:
    print(issue.titel)  # misspelled attribute: "titel"
client.issues.update(issue_id="1", body={"stauts": "resolved"})  # unknown body key: "body"
client.issues.update(issue_id="1", body={"status": 5})  # wrong body value type: "body"
client.issues.list(project_id_or_slug="web", sort="nonsense")  # value outside the enum: "sort"
client.issues.retrieve()  # missing path parameter: "issue_id"
client.releases.create("1.0", body={"version": "1", "projects": []})  # positional org: "create"
from sentry_api_client.models import Isue  # misspelled model: "Isue"
"""


def run_mypy(tmp_path: Path, **scripts: str) -> str:
    for name, text in scripts.items():
        (tmp_path / f"{name}.py").write_text(textwrap.dedent(text).lstrip(), encoding="utf-8")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--strict",
            "--no-error-summary",
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            *(f"{name}.py" for name in scripts),
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    return done.stdout + done.stderr


@pytest.fixture(scope="module")
def verdict(tmp_path_factory: pytest.TempPathFactory) -> str:
    return run_mypy(tmp_path_factory.mktemp("typing"), good=GOOD, bad=BAD)


def _marks(text: str) -> dict[int, str]:
    lines = textwrap.dedent(text).lstrip().splitlines()
    return {n: line.split("#")[-1].strip() for n, line in enumerate(lines, 1) if "#" in line}


def test_a_correct_script_type_checks_clean_under_strict(verdict: str) -> None:
    errors = [
        line for line in verdict.splitlines() if line.startswith("good.py") and "error" in line
    ]
    assert errors == []


def test_mypy_reveals_the_precise_types(verdict: str) -> None:
    revealed = {
        int(m.group(1)): m.group(2)
        for m in re.finditer(r'^good\.py:(\d+): note: Revealed type is "(.*)"$', verdict, re.M)
    }
    seen = {mark: revealed.get(line) for line, mark in _marks(GOOD).items()}
    assert seen == EXPECTED_REVEALS


@pytest.mark.parametrize(
    "line_mark", sorted(_marks(BAD).items()), ids=lambda lm: lm[1].split(":")[0]
)
def test_mypy_reports_each_mistake(verdict: str, line_mark: tuple[int, str]) -> None:
    line, mark = line_mark
    culprit = mark.split(": ", 1)[1]
    errors = re.findall(rf"^bad\.py:{line}: error: (.*)$", verdict, re.M)
    assert any(culprit in error for error in errors), verdict


def test_models_are_explicit_exports(tmp_path: Path) -> None:
    # `from sentry_api_client.models import Issue` failed under --strict ("does not explicitly
    # export") while __all__ was computed at run time.
    script = "from sentry_api_client.models import Issue, IssueDetail\nprint(Issue, IssueDetail)\n"
    assert "error" not in run_mypy(tmp_path, exports=script)


def test_every_python_block_of_the_readme_type_checks_under_strict(tmp_path: Path) -> None:
    # A user copies the README's examples into code that CI checks with mypy --strict; the
    # quick start once failed it (data used after `if not result.success`, which mypy cannot
    # connect to `data`). Each block is its own module, as tests/test_readme.py runs them.
    from test_readme import readme_blocks

    blocks = [b for b in readme_blocks() if b.lang == "python" and b.norun is None]
    assert blocks
    scripts = {f"readme_l{block.line}": block.text for block in blocks}
    verdict = run_mypy(tmp_path, **scripts)
    errors = [line for line in verdict.splitlines() if ": error:" in line]
    assert errors == [], verdict

"""A client shared by 16 threads: its very first concurrent calls all succeed (issue 13,
item 1). Run in fresh interpreters, since the races are in lazily built caches that a test
process has long since filled."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from wrapper_fakes import sample

SCRIPT = textwrap.dedent(
    """
    import json, sys, threading
    sys.setswitchinterval(1e-6)  # switch threads as often as possible: widen every race
    import httpx
    from sentry_api import SentryClient

    bodies = json.load(open(sys.argv[1]))

    def handler(request):
        path = request.url.path
        if path.endswith("/issues/"):
            return httpx.Response(200, json=bodies["issues"])
        if path.endswith("/acme/"):
            return httpx.Response(200, json=bodies["organization"])
        return httpx.Response(200, json=bodies["issue_detail"])

    client = SentryClient("tok-123456", organization="acme", transport=httpx.MockTransport(handler))
    calls = [
        ("list_project_issues", {"project_id_or_slug": "web"}),
        ("retrieve_organization", {}),
        ("retrieve_issue", {"issue_id": "1"}),
    ]
    barrier = threading.Barrier(16)
    failures = []

    def work(index):
        operation, params = calls[index % len(calls)]
        barrier.wait()
        result = client.call(operation, **params)
        if not result.success:
            failures.append(result.error)
        else:
            result.to_dict()

    threads = [threading.Thread(target=work, args=(i,)) for i in range(16)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    print(json.dumps(failures))
    """
)


def test_sixteen_threads_first_calls_on_a_shared_client_all_succeed(tmp_path: Path) -> None:
    bodies = tmp_path / "bodies.json"
    bodies.write_text(
        json.dumps({name: sample(name) for name in ("issues", "organization", "issue_detail")})
    )
    script = tmp_path / "race.py"
    script.write_text(SCRIPT)
    runs = [
        subprocess.Popen(
            [sys.executable, str(script), str(bodies)], stdout=subprocess.PIPE, text=True
        )
        for _ in range(3)
    ]
    outputs = [run.communicate(timeout=120)[0] for run in runs]
    failures = [
        error for output in outputs for error in json.loads(output.strip() or '["no output"]')
    ]
    assert failures == []

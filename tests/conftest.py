"""Shared fixtures: the VCR cassette machinery (replay, and recording against the sandbox or a
real Sentry) and small helpers other test modules use.

How the cassette tests run
--------------------------
* **Replay** (the default; pyproject's ``addopts`` has ``--record-mode=none``): the client talks
  to :data:`REPLAY_URL`, a loopback port where nothing listens, and VCR answers every request
  from ``tests/cassettes/<module>/<test>.yaml``. A request that is not in the cassette fails
  the test, a recorded request that was never made fails it too, and a guard fails the test if
  anything tries to open a socket.
* **Record against the sandbox** (``SENTRY_CASSETTE_RECORD=sandbox``, set by
  ``scripts/record_cassettes.py``): one :class:`~sentry_api.sandbox.SandboxServer` serves the
  whole session on 127.0.0.1 (a free port); its demo data is reset before every test so each
  test records the same requests every time.
* **Record against a real Sentry** (``SENTRY_CASSETTE_RECORD=live``): ``SENTRY_URL``,
  ``SENTRY_AUTH_TOKEN`` and the ``SENTRY_TEST_*`` slugs of a test organization.

The ids a test needs (an issue, an event, a member, a release...) are looked up once, before
any cassette is active, and stored next to the cassettes (``target.json``); replay reads them
back, so tests never hard-code the sandbox's seed. Modules marked ``sandbox_only`` (rate limits,
limited-scope tokens, deleting an issue) can only be recorded against the sandbox and read
``target.sandbox.json``.

Scrubbing: the Authorization / Cookie headers are dropped, Set-Cookie is dropped from responses,
anything token-shaped in a URI, header or body is replaced, and the recording server's base URL
is rewritten to :data:`REPLAY_URL` (so a re-record on another port changes nothing).
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest

TESTS_DIR = Path(__file__).resolve().parent

# The project's own tests read responses strictly (sentry_api.validation): the spec, the
# sandbox and the cassettes must agree field for field. Tests of the lenient default or of
# "off" pass validation= explicitly. Set here, before any client exists, so that every client
# (and every CLI subprocess, which inherits the environment) is strict.
os.environ["SENTRY_API_VALIDATION"] = "strict"
CASSETTE_DIR = TESTS_DIR / "cassettes"
TARGET_FILE = CASSETTE_DIR / "target.json"
SANDBOX_TARGET_FILE = CASSETTE_DIR / "target.sandbox.json"

# Port 9 is "discard": nothing listens on it here, so a request VCR did not answer fails fast.
REPLAY_URL = "http://127.0.0.1:9"
# Sent on replay instead of a real token (the header is never recorded, so any value matches).
REPLAY_TOKEN = "cassette-replay-token"
RECORD_ENV = "SENTRY_CASSETTE_RECORD"  # "sandbox" | "live"; unset: replay
RECORD_SANDBOX, RECORD_LIVE = "sandbox", "live"

# Tokens the sandbox-only tests record with (scopes/limits are set up by the session server).
LIMITED_TOKEN = "cassette-org-read-only"
LIMITED_SCOPES = ("org:read",)
INVALID_TOKEN = "cassette-not-a-valid-token"
RATE_LIMITED_TOKEN = "cassette-one-request-per-window"

# Names of the resources the lifecycle tests create (fixed, so re-recorded requests match).
CREATED = {
    "team_slug": "cassette-team",
    "team_name": "Cassette Team",
    "project_slug": "cassette-project",
    "project_name": "Cassette Project",
    "new_release_version": "cassette@1.0.0",
    "invite_email": "cassette-invitee@example.com",
}

# ------------------------------------------------------------------------------ scrubbing

# (what, pattern, replacement): everything a cassette must never hold. Replacements keep JSON
# valid and keep what is not secret (a DSN's public key, a scope challenge).
TOKEN_PATTERNS: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("sentry org/user token", re.compile(r"sntry[su]_[A-Za-z0-9+/=_.\-]+"), "[REDACTED]"),
    (
        "64-hex token",
        re.compile(r"(?<![0-9A-Fa-f])[0-9A-Fa-f]{64}(?![0-9A-Fa-f])"),
        "[REDACTED]",
    ),
    # A Bearer credential; RFC 6750 challenges (`Bearer realm=..`, `Bearer error=..`) are fine.
    (
        "Bearer credential",
        re.compile(r"Bearer\s+(?!(?:realm|error|error_description|error_uri|scope)=)[^\s\"',;]+"),
        "[REDACTED]",
    ),
    # A client key's secret half, alone or inside a legacy DSN (https://public:secret@host/1).
    (
        "DSN secret",
        re.compile(r"(://[0-9A-Fa-f]{32}):[0-9A-Fa-f]{32}@"),
        r"\1:[REDACTED]@",
    ),
    (
        "client key secret",
        re.compile(r'("secret"\s*:\s*)"[0-9A-Fa-f]{32}"'),
        r'\1"[REDACTED]"',
    ),
)
SECRET_HEADERS = ("authorization", "cookie", "set-cookie", "proxy-authorization")
# Not secret, but they differ between recordings (the server's port, library versions).
UNSTABLE_REQUEST_HEADERS = ("host", "user-agent")
REDACTED = "[REDACTED]"


def scrub_text(text: str, secrets: tuple[str, ...] = (), base_urls: tuple[str, ...] = ()) -> str:
    """``text`` with the given secrets and anything token-shaped replaced, and the recording
    server's base URLs rewritten to :data:`REPLAY_URL`."""
    for secret in secrets:
        if secret:
            text = text.replace(secret, REDACTED)
    for _, pattern, replacement in TOKEN_PATTERNS:
        text = pattern.sub(replacement, text)
    for url in base_urls:
        if url and url != REPLAY_URL:
            text = text.replace(url, REPLAY_URL)
    return text


def _scrub_body(body: Any, secrets: tuple[str, ...], base_urls: tuple[str, ...]) -> Any:
    if not body:
        return body
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body
        return scrub_text(text, secrets, base_urls).encode("utf-8")
    if isinstance(body, str):
        return scrub_text(body, secrets, base_urls)
    return body


def make_scrubbers(
    secrets: tuple[str, ...], base_urls: tuple[str, ...]
) -> tuple[Callable[[Any], Any], Callable[[dict[str, Any]], dict[str, Any]]]:
    """VCR's ``before_record_request`` and ``before_record_response`` hooks."""

    def before_record_request(request: Any) -> Any:
        request.uri = scrub_text(request.uri, secrets, base_urls)
        request.body = _scrub_body(request.body, secrets, base_urls)
        for name in list(request.headers):
            if name.lower() in SECRET_HEADERS or name.lower() in UNSTABLE_REQUEST_HEADERS:
                del request.headers[name]
        return request

    def before_record_response(response: dict[str, Any]) -> dict[str, Any]:
        headers = response.get("headers") or {}
        for name in list(headers):
            if name.lower() in SECRET_HEADERS:
                del headers[name]
                continue
            values = headers[name]
            if isinstance(values, list):
                headers[name] = [scrub_text(str(v), secrets, base_urls) for v in values]
            else:
                headers[name] = scrub_text(str(values), secrets, base_urls)
        body = response.get("body") or {}
        if "string" in body:
            body["string"] = _scrub_body(body["string"], secrets, base_urls)
        return response

    return before_record_request, before_record_response


def _parsed_body(body: Any) -> Any:
    if body is None:
        return None
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body.strip():
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body


def json_body_matcher(r1: Any, r2: Any) -> None:
    """Bodies match when they parse to the same JSON (key order and spacing do not count);
    non-JSON bodies must be byte-identical."""
    left, right = _parsed_body(r1.body), _parsed_body(r2.body)
    assert left == right, f"request bodies differ: {left!r} != {right!r}"


def pytest_recording_configure(config: Any, vcr: Any) -> None:
    vcr.register_matcher("json_body", json_body_matcher)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sandbox_only: cassette tests that can only be recorded against the sandbox "
        "(rate limits, limited-scope tokens); record_cassettes.py --live skips them",
    )


# ------------------------------------------------------------------------------ modes


def record_source() -> str | None:
    """``"sandbox"`` / ``"live"`` while recording, ``None`` on replay."""
    value = os.environ.get(RECORD_ENV, "").strip().lower()
    if value in ("", "0", "none", "replay"):
        return None
    if value not in (RECORD_SANDBOX, RECORD_LIVE):
        raise pytest.UsageError(f"{RECORD_ENV} must be 'sandbox' or 'live', not {value!r}")
    return value


class Recording:
    """Where the cassette tests send requests in this session."""

    def __init__(self, source: str | None, url: str, token: str, server: Any = None) -> None:
        self.source = source  # None on replay
        self.url = url
        self.token = token
        self.server = server  # the SandboxServer while recording against the sandbox

    @property
    def replaying(self) -> bool:
        return self.source is None


@pytest.fixture(scope="session")
def sandbox_server() -> Iterator[Any]:
    """A SandboxServer on 127.0.0.1 for the whole session; started only when recording."""
    from sentry_api.sandbox import SandboxServer

    with SandboxServer(tokens={LIMITED_TOKEN: list(LIMITED_SCOPES)}) as server:
        yield server


@pytest.fixture(scope="session")
def recording(request: pytest.FixtureRequest) -> Recording:
    source = record_source()
    mode = request.config.getoption("--record-mode") or "none"
    if source is None and mode != "none":
        raise pytest.UsageError(
            f"--record-mode={mode} without {RECORD_ENV}: nothing to record from; "
            "run `python scripts/record_cassettes.py` instead"
        )
    if source is not None and mode == "none":
        raise pytest.UsageError(
            f"{RECORD_ENV}={source} needs --record-mode=rewrite (scripts/record_cassettes.py)"
        )
    if source is None:
        return Recording(None, REPLAY_URL, REPLAY_TOKEN)
    if source == RECORD_SANDBOX:
        server = request.getfixturevalue("sandbox_server")
        return Recording(source, server.url, server.token, server)
    url = os.environ.get("SENTRY_URL", "").strip().rstrip("/")
    token = os.environ.get("SENTRY_AUTH_TOKEN", "").strip()
    if not url or not token:
        raise pytest.UsageError("recording against Sentry needs SENTRY_URL and SENTRY_AUTH_TOKEN")
    return Recording(source, url, token)


@pytest.fixture(scope="session")
def sandbox_recording(request: pytest.FixtureRequest, recording: Recording) -> Recording:
    """For ``sandbox_only`` modules: the sandbox while recording it, else replay."""
    if recording.source == RECORD_SANDBOX or recording.replaying:
        return recording
    pytest.skip("sandbox_only cassettes are recorded against the sandbox, not a real Sentry")


# ------------------------------------------------------------------------------ targets


def discover_target(
    url: str, token: str, organization: str, project: str, team: str, source: str
) -> dict[str, Any]:
    """Look up the ids the cassette tests use, with plain httpx (not the code under test)."""
    import httpx

    headers = {"Authorization": f"Bearer {token}"}
    with httpx.Client(base_url=url, headers=headers, timeout=30) as http:

        def get(path: str, **params: Any) -> Any:
            response = http.get(path, params=params)
            response.raise_for_status()
            return response.json()

        org = get(f"/api/0/organizations/{organization}/")
        issues = get(
            f"/api/0/projects/{organization}/{project}/issues/", query="is:unresolved", limit=2
        )
        if len(issues) < 2:
            raise RuntimeError(f"{organization}/{project} needs at least two unresolved issues")
        events = get(f"/api/0/organizations/{organization}/issues/{issues[0]['id']}/events/")
        members = get(f"/api/0/organizations/{organization}/members/", per_page=2)
        releases = get(f"/api/0/organizations/{organization}/releases/", per_page=1)
        team_projects = get(f"/api/0/teams/{organization}/{team}/projects/")
        if not events or not members or not releases:
            raise RuntimeError("the test organization needs events, members and a release")
        # For the multi-page tests: an issue with three or more events, one with two hashes.
        candidates = get(
            f"/api/0/projects/{organization}/{project}/issues/", query="is:unresolved", limit=25
        )
        busy = hashes = None
        for issue in candidates:
            issue_path = f"/api/0/organizations/{organization}/issues/{issue['id']}"
            if busy is None and len(get(f"{issue_path}/events/", per_page=4)) >= 3:
                busy = (str(issue["id"]), len(get(f"{issue_path}/events/")))
            if hashes is None and len(get(f"{issue_path}/hashes/")) == 2:
                hashes = str(issue["id"])
            if busy and hashes:
                break
        if busy is None or hashes is None:
            raise RuntimeError("the project needs an issue with 3+ events and one with 2 hashes")
    return {
        "source": source,
        "organization": organization,
        "organization_name": org["name"],
        "project": project,
        "team": team,
        "issue_id": str(issues[0]["id"]),
        "issue_short_id": issues[0]["shortId"],
        "issue_title": issues[0]["title"],
        "other_issue_id": str(issues[1]["id"]),
        "event_id": events[0]["eventID"],
        "member_id": str(members[-1]["id"]),
        "member_email": members[-1]["email"],
        "release_version": releases[0]["version"],
        "busy_issue_id": busy[0],
        "busy_issue_events": busy[1],
        "hashes_issue_id": hashes,
        "team_projects": len(team_projects),
        **CREATED,
    }


def _write_target(path: Path, target: Mapping[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(target, indent=2, sort_keys=True) + "\n", encoding="utf-8")


def _read_target(path: Path) -> dict[str, Any]:
    if not path.exists():
        pytest.fail(f"{path} is missing: run `python scripts/record_cassettes.py` to record")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.fixture(scope="session")
def target(recording: Recording) -> dict[str, Any]:
    """Slugs and ids for the portable cassette tests (recorded with them, replayed from file)."""
    if recording.replaying:
        return _read_target(TARGET_FILE)
    if recording.source == RECORD_SANDBOX:
        found = discover_target(
            recording.url, recording.token, "acme", "web", "frontend", "sandbox"
        )
        _write_target(TARGET_FILE, found)
        _write_target(SANDBOX_TARGET_FILE, found)
        return found
    names = {
        key: os.environ.get(f"SENTRY_TEST_{key.upper()}", "").strip()
        for key in ("org", "project", "team")
    }
    missing = [f"SENTRY_TEST_{key.upper()}" for key, value in names.items() if not value]
    if missing:
        raise pytest.UsageError(f"recording against Sentry needs {', '.join(missing)}")
    found = discover_target(
        recording.url, recording.token, names["org"], names["project"], names["team"], "live"
    )
    _write_target(TARGET_FILE, found)
    return found


@pytest.fixture(scope="session")
def sandbox_target(sandbox_recording: Recording, target: dict[str, Any]) -> dict[str, Any]:
    """Ids for ``sandbox_only`` modules: always the sandbox's (written when it was recorded)."""
    if sandbox_recording.replaying:
        return _read_target(SANDBOX_TARGET_FILE)
    return target


# ------------------------------------------------------------------------------ VCR config


@pytest.fixture
def vcr_config(recording: Recording) -> dict[str, Any]:
    secrets = tuple(
        s for s in (recording.token, INVALID_TOKEN, LIMITED_TOKEN, RATE_LIMITED_TOKEN) if s
    )
    if recording.replaying:
        secrets = ()
    before_request, before_response = make_scrubbers(secrets, (recording.url,))
    return {
        "filter_headers": [*SECRET_HEADERS, *UNSTABLE_REQUEST_HEADERS],
        "before_record_request": before_request,
        "before_record_response": before_response,
        "decode_compressed_response": True,
        "match_on": ["method", "path", "query", "json_body"],
        "record_on_exception": False,
    }


class NetworkGuard:
    """Counts (and refuses) every attempt to open a socket connection during a replay."""

    def __init__(self) -> None:
        self.attempts: list[Any] = []

    def install(self, monkeypatch: pytest.MonkeyPatch) -> None:
        def refuse(sock: socket.socket, address: Any, *args: Any) -> Any:
            self.attempts.append(address)
            raise OSError(f"cassette replay tried to connect to {address!r}")

        monkeypatch.setattr(socket.socket, "connect", refuse)
        monkeypatch.setattr(socket.socket, "connect_ex", refuse)


@pytest.fixture
def replay_guard(
    request: pytest.FixtureRequest, recording: Recording, monkeypatch: pytest.MonkeyPatch
) -> NetworkGuard | None:
    """On replay, a :class:`NetworkGuard` refusing every socket connection; None when recording."""
    if not recording.replaying:
        return None
    guard = NetworkGuard()
    guard.install(monkeypatch)
    return guard


@pytest.fixture
def cassette_session(
    recording: Recording,
    vcr: Any,
    replay_guard: NetworkGuard | None,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[Recording]:
    """Use in every cassette test. Recording: resets the sandbox first, so every test records
    the same requests. Replay: no socket may be opened, and every recorded request must have been
    made (a test that stops making a request fails instead of passing on a stale cassette)."""
    for name in ("SENTRY_ORG", "SENTRY_REGION"):  # the tests say what they mean
        monkeypatch.delenv(name, raising=False)
    if recording.server is not None:
        recording.server.sandbox.reset()
        recording.server.faults.clear()
    yield recording
    if replay_guard is not None and vcr is not None:
        assert not replay_guard.attempts, f"replay tried to connect to {replay_guard.attempts}"
        unplayed = len(vcr.data) - vcr.play_count
        assert vcr.all_played, f"{unplayed} recorded request(s) were never made"


# ------------------------------------------------------------------------------ clients


class Sleeps:
    """The client's ``sleep`` on replay: records the waits instead of waiting (a replayed 429
    must not cost real time); while recording, really sleeps (the server's window is real)."""

    def __init__(self, real: bool) -> None:
        self.real = real
        self.calls: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.real:
            import time

            time.sleep(seconds)

    async def async_sleep(self, seconds: float) -> None:
        self.calls.append(seconds)
        if self.real:
            import asyncio

            await asyncio.sleep(seconds)


@pytest.fixture
def sleeps(recording: Recording) -> Sleeps:
    return Sleeps(real=not recording.replaying)


def _client_options(
    recording: Recording, token: str | None, options: dict[str, Any]
) -> dict[str, Any]:
    merged: dict[str, Any] = {
        "base_url": recording.url,
        "timeout": 30.0,
        "max_retries": 3,
        "max_retry_wait": 10.0,
    }
    merged.update(options)
    merged["token"] = recording.token if token is None else token
    return merged


@pytest.fixture
def cassette_client(cassette_session: Recording, sleeps: Sleeps) -> Iterator[Callable[..., Any]]:
    """``cassette_client(token=None, **options)`` -> a SentryClient for the recording/replay."""
    from sentry_api import SentryClient

    made: list[Any] = []

    def factory(token: str | None = None, **options: Any) -> Any:
        client = SentryClient(sleep=sleeps, **_client_options(cassette_session, token, options))
        made.append(client)
        return client

    yield factory
    for client in made:
        client.close()


@pytest.fixture
async def async_cassette_client(cassette_session: Recording, sleeps: Sleeps) -> Any:
    """``async_cassette_client(token=None, **options)`` -> an AsyncSentryClient."""
    from sentry_api import AsyncSentryClient

    made: list[Any] = []

    def factory(token: str | None = None, **options: Any) -> Any:
        client = AsyncSentryClient(
            sleep=sleeps.async_sleep, **_client_options(cassette_session, token, options)
        )
        made.append(client)
        return client

    yield factory
    for client in made:
        await client.aclose()


# ------------------------------------------------------------------------------ sample calls
# Valid arguments for every operation against the sandbox's seeded ``acme`` organization; the
# fault, bad-input and fuzz suites start from these. A new operation in the spec without an
# entry here fails ``test_faults.py::test_every_operation_has_a_sample_call``.


def sample_calls(ids: Mapping[str, str]) -> dict[str, dict[str, Any]]:
    org = {"organization_id_or_slug": "acme"}
    project = {**org, "project_id_or_slug": "web"}
    team = {**org, "team_id_or_slug": "frontend"}
    issue = {**org, "issue_id": ids["issue_id"]}
    release = {**org, "version": ids["release_version"]}
    member = {**org, "member_id": ids["member_id"]}
    issue_ids = [int(ids["issue_id"])]
    return {
        "list_project_issues": {**project, "limit": 2},
        "bulk_mutate_project_issues": {**project, "id": issue_ids, "body": {"hasSeen": True}},
        "retrieve_issue": issue,
        "update_issue": {**issue, "body": {"status": "resolved"}},
        "delete_issue": issue,
        "list_issue_events": {**issue, "per_page": 2},
        "retrieve_issue_event": {**issue, "event_id": ids["event_id"]},
        "list_issue_hashes": {**issue, "per_page": 2},
        "list_organization_issues": {**org, "limit": 2},
        "bulk_mutate_organization_issues": {**org, "id": issue_ids, "body": {"hasSeen": True}},
        "list_project_events": {**project, "per_page": 2},
        "retrieve_project_event": {**project, "event_id": ids["event_id"]},
        "list_projects": {"per_page": 2},
        "list_team_projects": {**team, "per_page": 2},
        "create_project": {**team, "body": {"name": "Fault Project", "slug": "fault-project"}},
        "retrieve_project": project,
        "update_project": {**project, "body": {"name": "Web Renamed"}},
        "delete_project": project,
        "list_project_users": {**project, "per_page": 2},
        "list_project_keys": {**project, "per_page": 1},
        "list_organizations": {"per_page": 1},
        "retrieve_organization": org,
        "update_organization": {**org, "body": {"name": "Acme Renamed"}},
        "list_organization_projects": {**org, "per_page": 2},
        "list_organization_teams": {**org, "per_page": 2},
        "create_team": {**org, "body": {"slug": "fault-team"}},
        "retrieve_team": team,
        "update_team": {**team, "body": {"slug": "frontend", "name": "Front"}},
        "delete_team": team,
        "list_team_members": {**team, "per_page": 2},
        "list_organization_releases": {**org, "per_page": 2},
        "create_release": {**org, "body": {"version": "fault@1.0.0", "projects": ["web"]}},
        "retrieve_release": release,
        "update_release": {**release, "body": {"ref": "fault-ref"}},
        "delete_release": release,
        "list_release_deploys": {**release, "per_page": 1},
        "create_deploy": {**release, "body": {"environment": "production"}},
        "list_organization_members": {**org, "per_page": 2},
        "invite_member": {**org, "body": {"email": "fault-invitee@example.com"}},
        "retrieve_member": member,
        "update_member": {**member, "body": {"orgRole": "member"}},
        "remove_member": member,
    }


class Golden:
    """One real answer per operation, captured from the in-process sandbox (status, headers,
    body): what a MockTransport serves when a test needs "the normal answer"."""

    def __init__(self, status: int, headers: list[tuple[str, str]], content: bytes) -> None:
        self.status = status
        self.headers = headers
        self.content = content

    def json(self) -> Any:
        return json.loads(self.content) if self.content else None


@pytest.fixture(scope="session")
def sandbox_ids() -> dict[str, str]:
    from sentry_api.sandbox import Sandbox

    with Sandbox(seed_issues=40) as sandbox, sandbox.client() as http:
        issue = http.get("/api/0/projects/acme/web/issues/", params={"limit": 1}).json()[0]
        event = http.get(f"/api/0/organizations/acme/issues/{issue['id']}/events/").json()[0]
        members = http.get("/api/0/organizations/acme/members/").json()
        release = http.get("/api/0/organizations/acme/releases/").json()[0]  # deletable
    member = next(m for m in members if m["orgRole"] != "owner" and not m["pending"])
    return {
        "issue_id": str(issue["id"]),
        "event_id": event["eventID"],
        "member_id": str(member["id"]),
        "release_version": release["version"],
    }


@pytest.fixture(scope="session")
def sample_params(sandbox_ids: dict[str, str]) -> dict[str, dict[str, Any]]:
    return sample_calls(sandbox_ids)


@pytest.fixture(scope="session")
def golden(sample_params: dict[str, dict[str, Any]]) -> dict[str, Golden]:
    """The sandbox's answer to every sample call, each on freshly seeded data."""
    import httpx
    from sentry_api import SentryClient
    from sentry_api.sandbox import Sandbox

    captured: dict[str, Golden] = {}
    with Sandbox(seed_issues=40) as sandbox:
        inner = sandbox.sync_transport()

        def capture(request: httpx.Request) -> httpx.Response:
            response = inner.handle_request(request)
            content = response.read()
            headers = [
                (k, v) for k, v in response.headers.multi_items() if k.lower() != "content-length"
            ]
            captured["last"] = Golden(response.status_code, headers, content)
            return httpx.Response(response.status_code, headers=headers, content=content)

        with SentryClient(
            sandbox.token,
            base_url=sandbox.url,
            transport=httpx.MockTransport(capture),
            max_retries=0,
        ) as client:
            for operation_id, params in sample_params.items():
                sandbox.reset()
                result = client.call(operation_id, **params)
                assert result.success, f"sample call {operation_id} failed: {result.error}"
                captured[operation_id] = captured.pop("last")
    return captured


# ------------------------------------------------------------------ the CLI tests' sandbox


@pytest.fixture
def sandbox(monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """One in-process sandbox that every `sentry-api --sandbox` invocation of a test shares,
    so changes persist between them. (Modules that define their own `sandbox` override this.)"""
    from contextlib import contextmanager

    from sentry_api.cli import runtime
    from sentry_api.sandbox import Sandbox

    shared = Sandbox()

    @contextmanager
    def open_shared() -> Iterator[Sandbox]:
        yield shared

    monkeypatch.setattr(runtime, "open_sandbox", open_shared)
    yield shared
    shared.close()


@pytest.fixture
def client(sandbox: Any) -> Iterator[Any]:
    """A Python client on the same sandbox: the CLI's output is checked against it."""
    from sentry_api import SentryClient

    with SentryClient(
        sandbox.token, base_url=sandbox.url, organization="acme", transport=sandbox.sync_transport()
    ) as c:
        yield c

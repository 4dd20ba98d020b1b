"""No secret in a cassette: every recorded file is scanned for token-shaped strings.

The scan looks for Sentry's token prefixes (``sntrys_`` org tokens, ``sntryu_`` user tokens),
64-hex strings (the shape of Sentry's older user tokens), and ``Bearer <credential>`` (RFC 6750
challenges such as ``Bearer error="insufficient_scope"`` are not credentials and are allowed).
It also fails on secret-bearing headers, on the sandbox's and the recording tokens' values, and
on the recording server's random port (which would mean the URL rewrite failed). The planted
tests prove the scan and the record-time scrubbers actually catch what they claim to.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import (  # the scan must use exactly the patterns the scrubbers use
    CASSETTE_DIR,
    INVALID_TOKEN,
    LIMITED_TOKEN,
    REPLAY_URL,
    SECRET_HEADERS,
    TOKEN_PATTERNS,
    make_scrubbers,
)
from sentry_api.sandbox import DEMO_TOKEN
from vcr.request import Request

KNOWN_TOKENS = (DEMO_TOKEN, INVALID_TOKEN, LIMITED_TOKEN)
# A loopback URL with a port other than the replay one: the recording server leaked through.
_RECORDING_URL = re.compile(r"https?://(?:127\.0\.0\.1|localhost)(?::(\d+))?")


def scan_text(text: str, source: str = "<text>") -> list[str]:
    """Every token-shaped or otherwise forbidden string in ``text`` (one message each)."""
    findings: list[str] = []
    for kind, pattern, _ in TOKEN_PATTERNS:
        for match in pattern.finditer(text):
            findings.append(f"{source}: {kind} ({match.group(0)[:12]}...)")
    for token in KNOWN_TOKENS:
        if token in text:
            findings.append(f"{source}: the token {token[:8]}... was recorded")
    for match in _RECORDING_URL.finditer(text):
        if match.group(0) != REPLAY_URL:
            findings.append(f"{source}: recording URL {match.group(0)} left in")
    return findings


def _strings(value: Any, where: str) -> Iterable[tuple[str, str]]:
    """Every string in a parsed cassette (keys too), with where it is. YAML folds long strings
    over several lines, so scanning the parsed values, not the file's lines, is what is safe."""
    if isinstance(value, bytes):
        try:
            yield where, value.decode("utf-8")
        except UnicodeDecodeError:
            yield where, "<undecodable binary body>"
    elif isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from _strings(key, f"{where}/<key>")
            yield from _strings(item, f"{where}/{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _strings(item, f"{where}[{index}]")


def scan_cassette(path: Path) -> list[str]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    findings: list[str] = []
    for where, text in _strings(data, str(path)):
        if text == "<undecodable binary body>":
            findings.append(f"{where}: a binary body cannot be scanned (record decompressed)")
        findings.extend(scan_text(text, where))
    for number, interaction in enumerate((data or {}).get("interactions") or []):
        for side in ("request", "response"):
            headers = (interaction.get(side) or {}).get("headers") or {}
            for name in headers:
                if str(name).lower() in SECRET_HEADERS:
                    findings.append(f"{path}: interaction {number} {side} keeps {name}")
    return findings


def scan_tree(root: Path) -> list[str]:
    files = sorted([*root.rglob("*.yaml"), *root.rglob("*.yml"), *root.rglob("*.json")])
    return [finding for path in files for finding in scan_cassette(path)]


def cassette_files() -> list[Path]:
    return sorted(CASSETTE_DIR.rglob("*.yaml"))


# ------------------------------------------------------------------------------ the real scan


def test_cassettes_exist() -> None:
    assert len(cassette_files()) >= 42, "record with `python scripts/record_cassettes.py`"


def test_no_cassette_contains_a_secret() -> None:
    findings = scan_tree(CASSETTE_DIR)
    assert not findings, "secrets in cassettes:\n" + "\n".join(findings[:50])


# ------------------------------------------------------------------------------ the scan works

PLANTED = [
    ("sntrys_eyJpYXQiOjE3MDAwMDAwMDAuMCwidXJsIjoiaHR0cHM6Ly9zZW50cnkuaW8ifQ_abc", "org token"),
    ("sntryu_" + "a1b2c3d4" * 8, "user token"),
    ("ab" * 32, "64-hex"),
    ("Bearer abc.def-123", "bearer"),
    ("authorization: Bearer " + "f" * 64, "bearer + hex"),
    (DEMO_TOKEN, "sandbox demo token"),
    ("http://127.0.0.1:53211/api/0/projects/", "recording port"),
    ("https://" + "a" * 32 + ":" + "b" * 32 + "@o1.ingest.sentry.io/2", "legacy DSN secret"),
    ('{"id": "1", "secret": "' + "c" * 32 + '"}', "client key secret"),
]


@pytest.mark.parametrize(("planted", "what"), PLANTED, ids=[w for _, w in PLANTED])
def test_scan_catches_a_planted_secret(tmp_path: Path, planted: str, what: str) -> None:
    clean = (CASSETTE_DIR / "target.json").read_text(encoding="utf-8")
    assert scan_text(clean) == []
    cassette = tmp_path / "planted" / "test_planted.yaml"
    cassette.parent.mkdir()
    cassette.write_text(
        yaml.safe_dump(
            {
                "version": 1,
                "interactions": [
                    {
                        "request": {
                            "method": "GET",
                            "uri": f"{REPLAY_URL}/api/0/",
                            "body": None,
                            "headers": {},
                        },
                        "response": {
                            "status": {"code": 200, "message": "OK"},
                            "headers": {},
                            "body": {"string": planted},
                        },
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    assert scan_tree(tmp_path), f"the scan missed a planted {what}"
    # Also when YAML folds it into a long line of other text.
    folded = tmp_path / "folded.yaml"
    folded.write_text(yaml.safe_dump({"body": "x " * 200 + planted + " y" * 200}, width=60))
    assert scan_cassette(folded), f"the scan missed a planted {what} in a folded string"


def test_scan_catches_a_kept_authorization_header(tmp_path: Path) -> None:
    cassette = tmp_path / "c.yaml"
    cassette.write_text(
        yaml.safe_dump(
            {
                "interactions": [
                    {
                        "request": {"headers": {"Authorization": ["[REDACTED]"]}},
                        "response": {"headers": {"Set-Cookie": ["session=1"]}},
                    }
                ]
            }
        )
    )
    assert len(scan_cassette(cassette)) == 2


def test_scan_allows_scope_challenges_and_ordinary_ids() -> None:
    allowed = [
        'www-authenticate: Bearer error="insufficient_scope", scope="event:write"',
        'WWW-Authenticate: Bearer realm="api"',
        "eventID: 9fac2ceed9344f2bbfdd1fdacb0ed9b1",  # 32-hex ids are not tokens
        "version: 7d2f4c1b9e8a6d3c5b1f0e2a4c6d8e0f1a2b3c4d",  # a 40-hex commit
        f"uri: {REPLAY_URL}/api/0/organizations/acme/",
    ]
    assert [scan_text(line) for line in allowed] == [[]] * len(allowed)


# ------------------------------------------------------------------------------ scrubbers


def _recorded(hook_output: Any) -> str:
    return yaml.safe_dump(hook_output, allow_unicode=True)


def test_record_time_scrubbers_remove_what_the_scan_forbids() -> None:
    secret = "sntrys_" + "Z" * 40
    base = "http://127.0.0.1:48213"
    before_request, before_response = make_scrubbers((secret, DEMO_TOKEN), (base,))
    request = Request(
        "POST",
        f"{base}/api/0/organizations/acme/releases/?token={secret}",
        f'{{"ref": "{"c" * 64}", "note": "Bearer {DEMO_TOKEN}"}}'.encode(),
        {"Authorization": f"Bearer {secret}", "Cookie": "sessionid=abc", "Accept": "*/*"},
    )
    scrubbed = before_request(request)
    response = before_response(
        {
            "status": {"code": 403, "message": "Forbidden"},
            "headers": {
                "Set-Cookie": ["sc=1"],
                "WWW-Authenticate": ['Bearer error="insufficient_scope", scope="org:write"'],
                "Link": [f'<{base}/api/0/x/?&cursor=0:1:0>; rel="next"'],
            },
            "body": {"string": f'{{"echo": "{secret}", "token": "{"e" * 64}"}}'.encode()},
        }
    )
    text = _recorded(
        {
            "uri": scrubbed.uri,
            "body": scrubbed.body.decode(),
            "headers": dict(scrubbed.headers),
            "response": response,
        }
    )
    assert scan_text(text) == [], text
    assert "Authorization" not in scrubbed.headers and "Cookie" not in scrubbed.headers
    assert "Set-Cookie" not in response["headers"]
    assert scrubbed.uri.startswith(f"{REPLAY_URL}/api/0/organizations/acme/releases/")
    # What is not secret survives: the scope challenge and the cursor.
    assert 'scope="org:write"' in response["headers"]["WWW-Authenticate"][0]
    assert "cursor=0:1:0" in response["headers"]["Link"][0]


def _iter_strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _iter_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _iter_strings(item)


def test_recorded_requests_carry_no_credentials_at_all() -> None:
    """Belt and braces: the request side of every cassette has no header beyond the harmless
    ones httpx and the client send."""
    for path in cassette_files():
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for interaction in data.get("interactions") or []:
            headers = {k.lower() for k in (interaction["request"].get("headers") or {})}
            assert not headers & set(SECRET_HEADERS), path
            assert not any(t in s for s in _iter_strings(interaction) for t in KNOWN_TOKENS), path

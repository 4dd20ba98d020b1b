"""The demo data: deterministic, realistic, and fast enough for 100,000-issue benchmarks."""

from __future__ import annotations

import time

import httpx
from sentry_api.sandbox import Sandbox
from sentry_api.sandbox.seed import build_demo
from sentry_api.sandbox.state import State


def snapshot(state: State) -> list[tuple[object, ...]]:
    return [
        (i.id, i.short_id, i.title, i.status, i.level, i.last_seen, i.times_seen)
        for i in state.issues.values()
    ]


def test_same_seed_same_data() -> None:
    first, second, other = State(seed=1), State(seed=1), State(seed=2)
    for state in (first, second, other):
        build_demo(state, 100)
    assert snapshot(first) == snapshot(second)
    assert snapshot(first) != snapshot(other)


def test_demo_layout() -> None:
    sandbox = Sandbox()
    state = sandbox.state
    acme, globex = state.org("acme"), state.org("globex")
    assert acme is not None and globex is not None
    assert (acme.region, globex.region) == ("us", "de")
    assert [p.slug for p in state.org_projects(acme)] == ["web", "api", "worker", "mobile"]
    assert [t.slug for t in state.org_teams(acme)] == ["backend", "frontend", "mobile", "platform"]
    assert len(state.org_issues(acme)) == 250 and len(state.org_issues(globex)) == 24
    web = state.project(acme, "web")
    assert web is not None and len(web.issues) > 100  # two pages at the default page size
    assert any(m.pending for m in state.org_members(acme))
    assert all(r.deploys for r in state.org_releases(acme))
    statuses = {i.status for i in state.issues.values()}
    assert statuses == {"unresolved", "resolved", "ignored"}
    assert all(state.total_events(i) >= 1 for i in state.issues.values())


def test_events_per_issue_are_a_few() -> None:
    state = Sandbox(seed_issues=200).state
    counts = [state.total_events(i) for i in state.issues.values()]
    assert 1 <= min(counts) and max(counts) <= 4 and sum(counts) > len(counts)


def test_one_hundred_thousand_issues_build_and_page_quickly() -> None:
    started = time.perf_counter()
    sandbox = Sandbox(seed_issues=100_000)
    assert time.perf_counter() - started < 6
    with sandbox.client() as client:
        first = client.get("/api/0/organizations/acme/issues/", params={"query": ""})
        assert first.status_code == 200
        started = time.perf_counter()
        response = first
        for _ in range(20):
            response = client.get(response.links["next"]["url"])
            assert len(response.json()) == 100
        per_page = (time.perf_counter() - started) / 20
    assert per_page < 0.05
    assert response.links["next"]["cursor"] == "0:2100:0"


def test_add_issues_for_benchmarks() -> None:
    sandbox = Sandbox(seed_issues=0)
    added = sandbox.add_issues("acme", "web", 1_000, status="unresolved")
    assert len(added) == 1_000 and {i.status for i in added} == {"unresolved"}
    with sandbox.client() as client:
        listed = client.get("/api/0/projects/acme/web/issues/")
    assert len(listed.json()) == 100 and listed.links["next"]["results"] == "true"
    assert isinstance(listed, httpx.Response)

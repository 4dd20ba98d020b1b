"""Deterministic demo data: two organizations in two regions, and as many issues as asked for.

The same ``seed`` always yields the same data. Issue generation is the hot path (benchmarks seed
100,000): it draws from one ``random.Random`` with bound locals and builds slotted objects, about
a second per 100,000 issues.

Demo layout (the ``acme`` organization is the default for demos and the CLI):

* ``acme`` (region ``us``) — teams ``backend``, ``frontend``, ``mobile``, ``platform``;
  projects ``web`` (javascript-react), ``api`` (python-django), ``worker`` (python-celery),
  ``mobile`` (react-native); eight members (one a pending invite); releases with deploys;
  ``seed_issues`` issues spread over the projects (45/30/15/10 %).
* ``globex`` (region ``de``) — team ``shop``; projects ``checkout`` (node-express) and
  ``storefront`` (javascript-nextjs); three members; 24 issues.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from .state import Issue, Member, Organization, Project, Release, State, Team, User
from .util import stable_int

DAY = 86400.0
HOUR = 3600.0

# Share of acme's seeded issues per project; web gets more than 100 of the default 250 so its
# issue list spans two pages and the organization's list three.
ACME_WEIGHTS = (("web", 0.45), ("api", 0.30), ("worker", 0.15), ("mobile", 0.10))
GLOBEX_ISSUES = (("checkout", 16), ("storefront", 8))

_STATUS_TABLE = (("unresolved", 70), ("resolved", 18), ("ignored", 12))
_LEVEL_TABLE = (("error", 60), ("warning", 20), ("fatal", 8), ("info", 10), ("debug", 2))
_ENVIRONMENTS = (("production",), ("production", "staging"), ("staging",))

_FIELDS = (
    "id", "name", "email", "items", "total", "price", "length", "config", "session", "cart",
    "order", "quantity", "address", "currency", "user", "profile", "settings", "locale",
)  # fmt: skip
_MODULES = (
    "billing", "checkout", "accounts", "search", "inventory", "reports", "notifications",
    "auth", "orders", "shipping",
)  # fmt: skip
_FUNCS = (
    "get", "post", "process", "handle_request", "render", "save", "charge", "sync_inventory",
    "send_email", "refresh", "validate", "dispatch",
)  # fmt: skip
_COMPONENTS = (
    "Cart", "Checkout", "ProductList", "UserMenu", "SearchBar", "Dashboard", "Settings",
    "OrderHistory", "InvoiceTable", "ShippingForm",
)  # fmt: skip
_WORDS = ("alpha", "null", "NaN", "abc", "undefined", "12a", "none", "-", "O'Brien", "éclair")

_PYTHON_ERRORS = (
    ("KeyError", "'{field}'"),
    ("ValueError", "invalid literal for int() with base 10: '{word}'"),
    ("TypeError", "unsupported operand type(s) for +: 'NoneType' and 'int'"),
    ("AttributeError", "'NoneType' object has no attribute '{field}'"),
    ("ConnectionError", "HTTPSConnectionPool(host='{module}.internal', port=443): Max retries"),
    ("OperationalError", "could not connect to server: Connection refused"),
    ("IntegrityError", 'duplicate key value violates unique constraint "{module}_pkey"'),
    ("TimeoutError", "Task {module}.{func} timed out after {n} seconds"),
    ("ZeroDivisionError", "division by zero"),
    ("PermissionError", "[Errno 13] Permission denied: '/var/data/{module}.csv'"),
)
_JS_ERRORS = (
    ("TypeError", "Cannot read properties of undefined (reading '{field}')"),
    ("TypeError", "{field}.map is not a function"),
    ("ReferenceError", "{field} is not defined"),
    ("ChunkLoadError", "Loading chunk {n} failed."),
    ("Error", "Request failed with status code {code}"),
    ("SyntaxError", "Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON"),
    ("RangeError", "Maximum call stack size exceeded"),
    ("UnhandledRejection", "Non-Error promise rejection captured with value: {word}"),
    ("Error", "connect ECONNREFUSED 10.0.{n}.{code}:5432"),
    ("Error", "Network request failed"),
)
_FIRST = ("Ada", "Grace", "Alan", "Linus", "Margaret", "Ken", "Barbara", "Dennis", "Frances", "Tim")
_LAST = ("Lovelace", "Hopper", "Turing", "Torvalds", "Hamilton", "Thompson", "Liskov", "Ritchie")


def _table(rows: Sequence[tuple[str, int]]) -> list[str]:
    """Expand (value, weight) rows into a list to draw from with one ``choice``."""
    return [value for value, weight in rows for _ in range(weight)]


@dataclass(frozen=True)
class DemoPeople:
    owner: User
    users: dict[str, User]


def build_demo(state: State, seed_issues: int = 250) -> None:
    """Fill an empty ``state`` with the demo organizations and ``seed_issues`` acme issues."""
    if seed_issues < 0:
        raise ValueError("seed_issues cannot be negative")
    rng = random.Random(state.seed)
    people = _users(state)
    state.demo_user = people.owner
    acme = state.add_organization("acme", "Acme Corp", "us")
    globex = state.add_organization("globex", "Globex Corporation", "de")
    acme_teams = _acme_teams(state, acme, people)
    globex_teams = _globex_teams(state, globex, people)
    acme_projects = _projects(
        state,
        acme_teams,
        (
            ("web", "Web", "javascript-react", ("frontend",)),
            ("api", "API", "python-django", ("backend",)),
            ("worker", "Worker", "python-celery", ("backend", "platform")),
            ("mobile", "Mobile", "react-native", ("mobile",)),
        ),
    )
    globex_projects = _projects(
        state,
        globex_teams,
        (
            ("checkout", "Checkout", "node-express", ("shop",)),
            ("storefront", "Storefront", "javascript-nextjs", ("shop",)),
        ),
    )
    _releases(state, acme, acme_projects, people.owner, rng)
    _releases(state, globex, globex_projects, people.owner, rng)
    for project in (*acme_projects.values(), *globex_projects.values()):
        _project_users(state, project, rng)
    for slug, count in _split(seed_issues, ACME_WEIGHTS):
        add_issues(state, acme_projects[slug], count, rng=rng)
    for slug, count in GLOBEX_ISSUES:
        add_issues(state, globex_projects[slug], count, rng=rng)


def _split(total: int, weights: Sequence[tuple[str, float]]) -> list[tuple[str, int]]:
    counts = [(slug, int(total * weight)) for slug, weight in weights]
    remainder = total - sum(count for _, count in counts)
    slug, first = counts[0]
    return [(slug, first + remainder), *counts[1:]]


def _users(state: State) -> DemoPeople:
    rows = (
        ("alex", "Alex Admin", "alex@acme.example"),
        ("dana", "Dana Developer", "dana@acme.example"),
        ("sam", "Sam Support", "sam@acme.example"),
        ("riley", "Riley Reviewer", "riley@acme.example"),
        ("jordan", "Jordan Frontend", "jordan@acme.example"),
        ("casey", "Casey Mobile", "casey@acme.example"),
        ("morgan", "Morgan Ops", "morgan@acme.example"),
        ("lena", "Lena Lager", "lena@globex.example"),
        ("otto", "Otto Ops", "otto@globex.example"),
    )
    users = {key: state.add_user(name, email, username=key) for key, name, email in rows}
    return DemoPeople(owner=users["alex"], users=users)


def _acme_teams(state: State, org: Organization, people: DemoPeople) -> dict[str, Team]:
    u = people.users
    roles = {
        "alex": "owner",
        "dana": "manager",
        "sam": "member",
        "riley": "member",
        "jordan": "member",
        "casey": "admin",
        "morgan": "member",
    }
    members = _members(state, org, {k: u[k] for k in roles}, roles)
    state.add_member(
        org,
        "taylor@acme.example",
        user=None,
        org_role="member",
        pending=True,
        inviter=u["alex"].email,
        date_created=state.now - 2 * DAY,
    )
    layout = {
        "backend": ("Backend", ("alex", "dana", "sam", "morgan")),
        "frontend": ("Frontend", ("alex", "jordan", "riley")),
        "mobile": ("Mobile", ("casey",)),
        "platform": ("Platform", ("dana", "morgan")),
    }
    return _teams(state, org, layout, members)


def _globex_teams(state: State, org: Organization, people: DemoPeople) -> dict[str, Team]:
    u = people.users
    roles = {"alex": "owner", "lena": "manager", "otto": "member"}
    members = _members(state, org, {k: u[k] for k in roles}, roles)
    return _teams(state, org, {"shop": ("Shop", ("alex", "lena", "otto"))}, members)


def _members(
    state: State, org: Organization, users: dict[str, User], roles: dict[str, str]
) -> dict[str, Member]:
    out = {}
    for index, (key, user) in enumerate(users.items()):
        out[key] = state.add_member(
            org,
            user.email,
            user=user,
            org_role=roles[key],
            inviter=None if index == 0 else users["alex"].email,
            date_created=org.date_created + index * 7 * DAY,
        )
    return out


def _teams(
    state: State,
    org: Organization,
    layout: dict[str, tuple[str, tuple[str, ...]]],
    members: dict[str, Member],
) -> dict[str, Team]:
    teams = {}
    for slug, (name, keys) in layout.items():
        team = state.create_team(org, slug, name)
        team.date_created = org.date_created + DAY
        for key in keys:
            role = "admin" if members[key].org_role in ("owner", "manager") else None
            state.add_team_member(team, members[key], role)
        teams[slug] = team
    return teams


def _projects(
    state: State,
    teams: dict[str, Team],
    rows: Sequence[tuple[str, str, str, tuple[str, ...]]],
) -> dict[str, Project]:
    projects = {}
    for index, (slug, name, platform, team_slugs) in enumerate(rows):
        first = teams[team_slugs[0]]
        created = first.org.date_created + (10 + index) * DAY
        project = state.create_project(first, name, slug, platform, date_created=created)
        project.teams.extend(teams[t] for t in team_slugs[1:])
        project.environments = ["production", "staging"]
        project.first_event = created + HOUR
        project.keys[0].date_created = created
        if slug in ("web", "storefront"):
            # A second, disabled key, so lists show both states.
            project.keys.append(state.make_key(project, "Legacy browser key", is_active=False))
        projects[slug] = project
    return projects


_RELEASES = {
    "web": ("web@1.0.0", "web@1.1.0", "web@1.2.0-beta.1", "web@2.0.0"),
    "api": ("api@3.4.0", "api@3.4.1+build.27", "api@3.5.0",
            "7d2f4c1b9e8a6d3c5b1f0e2a4c6d8e0f1a2b3c4d"),
    "worker": ("worker@2025.05.1", "worker@2025.05.2"),
    "mobile": ("com.acme.mobile@4.2.0+421", "com.acme.mobile@4.3.0+430"),
    "checkout": ("checkout@0.9.0", "checkout@1.0.0"),
    "storefront": ("storefront@1.0.0",),
}  # fmt: skip


def _releases(
    state: State,
    org: Organization,
    projects: dict[str, Project],
    owner: User,
    rng: random.Random,
) -> None:
    for slug, project in projects.items():
        versions = _RELEASES.get(slug, ())
        count = len(versions)
        for index, version in enumerate(versions):
            created = state.now - (count - index) * 9 * DAY
            release = state.create_release(
                org,
                version,
                [project],
                ref=f"{stable_int('ref', version) % 16**12:012x}",
                date_released=created + 2 * HOUR,
                owner=owner if index % 2 == 0 else None,
                commit_count=rng.randint(1, 40),
                date_created=created,
            )
            release.new_groups = rng.randint(0, 12)
            release.first_event = created + 3 * HOUR
            release.last_event = state.now - rng.randint(1, 48) * HOUR
            newest = index == count - 1
            state.create_deploy(
                release,
                "staging",
                name=f"{version} to staging",
                date_started=created + HOUR,
                date_finished=created + HOUR + 240,
            )
            if not newest:
                state.create_deploy(
                    release,
                    "production",
                    url=f"https://ci.example.com/deploys/{release.id}",
                    date_started=created + 2 * HOUR,
                    date_finished=created + 2 * HOUR + 300,
                )


def _project_users(state: State, project: Project, rng: random.Random) -> None:
    from .state import EventUser

    for n in range(30):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        handle = f"{first.lower()}.{last.lower()}{n}"
        has_email = n % 5 != 4
        project.users.append(
            EventUser(
                id=state.next_id("event-user", 700001),
                identifier=str(1000 + n) if n % 3 != 2 else "",
                username=handle if n % 4 != 3 else None,
                email=f"{handle}@example.com" if has_email else None,
                name=f"{first} {last}",
                ip_address=f"10.{n % 7}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                date_created=project.date_created + n * DAY,
            )
        )


def add_issues(
    state: State,
    project: Project,
    count: int,
    *,
    rng: random.Random | None = None,
    status: str | None = None,
    max_age_days: float = 13.0,
) -> list[Issue]:
    """Add ``count`` realistic issues to ``project`` quickly (about 10 µs each).

    ``status`` forces every issue to one status (e.g. ``"unresolved"`` so that the default
    ``is:unresolved`` search lists them all); otherwise 70/18/12 % unresolved/resolved/ignored.
    Every issue is last seen within ``max_age_days`` of the sandbox's "now", so Sentry's default
    14-day issue window includes them all.
    """
    with state.lock:
        rng = rng or random.Random(stable_int("add-issues", state.seed, project.id, count))
        ids, short_ids = state.allocate_issue_ids(project, count)
        issues = _build_issues(state, project, ids, short_ids, rng, status, max_age_days)
        for issue in issues:
            state.add_issue(issue)
        state._issues_changed()
        return issues


def _build_issues(
    state: State,
    project: Project,
    ids: list[int],
    short_ids: list[str],
    rng: random.Random,
    status: str | None,
    max_age_days: float,
) -> list[Issue]:
    python = (project.platform or "").startswith("python")
    errors = _PYTHON_ERRORS if python else _JS_ERRORS
    statuses = _table(_STATUS_TABLE) if status is None else [status]
    levels = _table(_LEVEL_TABLE)
    releases = _referenced_releases(state, project)
    assignees = _assignees(state, project)
    now, max_age = state.now, max_age_days * DAY
    choice, random_, randint, bits = rng.choice, rng.random, rng.randint, rng.getrandbits
    issues = []
    for issue_id, short_id in zip(ids, short_ids, strict=True):
        exc_type, template = choice(errors)
        module, func, field = choice(_MODULES), choice(_FUNCS), choice(_FIELDS)
        value = template.format(
            field=field, word=choice(_WORDS), module=module, func=func, n=randint(2, 90),
            code=choice((400, 401, 403, 404, 500, 502, 503)),
        )  # fmt: skip
        if python:
            culprit = f"app.{module}.views in {func}"
        else:
            culprit = f"app/components/{choice(_COMPONENTS)}.tsx in {func}"
        last_seen = float(int(now - random_() * max_age))
        first_seen = float(int(last_seen - random_() * 60 * DAY))
        times_seen = int(1 + (random_() ** 3) * 5000)
        level = choice(levels)
        issue_status = choice(statuses)
        issue = Issue(
            issue_id,
            short_id,
            project,
            f"{exc_type}: {value}",
            culprit,
            exc_type,
            value,
            level,
            first_seen,
            last_seen,
            times_seen,
            max(1, times_seen // randint(1, 8)),
            bits(62),
            status=issue_status,
            substatus=_SEED_SUBSTATUS[issue_status],
            environments=choice(_ENVIRONMENTS),
            priority=_PRIORITY[level],
            event_count=min(times_seen, 1 + (issue_id % 4)),
        )
        if issue_status == "ignored":
            issue.status_details = {}
        draw = random_()
        if draw < 0.25 and assignees[0]:
            issue.assignee = choice(assignees[0])
        elif draw < 0.35 and assignees[1]:
            issue.assignee = choice(assignees[1])
        issue.is_bookmarked = draw > 0.95
        issue.has_seen = random_() < 0.5
        issue.is_public = random_() < 0.02
        issue.is_unhandled = random_() < 0.3
        if releases:
            issue.first_release = choice(releases)
        issues.append(issue)
    return issues


_SEED_SUBSTATUS = {"unresolved": "ongoing", "resolved": None, "ignored": "archived_forever"}
_PRIORITY = {"fatal": "high", "error": "high", "warning": "medium", "info": "low", "debug": "low"}


def _referenced_releases(state: State, project: Project) -> list[Release]:
    """Releases issues may point at: all of the project's but the newest, which stays free
    to delete (Sentry refuses to delete a release that issues reference)."""
    releases = [r for r in state.org_releases(project.org) if project in r.projects]
    releases.sort(key=lambda r: r.date_created)
    return releases[:-1]


def _assignees(state: State, project: Project) -> tuple[list[User], list[Team]]:
    users = [
        m.user
        for team in project.teams
        for m in state.team_members(team)
        if m.user is not None and not m.pending
    ]
    unique_users = list({u.id: u for u in users}.values())
    return unique_users, list(project.teams)

"""The sandbox's in-memory Sentry: organizations, teams, projects, members, releases, issues.

Everything a handler changes goes through a method here, so invariants (slug uniqueness, the
issue indexes, cached search results) and change notifications live in one place. Reads are
plain attribute access. One re-entrant lock guards mutations; the request dispatcher holds it
around each handler, so a test thread may change the state while a server thread serves it.

Events are not stored: an issue knows how many it has and each is derived on demand from the
seed (see ``events.py``), which keeps 100,000 issues within a few tens of megabytes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .util import EventIdCodec, iso, short_id_suffix, stable_hex, stable_int

# The sandbox's "now" unless told otherwise: a fixed instant, so a given seed always yields the
# same data, timestamps included (recorded cassettes then do not churn). 2025-06-02T09:00:00Z.
DEFAULT_NOW = 1748854800.0

ChangeListener = Callable[[str, str, dict[str, Any]], None]
Renderer = Callable[[str, object], dict[str, Any]]


@dataclass(eq=False)
class User:
    id: int
    name: str
    email: str
    username: str
    date_joined: float
    last_login: float | None = None
    is_active: bool = True
    has_2fa: bool = False

    @property
    def avatar_hash(self) -> str:
        return stable_hex("avatar", self.email)


@dataclass(eq=False)
class Organization:
    id: int
    slug: str
    name: str
    region: str
    date_created: float
    features: list[str]
    settings: dict[str, Any]
    status: str = "active"


@dataclass(eq=False)
class Team:
    id: int
    org: Organization
    slug: str
    name: str
    date_created: float


@dataclass(eq=False)
class ProjectKey:
    public: str
    secret: str
    name: str
    date_created: float
    is_active: bool = True
    rate_limit: dict[str, int] | None = None
    browser_sdk_version: str = "8.x"


@dataclass(eq=False)
class EventUser:
    """An end user seen in a project's events (not a Sentry member)."""

    id: int
    identifier: str
    username: str | None
    email: str | None
    name: str | None
    ip_address: str | None
    date_created: float | None

    @property
    def tag_value(self) -> str:
        if self.identifier:
            return f"id:{self.identifier}"
        if self.email:
            return f"email:{self.email}"
        if self.username:
            return f"username:{self.username}"
        return f"ip:{self.ip_address}"


@dataclass(eq=False)
class Project:
    id: int
    org: Organization
    slug: str
    name: str
    platform: str | None
    date_created: float
    teams: list[Team]
    color: str
    options: dict[str, Any]
    environments: list[str] = field(default_factory=lambda: ["production"])
    keys: list[ProjectKey] = field(default_factory=list)
    users: list[EventUser] = field(default_factory=list)
    issues: dict[int, Issue] = field(default_factory=dict)
    first_event: float | None = None
    is_bookmarked: bool = False
    status: str = "active"
    next_short_id: int = 1
    features: list[str] = field(
        default_factory=lambda: ["alert-filters", "minidump", "rate-limits", "servicehooks"]
    )

    @property
    def short_prefix(self) -> str:
        return self.slug.upper()


@dataclass(eq=False)
class Member:
    id: int
    org: Organization
    email: str
    user: User | None
    org_role: str
    date_created: float
    pending: bool = False
    expired: bool = False
    inviter_name: str | None = None
    # team id -> the member's role in that team (None = the org role's default).
    team_roles: dict[int, str | None] = field(default_factory=dict)

    @property
    def name(self) -> str:
        return self.user.name if self.user else self.email

    @property
    def invite_status(self) -> str:
        return "pending" if self.pending else "approved"


@dataclass(eq=False)
class Deploy:
    id: int
    environment: str
    name: str | None
    url: str | None
    date_started: float | None
    date_finished: float
    projects: list[Project]


@dataclass(eq=False)
class Release:
    id: int
    org: Organization
    version: str
    projects: list[Project]
    date_created: float
    date_released: float | None = None
    ref: str | None = None
    url: str | None = None
    status: str = "open"
    owner: User | None = None
    commit_count: int = 0
    new_groups: int = 0
    data: dict[str, Any] = field(default_factory=dict)
    deploys: list[Deploy] = field(default_factory=list)
    first_event: float | None = None
    last_event: float | None = None
    user_agent: str | None = None


class Issue:
    """One issue (Sentry "group"). Slotted: the benchmark seeds 100,000 of these."""

    __slots__ = (
        "id",
        "short_id",
        "project",
        "title",
        "culprit",
        "exc_type",
        "exc_value",
        "level",
        "status",
        "substatus",
        "status_details",
        "first_seen",
        "last_seen",
        "times_seen",
        "user_count",
        "assignee",
        "is_bookmarked",
        "has_seen",
        "is_public",
        "is_subscribed",
        "priority",
        "num_comments",
        "environments",
        "first_release",
        "last_release",
        "event_count",
        "extra_event_times",
        "is_unhandled",
        "seed",
    )

    def __init__(
        self,
        id: int,
        short_id: str,
        project: Project,
        title: str,
        culprit: str,
        exc_type: str,
        exc_value: str,
        level: str,
        first_seen: float,
        last_seen: float,
        times_seen: int,
        user_count: int,
        seed: int,
        *,
        status: str = "unresolved",
        substatus: str | None = "ongoing",
        environments: tuple[str, ...] = ("production",),
        priority: str = "medium",
        event_count: int = 1,
    ) -> None:
        self.id = id
        self.short_id = short_id
        self.project = project
        self.title = title
        self.culprit = culprit
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.level = level
        self.status = status
        self.substatus = substatus
        self.status_details: dict[str, Any] = {}
        self.first_seen = first_seen
        self.last_seen = last_seen
        self.times_seen = times_seen
        self.user_count = user_count
        self.assignee: User | Team | None = None
        self.is_bookmarked = False
        self.has_seen = False
        self.is_public = False
        self.is_subscribed = False
        self.priority = priority
        self.num_comments = 0
        self.environments = environments
        self.first_release: Release | None = None
        self.last_release: Release | None = None
        self.event_count = event_count
        self.extra_event_times: list[float] | None = None
        self.is_unhandled = False
        self.seed = seed

    @property
    def org(self) -> Organization:
        return self.project.org

    def __repr__(self) -> str:
        return f"<Issue {self.id} {self.short_id} {self.status}>"


class StateError(Exception):
    """A rule of the data model was broken; ``status``/``body`` are the API's answer."""

    def __init__(self, status: int, body: dict[str, Any]) -> None:
        super().__init__(body)
        self.status = status
        self.body = body


class State:
    def __init__(self, seed: int = 0, now: float = DEFAULT_NOW) -> None:
        self.seed = seed
        self.now = now
        self._tick = 0
        self.lock = threading.RLock()
        self.event_ids = EventIdCodec(seed)
        self.users: dict[int, User] = {}
        self.orgs: dict[int, Organization] = {}
        self.teams: dict[int, Team] = {}
        self.projects: dict[int, Project] = {}
        self.members: dict[int, Member] = {}
        self.releases: dict[int, Release] = {}
        self.issues: dict[int, Issue] = {}
        self._short_ids: dict[tuple[int, str], Issue] = {}
        self._counters: dict[str, int] = {}
        self._listeners: list[ChangeListener] = []
        self.renderer: Renderer = _default_renderer
        # Bumped on every issue change; cached search results carry the version they saw.
        self.issue_version = 0
        self.cache: dict[Any, tuple[int, Any]] = {}
        # The user the demo token acts as (set by the seed).
        self.demo_user: User | None = None

    # ------------------------------------------------------------------ clock & ids

    def clock(self) -> float:
        """A deterministic "current time" for new objects: ``now`` plus one second per call."""
        self._tick += 1
        return self.now + self._tick

    def next_id(self, kind: str, start: int) -> int:
        value = self._counters.get(kind, start)
        self._counters[kind] = value + 1
        return value

    # ------------------------------------------------------------------ notifications

    def on_change(self, callback: ChangeListener) -> Callable[[], None]:
        """Call ``callback(resource, action, payload)`` after each change; returns an unsubscribe.

        Resources and actions: ``issue`` with ``created``, ``resolved``, ``ignored``,
        ``unresolved``, ``assigned``, ``deleted``; ``error`` with ``created`` (a new event).
        The payload is ``{"issue": <issue as the API serializes it>}`` (or ``{"error": ...}``).
        Callbacks run synchronously inside the request; queue slow work elsewhere.
        """
        self._listeners.append(callback)

        def unsubscribe() -> None:
            if callback in self._listeners:
                self._listeners.remove(callback)

        return unsubscribe

    def _emit(self, resource: str, action: str, obj: object) -> None:
        if not self._listeners:
            return
        payload = {resource: self.renderer(resource, obj)}
        for listener in list(self._listeners):
            listener(resource, action, payload)

    def _issues_changed(self) -> None:
        self.issue_version += 1

    # ------------------------------------------------------------------ lookups

    def organizations(self) -> list[Organization]:
        return list(self.orgs.values())

    def org(self, id_or_slug: str) -> Organization | None:
        for org in self.orgs.values():
            if org.slug == id_or_slug or str(org.id) == id_or_slug:
                return org
        return None

    def org_teams(self, org: Organization) -> list[Team]:
        return [t for t in self.teams.values() if t.org is org]

    def team(self, org: Organization, id_or_slug: str) -> Team | None:
        for team in self.teams.values():
            if team.org is org and (team.slug == id_or_slug or str(team.id) == id_or_slug):
                return team
        return None

    def org_projects(self, org: Organization) -> list[Project]:
        return [p for p in self.projects.values() if p.org is org]

    def project(self, org: Organization, id_or_slug: str) -> Project | None:
        for project in self.projects.values():
            if project.org is org and (project.slug == id_or_slug or str(project.id) == id_or_slug):
                return project
        return None

    def team_projects(self, team: Team) -> list[Project]:
        return [p for p in self.projects.values() if team in p.teams]

    def org_members(self, org: Organization) -> list[Member]:
        return [m for m in self.members.values() if m.org is org]

    def member(self, org: Organization, member_id: str, user: User | None = None) -> Member | None:
        if member_id == "me":
            return next((m for m in self.org_members(org) if user and m.user is user), None)
        for member in self.members.values():
            if member.org is org and str(member.id) == member_id:
                return member
        return None

    def member_for_user(self, org: Organization, user: User | None) -> Member | None:
        if user is None:
            return None
        return next((m for m in self.org_members(org) if m.user is user), None)

    def team_members(self, team: Team) -> list[Member]:
        return [m for m in self.members.values() if team.id in m.team_roles]

    def user_teams(self, org: Organization, user: User | None) -> list[Team]:
        member = self.member_for_user(org, user)
        if member is None:
            return []
        return [t for t in self.org_teams(org) if t.id in member.team_roles]

    def user_orgs(self, user: User | None) -> list[Organization]:
        if user is None:
            return self.organizations()
        return [o for o in self.orgs.values() if self.member_for_user(o, user) is not None]

    def find_user(self, org: Organization, text: str) -> User | None:
        """A member's user by id, email or username (how Sentry reads ``assignedTo``)."""
        for member in self.org_members(org):
            user = member.user
            if user is None:
                continue
            if text in (str(user.id), user.email, user.username):
                return user
        return None

    def org_releases(self, org: Organization) -> list[Release]:
        return [r for r in self.releases.values() if r.org is org]

    def release(self, org: Organization, version: str) -> Release | None:
        for release in self.releases.values():
            if release.org is org and release.version == version:
                return release
        return None

    def issue(self, org: Organization, id_or_short_id: str) -> Issue | None:
        """An issue of ``org`` by numeric ID or short ID (``WEB-1A``, case-insensitive)."""
        if id_or_short_id.isdigit():
            if len(id_or_short_id) > 19:  # longer than any 64-bit id: no such issue
                return None
            issue = self.issues.get(int(id_or_short_id))
            return issue if issue is not None and issue.project.org is org else None
        return self._short_ids.get((org.id, id_or_short_id.upper()))

    def org_issues(self, org: Organization) -> list[Issue]:
        return [i for p in self.org_projects(org) for i in p.issues.values()]

    # ------------------------------------------------------------------ users & orgs

    def add_user(self, name: str, email: str, *, username: str | None = None) -> User:
        user = User(
            id=self.next_id("user", 100),
            name=name,
            email=email,
            username=username or email,
            date_joined=self.now - 400 * 86400 + len(self.users) * 86400,
            last_login=self.now - 3600 * (len(self.users) + 1),
        )
        self.users[user.id] = user
        return user

    def add_organization(self, slug: str, name: str, region: str) -> Organization:
        with self.lock:
            if self.org(slug) is not None:
                raise StateError(409, {"detail": "An organization with this slug already exists."})
            org = Organization(
                id=self.next_id("org", 1),
                slug=slug,
                name=name,
                region=region,
                date_created=self.now - 900 * 86400 + len(self.orgs) * 86400,
                features=["advanced-search", "issue-platform", "onboarding", "session-replay"],
                settings=default_org_settings(),
            )
            self.orgs[org.id] = org
            return org

    def update_organization(self, org: Organization, changes: dict[str, Any]) -> None:
        with self.lock:
            slug = changes.get("slug")
            if slug is not None and slug != org.slug:
                if self.org(slug) is not None:
                    raise StateError(
                        409, {"detail": "An organization with this slug already exists."}
                    )
                org.slug = slug
            if "name" in changes:
                org.name = changes["name"]
            for key, value in changes.items():
                if key not in ("slug", "name"):
                    org.settings[key] = value

    # ------------------------------------------------------------------ teams

    def create_team(self, org: Organization, slug: str, name: str | None = None) -> Team:
        with self.lock:
            if self.team(org, slug) is not None:
                raise StateError(409, {"detail": "A team with this slug already exists."})
            team = Team(
                id=self.next_id("team", 1000),
                org=org,
                slug=slug,
                name=name or slug,
                date_created=self.clock(),
            )
            self.teams[team.id] = team
            return team

    def update_team(self, team: Team, *, slug: str | None, name: str | None) -> None:
        with self.lock:
            if slug is not None and slug != team.slug:
                if self.team(team.org, slug) is not None:
                    raise StateError(400, {"slug": [f'The slug "{slug}" is already in use.']})
                team.slug = slug
            if name is not None:
                team.name = name

    def delete_team(self, team: Team) -> None:
        with self.lock:
            self.teams.pop(team.id, None)
            for project in self.projects.values():
                if team in project.teams:
                    project.teams.remove(team)
            for member in self.members.values():
                member.team_roles.pop(team.id, None)
            for issue in self.issues.values():
                if issue.assignee is team:
                    issue.assignee = None
            self._issues_changed()

    def add_team_member(self, team: Team, member: Member, role: str | None = None) -> None:
        with self.lock:
            member.team_roles[team.id] = role

    # ------------------------------------------------------------------ projects

    def create_project(
        self,
        team: Team,
        name: str,
        slug: str,
        platform: str | None = None,
        *,
        date_created: float | None = None,
    ) -> Project:
        with self.lock:
            if self.project(team.org, slug) is not None:
                raise StateError(409, {"detail": "A project with this slug already exists."})
            project_id = self.next_id("project", 4505000001)
            project = Project(
                id=project_id,
                org=team.org,
                slug=slug,
                name=name,
                platform=platform,
                date_created=date_created if date_created is not None else self.clock(),
                teams=[team],
                color=f"#{stable_int('color', slug) % 0xFFFFFF:06x}",
                options=default_project_options(),
            )
            project.keys.append(self.make_key(project, "Default"))
            self.projects[project.id] = project
            return project

    def make_key(self, project: Project, name: str, *, is_active: bool = True) -> ProjectKey:
        return ProjectKey(
            public=stable_hex("key-public", self.seed, project.id, name),
            secret=stable_hex("key-secret", self.seed, project.id, name),
            name=name,
            date_created=project.date_created,
            is_active=is_active,
        )

    def update_project(self, project: Project, changes: dict[str, Any]) -> None:
        with self.lock:
            slug = changes.get("slug")
            if slug is not None and slug != project.slug:
                if self.project(project.org, slug) is not None:
                    raise StateError(400, {"slug": [f'The slug "{slug}" is already in use.']})
                old_prefix = project.short_prefix
                project.slug = slug
                self._rekey_short_ids(project, old_prefix)
            for attr in ("name", "platform", "is_bookmarked"):
                if attr in changes:
                    setattr(project, attr, changes[attr])
            for key, value in changes.items():
                if key not in ("slug", "name", "platform", "is_bookmarked"):
                    project.options[key] = value
            self._issues_changed()

    def _rekey_short_ids(self, project: Project, old_prefix: str) -> None:
        # Sentry renames short IDs with the project slug; the old ones stop resolving.
        for issue in project.issues.values():
            self._short_ids.pop((project.org.id, issue.short_id), None)
            issue.short_id = project.short_prefix + issue.short_id[len(old_prefix) :]
            self._short_ids[(project.org.id, issue.short_id)] = issue

    def delete_project(self, project: Project) -> None:
        with self.lock:
            for issue in list(project.issues.values()):
                self._drop_issue(issue)
            self.projects.pop(project.id, None)
            for release in self.releases.values():
                if project in release.projects:
                    release.projects.remove(project)
            self._issues_changed()

    # ------------------------------------------------------------------ members

    def add_member(
        self,
        org: Organization,
        email: str,
        *,
        user: User | None,
        org_role: str = "member",
        pending: bool = False,
        inviter: str | None = None,
        date_created: float | None = None,
    ) -> Member:
        with self.lock:
            member = Member(
                id=self.next_id("member", 5001),
                org=org,
                email=email,
                user=user,
                org_role=org_role,
                date_created=date_created if date_created is not None else self.clock(),
                pending=pending,
                inviter_name=inviter,
            )
            self.members[member.id] = member
            return member

    def invite_member(
        self,
        org: Organization,
        email: str,
        org_role: str,
        team_roles: Sequence[tuple[Team, str | None]],
        inviter: User | None,
    ) -> Member:
        with self.lock:
            if any(m.email.lower() == email.lower() for m in self.org_members(org)):
                raise StateError(400, {"email": [f"The user {email} has already been invited"]})
            member = self.add_member(
                org,
                email,
                user=None,
                org_role=org_role,
                pending=True,
                inviter=inviter.email if inviter else None,
            )
            for team, role in team_roles:
                member.team_roles[team.id] = role
            return member

    def update_member(
        self,
        member: Member,
        *,
        org_role: str | None = None,
        team_roles: Sequence[tuple[Team, str | None]] | None = None,
    ) -> None:
        with self.lock:
            if org_role is not None:
                member.org_role = org_role
            if team_roles is not None:
                member.team_roles = {team.id: role for team, role in team_roles}

    def remove_member(self, member: Member) -> None:
        with self.lock:
            self.members.pop(member.id, None)
            if member.user is not None:
                for issue in self.org_issues(member.org):
                    if issue.assignee is member.user:
                        issue.assignee = None
                self._issues_changed()

    # ------------------------------------------------------------------ releases & deploys

    def create_release(
        self,
        org: Organization,
        version: str,
        projects: Sequence[Project],
        *,
        ref: str | None = None,
        url: str | None = None,
        date_released: float | None = None,
        owner: User | None = None,
        commit_count: int = 0,
        status: str = "open",
        date_created: float | None = None,
    ) -> Release:
        with self.lock:
            release = Release(
                id=self.next_id("release", 90001),
                org=org,
                version=version,
                projects=list(projects),
                date_created=date_created if date_created is not None else self.clock(),
                date_released=date_released,
                ref=ref,
                url=url,
                owner=owner,
                commit_count=commit_count,
                status=status,
            )
            self.releases[release.id] = release
            return release

    def update_release(self, release: Release, changes: dict[str, Any]) -> None:
        with self.lock:
            for attr, value in changes.items():
                setattr(release, attr, value)

    def delete_release(self, release: Release) -> None:
        with self.lock:
            if any(i.first_release is release for i in self.org_issues(release.org)):
                # Sentry refuses to delete a release that issues point at.
                detail = "This release is referenced by active issues and cannot be removed."
                raise StateError(400, {"detail": detail})
            self.releases.pop(release.id, None)

    def create_deploy(
        self,
        release: Release,
        environment: str,
        *,
        name: str | None = None,
        url: str | None = None,
        date_started: float | None = None,
        date_finished: float | None = None,
        projects: Sequence[Project] | None = None,
    ) -> Deploy:
        with self.lock:
            deploy = Deploy(
                id=self.next_id("deploy", 30001),
                environment=environment,
                name=name,
                url=url,
                date_started=date_started,
                date_finished=date_finished if date_finished is not None else self.clock(),
                projects=list(projects) if projects else list(release.projects),
            )
            release.deploys.append(deploy)
            for project in deploy.projects:
                if environment not in project.environments:
                    project.environments.append(environment)
            return deploy

    # ------------------------------------------------------------------ issues

    def add_issue(self, issue: Issue) -> Issue:
        """Register an issue built by the seed (no notification: seeding is not news)."""
        self.issues[issue.id] = issue
        issue.project.issues[issue.id] = issue
        self._short_ids[(issue.project.org.id, issue.short_id)] = issue
        return issue

    def allocate_issue_ids(self, project: Project, count: int) -> tuple[list[int], list[str]]:
        """Issue IDs and short IDs for ``count`` new issues of ``project``."""
        first = self.next_id("issue", 6100000001)
        self._counters["issue"] = first + count
        start = project.next_short_id
        project.next_short_id += count
        prefix = project.short_prefix
        return (
            list(range(first, first + count)),
            [f"{prefix}-{short_id_suffix(n)}" for n in range(start, start + count)],
        )

    def create_issue(
        self,
        project: Project,
        title: str,
        *,
        culprit: str = "",
        level: str = "error",
        exc_type: str | None = None,
        exc_value: str | None = None,
        environments: tuple[str, ...] = ("production",),
    ) -> Issue:
        """A new issue with one event, as if Sentry had just grouped a fresh error."""
        with self.lock:
            ids, short_ids = self.allocate_issue_ids(project, 1)
            seen = self.clock()
            exc_type = exc_type or (title.split(":", 1)[0] if ":" in title else "Error")
            exc_value = exc_value or (title.split(":", 1)[1].strip() if ":" in title else title)
            issue = Issue(
                ids[0],
                short_ids[0],
                project,
                title,
                culprit,
                exc_type,
                exc_value,
                level,
                seen,
                seen,
                1,
                1,
                stable_int("issue", self.seed, ids[0]),
                substatus="new",
                environments=environments,
                event_count=1,
            )
            issue.extra_event_times = []
            self.add_issue(issue)
            if project.first_event is None:
                project.first_event = seen
            self._issues_changed()
            self._emit("issue", "created", issue)
            return issue

    def record_event(self, issue: Issue) -> float:
        """Count one more event for ``issue`` (now); returns its timestamp."""
        with self.lock:
            when = self.clock()
            if issue.extra_event_times is None:
                issue.extra_event_times = []
            issue.extra_event_times.append(when)
            issue.times_seen += 1
            issue.last_seen = when
            if issue.status == "resolved":
                # A new event on a resolved issue regresses it, as in Sentry.
                self._set_status(issue, "unresolved", "regressed", {})
            self._issues_changed()
            self._emit("error", "created", (issue, self.total_events(issue) - 1))
            return when

    def total_events(self, issue: Issue) -> int:
        return issue.event_count + len(issue.extra_event_times or ())

    def set_issue_status(
        self,
        issue: Issue,
        status: str,
        substatus: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> bool:
        """Change the status; returns whether anything changed (and notifies if so)."""
        with self.lock:
            if substatus is None:
                substatus = default_substatus(status, details or {})
            before = (issue.status, issue.substatus, issue.status_details)
            self._set_status(issue, status, substatus, details or {})
            changed = before != (issue.status, issue.substatus, issue.status_details)
            if changed:
                self._issues_changed()
                action = {"resolved": "resolved", "ignored": "ignored"}.get(status, "unresolved")
                self._emit("issue", action, issue)
            return changed

    @staticmethod
    def _set_status(
        issue: Issue, status: str, substatus: str | None, details: dict[str, Any]
    ) -> None:
        issue.status = status
        issue.substatus = substatus
        issue.status_details = details

    def mark_reviewed(self, issue: Issue) -> None:
        """Take an issue out of the review inbox (new/regressed -> ongoing), quietly."""
        with self.lock:
            if issue.status == "unresolved" and issue.substatus in ("new", "regressed"):
                issue.substatus = "ongoing"
                self._issues_changed()

    def assign_issue(self, issue: Issue, assignee: User | Team | None) -> None:
        with self.lock:
            if issue.assignee is assignee:
                return
            issue.assignee = assignee
            self._issues_changed()
            if assignee is not None:
                self._emit("issue", "assigned", issue)

    def set_issue_flags(self, issue: Issue, **flags: Any) -> None:
        """Bookmark, seen, public, subscribed, priority: no notification, as in Sentry."""
        with self.lock:
            for name, value in flags.items():
                if name not in _ISSUE_FLAGS:
                    raise AttributeError(name)
                setattr(issue, name, value)
            self._issues_changed()

    def delete_issue(self, issue: Issue) -> None:
        with self.lock:
            self._drop_issue(issue)
            self._issues_changed()
            self._emit("issue", "deleted", issue)

    def _drop_issue(self, issue: Issue) -> None:
        self.issues.pop(issue.id, None)
        issue.project.issues.pop(issue.id, None)
        self._short_ids.pop((issue.project.org.id, issue.short_id), None)

    def merge_issues(self, issues: Sequence[Issue]) -> tuple[Issue, list[Issue]]:
        """Merge into the issue with the most events; the others are folded in and removed."""
        with self.lock:
            parent = max(issues, key=lambda i: (i.times_seen, -i.id))
            children = [i for i in issues if i is not parent]
            for child in children:
                parent.times_seen += child.times_seen
                parent.user_count += child.user_count
                parent.event_count += self.total_events(child)
                parent.first_seen = min(parent.first_seen, child.first_seen)
                parent.last_seen = max(parent.last_seen, child.last_seen)
                self._drop_issue(child)
            self._issues_changed()
            return parent, children

    # ------------------------------------------------------------------ cache

    def cached(self, key: Any, build: Callable[[], Any]) -> Any:
        """Memoize ``build()`` under ``key`` until the next issue change (bounded in size)."""
        hit = self.cache.get(key)
        if hit is not None and hit[0] == self.issue_version:
            return hit[1]
        value = build()
        if len(self.cache) >= 48:
            self.cache.clear()
        self.cache[key] = (self.issue_version, value)
        return value


_ISSUE_FLAGS = frozenset(
    {"is_bookmarked", "has_seen", "is_public", "is_subscribed", "priority", "num_comments"}
)


def default_substatus(status: str, details: dict[str, Any]) -> str | None:
    """Sentry's substatus for a status set without one."""
    if status == "unresolved":
        return "ongoing"
    if status == "ignored":
        conditions = ("ignoreCount", "ignoreDuration", "ignoreUserCount", "ignoreUntil")
        if any(details.get(key) for key in conditions):
            return "archived_until_condition_met"
        return "archived_forever"
    return None


def default_org_settings() -> dict[str, Any]:
    """The settings update_organization can change, with Sentry's defaults."""
    return {
        "isEarlyAdopter": False,
        "hideAiFeatures": False,
        "require2FA": False,
        "allowSharedIssues": True,
        "enhancedPrivacy": False,
        "openMembership": True,
        "defaultRole": "member",
        "eventsMemberAdmin": True,
        "alertsMemberWrite": True,
        "attachmentsRole": "member",
        "debugFilesRole": "admin",
        "scrapeJavaScript": True,
        "storeCrashReports": 0,
        "allowJoinRequests": True,
        "dataScrubber": False,
        "dataScrubberDefaults": False,
        "sensitiveFields": [],
        "safeFields": [],
        "scrubIPAddresses": False,
        "relayPiiConfig": None,
        "trustedRelays": [],
        "issueAlertsThreadFlag": True,
        "metricAlertsThreadFlag": True,
        "hasGranularReplayPermissions": False,
        "replayAccessMembers": [],
    }


def default_project_options() -> dict[str, Any]:
    return {
        "subjectPrefix": "",
        "subjectTemplate": "$shortID - $title",
        "resolveAge": 0,
        "highlightTags": ["handled", "level", "environment"],
        "highlightContext": {},
        "scmSourceContextEnabled": True,
        "enableAutoReleaseCreation": False,
        "isPublic": False,
    }


def _default_renderer(resource: str, obj: object) -> dict[str, Any]:
    if isinstance(obj, Issue):
        return {
            "id": str(obj.id),
            "shortId": obj.short_id,
            "title": obj.title,
            "status": obj.status,
            "lastSeen": iso(obj.last_seen),
        }
    return {"resource": resource}

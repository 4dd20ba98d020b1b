"""The resource commands, as data.

Every ``sentry-api <group> <command>`` is one :class:`Action` row: the operation it calls, how
its arguments and options map onto the operation's parameters and request body, and which fields
the table (or detail view) shows. :mod:`sentry_api.cli.commands` turns each row into a click
command that runs through the same generic path as ``sentry-api call``; nothing here executes.

Targets: a plain name (``project_id_or_slug``, ``query``) is a path or query parameter by its
Python name; ``body.a.b`` sets ``{"a": {"b": value}}`` in the request body.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sentry_api.cli.output import Column
from sentry_api.operations import operation_for


@dataclass(frozen=True)
class Arg:
    """A positional argument."""

    name: str
    target: str
    help: str
    required: bool = True


@dataclass(frozen=True)
class Opt:
    """An option. ``kind``: text, int, flag (``--x/--no-x``; unset unless given), or many
    (repeatable; the values go as a list)."""

    flag: str
    target: str
    help: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    convert: Callable[[Any], Any] | None = None


@dataclass(frozen=True)
class Action:
    name: str
    # The namespace method the command calls, "issues.update": the same name as in Python
    # (client.issues.update); the spec's x-sentry-method maps it to the operation.
    method: str
    summary: str
    example: str
    args: tuple[Arg, ...] = ()
    options: tuple[Opt, ...] = ()
    # Parameters every invocation sends, e.g. {"body.status": "resolved"}.
    fixed: Mapping[str, Any] = field(default_factory=dict)
    # Table columns for lists; the fields of the detail view otherwise.
    columns: tuple[Column, ...] = ()
    # Lists (cursor-paginated operations) name what they list: "25 issues". None otherwise.
    noun: str | None = None
    # Printed after a successful change, formatted with the arguments (by name).
    done: str | None = None
    # Destructive: ask first on a terminal, require --yes otherwise.
    confirm: str | None = None
    # An update with nothing to change is a usage error rather than a no-op request.
    needs_change: bool = False

    @property
    def is_list(self) -> bool:
        return self.noun is not None

    @property
    def operation(self) -> str:
        """The operationId behind the command."""
        namespace, method_name = self.method.split(".")
        return operation_for(namespace, method_name).operation_id


@dataclass(frozen=True)
class Group:
    name: str
    help: str
    actions: tuple[Action, ...]


# ------------------------------------------------------------------ shared columns and arguments

ISSUE_COLUMNS = (
    Column("ID", "id", optional=True),
    Column("Short ID", "shortId"),
    Column("Status", "status", optional=True),
    Column("Level", "level", optional=True),
    Column("Events", "count", "right"),
    Column("Users", "userCount", "right", optional=True),
    Column("Last seen", "lastSeen", optional=True),
    Column("Title", "title"),
)
ISSUE_FIELDS = (
    Column("ID", "id"),
    Column("Short ID", "shortId"),
    Column("Title", "title"),
    Column("Culprit", "culprit"),
    Column("Project", "project.slug"),
    Column("Status", "status"),
    Column("Level", "level"),
    Column("Assigned to", "assignedTo.name"),
    Column("Events", "count"),
    Column("Users", "userCount"),
    Column("First seen", "firstSeen"),
    Column("Last seen", "lastSeen"),
    Column("Link", "permalink"),
)
EVENT_COLUMNS = (
    Column("Event ID", "eventID"),
    Column("Date", "dateCreated", optional=True),
    Column("Platform", "platform", optional=True),
    Column("Title", "title"),
)
EVENT_FIELDS = (
    Column("Event ID", "eventID"),
    Column("Issue", "groupID"),
    Column("Title", "title"),
    Column("Message", "message"),
    Column("Location", "location"),
    Column("Platform", "platform"),
    Column("Date", "dateCreated"),
    Column("Received", "dateReceived"),
    Column("User", "user.email"),
    Column("Tags", "tags"),
)
PROJECT_COLUMNS = (
    Column("Slug", "slug"),
    Column("Name", "name"),
    Column("Platform", "platform"),
    Column("Teams", "teams.slug", optional=True),
    Column("ID", "id", optional=True),
    Column("Created", "dateCreated", optional=True),
)
PROJECT_FIELDS = (
    Column("ID", "id"),
    Column("Slug", "slug"),
    Column("Name", "name"),
    Column("Platform", "platform"),
    Column("Teams", "teams.slug"),
    Column("Organization", "organization.slug"),
    Column("Status", "status"),
    Column("Created", "dateCreated"),
)
ORG_COLUMNS = (
    Column("Slug", "slug"),
    Column("Name", "name"),
    Column("ID", "id", optional=True),
    Column("Region", "links.regionUrl"),
    Column("Created", "dateCreated", optional=True),
)
ORG_FIELDS = (*ORG_COLUMNS, Column("Status", "status.name"), Column("2FA required", "require2FA"))
TEAM_COLUMNS = (
    Column("Slug", "slug"),
    Column("Name", "name"),
    Column("Members", "memberCount", "right"),
    Column("ID", "id"),
    Column("Created", "dateCreated", optional=True),
)
TEAM_FIELDS = (*TEAM_COLUMNS, Column("Projects", "projects.slug"))
MEMBER_COLUMNS = (
    Column("ID", "id"),
    Column("Email", "email"),
    Column("Name", "name", optional=True),
    Column("Role", "orgRole"),
    Column("Pending", "pending", optional=True),
    Column("Joined", "dateCreated", optional=True),
)
MEMBER_FIELDS = (
    *MEMBER_COLUMNS,
    Column("Invite status", "inviteStatus"),
    Column("Teams", "teams"),
)
RELEASE_COLUMNS = (
    Column("Version", "version"),
    Column("Projects", "projects.slug"),
    Column("New issues", "newGroups", "right", optional=True),
    Column("Deploys", "deployCount", "right", optional=True),
    Column("Created", "dateCreated", optional=True),
    Column("Released", "dateReleased"),
)
RELEASE_FIELDS = (
    Column("Version", "version"),
    Column("Short version", "shortVersion"),
    Column("Status", "status"),
    Column("Projects", "projects.slug"),
    Column("Ref", "ref"),
    Column("URL", "url"),
    Column("New issues", "newGroups"),
    Column("Commits", "commitCount"),
    Column("Deploys", "deployCount"),
    Column("Last deploy", "lastDeploy.environment"),
    Column("Created", "dateCreated"),
    Column("Released", "dateReleased"),
)
DEPLOY_COLUMNS = (
    Column("ID", "id"),
    Column("Environment", "environment"),
    Column("Name", "name"),
    Column("Started", "dateStarted", optional=True),
    Column("Finished", "dateFinished"),
    Column("URL", "url", optional=True),
)

ISSUE = Arg("issue", "issue_id", "Issue ID (e.g. 1203) or short ID (e.g. WEB-1A).")
PROJECT = Arg("project", "project_id_or_slug", "Project slug or ID.")
TEAM = Arg("team", "team_id_or_slug", "Team slug or ID.")
VERSION = Arg("version", "version", "Release version, e.g. web@1.4.0.")
MEMBER = Arg("member", "member_id", "Member ID (see `members list`).")
ROLES = ("member", "admin", "manager", "owner", "billing")


def _team_roles(teams: tuple[str, ...]) -> list[dict[str, Any]]:
    # Sentry's invite body takes teams as {teamSlug, role}; contributor is the ordinary role.
    return [{"teamSlug": slug, "role": "contributor"} for slug in teams]


ISSUES = Group(
    "issues",
    "Find and triage issues (grouped errors).",
    (
        Action(
            "list",
            "issues.list",
            "List a project's issues, newest activity first (unresolved only unless --query "
            "says otherwise).",
            "sentry-api --sandbox issues list web --query 'is:unresolved level:error' --max 5",
            args=(PROJECT,),
            options=(
                Opt(
                    "--query",
                    "query",
                    "Sentry search, e.g. 'is:unresolved', 'is:resolved', 'level:error', "
                    "'assigned:me', free text. Default: is:unresolved.",
                ),
                Opt(
                    "--period",
                    "stats_period",
                    "Period of the event counts shown (Sentry's default: 24h).",
                    choices=("24h", "14d"),
                ),
                Opt(
                    "--sort",
                    "sort",
                    "Sort order: last seen (date), first seen (new), events (freq), users, ...",
                    choices=("date", "new", "freq", "user", "trends", "inbox"),
                ),
                Opt(
                    "--environment",
                    "environment",
                    "Only this environment (repeatable).",
                    kind="many",
                ),
            ),
            columns=ISSUE_COLUMNS,
            noun="issues",
        ),
        Action(
            "retrieve",
            "issues.retrieve",
            "Show one issue: status, counts, assignee and link.",
            "sentry-api --sandbox issues retrieve WEB-1",
            args=(ISSUE,),
            columns=ISSUE_FIELDS,
        ),
        Action(
            "resolve",
            "issues.update",
            "Mark an issue resolved (optionally in a release).",
            "sentry-api --sandbox issues resolve WEB-1",
            args=(ISSUE,),
            options=(
                Opt("--in-release", "body.statusDetails.inRelease", "Resolved in this release."),
            ),
            fixed={"body.status": "resolved"},
            columns=ISSUE_FIELDS[:6],
            done="Resolved issue {issue}.",
        ),
        Action(
            "unresolve",
            "issues.update",
            "Reopen a resolved or ignored issue.",
            "sentry-api --sandbox issues unresolve WEB-1",
            args=(ISSUE,),
            fixed={"body.status": "unresolved"},
            columns=ISSUE_FIELDS[:6],
            done="Reopened issue {issue}.",
        ),
        Action(
            "ignore",
            "issues.update",
            "Ignore (archive) an issue, forever or until a duration or event count passes.",
            "sentry-api --sandbox issues ignore WEB-1 --minutes 60",
            args=(ISSUE,),
            options=(
                Opt(
                    "--minutes", "body.statusDetails.ignoreDuration", "Ignore for N minutes.", "int"
                ),
                Opt("--count", "body.statusDetails.ignoreCount", "Until N more events.", "int"),
            ),
            fixed={"body.status": "ignored"},
            columns=ISSUE_FIELDS[:6],
            done="Ignored issue {issue}.",
        ),
        Action(
            "assign",
            "issues.update",
            "Assign an issue to a user or a team; an empty assignee ('') unassigns it.",
            "sentry-api --sandbox issues assign WEB-1 dana@acme.example",
            args=(
                ISSUE,
                Arg(
                    "assignee",
                    "body.assignedTo",
                    "Username, email, user:ID or team:ID (see `teams list`); '' unassigns.",
                ),
            ),
            columns=(*ISSUE_FIELDS[:2], Column("Assigned to", "assignedTo.name")),
            done="Assigned issue {issue} to {assignee}.",
        ),
        Action(
            "delete",
            "issues.delete",
            "Delete an issue and its events (Sentry does this in the background).",
            "sentry-api --sandbox issues delete WEB-1 --yes",
            args=(ISSUE,),
            done="Deletion of issue {issue} scheduled.",
            confirm="Delete issue {issue} and all its events?",
        ),
        Action(
            "events",
            "issues.events",
            "List the events (occurrences) of an issue, newest first.",
            "sentry-api --sandbox issues events WEB-1 --max 10",
            args=(ISSUE,),
            options=(
                Opt("--query", "query", "Filter events by a search query."),
                Opt("--period", "stats_period", "Only events in this period: 24h, 14d, ..."),
                Opt(
                    "--environment",
                    "environment",
                    "Only this environment (repeatable).",
                    kind="many",
                ),
            ),
            columns=EVENT_COLUMNS,
            noun="events",
        ),
    ),
)

EVENTS = Group(
    "events",
    "Read individual error events.",
    (
        Action(
            "list",
            "events.list",
            "List a project's error events, newest first.",
            "sentry-api --sandbox events list web --max 10",
            args=(PROJECT,),
            options=(Opt("--period", "stats_period", "Only events in this period: 24h, 14d, ..."),),
            columns=EVENT_COLUMNS,
            noun="events",
        ),
        Action(
            "retrieve",
            "events.retrieve",
            "Show one event of a project by its 32-character event ID.",
            "sentry-api --sandbox events retrieve web 83b6d47d995e4383db90b3c9f6a406c8",
            args=(PROJECT, Arg("event_id", "event_id", "The 32-character event ID.")),
            columns=EVENT_FIELDS,
        ),
    ),
)

PROJECTS = Group(
    "projects",
    "Manage projects, their client keys (DSNs) and users.",
    (
        Action(
            "list",
            "projects.list",
            "List the organization's projects.",
            "sentry-api --sandbox projects list",
            options=(Opt("--query", "query", "Filter by name or slug."),),
            columns=PROJECT_COLUMNS,
            noun="projects",
        ),
        Action(
            "retrieve",
            "projects.retrieve",
            "Show one project: platform, teams and status.",
            "sentry-api --sandbox projects retrieve web",
            args=(PROJECT,),
            columns=PROJECT_FIELDS,
        ),
        Action(
            "create",
            "projects.create",
            "Create a project owned by a team.",
            "sentry-api --sandbox projects create backend 'Billing API' --platform python",
            args=(TEAM, Arg("name", "body.name", "Project name.")),
            options=(
                Opt("--slug", "body.slug", "URL slug (default: derived from the name)."),
                Opt("--platform", "body.platform", "Platform, e.g. python, javascript-react."),
            ),
            columns=PROJECT_FIELDS,
            done="Created project {name}.",
        ),
        Action(
            "update",
            "projects.update",
            "Change a project's name, slug or platform.",
            "sentry-api --sandbox projects update web --name 'Web frontend'",
            args=(PROJECT,),
            options=(
                Opt("--name", "body.name", "New name."),
                Opt("--slug", "body.slug", "New slug."),
                Opt("--platform", "body.platform", "New platform."),
                Opt("--bookmark", "body.isBookmarked", "Bookmark (or --no-bookmark).", "flag"),
                Opt("--resolve-age", "body.resolveAge", "Auto-resolve after N hours.", "int"),
            ),
            columns=PROJECT_FIELDS,
            done="Updated project {project}.",
            needs_change=True,
        ),
        Action(
            "delete",
            "projects.delete",
            "Delete a project and all its data (Sentry does this in the background).",
            "sentry-api --sandbox projects delete mobile --yes",
            args=(PROJECT,),
            done="Deletion of project {project} scheduled.",
            confirm="Delete project {project} with all its issues and events?",
        ),
        Action(
            "keys",
            "projects.keys",
            "List a project's client keys (DSNs).",
            "sentry-api --sandbox projects keys web",
            args=(PROJECT,),
            options=(
                Opt(
                    "--status",
                    "status",
                    "Only active or inactive keys.",
                    choices=("active", "inactive"),
                ),
            ),
            columns=(
                Column("ID", "id", optional=True),
                Column("Name", "name"),
                Column("Active", "isActive"),
                Column("DSN", "dsn.public"),
                Column("Created", "dateCreated", optional=True),
            ),
            noun="keys",
        ),
        Action(
            "users",
            "projects.users",
            "List the end users seen in a project's events.",
            "sentry-api --sandbox projects users web --max 10",
            args=(PROJECT,),
            options=(Opt("--query", "query", "Filter, e.g. email:ada@example.com."),),
            columns=(
                Column("ID", "id"),
                Column("Identifier", "tagValue", optional=True),
                Column("Username", "username"),
                Column("Email", "email"),
                Column("IP", "ipAddress", optional=True),
                Column("First seen", "dateCreated", optional=True),
            ),
            noun="users",
        ),
    ),
)

ORGS = Group(
    "organizations",
    "Organizations: list them, show one, change settings.",
    (
        Action(
            "list",
            "organizations.list",
            "List the organizations the token can access.",
            "sentry-api --sandbox organizations list",
            options=(Opt("--query", "query", "Filter by name or slug."),),
            columns=ORG_COLUMNS,
            noun="organizations",
        ),
        Action(
            "retrieve",
            "organizations.retrieve",
            "Show an organization (default: --org).",
            "sentry-api --sandbox organizations retrieve acme",
            args=(
                Arg("org", "organization_id_or_slug", "Organization slug (default: --org).", False),
            ),
            columns=ORG_FIELDS,
        ),
        Action(
            "update",
            "organizations.update",
            "Change the --org organization's name, slug or settings.",
            "sentry-api --sandbox organizations update --name 'Acme Corporation'",
            options=(
                Opt("--name", "body.name", "New name."),
                Opt("--slug", "body.slug", "New slug."),
                Opt(
                    "--default-role",
                    "body.defaultRole",
                    "Role of new members.",
                    choices=("member", "admin", "manager", "owner"),
                ),
                Opt(
                    "--open-membership", "body.openMembership", "Members may join any team.", "flag"
                ),
                Opt("--require-2fa", "body.require2FA", "Require two-factor auth.", "flag"),
            ),
            columns=ORG_FIELDS,
            done="Updated organization.",
            needs_change=True,
        ),
    ),
)

TEAMS = Group(
    "teams",
    "Teams, their members and their projects.",
    (
        Action(
            "list",
            "teams.list",
            "List the organization's teams.",
            "sentry-api --sandbox teams list",
            options=(Opt("--query", "query", "Filter by name or slug."),),
            columns=TEAM_COLUMNS,
            noun="teams",
        ),
        Action(
            "retrieve",
            "teams.retrieve",
            "Show one team: name, member count and projects.",
            "sentry-api --sandbox teams retrieve backend",
            args=(TEAM,),
            columns=TEAM_FIELDS,
        ),
        Action(
            "create",
            "teams.create",
            "Create a team in the organization.",
            "sentry-api --sandbox teams create 'Data Platform' --slug data",
            args=(Arg("name", "body.name", "Team name."),),
            options=(Opt("--slug", "body.slug", "URL slug (default: derived from the name)."),),
            columns=TEAM_FIELDS,
            done="Created team {name}.",
        ),
        Action(
            "delete",
            "teams.delete",
            "Delete a team (its projects stay).",
            "sentry-api --sandbox teams delete mobile --yes",
            args=(TEAM,),
            done="Deletion of team {team} scheduled.",
            confirm="Delete team {team}?",
        ),
        Action(
            "members",
            "teams.members",
            "List a team's members.",
            "sentry-api --sandbox teams members backend",
            args=(TEAM,),
            columns=(*MEMBER_COLUMNS[:4], Column("Team role", "teamRole")),
            noun="members",
        ),
        Action(
            "projects",
            "teams.projects",
            "List the projects a team owns.",
            "sentry-api --sandbox teams projects backend",
            args=(TEAM,),
            columns=PROJECT_COLUMNS,
            noun="projects",
        ),
    ),
)

RELEASES = Group(
    "releases",
    "Releases and their deploys.",
    (
        Action(
            "list",
            "releases.list",
            "List releases, newest first.",
            "sentry-api --sandbox releases list --max 10",
            options=(
                Opt("--query", "query", "Versions starting with this text."),
                Opt("--project", "project", "Only releases of this project ID.", kind="many"),
            ),
            columns=RELEASE_COLUMNS,
            noun="releases",
        ),
        Action(
            "retrieve",
            "releases.retrieve",
            "Show one release: projects, ref, commits and deploys.",
            "sentry-api --sandbox releases retrieve web@1.0.0",
            args=(VERSION,),
            columns=RELEASE_FIELDS,
        ),
        Action(
            "create",
            "releases.create",
            "Create a release for one or more projects.",
            "sentry-api --sandbox releases create web@2.1.0 --project web --ref main",
            args=(Arg("version", "body.version", "Version string, e.g. web@2.0.0."),),
            options=(
                Opt("--project", "body.projects", "Project slug (repeat for more).", kind="many"),
                Opt("--ref", "body.ref", "VCS reference, e.g. a commit SHA or tag."),
                Opt("--url", "body.url", "URL of the release (e.g. the changelog)."),
                Opt("--released", "body.dateReleased", "Release time, ISO 8601."),
            ),
            columns=RELEASE_FIELDS,
            done="Created release {version}.",
        ),
        Action(
            "update",
            "releases.update",
            "Change a release's ref, URL or release date.",
            "sentry-api --sandbox releases update web@1.0.0 --ref v1.0.0",
            args=(VERSION,),
            options=(
                Opt("--ref", "body.ref", "VCS reference."),
                Opt("--url", "body.url", "URL of the release."),
                Opt("--released", "body.dateReleased", "Release time, ISO 8601."),
            ),
            columns=RELEASE_FIELDS,
            done="Updated release {version}.",
            needs_change=True,
        ),
        Action(
            "delete",
            "releases.delete",
            "Delete a release (Sentry refuses while issues still reference it).",
            "sentry-api --sandbox releases delete web@2.0.0 --yes",
            args=(VERSION,),
            done="Deleted release {version}.",
            confirm="Delete release {version}?",
        ),
        Action(
            "deploys",
            "releases.deploys",
            "List a release's deploys.",
            "sentry-api --sandbox releases deploys web@1.0.0",
            args=(VERSION,),
            columns=DEPLOY_COLUMNS,
            noun="deploys",
        ),
        Action(
            "create-deploy",
            "releases.create_deploy",
            "Record a deploy of a release to an environment.",
            "sentry-api --sandbox releases create-deploy web@1.0.0 production --name 'deploy #42'",
            args=(VERSION, Arg("environment", "body.environment", "Environment, e.g. production.")),
            options=(
                Opt("--name", "body.name", "Name of the deploy."),
                Opt("--url", "body.url", "URL of the deploy (e.g. the CI run)."),
                Opt(
                    "--project", "body.projects", "Limit to this project (repeatable).", kind="many"
                ),
            ),
            columns=DEPLOY_COLUMNS,
            done="Recorded deploy of {version} to {environment}.",
        ),
    ),
)

MEMBERS = Group(
    "members",
    "Organization members and invitations.",
    (
        Action(
            "list",
            "members.list",
            "List the organization's members (and pending invites).",
            "sentry-api --sandbox members list",
            options=(Opt("--query", "query", "Filter, e.g. email:ada@example.com."),),
            columns=MEMBER_COLUMNS,
            noun="members",
        ),
        Action(
            "retrieve",
            "members.retrieve",
            "Show one member: email, role, teams and invite status.",
            "sentry-api --sandbox members retrieve 5002",
            args=(MEMBER,),
            columns=MEMBER_FIELDS,
        ),
        Action(
            "invite",
            "members.invite",
            "Invite someone to the organization by email.",
            "sentry-api --sandbox members invite new.hire@example.com --role member --team backend",
            args=(Arg("email", "body.email", "Email address to invite."),),
            options=(
                Opt("--role", "body.orgRole", "Organization role.", choices=ROLES),
                Opt(
                    "--team",
                    "body.teamRoles",
                    "Add to this team (repeatable).",
                    kind="many",
                    convert=_team_roles,
                ),
                Opt("--send-invite", "body.sendInvite", "Email the invite (default yes).", "flag"),
            ),
            columns=MEMBER_FIELDS,
            done="Invited {email}.",
        ),
        Action(
            "update",
            "members.update",
            "Change a member's organization role.",
            "sentry-api --sandbox members update 5003 --role manager",
            args=(MEMBER,),
            options=(Opt("--role", "body.orgRole", "New organization role.", choices=ROLES),),
            columns=MEMBER_FIELDS,
            done="Updated member {member}.",
            needs_change=True,
        ),
        Action(
            "remove",
            "members.remove",
            "Remove a member from the organization.",
            "sentry-api --sandbox members remove 5003 --yes",
            args=(MEMBER,),
            done="Removed member {member}.",
            confirm="Remove member {member} from the organization?",
        ),
    ),
)

# Names the CLI had before its commands took the Python method names (one name per
# operation, docs/operations.md). They keep working, hidden from --help, so scripts written
# against them do not break; new name on the right.
RENAMED: Mapping[str, str] = {
    "orgs": "organizations",
    "show": "retrieve",
    "deploy": "create-deploy",
}

GROUPS: tuple[Group, ...] = (ISSUES, EVENTS, PROJECTS, ORGS, TEAMS, RELEASES, MEMBERS)

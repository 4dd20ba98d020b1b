"""Request bodies as ``TypedDict``s: ``body={"status": "resolved"}`` is checked by type checkers.

Rendered by scripts/generate.py with templates/resources/bodies.py.jinja; do not edit. Keys are
Sentry's wire names; a body may also be given as the generated attrs model of the same name
without ``Body``.
"""

from __future__ import annotations

import builtins
import sys
from typing import Any, Literal

if sys.version_info >= (3, 11):
    from typing import Required, TypedDict
else:  # Python 3.10
    from typing_extensions import Required, TypedDict

__all__ = [
    "DeployCreateBody",
    "IssueBulkUpdateBody",
    "IssueUpdateBody",
    "MemberInviteBody",
    "MemberUpdateBody",
    "OrganizationUpdateBody",
    "ProjectCreateBody",
    "ProjectUpdateBody",
    "ReleaseCreateBody",
    "ReleaseUpdateBody",
    "TeamCreateBody",
    "TeamUpdateBody",
]


class DeployCreateBody(TypedDict, total=False):
    """The body of a request that takes a ``DeployCreate``."""

    environment: Required[str]
    """The environment deployed to, e.g. `production`; created if it does not exist."""
    name: str | None
    """An optional name for the deploy."""
    url: str | None
    """An optional URL for the deploy."""
    dateStarted: str | None
    """When the deploy started."""
    dateFinished: str | None
    """When the deploy finished; defaults to now."""
    projects: builtins.list[str]
    """Slugs of the release's projects to record the deploy for; default all of them."""


class IssueBulkUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``IssueBulkUpdate``."""

    status: Literal["resolved", "resolvedInNextRelease", "unresolved", "ignored", "muted"]
    """The new status (`muted` is an old name for `ignored`)."""
    statusDetails: dict[str, Any]
    """How a status change applies. For `resolved`: at most one of `inRelease`, `inNextRelease`, `inUpcomingRelease`, `inCommit`. For `ignored`: `ignoreDuration`, or `ignoreCount` (+ `ignoreWindow`), or `ignoreUserCount` (+ `ignoreUserWindow`). Release-based fields only work on issues of a single project."""
    substatus: (
        Literal[
            "archived_until_escalating",
            "archived_until_condition_met",
            "archived_forever",
            "escalating",
            "ongoing",
            "regressed",
            "new",
        ]
        | None
    )
    """The new substatus (must fit the status); `null` is accepted."""
    ignoreDuration: int
    """Ignore for this many minutes (older form of `statusDetails.ignoreDuration`)."""
    assignedTo: str
    """Assign to a user or team: `<user_id>`, `user:<user_id>`, `<username>`, `<user_primary_email>` or `team:<team_id>`. An empty string unassigns."""
    hasSeen: bool
    """Mark the issues seen (or unseen) for the requesting user."""
    isBookmarked: bool
    """Bookmark the issues for the requesting user."""
    isSubscribed: bool
    """Subscribe the requesting user to the issues."""
    isPublic: bool
    """Create (true) or remove (false) public share links."""
    inbox: bool
    """`false` marks the issues as reviewed (takes them out of the review inbox); `true` puts them back into the inbox."""
    priority: Literal["low", "medium", "high"]
    """The new priority."""
    merge: bool
    """Merge the selected issues (at least two) into the one with the most events."""
    discard: bool
    """Delete the issues and discard their future events. Needs `event:admin` and cannot be combined with other fields."""


class IssueUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``IssueUpdate``."""

    status: Literal["resolved", "resolvedInNextRelease", "unresolved", "ignored", "muted"]
    """The new status (`muted` is an old name for `ignored`)."""
    statusDetails: dict[str, Any]
    """How a status change applies. For `resolved`: at most one of `inRelease`, `inNextRelease`, `inUpcomingRelease`, `inCommit`. For `ignored`: `ignoreDuration`, or `ignoreCount` (+ `ignoreWindow`), or `ignoreUserCount` (+ `ignoreUserWindow`). Release-based fields only work on issues of a single project."""
    substatus: (
        Literal[
            "archived_until_escalating",
            "archived_until_condition_met",
            "archived_forever",
            "escalating",
            "ongoing",
            "regressed",
            "new",
        ]
        | None
    )
    """The new substatus (must fit the status); `null` is accepted."""
    assignedTo: str
    """Assign to a user or team: `<user_id>`, `user:<user_id>`, `<username>`, `<user_primary_email>` or `team:<team_id>`. An empty string unassigns."""
    hasSeen: bool
    """Mark the issue seen (or unseen) for the requesting user."""
    isBookmarked: bool
    """Bookmark the issue for the requesting user."""
    isSubscribed: bool
    """Subscribe the requesting user to the issue's workflow notifications."""
    isPublic: bool
    """Create (true) or remove (false) a public share link."""
    inbox: bool
    """`false` marks the issue as reviewed (takes it out of the review inbox); `true` puts it back into the inbox."""
    priority: Literal["low", "medium", "high"]
    """The new priority."""
    discard: bool
    """Delete the issue and discard its future events. Needs `event:admin` and cannot be combined with other fields."""


class MemberInviteBody(TypedDict, total=False):
    """The body of a request that takes a ``MemberInvite``."""

    email: Required[str]
    """Email address to invite."""
    orgRole: Literal["billing", "member", "manager", "owner", "admin"]
    """Organization role of the new member: `billing` (payment and compliance details), `member` (view and act on events and most data), `manager` (manage all teams, projects and members), `owner` (unrestricted, including billing). `admin` is retired: it can no longer be assigned on plans with team roles (Business, Enterprise); give team-level `admin` through `teamRoles` instead."""
    teamRoles: builtins.list[dict[str, Any]] | None
    """Teams to add the new member to. Sentry records the team memberships; the roles given here are not applied at invitation time (set them later with update_member)."""
    sendInvite: bool
    """Whether to email the invitation."""
    reinvite: bool
    """Whether to send the invitation again to an address that was already invited (Sentry documents this as defaulting to true)."""


class MemberUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``MemberUpdate``."""

    orgRole: Literal["billing", "member", "manager", "owner", "admin"]
    """New organization role (`billing`, `member`, `manager`, `owner`; `admin` is retired and rejected on plans with team roles). Needs a user auth token."""
    teamRoles: builtins.list[dict[str, Any]] | None
    """The member's role in each listed team."""


class OrganizationUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``OrganizationUpdate``."""

    slug: str
    """New slug; must be unique across Sentry. Organization slugs use lowercase letters, digits and dashes, at least 3 characters."""
    name: str
    isEarlyAdopter: bool
    """Opt in to features before their general release."""
    hideAiFeatures: bool
    """Hide AI features from the organization."""
    defaultRole: Literal["member", "admin", "manager", "owner"]
    """Role given to new members."""
    openMembership: bool
    """Let members join any team freely."""
    eventsMemberAdmin: bool
    """Let members delete events (grants them `event:admin`)."""
    alertsMemberWrite: bool
    """Let members create, edit and delete alert rules (grants them `alerts:write`)."""
    attachmentsRole: Literal["member", "admin", "manager", "owner"]
    """Role needed to download event attachments such as crash reports."""
    debugFilesRole: Literal["member", "admin", "manager", "owner"]
    """Role needed to download debug files, ProGuard mappings and source maps."""
    hasGranularReplayPermissions: bool
    """Limit access to session replays to `replayAccessMembers`."""
    replayAccessMembers: builtins.list[int] | None
    """User IDs allowed to see replays when `hasGranularReplayPermissions` is on."""
    avatarType: Literal["letter_avatar", "upload"]
    """`letter_avatar` (initials) or `upload` (send the image in `avatar`)."""
    avatar: str
    """The avatar image, base64-encoded; required when `avatarType` is `upload`."""
    require2FA: bool
    """Require two-factor authentication of every member."""
    allowSharedIssues: bool
    """Allow sharing limited issue details with anonymous users."""
    enhancedPrivacy: bool
    """Keep personal data and source code out of notifications."""
    scrapeJavaScript: bool
    """Let Sentry fetch missing JavaScript source context."""
    storeCrashReports: Literal[0, 1, 5, 10, 20, 50, 100, -1]
    """Native crash reports to keep per issue; `0` disables, `-1` keeps all."""
    allowJoinRequests: bool
    """Let people ask to join the organization."""
    dataScrubber: bool
    """Enforce server-side data scrubbing for every project."""
    dataScrubberDefaults: bool
    """Enforce the default scrubbers (passwords, credit cards, ...) for every project."""
    sensitiveFields: builtins.list[str]
    """Extra field names to scrub in every project."""
    safeFields: builtins.list[str]
    """Field names the scrubbers must leave alone."""
    scrubIPAddresses: bool
    """Do not store IP addresses of new events in any project."""
    relayPiiConfig: str
    """Advanced data scrubbing rules as a JSON string; replaces the existing rules and applies to new events only."""
    trustedRelays: builtins.list[dict[str, Any]]
    """The complete list of customer-run Relays trusted by the organization (replaces the existing list). Needs a plan with the relay feature."""
    relayDsnEndpoint: str | None
    """Relay base URL to show in client key DSNs instead of Sentry's."""
    issueAlertsThreadFlag: bool
    """Let the Slack integration reply in threads for issue alerts."""
    metricAlertsThreadFlag: bool
    """Let the Slack integration reply in threads for metric alerts."""
    cancelDeletion: bool
    """`true` restores an organization that is pending deletion."""


class ProjectCreateBody(TypedDict, total=False):
    """The body of a request that takes a ``ProjectCreate``."""

    name: Required[str]
    """The project's name."""
    slug: str | None
    """The project's slug (lowercase letters, digits, `_` and `-`; not only digits). Derived from the name when left out."""
    platform: str | None
    """The project's platform, e.g. `python-django`, `javascript-react`, `node`."""
    default_rules: bool
    """Create the default alert rule that notifies on every new issue. `false` leaves the project without alert rules."""


class ProjectUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``ProjectUpdate``."""

    isBookmarked: bool
    """Star the project for the caller (allowed with `project:read`)."""
    name: str
    slug: str
    platform: str | None
    subjectPrefix: str
    """Prefix of alert email subjects."""
    subjectTemplate: str
    """Alert email subject (after the prefix). Variables: `$title`, `$shortID`, `$projectID`, `$orgID`, `${tag:key}` (e.g. `${tag:environment}`)."""
    resolveAge: int | None
    """Auto-resolve issues not seen for this many hours; `0` turns it off."""
    highlightContext: dict[str, Any]
    """Context keys to highlight, per context type, e.g. `{"user": ["id", "email"]}`."""
    highlightTags: builtins.list[str]
    """Tag keys to highlight on the project's issues, e.g. `["release", "environment"]`."""
    enableAutoReleaseCreation: bool
    """Create releases automatically from the release names of incoming events."""
    scmSourceContextEnabled: bool
    """Fetch missing source context for stack traces from connected repositories."""
    digestsMinDelay: int
    """Minimum seconds between alert digest emails."""
    digestsMaxDelay: int
    """Maximum seconds between alert digest emails."""
    defaultEnvironment: str | None
    """Environment selected by default in the project's views."""
    dataScrubber: bool
    """Scrub data on the server."""
    dataScrubberDefaults: bool
    """Apply the default scrubbers (passwords, credit cards, ...)."""
    sensitiveFields: builtins.list[str]
    """Extra field names to scrub."""
    safeFields: builtins.list[str]
    """Field names the scrubbers must leave alone."""
    scrubIPAddresses: bool
    """Do not store IP addresses of new events."""
    allowedDomains: builtins.list[str]
    """Origins allowed to send events; `*` allows any."""
    scrapeJavaScript: bool
    """Let Sentry fetch missing JavaScript source files."""
    verifySSL: bool
    """Verify TLS certificates when fetching source files."""
    securityToken: str
    """Token Sentry sends when fetching source files from your servers."""
    securityTokenHeader: str
    """Header name Sentry uses to send `securityToken`."""


class ReleaseCreateBody(TypedDict, total=False):
    """The body of a request that takes a ``ReleaseCreate``."""

    version: Required[str]
    """Version identifier, unique within the organization: a version number (often `package@version`), a commit SHA, etc. `latest`, `.`, `..` and values with slashes, newlines or tabs are rejected."""
    projects: Required[builtins.list[str]]
    """Slugs (or IDs) of the projects the release belongs to."""
    ref: str | None
    """An optional commit reference, useful when `version` is a tag rather than a SHA."""
    url: str | None
    """A URL for the release, e.g. its page on the code host."""
    dateReleased: str | None
    """When the release went live; defaults to now."""
    commits: builtins.list[dict[str, Any]]
    """Commits to associate with the release."""
    status: Literal["open", "archived"]
    """Status of the release (default `open`)."""
    owner: str
    """Username (or email) of the Sentry user to set as the release's owner."""
    refs: builtins.list[dict[str, Any]]
    """One entry per repository: the head commit of this release and optionally the head commit of the previous one; Sentry fetches the commits in between from the connected repository integration."""
    headCommits: builtins.list[dict[str, Any]]
    """Deprecated; use `refs`. Head commits per repository (`currentId`, `previousId`)."""


class ReleaseUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``ReleaseUpdate``."""

    ref: str | None
    """An optional commit reference, useful when the version is a tag."""
    url: str | None
    """A URL for the release."""
    dateReleased: str | None
    """When the release went live."""
    commits: builtins.list[dict[str, Any]]
    """Commits to associate with the release; replaces the current list."""
    refs: builtins.list[dict[str, Any]]
    """One entry per repository: head commit (`commit`) and optionally the previous release's head (`previousCommit`, needed the first time commit data is sent). For GitLab use the group name rather than the slug in `repository`."""


class TeamCreateBody(TypedDict, total=False):
    """The body of a request that takes a ``TeamCreate``."""

    slug: str | None
    """The team's slug (lowercase letters, digits, `_` and `-`; not only digits). Derived from the name when left out."""
    name: str | None
    """Deprecated; the team's name. Derived from the slug when left out."""


class TeamUpdateBody(TypedDict, total=False):
    """The body of a request that takes a ``TeamUpdate``."""

    slug: Required[str]
    """The team's slug; must not be used by another team of the organization."""
    name: str
    """The team's name (accepted, though no longer in Sentry's published schema)."""

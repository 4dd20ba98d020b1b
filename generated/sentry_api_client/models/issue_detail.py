from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.issue_activity import IssueActivity
    from ..models.issue_annotation import IssueAnnotation
    from ..models.issue_assignee import IssueAssignee
    from ..models.issue_current_status_details import IssueCurrentStatusDetails
    from ..models.issue_derived_data import IssueDerivedData
    from ..models.issue_detail_forecast import IssueDetailForecast
    from ..models.issue_detail_open_periods_item import IssueDetailOpenPeriodsItem
    from ..models.issue_detail_participants_item import IssueDetailParticipantsItem
    from ..models.issue_detail_seen_by_item import IssueDetailSeenByItem
    from ..models.issue_inbox import IssueInbox
    from ..models.issue_integration_issues_item import IssueIntegrationIssuesItem
    from ..models.issue_metadata import IssueMetadata
    from ..models.issue_owner import IssueOwner
    from ..models.issue_project import IssueProject
    from ..models.issue_release import IssueRelease
    from ..models.issue_seen_stats import IssueSeenStats
    from ..models.issue_sentry_app_issues_item import IssueSentryAppIssuesItem
    from ..models.issue_stats import IssueStats
    from ..models.issue_subscription_details import IssueSubscriptionDetails
    from ..models.issue_tag_summary import IssueTagSummary


T = TypeVar("T", bound="IssueDetail")


@_attrs_define
class IssueDetail:
    """The single-issue shape returned by `retrieve_issue`: an `Issue` plus activity, viewers,
    participants, counts, tags and releases.

        Attributes:
            id (str): The issue's numeric ID, as a string.
            title (str): The issue's title, usually exception type and message.
            level (str): Severity: `sample`, `debug`, `info`, `warning`, `error`, `fatal` or `unknown`.
            status (str): `unresolved`, `resolved`, `ignored` (archived), `pending_deletion`, `pending_merge`
                or `reprocessing`.
            activity (list[IssueActivity]): The issue's recent activity (at most 100 entries), newest first.
            seen_by (list[IssueDetailSeenByItem]): Users who have seen the issue, with `lastSeen`.
            user_report_count (int): Number of user feedback reports attached to the issue.
            short_id (str | Unset): The human-readable ID, project prefix plus a counter (e.g. `WEB-1A`).
            culprit (None | str | Unset): Where the issue originates, e.g. a function or transaction name.
            permalink (str | Unset): URL of the issue in Sentry's web UI.
            share_id (None | str | Unset): The ID of the public share link, when the issue is public.
            logger (None | str | Unset): The logger that produced the events, if any.
            status_details (IssueCurrentStatusDetails | Unset): Details of an issue's current status. Empty for plain
                unresolved issues; for resolved
                issues `inRelease`/`inNextRelease`/`inCommit` and the acting user; for ignored issues
                the condition that ends the ignore.
            substatus (None | str | Unset): Refines `status`: `ongoing`, `new`, `regressed`, `escalating`,
                `archived_until_escalating`, `archived_until_condition_met`, `archived_forever`.
            is_public (bool | Unset): Whether the issue has a public share link.
            platform (None | str | Unset): The platform of the issue's events (e.g. `python`, `javascript`).
            priority (None | str | Unset): `low`, `medium` or `high`.
            priority_locked_at (datetime.datetime | None | Unset): When a person last set the priority by hand (Sentry then
                stops changing it).
            project (IssueProject | Unset): The project an issue belongs to.
            type_ (str | Unset): The event type behind the issue: `error`, `default`, `csp`, `nel`, `hpkp`,
                `expectct`, `expectstaple`, `transaction`, `generic` or `feedback`.
            issue_type (str | Unset): The detailed issue type, e.g. `error` or `performance_n_plus_one_db_queries`.
            issue_category (str | Unset): The issue category, e.g. `error`, `performance`, `feedback`, `cron`.
            metadata (IssueMetadata | Unset): Type-dependent summary used for display, e.g. `type`, `value`, `filename`,
                `function` for errors or `title` for messages.
            num_comments (int | Unset): Number of comments (notes) on the issue.
            assigned_to (IssueAssignee | None | Unset): The user or team the issue is assigned to, or `null`.
            is_bookmarked (bool | Unset): Whether the requesting user bookmarked the issue.
            is_subscribed (bool | Unset): Whether the requesting user gets workflow notifications for the issue.
            subscription_details (IssueSubscriptionDetails | None | Unset): Why the requesting user is (or is not)
                subscribed, or `null`.
            has_seen (bool | Unset): Whether the requesting user has seen the issue.
            annotations (list[IssueAnnotation | str] | Unset): Links to external tickets (older Sentry versions send plain
                strings).
            is_unhandled (bool | Unset): Whether any event of the issue was an unhandled error (a crash).
            count (str | Unset): Number of events in the issue (within the queried range), as a string.
            user_count (int | Unset): Number of distinct users affected (within the queried range).
            first_seen (datetime.datetime | None | Unset): When the first event was seen.
            last_seen (datetime.datetime | None | Unset): When the latest event was seen.
            stats (IssueStats | Unset): Event-count timelines keyed by period (`24h`, `14d`, `30d` or `auto`). Each timeline
                is
                a list of `[unix_timestamp, count]` pairs, oldest first.
            lifetime (IssueSeenStats | None | Unset): Counts over the issue's whole life, regardless of the queried range.
            filtered (IssueSeenStats | None | Unset): Counts of the events matching the search query, or `null` without one.
            session_count (int | None | Unset): Sessions in the project over the range (with `expand=sessions`).
            inbox (IssueInbox | None | Unset): Why the issue is in the review inbox (with `expand=inbox`), or `null`.
            owners (IssueOwner | list[IssueOwner] | None | Unset): Suggested owners (with `expand=owners`). Sentry's code
                sends a list; its published
                example shows a single owner object, so both forms are accepted.
            integration_issues (list[IssueIntegrationIssuesItem] | Unset): Linked issues in integrations such as Jira (with
                `expand=integrationIssues`).
            sentry_app_issues (list[IssueSentryAppIssuesItem] | Unset): Linked issues created by Sentry apps (with
                `expand=sentryAppIssues`).
            latest_event_has_attachments (bool | Unset): Whether the latest event has attachments (with
                `expand=latestEventHasAttachments`).
            matching_event_id (None | str | Unset): On a direct hit by event ID, the event that matched.
            matching_event_environment (None | str | Unset): On a direct hit by event ID, that event's environment.
            derived_data (IssueDerivedData | Unset): Sentry-computed triage state (progress, blockers, view count, ...).
            seer_fixability_score (float | None | Unset): Sentry's AI estimate of how fixable the issue is.
            seer_autofix_last_triggered (datetime.datetime | None | Unset): When an automated fix was last started for the
                issue.
            open_periods (list[IssueDetailOpenPeriodsItem] | Unset): The periods in which the issue was open (sent by
                sentry.io since 2025; older
                servers leave it out). The current period has `isOpen: true` and `end: null`.
            participants (list[IssueDetailParticipantsItem] | Unset): Users participating in (subscribed to) the issue.
            tags (list[IssueTagSummary] | Unset): The issue's most common tag keys (absent with `collapse=tags`).
            first_release (IssueRelease | None | Unset): The first release the issue was seen in (absent with
                `collapse=release`).
            last_release (IssueRelease | None | Unset): The latest release the issue was seen in (absent with
                `collapse=release`).
            forecast (IssueDetailForecast | Unset): Escalation forecast (with `expand=forecast`).
            plugin_actions (list[Any] | Unset): Actions offered by legacy plugins (older Sentry versions).
            plugin_issues (list[Any] | Unset): Legacy plugin issue trackers (older Sentry versions).
            plugin_contexts (list[Any] | Unset): Legacy plugin contexts (older Sentry versions).
    """

    id: str
    title: str
    level: str
    status: str
    activity: list[IssueActivity]
    seen_by: list[IssueDetailSeenByItem]
    user_report_count: int
    short_id: str | Unset = UNSET
    culprit: None | str | Unset = UNSET
    permalink: str | Unset = UNSET
    share_id: None | str | Unset = UNSET
    logger: None | str | Unset = UNSET
    status_details: IssueCurrentStatusDetails | Unset = UNSET
    substatus: None | str | Unset = UNSET
    is_public: bool | Unset = UNSET
    platform: None | str | Unset = UNSET
    priority: None | str | Unset = UNSET
    priority_locked_at: datetime.datetime | None | Unset = UNSET
    project: IssueProject | Unset = UNSET
    type_: str | Unset = UNSET
    issue_type: str | Unset = UNSET
    issue_category: str | Unset = UNSET
    metadata: IssueMetadata | Unset = UNSET
    num_comments: int | Unset = UNSET
    assigned_to: IssueAssignee | None | Unset = UNSET
    is_bookmarked: bool | Unset = UNSET
    is_subscribed: bool | Unset = UNSET
    subscription_details: IssueSubscriptionDetails | None | Unset = UNSET
    has_seen: bool | Unset = UNSET
    annotations: list[IssueAnnotation | str] | Unset = UNSET
    is_unhandled: bool | Unset = UNSET
    count: str | Unset = UNSET
    user_count: int | Unset = UNSET
    first_seen: datetime.datetime | None | Unset = UNSET
    last_seen: datetime.datetime | None | Unset = UNSET
    stats: IssueStats | Unset = UNSET
    lifetime: IssueSeenStats | None | Unset = UNSET
    filtered: IssueSeenStats | None | Unset = UNSET
    session_count: int | None | Unset = UNSET
    inbox: IssueInbox | None | Unset = UNSET
    owners: IssueOwner | list[IssueOwner] | None | Unset = UNSET
    integration_issues: list[IssueIntegrationIssuesItem] | Unset = UNSET
    sentry_app_issues: list[IssueSentryAppIssuesItem] | Unset = UNSET
    latest_event_has_attachments: bool | Unset = UNSET
    matching_event_id: None | str | Unset = UNSET
    matching_event_environment: None | str | Unset = UNSET
    derived_data: IssueDerivedData | Unset = UNSET
    seer_fixability_score: float | None | Unset = UNSET
    seer_autofix_last_triggered: datetime.datetime | None | Unset = UNSET
    open_periods: list[IssueDetailOpenPeriodsItem] | Unset = UNSET
    participants: list[IssueDetailParticipantsItem] | Unset = UNSET
    tags: list[IssueTagSummary] | Unset = UNSET
    first_release: IssueRelease | None | Unset = UNSET
    last_release: IssueRelease | None | Unset = UNSET
    forecast: IssueDetailForecast | Unset = UNSET
    plugin_actions: list[Any] | Unset = UNSET
    plugin_issues: list[Any] | Unset = UNSET
    plugin_contexts: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("title", "title", True, None),
        ("level", "level", True, None),
        ("status", "status", True, None),
        (
            "activity",
            "activity",
            True,
            ("list", ("model", "issue_activity:IssueActivity")),
        ),
        (
            "seen_by",
            "seenBy",
            True,
            ("list", ("model", "issue_detail_seen_by_item:IssueDetailSeenByItem")),
        ),
        ("user_report_count", "userReportCount", True, None),
        ("short_id", "shortId", False, None),
        ("culprit", "culprit", False, None),
        ("permalink", "permalink", False, None),
        ("share_id", "shareId", False, None),
        ("logger", "logger", False, None),
        (
            "status_details",
            "statusDetails",
            False,
            ("model", "issue_current_status_details:IssueCurrentStatusDetails"),
        ),
        ("substatus", "substatus", False, None),
        ("is_public", "isPublic", False, None),
        ("platform", "platform", False, None),
        ("priority", "priority", False, None),
        (
            "priority_locked_at",
            "priorityLockedAt",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("project", "project", False, ("model", "issue_project:IssueProject")),
        ("type_", "type", False, None),
        ("issue_type", "issueType", False, None),
        ("issue_category", "issueCategory", False, None),
        ("metadata", "metadata", False, ("model", "issue_metadata:IssueMetadata")),
        ("num_comments", "numComments", False, None),
        (
            "assigned_to",
            "assignedTo",
            False,
            (
                "union",
                (
                    ("model", "issue_assignee:IssueAssignee"),
                    None,
                ),
            ),
        ),
        ("is_bookmarked", "isBookmarked", False, None),
        ("is_subscribed", "isSubscribed", False, None),
        (
            "subscription_details",
            "subscriptionDetails",
            False,
            (
                "union",
                (
                    ("model", "issue_subscription_details:IssueSubscriptionDetails"),
                    None,
                ),
            ),
        ),
        ("has_seen", "hasSeen", False, None),
        (
            "annotations",
            "annotations",
            False,
            (
                "list",
                (
                    "union",
                    (
                        ("model", "issue_annotation:IssueAnnotation"),
                        None,
                    ),
                ),
            ),
        ),
        ("is_unhandled", "isUnhandled", False, None),
        ("count", "count", False, None),
        ("user_count", "userCount", False, None),
        (
            "first_seen",
            "firstSeen",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        (
            "last_seen",
            "lastSeen",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("stats", "stats", False, ("model", "issue_stats:IssueStats")),
        (
            "lifetime",
            "lifetime",
            False,
            (
                "union",
                (
                    ("model", "issue_seen_stats:IssueSeenStats"),
                    None,
                ),
            ),
        ),
        (
            "filtered",
            "filtered",
            False,
            (
                "union",
                (
                    ("model", "issue_seen_stats:IssueSeenStats"),
                    None,
                ),
            ),
        ),
        ("session_count", "sessionCount", False, None),
        (
            "inbox",
            "inbox",
            False,
            (
                "union",
                (
                    ("model", "issue_inbox:IssueInbox"),
                    None,
                ),
            ),
        ),
        (
            "owners",
            "owners",
            False,
            (
                "union",
                (
                    ("list", ("model", "issue_owner:IssueOwner")),
                    ("model", "issue_owner:IssueOwner"),
                    None,
                ),
            ),
        ),
        (
            "integration_issues",
            "integrationIssues",
            False,
            (
                "list",
                ("model", "issue_integration_issues_item:IssueIntegrationIssuesItem"),
            ),
        ),
        (
            "sentry_app_issues",
            "sentryAppIssues",
            False,
            (
                "list",
                ("model", "issue_sentry_app_issues_item:IssueSentryAppIssuesItem"),
            ),
        ),
        ("latest_event_has_attachments", "latestEventHasAttachments", False, None),
        ("matching_event_id", "matchingEventId", False, None),
        ("matching_event_environment", "matchingEventEnvironment", False, None),
        (
            "derived_data",
            "derivedData",
            False,
            ("model", "issue_derived_data:IssueDerivedData"),
        ),
        ("seer_fixability_score", "seerFixabilityScore", False, None),
        (
            "seer_autofix_last_triggered",
            "seerAutofixLastTriggered",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        (
            "open_periods",
            "openPeriods",
            False,
            (
                "list",
                ("model", "issue_detail_open_periods_item:IssueDetailOpenPeriodsItem"),
            ),
        ),
        (
            "participants",
            "participants",
            False,
            (
                "list",
                ("model", "issue_detail_participants_item:IssueDetailParticipantsItem"),
            ),
        ),
        (
            "tags",
            "tags",
            False,
            ("list", ("model", "issue_tag_summary:IssueTagSummary")),
        ),
        (
            "first_release",
            "firstRelease",
            False,
            (
                "union",
                (
                    ("model", "issue_release:IssueRelease"),
                    None,
                ),
            ),
        ),
        (
            "last_release",
            "lastRelease",
            False,
            (
                "union",
                (
                    ("model", "issue_release:IssueRelease"),
                    None,
                ),
            ),
        ),
        (
            "forecast",
            "forecast",
            False,
            ("model", "issue_detail_forecast:IssueDetailForecast"),
        ),
        ("plugin_actions", "pluginActions", False, None),
        ("plugin_issues", "pluginIssues", False, None),
        ("plugin_contexts", "pluginContexts", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.issue_annotation import IssueAnnotation
        from ..models.issue_assignee import IssueAssignee
        from ..models.issue_inbox import IssueInbox
        from ..models.issue_owner import IssueOwner
        from ..models.issue_release import IssueRelease
        from ..models.issue_seen_stats import IssueSeenStats
        from ..models.issue_subscription_details import IssueSubscriptionDetails

        id = self.id

        title = self.title

        level = self.level

        status = self.status

        activity = []
        for activity_item_data in self.activity:
            activity_item = activity_item_data.to_dict()
            activity.append(activity_item)

        seen_by = []
        for seen_by_item_data in self.seen_by:
            seen_by_item = seen_by_item_data.to_dict()
            seen_by.append(seen_by_item)

        user_report_count = self.user_report_count

        short_id = self.short_id

        culprit: None | str | Unset
        if isinstance(self.culprit, Unset):
            culprit = UNSET
        else:
            culprit = self.culprit

        permalink = self.permalink

        share_id: None | str | Unset
        if isinstance(self.share_id, Unset):
            share_id = UNSET
        else:
            share_id = self.share_id

        logger: None | str | Unset
        if isinstance(self.logger, Unset):
            logger = UNSET
        else:
            logger = self.logger

        status_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status_details, Unset):
            status_details = self.status_details.to_dict()

        substatus: None | str | Unset
        if isinstance(self.substatus, Unset):
            substatus = UNSET
        else:
            substatus = self.substatus

        is_public = self.is_public

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        priority: None | str | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        priority_locked_at: None | str | Unset
        if isinstance(self.priority_locked_at, Unset):
            priority_locked_at = UNSET
        elif isinstance(self.priority_locked_at, datetime.datetime):
            priority_locked_at = self.priority_locked_at.isoformat()
        else:
            priority_locked_at = self.priority_locked_at

        project: dict[str, Any] | Unset = UNSET
        if not isinstance(self.project, Unset):
            project = self.project.to_dict()

        type_ = self.type_

        issue_type = self.issue_type

        issue_category = self.issue_category

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        num_comments = self.num_comments

        assigned_to: dict[str, Any] | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        elif isinstance(self.assigned_to, IssueAssignee):
            assigned_to = self.assigned_to.to_dict()
        else:
            assigned_to = self.assigned_to

        is_bookmarked = self.is_bookmarked

        is_subscribed = self.is_subscribed

        subscription_details: dict[str, Any] | None | Unset
        if isinstance(self.subscription_details, Unset):
            subscription_details = UNSET
        elif isinstance(self.subscription_details, IssueSubscriptionDetails):
            subscription_details = self.subscription_details.to_dict()
        else:
            subscription_details = self.subscription_details

        has_seen = self.has_seen

        annotations: list[dict[str, Any] | str] | Unset = UNSET
        if not isinstance(self.annotations, Unset):
            annotations = []
            for annotations_item_data in self.annotations:
                annotations_item: dict[str, Any] | str
                if isinstance(annotations_item_data, IssueAnnotation):
                    annotations_item = annotations_item_data.to_dict()
                else:
                    annotations_item = annotations_item_data
                annotations.append(annotations_item)

        is_unhandled = self.is_unhandled

        count = self.count

        user_count = self.user_count

        first_seen: None | str | Unset
        if isinstance(self.first_seen, Unset):
            first_seen = UNSET
        elif isinstance(self.first_seen, datetime.datetime):
            first_seen = self.first_seen.isoformat()
        else:
            first_seen = self.first_seen

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat()
        else:
            last_seen = self.last_seen

        stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = self.stats.to_dict()

        lifetime: dict[str, Any] | None | Unset
        if isinstance(self.lifetime, Unset):
            lifetime = UNSET
        elif isinstance(self.lifetime, IssueSeenStats):
            lifetime = self.lifetime.to_dict()
        else:
            lifetime = self.lifetime

        filtered: dict[str, Any] | None | Unset
        if isinstance(self.filtered, Unset):
            filtered = UNSET
        elif isinstance(self.filtered, IssueSeenStats):
            filtered = self.filtered.to_dict()
        else:
            filtered = self.filtered

        session_count: int | None | Unset
        if isinstance(self.session_count, Unset):
            session_count = UNSET
        else:
            session_count = self.session_count

        inbox: dict[str, Any] | None | Unset
        if isinstance(self.inbox, Unset):
            inbox = UNSET
        elif isinstance(self.inbox, IssueInbox):
            inbox = self.inbox.to_dict()
        else:
            inbox = self.inbox

        owners: dict[str, Any] | list[dict[str, Any]] | None | Unset
        if isinstance(self.owners, Unset):
            owners = UNSET
        elif isinstance(self.owners, list):
            owners = []
            for owners_type_0_item_data in self.owners:
                owners_type_0_item = owners_type_0_item_data.to_dict()
                owners.append(owners_type_0_item)

        elif isinstance(self.owners, IssueOwner):
            owners = self.owners.to_dict()
        else:
            owners = self.owners

        integration_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.integration_issues, Unset):
            integration_issues = []
            for integration_issues_item_data in self.integration_issues:
                integration_issues_item = integration_issues_item_data.to_dict()
                integration_issues.append(integration_issues_item)

        sentry_app_issues: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sentry_app_issues, Unset):
            sentry_app_issues = []
            for sentry_app_issues_item_data in self.sentry_app_issues:
                sentry_app_issues_item = sentry_app_issues_item_data.to_dict()
                sentry_app_issues.append(sentry_app_issues_item)

        latest_event_has_attachments = self.latest_event_has_attachments

        matching_event_id: None | str | Unset
        if isinstance(self.matching_event_id, Unset):
            matching_event_id = UNSET
        else:
            matching_event_id = self.matching_event_id

        matching_event_environment: None | str | Unset
        if isinstance(self.matching_event_environment, Unset):
            matching_event_environment = UNSET
        else:
            matching_event_environment = self.matching_event_environment

        derived_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.derived_data, Unset):
            derived_data = self.derived_data.to_dict()

        seer_fixability_score: float | None | Unset
        if isinstance(self.seer_fixability_score, Unset):
            seer_fixability_score = UNSET
        else:
            seer_fixability_score = self.seer_fixability_score

        seer_autofix_last_triggered: None | str | Unset
        if isinstance(self.seer_autofix_last_triggered, Unset):
            seer_autofix_last_triggered = UNSET
        elif isinstance(self.seer_autofix_last_triggered, datetime.datetime):
            seer_autofix_last_triggered = self.seer_autofix_last_triggered.isoformat()
        else:
            seer_autofix_last_triggered = self.seer_autofix_last_triggered

        open_periods: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.open_periods, Unset):
            open_periods = []
            for open_periods_item_data in self.open_periods:
                open_periods_item = open_periods_item_data.to_dict()
                open_periods.append(open_periods_item)

        participants: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.participants, Unset):
            participants = []
            for participants_item_data in self.participants:
                participants_item = participants_item_data.to_dict()
                participants.append(participants_item)

        tags: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = []
            for tags_item_data in self.tags:
                tags_item = tags_item_data.to_dict()
                tags.append(tags_item)

        first_release: dict[str, Any] | None | Unset
        if isinstance(self.first_release, Unset):
            first_release = UNSET
        elif isinstance(self.first_release, IssueRelease):
            first_release = self.first_release.to_dict()
        else:
            first_release = self.first_release

        last_release: dict[str, Any] | None | Unset
        if isinstance(self.last_release, Unset):
            last_release = UNSET
        elif isinstance(self.last_release, IssueRelease):
            last_release = self.last_release.to_dict()
        else:
            last_release = self.last_release

        forecast: dict[str, Any] | Unset = UNSET
        if not isinstance(self.forecast, Unset):
            forecast = self.forecast.to_dict()

        plugin_actions: list[Any] | Unset = UNSET
        if not isinstance(self.plugin_actions, Unset):
            plugin_actions = self.plugin_actions

        plugin_issues: list[Any] | Unset = UNSET
        if not isinstance(self.plugin_issues, Unset):
            plugin_issues = self.plugin_issues

        plugin_contexts: list[Any] | Unset = UNSET
        if not isinstance(self.plugin_contexts, Unset):
            plugin_contexts = self.plugin_contexts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "level": level,
                "status": status,
                "activity": activity,
                "seenBy": seen_by,
                "userReportCount": user_report_count,
            }
        )
        if short_id is not UNSET:
            field_dict["shortId"] = short_id
        if culprit is not UNSET:
            field_dict["culprit"] = culprit
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if share_id is not UNSET:
            field_dict["shareId"] = share_id
        if logger is not UNSET:
            field_dict["logger"] = logger
        if status_details is not UNSET:
            field_dict["statusDetails"] = status_details
        if substatus is not UNSET:
            field_dict["substatus"] = substatus
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if platform is not UNSET:
            field_dict["platform"] = platform
        if priority is not UNSET:
            field_dict["priority"] = priority
        if priority_locked_at is not UNSET:
            field_dict["priorityLockedAt"] = priority_locked_at
        if project is not UNSET:
            field_dict["project"] = project
        if type_ is not UNSET:
            field_dict["type"] = type_
        if issue_type is not UNSET:
            field_dict["issueType"] = issue_type
        if issue_category is not UNSET:
            field_dict["issueCategory"] = issue_category
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if num_comments is not UNSET:
            field_dict["numComments"] = num_comments
        if assigned_to is not UNSET:
            field_dict["assignedTo"] = assigned_to
        if is_bookmarked is not UNSET:
            field_dict["isBookmarked"] = is_bookmarked
        if is_subscribed is not UNSET:
            field_dict["isSubscribed"] = is_subscribed
        if subscription_details is not UNSET:
            field_dict["subscriptionDetails"] = subscription_details
        if has_seen is not UNSET:
            field_dict["hasSeen"] = has_seen
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if is_unhandled is not UNSET:
            field_dict["isUnhandled"] = is_unhandled
        if count is not UNSET:
            field_dict["count"] = count
        if user_count is not UNSET:
            field_dict["userCount"] = user_count
        if first_seen is not UNSET:
            field_dict["firstSeen"] = first_seen
        if last_seen is not UNSET:
            field_dict["lastSeen"] = last_seen
        if stats is not UNSET:
            field_dict["stats"] = stats
        if lifetime is not UNSET:
            field_dict["lifetime"] = lifetime
        if filtered is not UNSET:
            field_dict["filtered"] = filtered
        if session_count is not UNSET:
            field_dict["sessionCount"] = session_count
        if inbox is not UNSET:
            field_dict["inbox"] = inbox
        if owners is not UNSET:
            field_dict["owners"] = owners
        if integration_issues is not UNSET:
            field_dict["integrationIssues"] = integration_issues
        if sentry_app_issues is not UNSET:
            field_dict["sentryAppIssues"] = sentry_app_issues
        if latest_event_has_attachments is not UNSET:
            field_dict["latestEventHasAttachments"] = latest_event_has_attachments
        if matching_event_id is not UNSET:
            field_dict["matchingEventId"] = matching_event_id
        if matching_event_environment is not UNSET:
            field_dict["matchingEventEnvironment"] = matching_event_environment
        if derived_data is not UNSET:
            field_dict["derivedData"] = derived_data
        if seer_fixability_score is not UNSET:
            field_dict["seerFixabilityScore"] = seer_fixability_score
        if seer_autofix_last_triggered is not UNSET:
            field_dict["seerAutofixLastTriggered"] = seer_autofix_last_triggered
        if open_periods is not UNSET:
            field_dict["openPeriods"] = open_periods
        if participants is not UNSET:
            field_dict["participants"] = participants
        if tags is not UNSET:
            field_dict["tags"] = tags
        if first_release is not UNSET:
            field_dict["firstRelease"] = first_release
        if last_release is not UNSET:
            field_dict["lastRelease"] = last_release
        if forecast is not UNSET:
            field_dict["forecast"] = forecast
        if plugin_actions is not UNSET:
            field_dict["pluginActions"] = plugin_actions
        if plugin_issues is not UNSET:
            field_dict["pluginIssues"] = plugin_issues
        if plugin_contexts is not UNSET:
            field_dict["pluginContexts"] = plugin_contexts

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.issue_activity import IssueActivity
        from ..models.issue_annotation import IssueAnnotation
        from ..models.issue_assignee import IssueAssignee
        from ..models.issue_current_status_details import IssueCurrentStatusDetails
        from ..models.issue_derived_data import IssueDerivedData
        from ..models.issue_detail_forecast import IssueDetailForecast
        from ..models.issue_detail_open_periods_item import IssueDetailOpenPeriodsItem
        from ..models.issue_detail_participants_item import IssueDetailParticipantsItem
        from ..models.issue_detail_seen_by_item import IssueDetailSeenByItem
        from ..models.issue_inbox import IssueInbox
        from ..models.issue_integration_issues_item import IssueIntegrationIssuesItem
        from ..models.issue_metadata import IssueMetadata
        from ..models.issue_owner import IssueOwner
        from ..models.issue_project import IssueProject
        from ..models.issue_release import IssueRelease
        from ..models.issue_seen_stats import IssueSeenStats
        from ..models.issue_sentry_app_issues_item import IssueSentryAppIssuesItem
        from ..models.issue_stats import IssueStats
        from ..models.issue_subscription_details import IssueSubscriptionDetails
        from ..models.issue_tag_summary import IssueTagSummary

        d = dict(src_dict)
        id = d.pop("id")

        title = d.pop("title")

        level = d.pop("level")

        status = d.pop("status")

        activity = []
        _activity = d.pop("activity")
        for activity_item_data in _activity:
            activity_item = IssueActivity.from_dict(activity_item_data)

            activity.append(activity_item)

        seen_by = []
        _seen_by = d.pop("seenBy")
        for seen_by_item_data in _seen_by:
            seen_by_item = IssueDetailSeenByItem.from_dict(seen_by_item_data)

            seen_by.append(seen_by_item)

        user_report_count = d.pop("userReportCount")

        short_id = d.pop("shortId", UNSET)

        def _parse_culprit(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        culprit = _parse_culprit(d.pop("culprit", UNSET))

        permalink = d.pop("permalink", UNSET)

        def _parse_share_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        share_id = _parse_share_id(d.pop("shareId", UNSET))

        def _parse_logger(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logger = _parse_logger(d.pop("logger", UNSET))

        _status_details = d.pop("statusDetails", UNSET)
        status_details: IssueCurrentStatusDetails | Unset
        if isinstance(_status_details, Unset):
            status_details = UNSET
        else:
            status_details = IssueCurrentStatusDetails.from_dict(_status_details)

        def _parse_substatus(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        substatus = _parse_substatus(d.pop("substatus", UNSET))

        is_public = d.pop("isPublic", UNSET)

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        def _parse_priority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_priority_locked_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                priority_locked_at_type_0 = parse_datetime(data)

                return priority_locked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        priority_locked_at = _parse_priority_locked_at(d.pop("priorityLockedAt", UNSET))

        _project = d.pop("project", UNSET)
        project: IssueProject | Unset
        if isinstance(_project, Unset):
            project = UNSET
        else:
            project = IssueProject.from_dict(_project)

        type_ = d.pop("type", UNSET)

        issue_type = d.pop("issueType", UNSET)

        issue_category = d.pop("issueCategory", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: IssueMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = IssueMetadata.from_dict(_metadata)

        num_comments = d.pop("numComments", UNSET)

        def _parse_assigned_to(data: object) -> IssueAssignee | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                assigned_to_type_0 = IssueAssignee.from_dict(data)

                return assigned_to_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueAssignee | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assignedTo", UNSET))

        is_bookmarked = d.pop("isBookmarked", UNSET)

        is_subscribed = d.pop("isSubscribed", UNSET)

        def _parse_subscription_details(
            data: object,
        ) -> IssueSubscriptionDetails | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                subscription_details_type_0 = IssueSubscriptionDetails.from_dict(data)

                return subscription_details_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueSubscriptionDetails | None | Unset, data)

        subscription_details = _parse_subscription_details(d.pop("subscriptionDetails", UNSET))

        has_seen = d.pop("hasSeen", UNSET)

        _annotations = d.pop("annotations", UNSET)
        annotations: list[IssueAnnotation | str] | Unset = UNSET
        if _annotations is not UNSET:
            annotations = []
            for annotations_item_data in _annotations:

                def _parse_annotations_item(data: object) -> IssueAnnotation | str:
                    try:
                        if not isinstance(data, dict):
                            raise TypeError()
                        annotations_item_type_0 = IssueAnnotation.from_dict(data)

                        return annotations_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(IssueAnnotation | str, data)

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

        is_unhandled = d.pop("isUnhandled", UNSET)

        count = d.pop("count", UNSET)

        user_count = d.pop("userCount", UNSET)

        def _parse_first_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_seen_type_0 = parse_datetime(data)

                return first_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_seen = _parse_first_seen(d.pop("firstSeen", UNSET))

        def _parse_last_seen(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_seen_type_0 = parse_datetime(data)

                return last_seen_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_seen = _parse_last_seen(d.pop("lastSeen", UNSET))

        _stats = d.pop("stats", UNSET)
        stats: IssueStats | Unset
        if isinstance(_stats, Unset):
            stats = UNSET
        else:
            stats = IssueStats.from_dict(_stats)

        def _parse_lifetime(data: object) -> IssueSeenStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                lifetime_type_0 = IssueSeenStats.from_dict(data)

                return lifetime_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueSeenStats | None | Unset, data)

        lifetime = _parse_lifetime(d.pop("lifetime", UNSET))

        def _parse_filtered(data: object) -> IssueSeenStats | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filtered_type_0 = IssueSeenStats.from_dict(data)

                return filtered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueSeenStats | None | Unset, data)

        filtered = _parse_filtered(d.pop("filtered", UNSET))

        def _parse_session_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        session_count = _parse_session_count(d.pop("sessionCount", UNSET))

        def _parse_inbox(data: object) -> IssueInbox | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                inbox_type_0 = IssueInbox.from_dict(data)

                return inbox_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueInbox | None | Unset, data)

        inbox = _parse_inbox(d.pop("inbox", UNSET))

        def _parse_owners(data: object) -> IssueOwner | list[IssueOwner] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                owners_type_0 = []
                _owners_type_0 = data
                for owners_type_0_item_data in _owners_type_0:
                    owners_type_0_item = IssueOwner.from_dict(owners_type_0_item_data)

                    owners_type_0.append(owners_type_0_item)

                return owners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owners_type_1 = IssueOwner.from_dict(data)

                return owners_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueOwner | list[IssueOwner] | None | Unset, data)

        owners = _parse_owners(d.pop("owners", UNSET))

        _integration_issues = d.pop("integrationIssues", UNSET)
        integration_issues: list[IssueIntegrationIssuesItem] | Unset = UNSET
        if _integration_issues is not UNSET:
            integration_issues = []
            for integration_issues_item_data in _integration_issues:
                integration_issues_item = IssueIntegrationIssuesItem.from_dict(
                    integration_issues_item_data
                )

                integration_issues.append(integration_issues_item)

        _sentry_app_issues = d.pop("sentryAppIssues", UNSET)
        sentry_app_issues: list[IssueSentryAppIssuesItem] | Unset = UNSET
        if _sentry_app_issues is not UNSET:
            sentry_app_issues = []
            for sentry_app_issues_item_data in _sentry_app_issues:
                sentry_app_issues_item = IssueSentryAppIssuesItem.from_dict(
                    sentry_app_issues_item_data
                )

                sentry_app_issues.append(sentry_app_issues_item)

        latest_event_has_attachments = d.pop("latestEventHasAttachments", UNSET)

        def _parse_matching_event_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_event_id = _parse_matching_event_id(d.pop("matchingEventId", UNSET))

        def _parse_matching_event_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        matching_event_environment = _parse_matching_event_environment(
            d.pop("matchingEventEnvironment", UNSET)
        )

        _derived_data = d.pop("derivedData", UNSET)
        derived_data: IssueDerivedData | Unset
        if isinstance(_derived_data, Unset):
            derived_data = UNSET
        else:
            derived_data = IssueDerivedData.from_dict(_derived_data)

        def _parse_seer_fixability_score(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        seer_fixability_score = _parse_seer_fixability_score(d.pop("seerFixabilityScore", UNSET))

        def _parse_seer_autofix_last_triggered(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                seer_autofix_last_triggered_type_0 = parse_datetime(data)

                return seer_autofix_last_triggered_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        seer_autofix_last_triggered = _parse_seer_autofix_last_triggered(
            d.pop("seerAutofixLastTriggered", UNSET)
        )

        _open_periods = d.pop("openPeriods", UNSET)
        open_periods: list[IssueDetailOpenPeriodsItem] | Unset = UNSET
        if _open_periods is not UNSET:
            open_periods = []
            for open_periods_item_data in _open_periods:
                open_periods_item = IssueDetailOpenPeriodsItem.from_dict(open_periods_item_data)

                open_periods.append(open_periods_item)

        _participants = d.pop("participants", UNSET)
        participants: list[IssueDetailParticipantsItem] | Unset = UNSET
        if _participants is not UNSET:
            participants = []
            for participants_item_data in _participants:
                participants_item = IssueDetailParticipantsItem.from_dict(participants_item_data)

                participants.append(participants_item)

        _tags = d.pop("tags", UNSET)
        tags: list[IssueTagSummary] | Unset = UNSET
        if _tags is not UNSET:
            tags = []
            for tags_item_data in _tags:
                tags_item = IssueTagSummary.from_dict(tags_item_data)

                tags.append(tags_item)

        def _parse_first_release(data: object) -> IssueRelease | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                first_release_type_0 = IssueRelease.from_dict(data)

                return first_release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueRelease | None | Unset, data)

        first_release = _parse_first_release(d.pop("firstRelease", UNSET))

        def _parse_last_release(data: object) -> IssueRelease | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                last_release_type_0 = IssueRelease.from_dict(data)

                return last_release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IssueRelease | None | Unset, data)

        last_release = _parse_last_release(d.pop("lastRelease", UNSET))

        _forecast = d.pop("forecast", UNSET)
        forecast: IssueDetailForecast | Unset
        if isinstance(_forecast, Unset):
            forecast = UNSET
        else:
            forecast = IssueDetailForecast.from_dict(_forecast)

        plugin_actions = cast(list[Any], d.pop("pluginActions", UNSET))

        plugin_issues = cast(list[Any], d.pop("pluginIssues", UNSET))

        plugin_contexts = cast(list[Any], d.pop("pluginContexts", UNSET))

        issue_detail = cls(
            id=id,
            title=title,
            level=level,
            status=status,
            activity=activity,
            seen_by=seen_by,
            user_report_count=user_report_count,
            short_id=short_id,
            culprit=culprit,
            permalink=permalink,
            share_id=share_id,
            logger=logger,
            status_details=status_details,
            substatus=substatus,
            is_public=is_public,
            platform=platform,
            priority=priority,
            priority_locked_at=priority_locked_at,
            project=project,
            type_=type_,
            issue_type=issue_type,
            issue_category=issue_category,
            metadata=metadata,
            num_comments=num_comments,
            assigned_to=assigned_to,
            is_bookmarked=is_bookmarked,
            is_subscribed=is_subscribed,
            subscription_details=subscription_details,
            has_seen=has_seen,
            annotations=annotations,
            is_unhandled=is_unhandled,
            count=count,
            user_count=user_count,
            first_seen=first_seen,
            last_seen=last_seen,
            stats=stats,
            lifetime=lifetime,
            filtered=filtered,
            session_count=session_count,
            inbox=inbox,
            owners=owners,
            integration_issues=integration_issues,
            sentry_app_issues=sentry_app_issues,
            latest_event_has_attachments=latest_event_has_attachments,
            matching_event_id=matching_event_id,
            matching_event_environment=matching_event_environment,
            derived_data=derived_data,
            seer_fixability_score=seer_fixability_score,
            seer_autofix_last_triggered=seer_autofix_last_triggered,
            open_periods=open_periods,
            participants=participants,
            tags=tags,
            first_release=first_release,
            last_release=last_release,
            forecast=forecast,
            plugin_actions=plugin_actions,
            plugin_issues=plugin_issues,
            plugin_contexts=plugin_contexts,
        )

        issue_detail.additional_properties = d
        return issue_detail

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

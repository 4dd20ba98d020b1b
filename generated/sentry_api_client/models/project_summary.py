from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project_core_session_stats import ProjectCoreSessionStats
    from ..models.project_event_processing import ProjectEventProcessing
    from ..models.project_latest_release import ProjectLatestRelease
    from ..models.project_summary_latest_deploys_type_0 import (
        ProjectSummaryLatestDeploysType0,
    )
    from ..models.project_summary_options import ProjectSummaryOptions
    from ..models.project_team_ref import ProjectTeamRef


T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """A project summary, as Sentry lists an organization's or a team's projects and answers a
    project creation.

        Attributes:
            id (str): The project's numeric ID, as a string.
            slug (str):
            name (str):
            date_created (datetime.datetime):
            platform (None | str | Unset): The project's main platform, e.g. `python-django` or `javascript-react`.
            is_bookmarked (bool | Unset): Whether the caller starred the project.
            is_member (bool | Unset): Whether the caller is in one of the project's teams.
            features (list[str] | Unset): Project feature flags, e.g. `releases`, `minidump`.
            first_event (datetime.datetime | None | Unset): When the first event arrived; null for a project without events.
            first_transaction_event (bool | Unset): Whether a transaction (tracing) event has been received.
            access (list[str] | Unset): The scopes the caller holds on this project.
            has_access (bool | Unset): Whether the caller may see the project.
            has_feedbacks (bool | Unset):
            has_flags (bool | Unset):
            has_minified_stack_trace (bool | Unset):
            has_monitors (bool | Unset): Whether the project has cron monitors.
            has_new_feedbacks (bool | Unset):
            has_profiles (bool | Unset):
            has_replays (bool | Unset):
            has_sessions (bool | Unset): Whether release-health sessions have been received.
            has_insights_http (bool | Unset):
            has_insights_db (bool | Unset):
            has_insights_assets (bool | Unset):
            has_insights_app_start (bool | Unset):
            has_insights_screen_load (bool | Unset):
            has_insights_vitals (bool | Unset):
            has_insights_caches (bool | Unset):
            has_insights_queues (bool | Unset):
            has_insights_llm_monitoring (bool | Unset): Older name of `hasInsightsAgentMonitoring`.
            has_insights_agent_monitoring (bool | Unset):
            has_insights_mcp (bool | Unset):
            has_logs (bool | Unset):
            has_trace_metrics (bool | Unset):
            stats (list[list[float]] | Unset): Event counts over time as `[timestamp, count]` pairs (only with
                `statsPeriod`).
            transaction_stats (list[list[float]] | Unset): Transaction counts over time as `[timestamp, count]` pairs (only
                when asked for).
            session_stats (ProjectCoreSessionStats | Unset): Crash-free rates (only when asked for).
            team (None | ProjectTeamRef | Unset): Deprecated; the first of `teams`, or null for a project without a team.
            teams (list[ProjectTeamRef] | Unset):
            platforms (list[str] | Unset): Every platform seen in the project's events.
            environments (list[str] | Unset): The project's visible environment names.
            event_processing (ProjectEventProcessing | Unset): Event processing state.
            has_user_reports (bool | Unset): Whether users have sent feedback reports.
            latest_release (None | ProjectLatestRelease | Unset):
            latest_deploys (None | ProjectSummaryLatestDeploysType0 | Unset): The latest finished deploy per environment
                name (left out in some views).
            options (ProjectSummaryOptions | Unset): Project options the caller asked for.
    """

    id: str
    slug: str
    name: str
    date_created: datetime.datetime
    platform: None | str | Unset = UNSET
    is_bookmarked: bool | Unset = UNSET
    is_member: bool | Unset = UNSET
    features: list[str] | Unset = UNSET
    first_event: datetime.datetime | None | Unset = UNSET
    first_transaction_event: bool | Unset = UNSET
    access: list[str] | Unset = UNSET
    has_access: bool | Unset = UNSET
    has_feedbacks: bool | Unset = UNSET
    has_flags: bool | Unset = UNSET
    has_minified_stack_trace: bool | Unset = UNSET
    has_monitors: bool | Unset = UNSET
    has_new_feedbacks: bool | Unset = UNSET
    has_profiles: bool | Unset = UNSET
    has_replays: bool | Unset = UNSET
    has_sessions: bool | Unset = UNSET
    has_insights_http: bool | Unset = UNSET
    has_insights_db: bool | Unset = UNSET
    has_insights_assets: bool | Unset = UNSET
    has_insights_app_start: bool | Unset = UNSET
    has_insights_screen_load: bool | Unset = UNSET
    has_insights_vitals: bool | Unset = UNSET
    has_insights_caches: bool | Unset = UNSET
    has_insights_queues: bool | Unset = UNSET
    has_insights_llm_monitoring: bool | Unset = UNSET
    has_insights_agent_monitoring: bool | Unset = UNSET
    has_insights_mcp: bool | Unset = UNSET
    has_logs: bool | Unset = UNSET
    has_trace_metrics: bool | Unset = UNSET
    stats: list[list[float]] | Unset = UNSET
    transaction_stats: list[list[float]] | Unset = UNSET
    session_stats: ProjectCoreSessionStats | Unset = UNSET
    team: None | ProjectTeamRef | Unset = UNSET
    teams: list[ProjectTeamRef] | Unset = UNSET
    platforms: list[str] | Unset = UNSET
    environments: list[str] | Unset = UNSET
    event_processing: ProjectEventProcessing | Unset = UNSET
    has_user_reports: bool | Unset = UNSET
    latest_release: None | ProjectLatestRelease | Unset = UNSET
    latest_deploys: None | ProjectSummaryLatestDeploysType0 | Unset = UNSET
    options: ProjectSummaryOptions | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("slug", "slug", True, None),
        ("name", "name", True, None),
        ("date_created", "dateCreated", True, "datetime"),
        ("platform", "platform", False, None),
        ("is_bookmarked", "isBookmarked", False, None),
        ("is_member", "isMember", False, None),
        ("features", "features", False, None),
        (
            "first_event",
            "firstEvent",
            False,
            (
                "union",
                (
                    "datetime",
                    None,
                ),
            ),
        ),
        ("first_transaction_event", "firstTransactionEvent", False, None),
        ("access", "access", False, None),
        ("has_access", "hasAccess", False, None),
        ("has_feedbacks", "hasFeedbacks", False, None),
        ("has_flags", "hasFlags", False, None),
        ("has_minified_stack_trace", "hasMinifiedStackTrace", False, None),
        ("has_monitors", "hasMonitors", False, None),
        ("has_new_feedbacks", "hasNewFeedbacks", False, None),
        ("has_profiles", "hasProfiles", False, None),
        ("has_replays", "hasReplays", False, None),
        ("has_sessions", "hasSessions", False, None),
        ("has_insights_http", "hasInsightsHttp", False, None),
        ("has_insights_db", "hasInsightsDb", False, None),
        ("has_insights_assets", "hasInsightsAssets", False, None),
        ("has_insights_app_start", "hasInsightsAppStart", False, None),
        ("has_insights_screen_load", "hasInsightsScreenLoad", False, None),
        ("has_insights_vitals", "hasInsightsVitals", False, None),
        ("has_insights_caches", "hasInsightsCaches", False, None),
        ("has_insights_queues", "hasInsightsQueues", False, None),
        ("has_insights_llm_monitoring", "hasInsightsLlmMonitoring", False, None),
        ("has_insights_agent_monitoring", "hasInsightsAgentMonitoring", False, None),
        ("has_insights_mcp", "hasInsightsMCP", False, None),
        ("has_logs", "hasLogs", False, None),
        ("has_trace_metrics", "hasTraceMetrics", False, None),
        ("stats", "stats", False, None),
        ("transaction_stats", "transactionStats", False, None),
        (
            "session_stats",
            "sessionStats",
            False,
            ("model", "project_core_session_stats:ProjectCoreSessionStats"),
        ),
        (
            "team",
            "team",
            False,
            (
                "union",
                (
                    ("model", "project_team_ref:ProjectTeamRef"),
                    None,
                ),
            ),
        ),
        (
            "teams",
            "teams",
            False,
            ("list", ("model", "project_team_ref:ProjectTeamRef")),
        ),
        ("platforms", "platforms", False, None),
        ("environments", "environments", False, None),
        (
            "event_processing",
            "eventProcessing",
            False,
            ("model", "project_event_processing:ProjectEventProcessing"),
        ),
        ("has_user_reports", "hasUserReports", False, None),
        (
            "latest_release",
            "latestRelease",
            False,
            (
                "union",
                (
                    ("model", "project_latest_release:ProjectLatestRelease"),
                    None,
                ),
            ),
        ),
        (
            "latest_deploys",
            "latestDeploys",
            False,
            (
                "union",
                (
                    (
                        "model",
                        "project_summary_latest_deploys_type_0:ProjectSummaryLatestDeploysType0",
                    ),
                    None,
                ),
            ),
        ),
        (
            "options",
            "options",
            False,
            ("model", "project_summary_options:ProjectSummaryOptions"),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_latest_release import ProjectLatestRelease
        from ..models.project_summary_latest_deploys_type_0 import (
            ProjectSummaryLatestDeploysType0,
        )
        from ..models.project_team_ref import ProjectTeamRef

        id = self.id

        slug = self.slug

        name = self.name

        date_created = self.date_created.isoformat()

        platform: None | str | Unset
        if isinstance(self.platform, Unset):
            platform = UNSET
        else:
            platform = self.platform

        is_bookmarked = self.is_bookmarked

        is_member = self.is_member

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        first_event: None | str | Unset
        if isinstance(self.first_event, Unset):
            first_event = UNSET
        elif isinstance(self.first_event, datetime.datetime):
            first_event = self.first_event.isoformat()
        else:
            first_event = self.first_event

        first_transaction_event = self.first_transaction_event

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access

        has_access = self.has_access

        has_feedbacks = self.has_feedbacks

        has_flags = self.has_flags

        has_minified_stack_trace = self.has_minified_stack_trace

        has_monitors = self.has_monitors

        has_new_feedbacks = self.has_new_feedbacks

        has_profiles = self.has_profiles

        has_replays = self.has_replays

        has_sessions = self.has_sessions

        has_insights_http = self.has_insights_http

        has_insights_db = self.has_insights_db

        has_insights_assets = self.has_insights_assets

        has_insights_app_start = self.has_insights_app_start

        has_insights_screen_load = self.has_insights_screen_load

        has_insights_vitals = self.has_insights_vitals

        has_insights_caches = self.has_insights_caches

        has_insights_queues = self.has_insights_queues

        has_insights_llm_monitoring = self.has_insights_llm_monitoring

        has_insights_agent_monitoring = self.has_insights_agent_monitoring

        has_insights_mcp = self.has_insights_mcp

        has_logs = self.has_logs

        has_trace_metrics = self.has_trace_metrics

        stats: list[list[float]] | Unset = UNSET
        if not isinstance(self.stats, Unset):
            stats = []
            for stats_item_data in self.stats:
                stats_item = stats_item_data

                stats.append(stats_item)

        transaction_stats: list[list[float]] | Unset = UNSET
        if not isinstance(self.transaction_stats, Unset):
            transaction_stats = []
            for transaction_stats_item_data in self.transaction_stats:
                transaction_stats_item = transaction_stats_item_data

                transaction_stats.append(transaction_stats_item)

        session_stats: dict[str, Any] | Unset = UNSET
        if not isinstance(self.session_stats, Unset):
            session_stats = self.session_stats.to_dict()

        team: dict[str, Any] | None | Unset
        if isinstance(self.team, Unset):
            team = UNSET
        elif isinstance(self.team, ProjectTeamRef):
            team = self.team.to_dict()
        else:
            team = self.team

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        environments: list[str] | Unset = UNSET
        if not isinstance(self.environments, Unset):
            environments = self.environments

        event_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_processing, Unset):
            event_processing = self.event_processing.to_dict()

        has_user_reports = self.has_user_reports

        latest_release: dict[str, Any] | None | Unset
        if isinstance(self.latest_release, Unset):
            latest_release = UNSET
        elif isinstance(self.latest_release, ProjectLatestRelease):
            latest_release = self.latest_release.to_dict()
        else:
            latest_release = self.latest_release

        latest_deploys: dict[str, Any] | None | Unset
        if isinstance(self.latest_deploys, Unset):
            latest_deploys = UNSET
        elif isinstance(self.latest_deploys, ProjectSummaryLatestDeploysType0):
            latest_deploys = self.latest_deploys.to_dict()
        else:
            latest_deploys = self.latest_deploys

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
                "dateCreated": date_created,
            }
        )
        if platform is not UNSET:
            field_dict["platform"] = platform
        if is_bookmarked is not UNSET:
            field_dict["isBookmarked"] = is_bookmarked
        if is_member is not UNSET:
            field_dict["isMember"] = is_member
        if features is not UNSET:
            field_dict["features"] = features
        if first_event is not UNSET:
            field_dict["firstEvent"] = first_event
        if first_transaction_event is not UNSET:
            field_dict["firstTransactionEvent"] = first_transaction_event
        if access is not UNSET:
            field_dict["access"] = access
        if has_access is not UNSET:
            field_dict["hasAccess"] = has_access
        if has_feedbacks is not UNSET:
            field_dict["hasFeedbacks"] = has_feedbacks
        if has_flags is not UNSET:
            field_dict["hasFlags"] = has_flags
        if has_minified_stack_trace is not UNSET:
            field_dict["hasMinifiedStackTrace"] = has_minified_stack_trace
        if has_monitors is not UNSET:
            field_dict["hasMonitors"] = has_monitors
        if has_new_feedbacks is not UNSET:
            field_dict["hasNewFeedbacks"] = has_new_feedbacks
        if has_profiles is not UNSET:
            field_dict["hasProfiles"] = has_profiles
        if has_replays is not UNSET:
            field_dict["hasReplays"] = has_replays
        if has_sessions is not UNSET:
            field_dict["hasSessions"] = has_sessions
        if has_insights_http is not UNSET:
            field_dict["hasInsightsHttp"] = has_insights_http
        if has_insights_db is not UNSET:
            field_dict["hasInsightsDb"] = has_insights_db
        if has_insights_assets is not UNSET:
            field_dict["hasInsightsAssets"] = has_insights_assets
        if has_insights_app_start is not UNSET:
            field_dict["hasInsightsAppStart"] = has_insights_app_start
        if has_insights_screen_load is not UNSET:
            field_dict["hasInsightsScreenLoad"] = has_insights_screen_load
        if has_insights_vitals is not UNSET:
            field_dict["hasInsightsVitals"] = has_insights_vitals
        if has_insights_caches is not UNSET:
            field_dict["hasInsightsCaches"] = has_insights_caches
        if has_insights_queues is not UNSET:
            field_dict["hasInsightsQueues"] = has_insights_queues
        if has_insights_llm_monitoring is not UNSET:
            field_dict["hasInsightsLlmMonitoring"] = has_insights_llm_monitoring
        if has_insights_agent_monitoring is not UNSET:
            field_dict["hasInsightsAgentMonitoring"] = has_insights_agent_monitoring
        if has_insights_mcp is not UNSET:
            field_dict["hasInsightsMCP"] = has_insights_mcp
        if has_logs is not UNSET:
            field_dict["hasLogs"] = has_logs
        if has_trace_metrics is not UNSET:
            field_dict["hasTraceMetrics"] = has_trace_metrics
        if stats is not UNSET:
            field_dict["stats"] = stats
        if transaction_stats is not UNSET:
            field_dict["transactionStats"] = transaction_stats
        if session_stats is not UNSET:
            field_dict["sessionStats"] = session_stats
        if team is not UNSET:
            field_dict["team"] = team
        if teams is not UNSET:
            field_dict["teams"] = teams
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if environments is not UNSET:
            field_dict["environments"] = environments
        if event_processing is not UNSET:
            field_dict["eventProcessing"] = event_processing
        if has_user_reports is not UNSET:
            field_dict["hasUserReports"] = has_user_reports
        if latest_release is not UNSET:
            field_dict["latestRelease"] = latest_release
        if latest_deploys is not UNSET:
            field_dict["latestDeploys"] = latest_deploys
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project_core_session_stats import ProjectCoreSessionStats
        from ..models.project_event_processing import ProjectEventProcessing
        from ..models.project_latest_release import ProjectLatestRelease
        from ..models.project_summary_latest_deploys_type_0 import (
            ProjectSummaryLatestDeploysType0,
        )
        from ..models.project_summary_options import ProjectSummaryOptions
        from ..models.project_team_ref import ProjectTeamRef

        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        date_created = parse_datetime(d.pop("dateCreated"))

        def _parse_platform(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        platform = _parse_platform(d.pop("platform", UNSET))

        is_bookmarked = d.pop("isBookmarked", UNSET)

        is_member = d.pop("isMember", UNSET)

        features = cast(list[str], d.pop("features", UNSET))

        def _parse_first_event(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                first_event_type_0 = parse_datetime(data)

                return first_event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        first_event = _parse_first_event(d.pop("firstEvent", UNSET))

        first_transaction_event = d.pop("firstTransactionEvent", UNSET)

        access = cast(list[str], d.pop("access", UNSET))

        has_access = d.pop("hasAccess", UNSET)

        has_feedbacks = d.pop("hasFeedbacks", UNSET)

        has_flags = d.pop("hasFlags", UNSET)

        has_minified_stack_trace = d.pop("hasMinifiedStackTrace", UNSET)

        has_monitors = d.pop("hasMonitors", UNSET)

        has_new_feedbacks = d.pop("hasNewFeedbacks", UNSET)

        has_profiles = d.pop("hasProfiles", UNSET)

        has_replays = d.pop("hasReplays", UNSET)

        has_sessions = d.pop("hasSessions", UNSET)

        has_insights_http = d.pop("hasInsightsHttp", UNSET)

        has_insights_db = d.pop("hasInsightsDb", UNSET)

        has_insights_assets = d.pop("hasInsightsAssets", UNSET)

        has_insights_app_start = d.pop("hasInsightsAppStart", UNSET)

        has_insights_screen_load = d.pop("hasInsightsScreenLoad", UNSET)

        has_insights_vitals = d.pop("hasInsightsVitals", UNSET)

        has_insights_caches = d.pop("hasInsightsCaches", UNSET)

        has_insights_queues = d.pop("hasInsightsQueues", UNSET)

        has_insights_llm_monitoring = d.pop("hasInsightsLlmMonitoring", UNSET)

        has_insights_agent_monitoring = d.pop("hasInsightsAgentMonitoring", UNSET)

        has_insights_mcp = d.pop("hasInsightsMCP", UNSET)

        has_logs = d.pop("hasLogs", UNSET)

        has_trace_metrics = d.pop("hasTraceMetrics", UNSET)

        _stats = d.pop("stats", UNSET)
        stats: list[list[float]] | Unset = UNSET
        if _stats is not UNSET:
            stats = []
            for stats_item_data in _stats:
                stats_item = cast(list[float], stats_item_data)

                stats.append(stats_item)

        _transaction_stats = d.pop("transactionStats", UNSET)
        transaction_stats: list[list[float]] | Unset = UNSET
        if _transaction_stats is not UNSET:
            transaction_stats = []
            for transaction_stats_item_data in _transaction_stats:
                transaction_stats_item = cast(list[float], transaction_stats_item_data)

                transaction_stats.append(transaction_stats_item)

        _session_stats = d.pop("sessionStats", UNSET)
        session_stats: ProjectCoreSessionStats | Unset
        if isinstance(_session_stats, Unset):
            session_stats = UNSET
        else:
            session_stats = ProjectCoreSessionStats.from_dict(_session_stats)

        def _parse_team(data: object) -> None | ProjectTeamRef | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                team_type_0 = ProjectTeamRef.from_dict(data)

                return team_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectTeamRef | Unset, data)

        team = _parse_team(d.pop("team", UNSET))

        _teams = d.pop("teams", UNSET)
        teams: list[ProjectTeamRef] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = ProjectTeamRef.from_dict(teams_item_data)

                teams.append(teams_item)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        environments = cast(list[str], d.pop("environments", UNSET))

        _event_processing = d.pop("eventProcessing", UNSET)
        event_processing: ProjectEventProcessing | Unset
        if isinstance(_event_processing, Unset):
            event_processing = UNSET
        else:
            event_processing = ProjectEventProcessing.from_dict(_event_processing)

        has_user_reports = d.pop("hasUserReports", UNSET)

        def _parse_latest_release(data: object) -> None | ProjectLatestRelease | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_release_type_0 = ProjectLatestRelease.from_dict(data)

                return latest_release_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectLatestRelease | Unset, data)

        latest_release = _parse_latest_release(d.pop("latestRelease", UNSET))

        def _parse_latest_deploys(
            data: object,
        ) -> None | ProjectSummaryLatestDeploysType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latest_deploys_type_0 = ProjectSummaryLatestDeploysType0.from_dict(data)

                return latest_deploys_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProjectSummaryLatestDeploysType0 | Unset, data)

        latest_deploys = _parse_latest_deploys(d.pop("latestDeploys", UNSET))

        _options = d.pop("options", UNSET)
        options: ProjectSummaryOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ProjectSummaryOptions.from_dict(_options)

        project_summary = cls(
            id=id,
            slug=slug,
            name=name,
            date_created=date_created,
            platform=platform,
            is_bookmarked=is_bookmarked,
            is_member=is_member,
            features=features,
            first_event=first_event,
            first_transaction_event=first_transaction_event,
            access=access,
            has_access=has_access,
            has_feedbacks=has_feedbacks,
            has_flags=has_flags,
            has_minified_stack_trace=has_minified_stack_trace,
            has_monitors=has_monitors,
            has_new_feedbacks=has_new_feedbacks,
            has_profiles=has_profiles,
            has_replays=has_replays,
            has_sessions=has_sessions,
            has_insights_http=has_insights_http,
            has_insights_db=has_insights_db,
            has_insights_assets=has_insights_assets,
            has_insights_app_start=has_insights_app_start,
            has_insights_screen_load=has_insights_screen_load,
            has_insights_vitals=has_insights_vitals,
            has_insights_caches=has_insights_caches,
            has_insights_queues=has_insights_queues,
            has_insights_llm_monitoring=has_insights_llm_monitoring,
            has_insights_agent_monitoring=has_insights_agent_monitoring,
            has_insights_mcp=has_insights_mcp,
            has_logs=has_logs,
            has_trace_metrics=has_trace_metrics,
            stats=stats,
            transaction_stats=transaction_stats,
            session_stats=session_stats,
            team=team,
            teams=teams,
            platforms=platforms,
            environments=environments,
            event_processing=event_processing,
            has_user_reports=has_user_reports,
            latest_release=latest_release,
            latest_deploys=latest_deploys,
            options=options,
        )

        project_summary.additional_properties = d
        return project_summary

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

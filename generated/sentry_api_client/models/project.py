from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .._compat import parse_datetime
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.avatar import Avatar
    from ..models.organization_summary import OrganizationSummary
    from ..models.project_core_session_stats import ProjectCoreSessionStats
    from ..models.project_dynamic_sampling_bias import ProjectDynamicSamplingBias
    from ..models.project_event_processing import ProjectEventProcessing
    from ..models.project_highlight_context import ProjectHighlightContext
    from ..models.project_highlight_preset import ProjectHighlightPreset
    from ..models.project_latest_release import ProjectLatestRelease
    from ..models.project_options import ProjectOptions
    from ..models.project_plugins_item import ProjectPluginsItem
    from ..models.project_team_ref import ProjectTeamRef


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A project's full details. Fields about Seer, dynamic sampling and other optional
    products are only sent when the organization has them.

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
            is_internal (bool | Unset): Whether this is Sentry's own internal project (self-hosted).
            is_public (bool | Unset):
            avatar (Avatar | Unset): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
                Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
            color (str | Unset): The project's color, e.g. `#3f70bf`.
            status (str | Unset): Known values `active`, `deleted`, `unknown`.
            team (ProjectTeamRef | Unset): A team that owns a project.
            teams (list[ProjectTeamRef] | Unset):
            latest_release (None | ProjectLatestRelease | Unset):
            options (ProjectOptions | Unset): Selected raw project options, keyed by option name (e.g.
                `filters:blacklisted_ips`).
            digests_min_delay (int | Unset): Minimum seconds between alert digest emails.
            digests_max_delay (int | Unset): Maximum seconds between alert digest emails.
            subject_prefix (None | str | Unset): Prefix of alert email subjects.
            allowed_domains (list[str] | Unset): Origins allowed to send events (`*` for any).
            resolve_age (int | Unset): Hours of silence after which issues auto-resolve; `0` is off.
            data_scrubber (bool | Unset):
            data_scrubber_defaults (bool | Unset):
            safe_fields (list[str] | Unset):
            store_crash_reports (bool | int | None | Unset): Native crash reports stored per issue; null inherits the
                organization setting.
                Sentry 9 sent a boolean (on/off) here.
            sensitive_fields (list[str] | Unset):
            subject_template (str | Unset): Template of alert email subjects, e.g. `$shortID - $title`.
            security_token (str | Unset): Token Sentry sends when fetching source files from your servers.
            security_token_header (None | str | Unset):
            verify_ssl (bool | Unset):
            scrub_ip_addresses (bool | Unset):
            scrape_java_script (bool | Unset):
            highlight_tags (list[str] | Unset):
            highlight_context (ProjectHighlightContext | Unset):
            highlight_preset (ProjectHighlightPreset | Unset): The platform's default highlighted tags and context keys.
            grouping_config (str | Unset):
            grouping_enhancements (str | Unset):
            grouping_enhancements_base (None | str | Unset):
            derived_grouping_enhancements (str | Unset):
            secondary_grouping_expiry (int | Unset):
            secondary_grouping_config (None | str | Unset):
            fingerprinting_rules (str | Unset):
            organization (OrganizationSummary | Unset): An organization as Sentry lists it (and as it is embedded in
                projects and teams).
                `features`, `extraOptions`, `access` and `onboardingTasks` are only sent by some views.
            plugins (list[ProjectPluginsItem] | Unset): Legacy plugins that can be configured for the project.
            platforms (list[str] | Unset):
            processing_issues (int | Unset):
            default_environment (None | str | Unset):
            relay_pii_config (None | str | Unset): Advanced data scrubbing rules, as a JSON string.
            builtin_symbol_sources (list[str] | Unset):
            dynamic_sampling_biases (list[ProjectDynamicSamplingBias] | None | Unset):
            event_processing (ProjectEventProcessing | Unset): Event processing state.
            symbol_sources (str | Unset): Custom symbol sources, as a JSON string with secrets redacted.
            is_dynamically_sampled (bool | Unset):
            uptime_autodetection (bool | Unset):
            tempest_fetch_screenshots (bool | Unset):
            autofix_automation_tuning (str | Unset):
            seer_scanner_automation (bool | Unset):
            seer_nightshift_tweaks (Any | Unset): Seer settings; shape not documented.
            scm_source_context_enabled (bool | Unset):
            debug_files_role (None | str | Unset):
            enable_auto_release_creation (bool | Unset):
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
    is_internal: bool | Unset = UNSET
    is_public: bool | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    color: str | Unset = UNSET
    status: str | Unset = UNSET
    team: ProjectTeamRef | Unset = UNSET
    teams: list[ProjectTeamRef] | Unset = UNSET
    latest_release: None | ProjectLatestRelease | Unset = UNSET
    options: ProjectOptions | Unset = UNSET
    digests_min_delay: int | Unset = UNSET
    digests_max_delay: int | Unset = UNSET
    subject_prefix: None | str | Unset = UNSET
    allowed_domains: list[str] | Unset = UNSET
    resolve_age: int | Unset = UNSET
    data_scrubber: bool | Unset = UNSET
    data_scrubber_defaults: bool | Unset = UNSET
    safe_fields: list[str] | Unset = UNSET
    store_crash_reports: bool | int | None | Unset = UNSET
    sensitive_fields: list[str] | Unset = UNSET
    subject_template: str | Unset = UNSET
    security_token: str | Unset = UNSET
    security_token_header: None | str | Unset = UNSET
    verify_ssl: bool | Unset = UNSET
    scrub_ip_addresses: bool | Unset = UNSET
    scrape_java_script: bool | Unset = UNSET
    highlight_tags: list[str] | Unset = UNSET
    highlight_context: ProjectHighlightContext | Unset = UNSET
    highlight_preset: ProjectHighlightPreset | Unset = UNSET
    grouping_config: str | Unset = UNSET
    grouping_enhancements: str | Unset = UNSET
    grouping_enhancements_base: None | str | Unset = UNSET
    derived_grouping_enhancements: str | Unset = UNSET
    secondary_grouping_expiry: int | Unset = UNSET
    secondary_grouping_config: None | str | Unset = UNSET
    fingerprinting_rules: str | Unset = UNSET
    organization: OrganizationSummary | Unset = UNSET
    plugins: list[ProjectPluginsItem] | Unset = UNSET
    platforms: list[str] | Unset = UNSET
    processing_issues: int | Unset = UNSET
    default_environment: None | str | Unset = UNSET
    relay_pii_config: None | str | Unset = UNSET
    builtin_symbol_sources: list[str] | Unset = UNSET
    dynamic_sampling_biases: list[ProjectDynamicSamplingBias] | None | Unset = UNSET
    event_processing: ProjectEventProcessing | Unset = UNSET
    symbol_sources: str | Unset = UNSET
    is_dynamically_sampled: bool | Unset = UNSET
    uptime_autodetection: bool | Unset = UNSET
    tempest_fetch_screenshots: bool | Unset = UNSET
    autofix_automation_tuning: str | Unset = UNSET
    seer_scanner_automation: bool | Unset = UNSET
    seer_nightshift_tweaks: Any | Unset = UNSET
    scm_source_context_enabled: bool | Unset = UNSET
    debug_files_role: None | str | Unset = UNSET
    enable_auto_release_creation: bool | Unset = UNSET
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
        ("is_internal", "isInternal", False, None),
        ("is_public", "isPublic", False, None),
        ("avatar", "avatar", False, ("model", "avatar:Avatar")),
        ("color", "color", False, None),
        ("status", "status", False, None),
        ("team", "team", False, ("model", "project_team_ref:ProjectTeamRef")),
        (
            "teams",
            "teams",
            False,
            ("list", ("model", "project_team_ref:ProjectTeamRef")),
        ),
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
        ("options", "options", False, ("model", "project_options:ProjectOptions")),
        ("digests_min_delay", "digestsMinDelay", False, None),
        ("digests_max_delay", "digestsMaxDelay", False, None),
        ("subject_prefix", "subjectPrefix", False, None),
        ("allowed_domains", "allowedDomains", False, None),
        ("resolve_age", "resolveAge", False, None),
        ("data_scrubber", "dataScrubber", False, None),
        ("data_scrubber_defaults", "dataScrubberDefaults", False, None),
        ("safe_fields", "safeFields", False, None),
        ("store_crash_reports", "storeCrashReports", False, None),
        ("sensitive_fields", "sensitiveFields", False, None),
        ("subject_template", "subjectTemplate", False, None),
        ("security_token", "securityToken", False, None),
        ("security_token_header", "securityTokenHeader", False, None),
        ("verify_ssl", "verifySSL", False, None),
        ("scrub_ip_addresses", "scrubIPAddresses", False, None),
        ("scrape_java_script", "scrapeJavaScript", False, None),
        ("highlight_tags", "highlightTags", False, None),
        (
            "highlight_context",
            "highlightContext",
            False,
            ("model", "project_highlight_context:ProjectHighlightContext"),
        ),
        (
            "highlight_preset",
            "highlightPreset",
            False,
            ("model", "project_highlight_preset:ProjectHighlightPreset"),
        ),
        ("grouping_config", "groupingConfig", False, None),
        ("grouping_enhancements", "groupingEnhancements", False, None),
        ("grouping_enhancements_base", "groupingEnhancementsBase", False, None),
        ("derived_grouping_enhancements", "derivedGroupingEnhancements", False, None),
        ("secondary_grouping_expiry", "secondaryGroupingExpiry", False, None),
        ("secondary_grouping_config", "secondaryGroupingConfig", False, None),
        ("fingerprinting_rules", "fingerprintingRules", False, None),
        (
            "organization",
            "organization",
            False,
            ("model", "organization_summary:OrganizationSummary"),
        ),
        (
            "plugins",
            "plugins",
            False,
            ("list", ("model", "project_plugins_item:ProjectPluginsItem")),
        ),
        ("platforms", "platforms", False, None),
        ("processing_issues", "processingIssues", False, None),
        ("default_environment", "defaultEnvironment", False, None),
        ("relay_pii_config", "relayPiiConfig", False, None),
        ("builtin_symbol_sources", "builtinSymbolSources", False, None),
        (
            "dynamic_sampling_biases",
            "dynamicSamplingBiases",
            False,
            (
                "union",
                (
                    (
                        "list",
                        (
                            "model",
                            "project_dynamic_sampling_bias:ProjectDynamicSamplingBias",
                        ),
                    ),
                    None,
                ),
            ),
        ),
        (
            "event_processing",
            "eventProcessing",
            False,
            ("model", "project_event_processing:ProjectEventProcessing"),
        ),
        ("symbol_sources", "symbolSources", False, None),
        ("is_dynamically_sampled", "isDynamicallySampled", False, None),
        ("uptime_autodetection", "uptimeAutodetection", False, None),
        ("tempest_fetch_screenshots", "tempestFetchScreenshots", False, None),
        ("autofix_automation_tuning", "autofixAutomationTuning", False, None),
        ("seer_scanner_automation", "seerScannerAutomation", False, None),
        ("seer_nightshift_tweaks", "seerNightshiftTweaks", False, None),
        ("scm_source_context_enabled", "scmSourceContextEnabled", False, None),
        ("debug_files_role", "debugFilesRole", False, None),
        ("enable_auto_release_creation", "enableAutoReleaseCreation", False, None),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        from ..models.project_latest_release import ProjectLatestRelease

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

        is_internal = self.is_internal

        is_public = self.is_public

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        color = self.color

        status = self.status

        team: dict[str, Any] | Unset = UNSET
        if not isinstance(self.team, Unset):
            team = self.team.to_dict()

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        latest_release: dict[str, Any] | None | Unset
        if isinstance(self.latest_release, Unset):
            latest_release = UNSET
        elif isinstance(self.latest_release, ProjectLatestRelease):
            latest_release = self.latest_release.to_dict()
        else:
            latest_release = self.latest_release

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        digests_min_delay = self.digests_min_delay

        digests_max_delay = self.digests_max_delay

        subject_prefix: None | str | Unset
        if isinstance(self.subject_prefix, Unset):
            subject_prefix = UNSET
        else:
            subject_prefix = self.subject_prefix

        allowed_domains: list[str] | Unset = UNSET
        if not isinstance(self.allowed_domains, Unset):
            allowed_domains = self.allowed_domains

        resolve_age = self.resolve_age

        data_scrubber = self.data_scrubber

        data_scrubber_defaults = self.data_scrubber_defaults

        safe_fields: list[str] | Unset = UNSET
        if not isinstance(self.safe_fields, Unset):
            safe_fields = self.safe_fields

        store_crash_reports: bool | int | None | Unset
        if isinstance(self.store_crash_reports, Unset):
            store_crash_reports = UNSET
        else:
            store_crash_reports = self.store_crash_reports

        sensitive_fields: list[str] | Unset = UNSET
        if not isinstance(self.sensitive_fields, Unset):
            sensitive_fields = self.sensitive_fields

        subject_template = self.subject_template

        security_token = self.security_token

        security_token_header: None | str | Unset
        if isinstance(self.security_token_header, Unset):
            security_token_header = UNSET
        else:
            security_token_header = self.security_token_header

        verify_ssl = self.verify_ssl

        scrub_ip_addresses = self.scrub_ip_addresses

        scrape_java_script = self.scrape_java_script

        highlight_tags: list[str] | Unset = UNSET
        if not isinstance(self.highlight_tags, Unset):
            highlight_tags = self.highlight_tags

        highlight_context: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight_context, Unset):
            highlight_context = self.highlight_context.to_dict()

        highlight_preset: dict[str, Any] | Unset = UNSET
        if not isinstance(self.highlight_preset, Unset):
            highlight_preset = self.highlight_preset.to_dict()

        grouping_config = self.grouping_config

        grouping_enhancements = self.grouping_enhancements

        grouping_enhancements_base: None | str | Unset
        if isinstance(self.grouping_enhancements_base, Unset):
            grouping_enhancements_base = UNSET
        else:
            grouping_enhancements_base = self.grouping_enhancements_base

        derived_grouping_enhancements = self.derived_grouping_enhancements

        secondary_grouping_expiry = self.secondary_grouping_expiry

        secondary_grouping_config: None | str | Unset
        if isinstance(self.secondary_grouping_config, Unset):
            secondary_grouping_config = UNSET
        else:
            secondary_grouping_config = self.secondary_grouping_config

        fingerprinting_rules = self.fingerprinting_rules

        organization: dict[str, Any] | Unset = UNSET
        if not isinstance(self.organization, Unset):
            organization = self.organization.to_dict()

        plugins: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.plugins, Unset):
            plugins = []
            for plugins_item_data in self.plugins:
                plugins_item = plugins_item_data.to_dict()
                plugins.append(plugins_item)

        platforms: list[str] | Unset = UNSET
        if not isinstance(self.platforms, Unset):
            platforms = self.platforms

        processing_issues = self.processing_issues

        default_environment: None | str | Unset
        if isinstance(self.default_environment, Unset):
            default_environment = UNSET
        else:
            default_environment = self.default_environment

        relay_pii_config: None | str | Unset
        if isinstance(self.relay_pii_config, Unset):
            relay_pii_config = UNSET
        else:
            relay_pii_config = self.relay_pii_config

        builtin_symbol_sources: list[str] | Unset = UNSET
        if not isinstance(self.builtin_symbol_sources, Unset):
            builtin_symbol_sources = self.builtin_symbol_sources

        dynamic_sampling_biases: list[dict[str, Any]] | None | Unset
        if isinstance(self.dynamic_sampling_biases, Unset):
            dynamic_sampling_biases = UNSET
        elif isinstance(self.dynamic_sampling_biases, list):
            dynamic_sampling_biases = []
            for dynamic_sampling_biases_type_0_item_data in self.dynamic_sampling_biases:
                dynamic_sampling_biases_type_0_item = (
                    dynamic_sampling_biases_type_0_item_data.to_dict()
                )
                dynamic_sampling_biases.append(dynamic_sampling_biases_type_0_item)

        else:
            dynamic_sampling_biases = self.dynamic_sampling_biases

        event_processing: dict[str, Any] | Unset = UNSET
        if not isinstance(self.event_processing, Unset):
            event_processing = self.event_processing.to_dict()

        symbol_sources = self.symbol_sources

        is_dynamically_sampled = self.is_dynamically_sampled

        uptime_autodetection = self.uptime_autodetection

        tempest_fetch_screenshots = self.tempest_fetch_screenshots

        autofix_automation_tuning = self.autofix_automation_tuning

        seer_scanner_automation = self.seer_scanner_automation

        seer_nightshift_tweaks = self.seer_nightshift_tweaks

        scm_source_context_enabled = self.scm_source_context_enabled

        debug_files_role: None | str | Unset
        if isinstance(self.debug_files_role, Unset):
            debug_files_role = UNSET
        else:
            debug_files_role = self.debug_files_role

        enable_auto_release_creation = self.enable_auto_release_creation

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
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal
        if is_public is not UNSET:
            field_dict["isPublic"] = is_public
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if color is not UNSET:
            field_dict["color"] = color
        if status is not UNSET:
            field_dict["status"] = status
        if team is not UNSET:
            field_dict["team"] = team
        if teams is not UNSET:
            field_dict["teams"] = teams
        if latest_release is not UNSET:
            field_dict["latestRelease"] = latest_release
        if options is not UNSET:
            field_dict["options"] = options
        if digests_min_delay is not UNSET:
            field_dict["digestsMinDelay"] = digests_min_delay
        if digests_max_delay is not UNSET:
            field_dict["digestsMaxDelay"] = digests_max_delay
        if subject_prefix is not UNSET:
            field_dict["subjectPrefix"] = subject_prefix
        if allowed_domains is not UNSET:
            field_dict["allowedDomains"] = allowed_domains
        if resolve_age is not UNSET:
            field_dict["resolveAge"] = resolve_age
        if data_scrubber is not UNSET:
            field_dict["dataScrubber"] = data_scrubber
        if data_scrubber_defaults is not UNSET:
            field_dict["dataScrubberDefaults"] = data_scrubber_defaults
        if safe_fields is not UNSET:
            field_dict["safeFields"] = safe_fields
        if store_crash_reports is not UNSET:
            field_dict["storeCrashReports"] = store_crash_reports
        if sensitive_fields is not UNSET:
            field_dict["sensitiveFields"] = sensitive_fields
        if subject_template is not UNSET:
            field_dict["subjectTemplate"] = subject_template
        if security_token is not UNSET:
            field_dict["securityToken"] = security_token
        if security_token_header is not UNSET:
            field_dict["securityTokenHeader"] = security_token_header
        if verify_ssl is not UNSET:
            field_dict["verifySSL"] = verify_ssl
        if scrub_ip_addresses is not UNSET:
            field_dict["scrubIPAddresses"] = scrub_ip_addresses
        if scrape_java_script is not UNSET:
            field_dict["scrapeJavaScript"] = scrape_java_script
        if highlight_tags is not UNSET:
            field_dict["highlightTags"] = highlight_tags
        if highlight_context is not UNSET:
            field_dict["highlightContext"] = highlight_context
        if highlight_preset is not UNSET:
            field_dict["highlightPreset"] = highlight_preset
        if grouping_config is not UNSET:
            field_dict["groupingConfig"] = grouping_config
        if grouping_enhancements is not UNSET:
            field_dict["groupingEnhancements"] = grouping_enhancements
        if grouping_enhancements_base is not UNSET:
            field_dict["groupingEnhancementsBase"] = grouping_enhancements_base
        if derived_grouping_enhancements is not UNSET:
            field_dict["derivedGroupingEnhancements"] = derived_grouping_enhancements
        if secondary_grouping_expiry is not UNSET:
            field_dict["secondaryGroupingExpiry"] = secondary_grouping_expiry
        if secondary_grouping_config is not UNSET:
            field_dict["secondaryGroupingConfig"] = secondary_grouping_config
        if fingerprinting_rules is not UNSET:
            field_dict["fingerprintingRules"] = fingerprinting_rules
        if organization is not UNSET:
            field_dict["organization"] = organization
        if plugins is not UNSET:
            field_dict["plugins"] = plugins
        if platforms is not UNSET:
            field_dict["platforms"] = platforms
        if processing_issues is not UNSET:
            field_dict["processingIssues"] = processing_issues
        if default_environment is not UNSET:
            field_dict["defaultEnvironment"] = default_environment
        if relay_pii_config is not UNSET:
            field_dict["relayPiiConfig"] = relay_pii_config
        if builtin_symbol_sources is not UNSET:
            field_dict["builtinSymbolSources"] = builtin_symbol_sources
        if dynamic_sampling_biases is not UNSET:
            field_dict["dynamicSamplingBiases"] = dynamic_sampling_biases
        if event_processing is not UNSET:
            field_dict["eventProcessing"] = event_processing
        if symbol_sources is not UNSET:
            field_dict["symbolSources"] = symbol_sources
        if is_dynamically_sampled is not UNSET:
            field_dict["isDynamicallySampled"] = is_dynamically_sampled
        if uptime_autodetection is not UNSET:
            field_dict["uptimeAutodetection"] = uptime_autodetection
        if tempest_fetch_screenshots is not UNSET:
            field_dict["tempestFetchScreenshots"] = tempest_fetch_screenshots
        if autofix_automation_tuning is not UNSET:
            field_dict["autofixAutomationTuning"] = autofix_automation_tuning
        if seer_scanner_automation is not UNSET:
            field_dict["seerScannerAutomation"] = seer_scanner_automation
        if seer_nightshift_tweaks is not UNSET:
            field_dict["seerNightshiftTweaks"] = seer_nightshift_tweaks
        if scm_source_context_enabled is not UNSET:
            field_dict["scmSourceContextEnabled"] = scm_source_context_enabled
        if debug_files_role is not UNSET:
            field_dict["debugFilesRole"] = debug_files_role
        if enable_auto_release_creation is not UNSET:
            field_dict["enableAutoReleaseCreation"] = enable_auto_release_creation

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar import Avatar
        from ..models.organization_summary import OrganizationSummary
        from ..models.project_core_session_stats import ProjectCoreSessionStats
        from ..models.project_dynamic_sampling_bias import ProjectDynamicSamplingBias
        from ..models.project_event_processing import ProjectEventProcessing
        from ..models.project_highlight_context import ProjectHighlightContext
        from ..models.project_highlight_preset import ProjectHighlightPreset
        from ..models.project_latest_release import ProjectLatestRelease
        from ..models.project_options import ProjectOptions
        from ..models.project_plugins_item import ProjectPluginsItem
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

        is_internal = d.pop("isInternal", UNSET)

        is_public = d.pop("isPublic", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: Avatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = Avatar.from_dict(_avatar)

        color = d.pop("color", UNSET)

        status = d.pop("status", UNSET)

        _team = d.pop("team", UNSET)
        team: ProjectTeamRef | Unset
        if isinstance(_team, Unset):
            team = UNSET
        else:
            team = ProjectTeamRef.from_dict(_team)

        _teams = d.pop("teams", UNSET)
        teams: list[ProjectTeamRef] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = ProjectTeamRef.from_dict(teams_item_data)

                teams.append(teams_item)

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

        _options = d.pop("options", UNSET)
        options: ProjectOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ProjectOptions.from_dict(_options)

        digests_min_delay = d.pop("digestsMinDelay", UNSET)

        digests_max_delay = d.pop("digestsMaxDelay", UNSET)

        def _parse_subject_prefix(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject_prefix = _parse_subject_prefix(d.pop("subjectPrefix", UNSET))

        allowed_domains = cast(list[str], d.pop("allowedDomains", UNSET))

        resolve_age = d.pop("resolveAge", UNSET)

        data_scrubber = d.pop("dataScrubber", UNSET)

        data_scrubber_defaults = d.pop("dataScrubberDefaults", UNSET)

        safe_fields = cast(list[str], d.pop("safeFields", UNSET))

        def _parse_store_crash_reports(data: object) -> bool | int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | int | None | Unset, data)

        store_crash_reports = _parse_store_crash_reports(d.pop("storeCrashReports", UNSET))

        sensitive_fields = cast(list[str], d.pop("sensitiveFields", UNSET))

        subject_template = d.pop("subjectTemplate", UNSET)

        security_token = d.pop("securityToken", UNSET)

        def _parse_security_token_header(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        security_token_header = _parse_security_token_header(d.pop("securityTokenHeader", UNSET))

        verify_ssl = d.pop("verifySSL", UNSET)

        scrub_ip_addresses = d.pop("scrubIPAddresses", UNSET)

        scrape_java_script = d.pop("scrapeJavaScript", UNSET)

        highlight_tags = cast(list[str], d.pop("highlightTags", UNSET))

        _highlight_context = d.pop("highlightContext", UNSET)
        highlight_context: ProjectHighlightContext | Unset
        if isinstance(_highlight_context, Unset):
            highlight_context = UNSET
        else:
            highlight_context = ProjectHighlightContext.from_dict(_highlight_context)

        _highlight_preset = d.pop("highlightPreset", UNSET)
        highlight_preset: ProjectHighlightPreset | Unset
        if isinstance(_highlight_preset, Unset):
            highlight_preset = UNSET
        else:
            highlight_preset = ProjectHighlightPreset.from_dict(_highlight_preset)

        grouping_config = d.pop("groupingConfig", UNSET)

        grouping_enhancements = d.pop("groupingEnhancements", UNSET)

        def _parse_grouping_enhancements_base(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        grouping_enhancements_base = _parse_grouping_enhancements_base(
            d.pop("groupingEnhancementsBase", UNSET)
        )

        derived_grouping_enhancements = d.pop("derivedGroupingEnhancements", UNSET)

        secondary_grouping_expiry = d.pop("secondaryGroupingExpiry", UNSET)

        def _parse_secondary_grouping_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        secondary_grouping_config = _parse_secondary_grouping_config(
            d.pop("secondaryGroupingConfig", UNSET)
        )

        fingerprinting_rules = d.pop("fingerprintingRules", UNSET)

        _organization = d.pop("organization", UNSET)
        organization: OrganizationSummary | Unset
        if isinstance(_organization, Unset):
            organization = UNSET
        else:
            organization = OrganizationSummary.from_dict(_organization)

        _plugins = d.pop("plugins", UNSET)
        plugins: list[ProjectPluginsItem] | Unset = UNSET
        if _plugins is not UNSET:
            plugins = []
            for plugins_item_data in _plugins:
                plugins_item = ProjectPluginsItem.from_dict(plugins_item_data)

                plugins.append(plugins_item)

        platforms = cast(list[str], d.pop("platforms", UNSET))

        processing_issues = d.pop("processingIssues", UNSET)

        def _parse_default_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_environment = _parse_default_environment(d.pop("defaultEnvironment", UNSET))

        def _parse_relay_pii_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relay_pii_config = _parse_relay_pii_config(d.pop("relayPiiConfig", UNSET))

        builtin_symbol_sources = cast(list[str], d.pop("builtinSymbolSources", UNSET))

        def _parse_dynamic_sampling_biases(
            data: object,
        ) -> list[ProjectDynamicSamplingBias] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                dynamic_sampling_biases_type_0 = []
                _dynamic_sampling_biases_type_0 = data
                for dynamic_sampling_biases_type_0_item_data in _dynamic_sampling_biases_type_0:
                    dynamic_sampling_biases_type_0_item = ProjectDynamicSamplingBias.from_dict(
                        dynamic_sampling_biases_type_0_item_data
                    )

                    dynamic_sampling_biases_type_0.append(dynamic_sampling_biases_type_0_item)

                return dynamic_sampling_biases_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ProjectDynamicSamplingBias] | None | Unset, data)

        dynamic_sampling_biases = _parse_dynamic_sampling_biases(
            d.pop("dynamicSamplingBiases", UNSET)
        )

        _event_processing = d.pop("eventProcessing", UNSET)
        event_processing: ProjectEventProcessing | Unset
        if isinstance(_event_processing, Unset):
            event_processing = UNSET
        else:
            event_processing = ProjectEventProcessing.from_dict(_event_processing)

        symbol_sources = d.pop("symbolSources", UNSET)

        is_dynamically_sampled = d.pop("isDynamicallySampled", UNSET)

        uptime_autodetection = d.pop("uptimeAutodetection", UNSET)

        tempest_fetch_screenshots = d.pop("tempestFetchScreenshots", UNSET)

        autofix_automation_tuning = d.pop("autofixAutomationTuning", UNSET)

        seer_scanner_automation = d.pop("seerScannerAutomation", UNSET)

        seer_nightshift_tweaks = d.pop("seerNightshiftTweaks", UNSET)

        scm_source_context_enabled = d.pop("scmSourceContextEnabled", UNSET)

        def _parse_debug_files_role(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        debug_files_role = _parse_debug_files_role(d.pop("debugFilesRole", UNSET))

        enable_auto_release_creation = d.pop("enableAutoReleaseCreation", UNSET)

        project = cls(
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
            is_internal=is_internal,
            is_public=is_public,
            avatar=avatar,
            color=color,
            status=status,
            team=team,
            teams=teams,
            latest_release=latest_release,
            options=options,
            digests_min_delay=digests_min_delay,
            digests_max_delay=digests_max_delay,
            subject_prefix=subject_prefix,
            allowed_domains=allowed_domains,
            resolve_age=resolve_age,
            data_scrubber=data_scrubber,
            data_scrubber_defaults=data_scrubber_defaults,
            safe_fields=safe_fields,
            store_crash_reports=store_crash_reports,
            sensitive_fields=sensitive_fields,
            subject_template=subject_template,
            security_token=security_token,
            security_token_header=security_token_header,
            verify_ssl=verify_ssl,
            scrub_ip_addresses=scrub_ip_addresses,
            scrape_java_script=scrape_java_script,
            highlight_tags=highlight_tags,
            highlight_context=highlight_context,
            highlight_preset=highlight_preset,
            grouping_config=grouping_config,
            grouping_enhancements=grouping_enhancements,
            grouping_enhancements_base=grouping_enhancements_base,
            derived_grouping_enhancements=derived_grouping_enhancements,
            secondary_grouping_expiry=secondary_grouping_expiry,
            secondary_grouping_config=secondary_grouping_config,
            fingerprinting_rules=fingerprinting_rules,
            organization=organization,
            plugins=plugins,
            platforms=platforms,
            processing_issues=processing_issues,
            default_environment=default_environment,
            relay_pii_config=relay_pii_config,
            builtin_symbol_sources=builtin_symbol_sources,
            dynamic_sampling_biases=dynamic_sampling_biases,
            event_processing=event_processing,
            symbol_sources=symbol_sources,
            is_dynamically_sampled=is_dynamically_sampled,
            uptime_autodetection=uptime_autodetection,
            tempest_fetch_screenshots=tempest_fetch_screenshots,
            autofix_automation_tuning=autofix_automation_tuning,
            seer_scanner_automation=seer_scanner_automation,
            seer_nightshift_tweaks=seer_nightshift_tweaks,
            scm_source_context_enabled=scm_source_context_enabled,
            debug_files_role=debug_files_role,
            enable_auto_release_creation=enable_auto_release_creation,
        )

        project.additional_properties = d
        return project

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

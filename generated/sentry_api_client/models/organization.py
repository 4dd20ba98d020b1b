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
    from ..models.organization_available_roles_item import (
        OrganizationAvailableRolesItem,
    )
    from ..models.organization_experiments import OrganizationExperiments
    from ..models.organization_links import OrganizationLinks
    from ..models.organization_onboarding_task import OrganizationOnboardingTask
    from ..models.organization_quota import OrganizationQuota
    from ..models.organization_role import OrganizationRole
    from ..models.organization_status import OrganizationStatus
    from ..models.organization_summary_extra_options import (
        OrganizationSummaryExtraOptions,
    )
    from ..models.organization_team_role import OrganizationTeamRole
    from ..models.organization_trusted_relay import OrganizationTrustedRelay
    from ..models.project_summary import ProjectSummary
    from ..models.team import Team


T = TypeVar("T", bound="Organization")


@_attrs_define
class Organization:
    """An organization's details (retrieve and update). `teams` and `projects` are left out
    when retrieved with `detailed=0`; `features` and `extraOptions` are left out of the
    answer to an update. Fields about dynamic sampling, Seer and code review are only sent
    when the organization has the matching feature. Only the summary fields are required:
    Sentry's own published example of this answer carries no more than those.

        Attributes:
            id (str): The organization's numeric ID, as a string.
            slug (str):
            name (str):
            status (OrganizationStatus | Unset): The organization's lifecycle state.
            date_created (datetime.datetime | Unset):
            is_early_adopter (bool | Unset): Whether the organization opted in to features before their general release.
            require_2fa (bool | Unset): Whether members must use two-factor authentication.
            require_email_verification (bool | Unset): Deprecated; always `false`.
            avatar (Avatar | Unset): The avatar of an organization, team, project or user. Other parts of the spec reuse it.
                Known `avatarType` values: `letter_avatar` (initials), `upload`, `gravatar`.
            links (OrganizationLinks | Unset): Where the organization is served.
            has_auth_provider (bool | Unset): Whether single sign-on is configured.
            allow_member_invite (bool | Unset): Whether members (not only managers and owners) may invite people.
            allow_member_project_creation (bool | Unset): Whether members may create projects.
            allow_superuser_access (bool | Unset): Whether Sentry staff superusers may access the organization.
            features (list[str] | Unset): Feature flags enabled for the organization, e.g. `session-replay`.
            extra_options (OrganizationSummaryExtraOptions | Unset): Extra, feature-specific options, grouped by area.
            access (list[str] | Unset): The scopes the caller holds in this organization.
            onboarding_tasks (list[OrganizationOnboardingTask] | Unset):
            role (str | Unset): Deprecated; same as `orgRole`.
            org_role (str | Unset): The caller's organization role, when the caller is a member.
            experiments (OrganizationExperiments | Unset): Experiment assignments for the caller.
            quota (OrganizationQuota | Unset): Event rate limits (`maxRate`, `maxRateInterval`, `accountLimit`,
                `projectLimit`).
            is_default (bool | Unset): Whether this is the install's default organization (self-hosted).
            default_role (str | Unset): Role given to new members; known values `member`, `admin`, `manager`, `owner`.
            available_roles (list[OrganizationAvailableRolesItem] | Unset): Deprecated; use `orgRoleList`.
            org_role_list (list[OrganizationRole] | Unset):
            team_role_list (list[OrganizationTeamRole] | Unset):
            open_membership (bool | Unset): Whether members may join any team freely.
            allow_shared_issues (bool | Unset): Whether issues may be shared publicly (limited details).
            enhanced_privacy (bool | Unset): Whether personal data and source code are kept out of notifications.
            data_scrubber (bool | Unset): Whether server-side data scrubbing is enforced for every project.
            data_scrubber_defaults (bool | Unset): Whether the default scrubbers are enforced for every project.
            sensitive_fields (list[str] | Unset):
            safe_fields (list[str] | Unset):
            store_crash_reports (bool | int | Unset): Native crash reports stored per issue; `0` off, `-1` unlimited. Sentry
                9 sent a
                boolean (on/off) here.
            attachments_role (str | Unset): Role needed to download event attachments.
            debug_files_role (str | Unset): Role needed to download debug files and source maps.
            events_member_admin (bool | Unset): Whether members may delete events.
            alerts_member_write (bool | Unset): Whether members may create and edit alert rules.
            scrub_ip_addresses (bool | Unset):
            scrape_java_script (bool | Unset):
            allow_join_requests (bool | Unset): Whether people may ask to join the organization.
            relay_pii_config (None | str | Unset): Advanced data scrubbing rules, as a JSON string.
            relay_dsn_endpoint (None | str | Unset): Relay base URL used when displaying client key DSNs.
            trusted_relays (list[OrganizationTrustedRelay] | Unset):
            pending_access_requests (int | Unset): Requests to join teams waiting for approval.
            codecov_access (bool | Unset):
            hide_ai_features (bool | Unset):
            github_pr_bot (bool | Unset):
            github_open_pr_bot (bool | Unset):
            github_nudge_invite (bool | Unset):
            aggregated_data_consent (bool | Unset):
            gen_ai_consent (bool | Unset):
            is_dynamically_sampled (bool | Unset):
            issue_alerts_thread_flag (bool | Unset):
            metric_alerts_thread_flag (bool | Unset):
            requires_sso (bool | Unset): Whether the caller must sign in through single sign-on.
            rollback_enabled (bool | Unset):
            streamline_only (bool | None | Unset):
            uptime_autodetection (bool | Unset):
            target_sample_rate (float | Unset):
            sampling_mode (str | Unset):
            effective_sample_rate (float | Unset):
            plan_sample_rate (float | Unset):
            desired_sample_rate (float | Unset):
            default_autofix_automation_tuning (str | Unset):
            default_seer_scanner_automation (bool | Unset):
            enable_seer_coding (bool | Unset):
            default_coding_agent (None | str | Unset):
            default_coding_agent_integration_id (None | str | Unset):
            default_automated_run_stopping_point (str | Unset):
            auto_enable_code_review (bool | Unset):
            auto_open_prs (bool | Unset):
            default_code_review_triggers (list[str] | Unset):
            teams (list[Team] | Unset): Every active team of the organization (left out with `detailed=0`).
            projects (list[ProjectSummary] | Unset): Every active project of the organization (left out with `detailed=0`).
    """

    id: str
    slug: str
    name: str
    status: OrganizationStatus | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    is_early_adopter: bool | Unset = UNSET
    require_2fa: bool | Unset = UNSET
    require_email_verification: bool | Unset = UNSET
    avatar: Avatar | Unset = UNSET
    links: OrganizationLinks | Unset = UNSET
    has_auth_provider: bool | Unset = UNSET
    allow_member_invite: bool | Unset = UNSET
    allow_member_project_creation: bool | Unset = UNSET
    allow_superuser_access: bool | Unset = UNSET
    features: list[str] | Unset = UNSET
    extra_options: OrganizationSummaryExtraOptions | Unset = UNSET
    access: list[str] | Unset = UNSET
    onboarding_tasks: list[OrganizationOnboardingTask] | Unset = UNSET
    role: str | Unset = UNSET
    org_role: str | Unset = UNSET
    experiments: OrganizationExperiments | Unset = UNSET
    quota: OrganizationQuota | Unset = UNSET
    is_default: bool | Unset = UNSET
    default_role: str | Unset = UNSET
    available_roles: list[OrganizationAvailableRolesItem] | Unset = UNSET
    org_role_list: list[OrganizationRole] | Unset = UNSET
    team_role_list: list[OrganizationTeamRole] | Unset = UNSET
    open_membership: bool | Unset = UNSET
    allow_shared_issues: bool | Unset = UNSET
    enhanced_privacy: bool | Unset = UNSET
    data_scrubber: bool | Unset = UNSET
    data_scrubber_defaults: bool | Unset = UNSET
    sensitive_fields: list[str] | Unset = UNSET
    safe_fields: list[str] | Unset = UNSET
    store_crash_reports: bool | int | Unset = UNSET
    attachments_role: str | Unset = UNSET
    debug_files_role: str | Unset = UNSET
    events_member_admin: bool | Unset = UNSET
    alerts_member_write: bool | Unset = UNSET
    scrub_ip_addresses: bool | Unset = UNSET
    scrape_java_script: bool | Unset = UNSET
    allow_join_requests: bool | Unset = UNSET
    relay_pii_config: None | str | Unset = UNSET
    relay_dsn_endpoint: None | str | Unset = UNSET
    trusted_relays: list[OrganizationTrustedRelay] | Unset = UNSET
    pending_access_requests: int | Unset = UNSET
    codecov_access: bool | Unset = UNSET
    hide_ai_features: bool | Unset = UNSET
    github_pr_bot: bool | Unset = UNSET
    github_open_pr_bot: bool | Unset = UNSET
    github_nudge_invite: bool | Unset = UNSET
    aggregated_data_consent: bool | Unset = UNSET
    gen_ai_consent: bool | Unset = UNSET
    is_dynamically_sampled: bool | Unset = UNSET
    issue_alerts_thread_flag: bool | Unset = UNSET
    metric_alerts_thread_flag: bool | Unset = UNSET
    requires_sso: bool | Unset = UNSET
    rollback_enabled: bool | Unset = UNSET
    streamline_only: bool | None | Unset = UNSET
    uptime_autodetection: bool | Unset = UNSET
    target_sample_rate: float | Unset = UNSET
    sampling_mode: str | Unset = UNSET
    effective_sample_rate: float | Unset = UNSET
    plan_sample_rate: float | Unset = UNSET
    desired_sample_rate: float | Unset = UNSET
    default_autofix_automation_tuning: str | Unset = UNSET
    default_seer_scanner_automation: bool | Unset = UNSET
    enable_seer_coding: bool | Unset = UNSET
    default_coding_agent: None | str | Unset = UNSET
    default_coding_agent_integration_id: None | str | Unset = UNSET
    default_automated_run_stopping_point: str | Unset = UNSET
    auto_enable_code_review: bool | Unset = UNSET
    auto_open_prs: bool | Unset = UNSET
    default_code_review_triggers: list[str] | Unset = UNSET
    teams: list[Team] | Unset = UNSET
    projects: list[ProjectSummary] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    # (attribute, JSON key, required, kind) per field, and the kind of unknown keys' values.
    _sentry_fields = (
        ("id", "id", True, None),
        ("slug", "slug", True, None),
        ("name", "name", True, None),
        (
            "status",
            "status",
            False,
            ("model", "organization_status:OrganizationStatus"),
        ),
        ("date_created", "dateCreated", False, "datetime"),
        ("is_early_adopter", "isEarlyAdopter", False, None),
        ("require_2fa", "require2FA", False, None),
        ("require_email_verification", "requireEmailVerification", False, None),
        ("avatar", "avatar", False, ("model", "avatar:Avatar")),
        ("links", "links", False, ("model", "organization_links:OrganizationLinks")),
        ("has_auth_provider", "hasAuthProvider", False, None),
        ("allow_member_invite", "allowMemberInvite", False, None),
        ("allow_member_project_creation", "allowMemberProjectCreation", False, None),
        ("allow_superuser_access", "allowSuperuserAccess", False, None),
        ("features", "features", False, None),
        (
            "extra_options",
            "extraOptions",
            False,
            (
                "model",
                "organization_summary_extra_options:OrganizationSummaryExtraOptions",
            ),
        ),
        ("access", "access", False, None),
        (
            "onboarding_tasks",
            "onboardingTasks",
            False,
            (
                "list",
                ("model", "organization_onboarding_task:OrganizationOnboardingTask"),
            ),
        ),
        ("role", "role", False, None),
        ("org_role", "orgRole", False, None),
        (
            "experiments",
            "experiments",
            False,
            ("model", "organization_experiments:OrganizationExperiments"),
        ),
        ("quota", "quota", False, ("model", "organization_quota:OrganizationQuota")),
        ("is_default", "isDefault", False, None),
        ("default_role", "defaultRole", False, None),
        (
            "available_roles",
            "availableRoles",
            False,
            (
                "list",
                (
                    "model",
                    "organization_available_roles_item:OrganizationAvailableRolesItem",
                ),
            ),
        ),
        (
            "org_role_list",
            "orgRoleList",
            False,
            ("list", ("model", "organization_role:OrganizationRole")),
        ),
        (
            "team_role_list",
            "teamRoleList",
            False,
            ("list", ("model", "organization_team_role:OrganizationTeamRole")),
        ),
        ("open_membership", "openMembership", False, None),
        ("allow_shared_issues", "allowSharedIssues", False, None),
        ("enhanced_privacy", "enhancedPrivacy", False, None),
        ("data_scrubber", "dataScrubber", False, None),
        ("data_scrubber_defaults", "dataScrubberDefaults", False, None),
        ("sensitive_fields", "sensitiveFields", False, None),
        ("safe_fields", "safeFields", False, None),
        ("store_crash_reports", "storeCrashReports", False, None),
        ("attachments_role", "attachmentsRole", False, None),
        ("debug_files_role", "debugFilesRole", False, None),
        ("events_member_admin", "eventsMemberAdmin", False, None),
        ("alerts_member_write", "alertsMemberWrite", False, None),
        ("scrub_ip_addresses", "scrubIPAddresses", False, None),
        ("scrape_java_script", "scrapeJavaScript", False, None),
        ("allow_join_requests", "allowJoinRequests", False, None),
        ("relay_pii_config", "relayPiiConfig", False, None),
        ("relay_dsn_endpoint", "relayDsnEndpoint", False, None),
        (
            "trusted_relays",
            "trustedRelays",
            False,
            ("list", ("model", "organization_trusted_relay:OrganizationTrustedRelay")),
        ),
        ("pending_access_requests", "pendingAccessRequests", False, None),
        ("codecov_access", "codecovAccess", False, None),
        ("hide_ai_features", "hideAiFeatures", False, None),
        ("github_pr_bot", "githubPRBot", False, None),
        ("github_open_pr_bot", "githubOpenPRBot", False, None),
        ("github_nudge_invite", "githubNudgeInvite", False, None),
        ("aggregated_data_consent", "aggregatedDataConsent", False, None),
        ("gen_ai_consent", "genAIConsent", False, None),
        ("is_dynamically_sampled", "isDynamicallySampled", False, None),
        ("issue_alerts_thread_flag", "issueAlertsThreadFlag", False, None),
        ("metric_alerts_thread_flag", "metricAlertsThreadFlag", False, None),
        ("requires_sso", "requiresSso", False, None),
        ("rollback_enabled", "rollbackEnabled", False, None),
        ("streamline_only", "streamlineOnly", False, None),
        ("uptime_autodetection", "uptimeAutodetection", False, None),
        ("target_sample_rate", "targetSampleRate", False, None),
        ("sampling_mode", "samplingMode", False, None),
        ("effective_sample_rate", "effectiveSampleRate", False, None),
        ("plan_sample_rate", "planSampleRate", False, None),
        ("desired_sample_rate", "desiredSampleRate", False, None),
        (
            "default_autofix_automation_tuning",
            "defaultAutofixAutomationTuning",
            False,
            None,
        ),
        (
            "default_seer_scanner_automation",
            "defaultSeerScannerAutomation",
            False,
            None,
        ),
        ("enable_seer_coding", "enableSeerCoding", False, None),
        ("default_coding_agent", "defaultCodingAgent", False, None),
        (
            "default_coding_agent_integration_id",
            "defaultCodingAgentIntegrationId",
            False,
            None,
        ),
        (
            "default_automated_run_stopping_point",
            "defaultAutomatedRunStoppingPoint",
            False,
            None,
        ),
        ("auto_enable_code_review", "autoEnableCodeReview", False, None),
        ("auto_open_prs", "autoOpenPrs", False, None),
        ("default_code_review_triggers", "defaultCodeReviewTriggers", False, None),
        ("teams", "teams", False, ("list", ("model", "team:Team"))),
        (
            "projects",
            "projects",
            False,
            ("list", ("model", "project_summary:ProjectSummary")),
        ),
    )
    _sentry_extra = None

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        slug = self.slug

        name = self.name

        status: dict[str, Any] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.to_dict()

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        is_early_adopter = self.is_early_adopter

        require_2fa = self.require_2fa

        require_email_verification = self.require_email_verification

        avatar: dict[str, Any] | Unset = UNSET
        if not isinstance(self.avatar, Unset):
            avatar = self.avatar.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        has_auth_provider = self.has_auth_provider

        allow_member_invite = self.allow_member_invite

        allow_member_project_creation = self.allow_member_project_creation

        allow_superuser_access = self.allow_superuser_access

        features: list[str] | Unset = UNSET
        if not isinstance(self.features, Unset):
            features = self.features

        extra_options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.extra_options, Unset):
            extra_options = self.extra_options.to_dict()

        access: list[str] | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access

        onboarding_tasks: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.onboarding_tasks, Unset):
            onboarding_tasks = []
            for onboarding_tasks_item_data in self.onboarding_tasks:
                onboarding_tasks_item = onboarding_tasks_item_data.to_dict()
                onboarding_tasks.append(onboarding_tasks_item)

        role = self.role

        org_role = self.org_role

        experiments: dict[str, Any] | Unset = UNSET
        if not isinstance(self.experiments, Unset):
            experiments = self.experiments.to_dict()

        quota: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quota, Unset):
            quota = self.quota.to_dict()

        is_default = self.is_default

        default_role = self.default_role

        available_roles: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.available_roles, Unset):
            available_roles = []
            for available_roles_item_data in self.available_roles:
                available_roles_item = available_roles_item_data.to_dict()
                available_roles.append(available_roles_item)

        org_role_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.org_role_list, Unset):
            org_role_list = []
            for org_role_list_item_data in self.org_role_list:
                org_role_list_item = org_role_list_item_data.to_dict()
                org_role_list.append(org_role_list_item)

        team_role_list: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.team_role_list, Unset):
            team_role_list = []
            for team_role_list_item_data in self.team_role_list:
                team_role_list_item = team_role_list_item_data.to_dict()
                team_role_list.append(team_role_list_item)

        open_membership = self.open_membership

        allow_shared_issues = self.allow_shared_issues

        enhanced_privacy = self.enhanced_privacy

        data_scrubber = self.data_scrubber

        data_scrubber_defaults = self.data_scrubber_defaults

        sensitive_fields: list[str] | Unset = UNSET
        if not isinstance(self.sensitive_fields, Unset):
            sensitive_fields = self.sensitive_fields

        safe_fields: list[str] | Unset = UNSET
        if not isinstance(self.safe_fields, Unset):
            safe_fields = self.safe_fields

        store_crash_reports: bool | int | Unset
        if isinstance(self.store_crash_reports, Unset):
            store_crash_reports = UNSET
        else:
            store_crash_reports = self.store_crash_reports

        attachments_role = self.attachments_role

        debug_files_role = self.debug_files_role

        events_member_admin = self.events_member_admin

        alerts_member_write = self.alerts_member_write

        scrub_ip_addresses = self.scrub_ip_addresses

        scrape_java_script = self.scrape_java_script

        allow_join_requests = self.allow_join_requests

        relay_pii_config: None | str | Unset
        if isinstance(self.relay_pii_config, Unset):
            relay_pii_config = UNSET
        else:
            relay_pii_config = self.relay_pii_config

        relay_dsn_endpoint: None | str | Unset
        if isinstance(self.relay_dsn_endpoint, Unset):
            relay_dsn_endpoint = UNSET
        else:
            relay_dsn_endpoint = self.relay_dsn_endpoint

        trusted_relays: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.trusted_relays, Unset):
            trusted_relays = []
            for trusted_relays_item_data in self.trusted_relays:
                trusted_relays_item = trusted_relays_item_data.to_dict()
                trusted_relays.append(trusted_relays_item)

        pending_access_requests = self.pending_access_requests

        codecov_access = self.codecov_access

        hide_ai_features = self.hide_ai_features

        github_pr_bot = self.github_pr_bot

        github_open_pr_bot = self.github_open_pr_bot

        github_nudge_invite = self.github_nudge_invite

        aggregated_data_consent = self.aggregated_data_consent

        gen_ai_consent = self.gen_ai_consent

        is_dynamically_sampled = self.is_dynamically_sampled

        issue_alerts_thread_flag = self.issue_alerts_thread_flag

        metric_alerts_thread_flag = self.metric_alerts_thread_flag

        requires_sso = self.requires_sso

        rollback_enabled = self.rollback_enabled

        streamline_only: bool | None | Unset
        if isinstance(self.streamline_only, Unset):
            streamline_only = UNSET
        else:
            streamline_only = self.streamline_only

        uptime_autodetection = self.uptime_autodetection

        target_sample_rate = self.target_sample_rate

        sampling_mode = self.sampling_mode

        effective_sample_rate = self.effective_sample_rate

        plan_sample_rate = self.plan_sample_rate

        desired_sample_rate = self.desired_sample_rate

        default_autofix_automation_tuning = self.default_autofix_automation_tuning

        default_seer_scanner_automation = self.default_seer_scanner_automation

        enable_seer_coding = self.enable_seer_coding

        default_coding_agent: None | str | Unset
        if isinstance(self.default_coding_agent, Unset):
            default_coding_agent = UNSET
        else:
            default_coding_agent = self.default_coding_agent

        default_coding_agent_integration_id: None | str | Unset
        if isinstance(self.default_coding_agent_integration_id, Unset):
            default_coding_agent_integration_id = UNSET
        else:
            default_coding_agent_integration_id = self.default_coding_agent_integration_id

        default_automated_run_stopping_point = self.default_automated_run_stopping_point

        auto_enable_code_review = self.auto_enable_code_review

        auto_open_prs = self.auto_open_prs

        default_code_review_triggers: list[str] | Unset = UNSET
        if not isinstance(self.default_code_review_triggers, Unset):
            default_code_review_triggers = self.default_code_review_triggers

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        projects: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.projects, Unset):
            projects = []
            for projects_item_data in self.projects:
                projects_item = projects_item_data.to_dict()
                projects.append(projects_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "slug": slug,
                "name": name,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if is_early_adopter is not UNSET:
            field_dict["isEarlyAdopter"] = is_early_adopter
        if require_2fa is not UNSET:
            field_dict["require2FA"] = require_2fa
        if require_email_verification is not UNSET:
            field_dict["requireEmailVerification"] = require_email_verification
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if links is not UNSET:
            field_dict["links"] = links
        if has_auth_provider is not UNSET:
            field_dict["hasAuthProvider"] = has_auth_provider
        if allow_member_invite is not UNSET:
            field_dict["allowMemberInvite"] = allow_member_invite
        if allow_member_project_creation is not UNSET:
            field_dict["allowMemberProjectCreation"] = allow_member_project_creation
        if allow_superuser_access is not UNSET:
            field_dict["allowSuperuserAccess"] = allow_superuser_access
        if features is not UNSET:
            field_dict["features"] = features
        if extra_options is not UNSET:
            field_dict["extraOptions"] = extra_options
        if access is not UNSET:
            field_dict["access"] = access
        if onboarding_tasks is not UNSET:
            field_dict["onboardingTasks"] = onboarding_tasks
        if role is not UNSET:
            field_dict["role"] = role
        if org_role is not UNSET:
            field_dict["orgRole"] = org_role
        if experiments is not UNSET:
            field_dict["experiments"] = experiments
        if quota is not UNSET:
            field_dict["quota"] = quota
        if is_default is not UNSET:
            field_dict["isDefault"] = is_default
        if default_role is not UNSET:
            field_dict["defaultRole"] = default_role
        if available_roles is not UNSET:
            field_dict["availableRoles"] = available_roles
        if org_role_list is not UNSET:
            field_dict["orgRoleList"] = org_role_list
        if team_role_list is not UNSET:
            field_dict["teamRoleList"] = team_role_list
        if open_membership is not UNSET:
            field_dict["openMembership"] = open_membership
        if allow_shared_issues is not UNSET:
            field_dict["allowSharedIssues"] = allow_shared_issues
        if enhanced_privacy is not UNSET:
            field_dict["enhancedPrivacy"] = enhanced_privacy
        if data_scrubber is not UNSET:
            field_dict["dataScrubber"] = data_scrubber
        if data_scrubber_defaults is not UNSET:
            field_dict["dataScrubberDefaults"] = data_scrubber_defaults
        if sensitive_fields is not UNSET:
            field_dict["sensitiveFields"] = sensitive_fields
        if safe_fields is not UNSET:
            field_dict["safeFields"] = safe_fields
        if store_crash_reports is not UNSET:
            field_dict["storeCrashReports"] = store_crash_reports
        if attachments_role is not UNSET:
            field_dict["attachmentsRole"] = attachments_role
        if debug_files_role is not UNSET:
            field_dict["debugFilesRole"] = debug_files_role
        if events_member_admin is not UNSET:
            field_dict["eventsMemberAdmin"] = events_member_admin
        if alerts_member_write is not UNSET:
            field_dict["alertsMemberWrite"] = alerts_member_write
        if scrub_ip_addresses is not UNSET:
            field_dict["scrubIPAddresses"] = scrub_ip_addresses
        if scrape_java_script is not UNSET:
            field_dict["scrapeJavaScript"] = scrape_java_script
        if allow_join_requests is not UNSET:
            field_dict["allowJoinRequests"] = allow_join_requests
        if relay_pii_config is not UNSET:
            field_dict["relayPiiConfig"] = relay_pii_config
        if relay_dsn_endpoint is not UNSET:
            field_dict["relayDsnEndpoint"] = relay_dsn_endpoint
        if trusted_relays is not UNSET:
            field_dict["trustedRelays"] = trusted_relays
        if pending_access_requests is not UNSET:
            field_dict["pendingAccessRequests"] = pending_access_requests
        if codecov_access is not UNSET:
            field_dict["codecovAccess"] = codecov_access
        if hide_ai_features is not UNSET:
            field_dict["hideAiFeatures"] = hide_ai_features
        if github_pr_bot is not UNSET:
            field_dict["githubPRBot"] = github_pr_bot
        if github_open_pr_bot is not UNSET:
            field_dict["githubOpenPRBot"] = github_open_pr_bot
        if github_nudge_invite is not UNSET:
            field_dict["githubNudgeInvite"] = github_nudge_invite
        if aggregated_data_consent is not UNSET:
            field_dict["aggregatedDataConsent"] = aggregated_data_consent
        if gen_ai_consent is not UNSET:
            field_dict["genAIConsent"] = gen_ai_consent
        if is_dynamically_sampled is not UNSET:
            field_dict["isDynamicallySampled"] = is_dynamically_sampled
        if issue_alerts_thread_flag is not UNSET:
            field_dict["issueAlertsThreadFlag"] = issue_alerts_thread_flag
        if metric_alerts_thread_flag is not UNSET:
            field_dict["metricAlertsThreadFlag"] = metric_alerts_thread_flag
        if requires_sso is not UNSET:
            field_dict["requiresSso"] = requires_sso
        if rollback_enabled is not UNSET:
            field_dict["rollbackEnabled"] = rollback_enabled
        if streamline_only is not UNSET:
            field_dict["streamlineOnly"] = streamline_only
        if uptime_autodetection is not UNSET:
            field_dict["uptimeAutodetection"] = uptime_autodetection
        if target_sample_rate is not UNSET:
            field_dict["targetSampleRate"] = target_sample_rate
        if sampling_mode is not UNSET:
            field_dict["samplingMode"] = sampling_mode
        if effective_sample_rate is not UNSET:
            field_dict["effectiveSampleRate"] = effective_sample_rate
        if plan_sample_rate is not UNSET:
            field_dict["planSampleRate"] = plan_sample_rate
        if desired_sample_rate is not UNSET:
            field_dict["desiredSampleRate"] = desired_sample_rate
        if default_autofix_automation_tuning is not UNSET:
            field_dict["defaultAutofixAutomationTuning"] = default_autofix_automation_tuning
        if default_seer_scanner_automation is not UNSET:
            field_dict["defaultSeerScannerAutomation"] = default_seer_scanner_automation
        if enable_seer_coding is not UNSET:
            field_dict["enableSeerCoding"] = enable_seer_coding
        if default_coding_agent is not UNSET:
            field_dict["defaultCodingAgent"] = default_coding_agent
        if default_coding_agent_integration_id is not UNSET:
            field_dict["defaultCodingAgentIntegrationId"] = default_coding_agent_integration_id
        if default_automated_run_stopping_point is not UNSET:
            field_dict["defaultAutomatedRunStoppingPoint"] = default_automated_run_stopping_point
        if auto_enable_code_review is not UNSET:
            field_dict["autoEnableCodeReview"] = auto_enable_code_review
        if auto_open_prs is not UNSET:
            field_dict["autoOpenPrs"] = auto_open_prs
        if default_code_review_triggers is not UNSET:
            field_dict["defaultCodeReviewTriggers"] = default_code_review_triggers
        if teams is not UNSET:
            field_dict["teams"] = teams
        if projects is not UNSET:
            field_dict["projects"] = projects

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.avatar import Avatar
        from ..models.organization_available_roles_item import (
            OrganizationAvailableRolesItem,
        )
        from ..models.organization_experiments import OrganizationExperiments
        from ..models.organization_links import OrganizationLinks
        from ..models.organization_onboarding_task import OrganizationOnboardingTask
        from ..models.organization_quota import OrganizationQuota
        from ..models.organization_role import OrganizationRole
        from ..models.organization_status import OrganizationStatus
        from ..models.organization_summary_extra_options import (
            OrganizationSummaryExtraOptions,
        )
        from ..models.organization_team_role import OrganizationTeamRole
        from ..models.organization_trusted_relay import OrganizationTrustedRelay
        from ..models.project_summary import ProjectSummary
        from ..models.team import Team

        d = dict(src_dict)
        id = d.pop("id")

        slug = d.pop("slug")

        name = d.pop("name")

        _status = d.pop("status", UNSET)
        status: OrganizationStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = OrganizationStatus.from_dict(_status)

        _date_created = d.pop("dateCreated", UNSET)
        date_created: datetime.datetime | Unset
        if isinstance(_date_created, Unset):
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        is_early_adopter = d.pop("isEarlyAdopter", UNSET)

        require_2fa = d.pop("require2FA", UNSET)

        require_email_verification = d.pop("requireEmailVerification", UNSET)

        _avatar = d.pop("avatar", UNSET)
        avatar: Avatar | Unset
        if isinstance(_avatar, Unset):
            avatar = UNSET
        else:
            avatar = Avatar.from_dict(_avatar)

        _links = d.pop("links", UNSET)
        links: OrganizationLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = OrganizationLinks.from_dict(_links)

        has_auth_provider = d.pop("hasAuthProvider", UNSET)

        allow_member_invite = d.pop("allowMemberInvite", UNSET)

        allow_member_project_creation = d.pop("allowMemberProjectCreation", UNSET)

        allow_superuser_access = d.pop("allowSuperuserAccess", UNSET)

        features = cast(list[str], d.pop("features", UNSET))

        _extra_options = d.pop("extraOptions", UNSET)
        extra_options: OrganizationSummaryExtraOptions | Unset
        if isinstance(_extra_options, Unset):
            extra_options = UNSET
        else:
            extra_options = OrganizationSummaryExtraOptions.from_dict(_extra_options)

        access = cast(list[str], d.pop("access", UNSET))

        _onboarding_tasks = d.pop("onboardingTasks", UNSET)
        onboarding_tasks: list[OrganizationOnboardingTask] | Unset = UNSET
        if _onboarding_tasks is not UNSET:
            onboarding_tasks = []
            for onboarding_tasks_item_data in _onboarding_tasks:
                onboarding_tasks_item = OrganizationOnboardingTask.from_dict(
                    onboarding_tasks_item_data
                )

                onboarding_tasks.append(onboarding_tasks_item)

        role = d.pop("role", UNSET)

        org_role = d.pop("orgRole", UNSET)

        _experiments = d.pop("experiments", UNSET)
        experiments: OrganizationExperiments | Unset
        if isinstance(_experiments, Unset):
            experiments = UNSET
        else:
            experiments = OrganizationExperiments.from_dict(_experiments)

        _quota = d.pop("quota", UNSET)
        quota: OrganizationQuota | Unset
        if isinstance(_quota, Unset):
            quota = UNSET
        else:
            quota = OrganizationQuota.from_dict(_quota)

        is_default = d.pop("isDefault", UNSET)

        default_role = d.pop("defaultRole", UNSET)

        _available_roles = d.pop("availableRoles", UNSET)
        available_roles: list[OrganizationAvailableRolesItem] | Unset = UNSET
        if _available_roles is not UNSET:
            available_roles = []
            for available_roles_item_data in _available_roles:
                available_roles_item = OrganizationAvailableRolesItem.from_dict(
                    available_roles_item_data
                )

                available_roles.append(available_roles_item)

        _org_role_list = d.pop("orgRoleList", UNSET)
        org_role_list: list[OrganizationRole] | Unset = UNSET
        if _org_role_list is not UNSET:
            org_role_list = []
            for org_role_list_item_data in _org_role_list:
                org_role_list_item = OrganizationRole.from_dict(org_role_list_item_data)

                org_role_list.append(org_role_list_item)

        _team_role_list = d.pop("teamRoleList", UNSET)
        team_role_list: list[OrganizationTeamRole] | Unset = UNSET
        if _team_role_list is not UNSET:
            team_role_list = []
            for team_role_list_item_data in _team_role_list:
                team_role_list_item = OrganizationTeamRole.from_dict(team_role_list_item_data)

                team_role_list.append(team_role_list_item)

        open_membership = d.pop("openMembership", UNSET)

        allow_shared_issues = d.pop("allowSharedIssues", UNSET)

        enhanced_privacy = d.pop("enhancedPrivacy", UNSET)

        data_scrubber = d.pop("dataScrubber", UNSET)

        data_scrubber_defaults = d.pop("dataScrubberDefaults", UNSET)

        sensitive_fields = cast(list[str], d.pop("sensitiveFields", UNSET))

        safe_fields = cast(list[str], d.pop("safeFields", UNSET))

        def _parse_store_crash_reports(data: object) -> bool | int | Unset:
            if isinstance(data, Unset):
                return data
            return cast(bool | int | Unset, data)

        store_crash_reports = _parse_store_crash_reports(d.pop("storeCrashReports", UNSET))

        attachments_role = d.pop("attachmentsRole", UNSET)

        debug_files_role = d.pop("debugFilesRole", UNSET)

        events_member_admin = d.pop("eventsMemberAdmin", UNSET)

        alerts_member_write = d.pop("alertsMemberWrite", UNSET)

        scrub_ip_addresses = d.pop("scrubIPAddresses", UNSET)

        scrape_java_script = d.pop("scrapeJavaScript", UNSET)

        allow_join_requests = d.pop("allowJoinRequests", UNSET)

        def _parse_relay_pii_config(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relay_pii_config = _parse_relay_pii_config(d.pop("relayPiiConfig", UNSET))

        def _parse_relay_dsn_endpoint(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        relay_dsn_endpoint = _parse_relay_dsn_endpoint(d.pop("relayDsnEndpoint", UNSET))

        _trusted_relays = d.pop("trustedRelays", UNSET)
        trusted_relays: list[OrganizationTrustedRelay] | Unset = UNSET
        if _trusted_relays is not UNSET:
            trusted_relays = []
            for trusted_relays_item_data in _trusted_relays:
                trusted_relays_item = OrganizationTrustedRelay.from_dict(trusted_relays_item_data)

                trusted_relays.append(trusted_relays_item)

        pending_access_requests = d.pop("pendingAccessRequests", UNSET)

        codecov_access = d.pop("codecovAccess", UNSET)

        hide_ai_features = d.pop("hideAiFeatures", UNSET)

        github_pr_bot = d.pop("githubPRBot", UNSET)

        github_open_pr_bot = d.pop("githubOpenPRBot", UNSET)

        github_nudge_invite = d.pop("githubNudgeInvite", UNSET)

        aggregated_data_consent = d.pop("aggregatedDataConsent", UNSET)

        gen_ai_consent = d.pop("genAIConsent", UNSET)

        is_dynamically_sampled = d.pop("isDynamicallySampled", UNSET)

        issue_alerts_thread_flag = d.pop("issueAlertsThreadFlag", UNSET)

        metric_alerts_thread_flag = d.pop("metricAlertsThreadFlag", UNSET)

        requires_sso = d.pop("requiresSso", UNSET)

        rollback_enabled = d.pop("rollbackEnabled", UNSET)

        def _parse_streamline_only(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        streamline_only = _parse_streamline_only(d.pop("streamlineOnly", UNSET))

        uptime_autodetection = d.pop("uptimeAutodetection", UNSET)

        target_sample_rate = d.pop("targetSampleRate", UNSET)

        sampling_mode = d.pop("samplingMode", UNSET)

        effective_sample_rate = d.pop("effectiveSampleRate", UNSET)

        plan_sample_rate = d.pop("planSampleRate", UNSET)

        desired_sample_rate = d.pop("desiredSampleRate", UNSET)

        default_autofix_automation_tuning = d.pop("defaultAutofixAutomationTuning", UNSET)

        default_seer_scanner_automation = d.pop("defaultSeerScannerAutomation", UNSET)

        enable_seer_coding = d.pop("enableSeerCoding", UNSET)

        def _parse_default_coding_agent(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_coding_agent = _parse_default_coding_agent(d.pop("defaultCodingAgent", UNSET))

        def _parse_default_coding_agent_integration_id(
            data: object,
        ) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        default_coding_agent_integration_id = _parse_default_coding_agent_integration_id(
            d.pop("defaultCodingAgentIntegrationId", UNSET)
        )

        default_automated_run_stopping_point = d.pop("defaultAutomatedRunStoppingPoint", UNSET)

        auto_enable_code_review = d.pop("autoEnableCodeReview", UNSET)

        auto_open_prs = d.pop("autoOpenPrs", UNSET)

        default_code_review_triggers = cast(list[str], d.pop("defaultCodeReviewTriggers", UNSET))

        _teams = d.pop("teams", UNSET)
        teams: list[Team] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = Team.from_dict(teams_item_data)

                teams.append(teams_item)

        _projects = d.pop("projects", UNSET)
        projects: list[ProjectSummary] | Unset = UNSET
        if _projects is not UNSET:
            projects = []
            for projects_item_data in _projects:
                projects_item = ProjectSummary.from_dict(projects_item_data)

                projects.append(projects_item)

        organization = cls(
            id=id,
            slug=slug,
            name=name,
            status=status,
            date_created=date_created,
            is_early_adopter=is_early_adopter,
            require_2fa=require_2fa,
            require_email_verification=require_email_verification,
            avatar=avatar,
            links=links,
            has_auth_provider=has_auth_provider,
            allow_member_invite=allow_member_invite,
            allow_member_project_creation=allow_member_project_creation,
            allow_superuser_access=allow_superuser_access,
            features=features,
            extra_options=extra_options,
            access=access,
            onboarding_tasks=onboarding_tasks,
            role=role,
            org_role=org_role,
            experiments=experiments,
            quota=quota,
            is_default=is_default,
            default_role=default_role,
            available_roles=available_roles,
            org_role_list=org_role_list,
            team_role_list=team_role_list,
            open_membership=open_membership,
            allow_shared_issues=allow_shared_issues,
            enhanced_privacy=enhanced_privacy,
            data_scrubber=data_scrubber,
            data_scrubber_defaults=data_scrubber_defaults,
            sensitive_fields=sensitive_fields,
            safe_fields=safe_fields,
            store_crash_reports=store_crash_reports,
            attachments_role=attachments_role,
            debug_files_role=debug_files_role,
            events_member_admin=events_member_admin,
            alerts_member_write=alerts_member_write,
            scrub_ip_addresses=scrub_ip_addresses,
            scrape_java_script=scrape_java_script,
            allow_join_requests=allow_join_requests,
            relay_pii_config=relay_pii_config,
            relay_dsn_endpoint=relay_dsn_endpoint,
            trusted_relays=trusted_relays,
            pending_access_requests=pending_access_requests,
            codecov_access=codecov_access,
            hide_ai_features=hide_ai_features,
            github_pr_bot=github_pr_bot,
            github_open_pr_bot=github_open_pr_bot,
            github_nudge_invite=github_nudge_invite,
            aggregated_data_consent=aggregated_data_consent,
            gen_ai_consent=gen_ai_consent,
            is_dynamically_sampled=is_dynamically_sampled,
            issue_alerts_thread_flag=issue_alerts_thread_flag,
            metric_alerts_thread_flag=metric_alerts_thread_flag,
            requires_sso=requires_sso,
            rollback_enabled=rollback_enabled,
            streamline_only=streamline_only,
            uptime_autodetection=uptime_autodetection,
            target_sample_rate=target_sample_rate,
            sampling_mode=sampling_mode,
            effective_sample_rate=effective_sample_rate,
            plan_sample_rate=plan_sample_rate,
            desired_sample_rate=desired_sample_rate,
            default_autofix_automation_tuning=default_autofix_automation_tuning,
            default_seer_scanner_automation=default_seer_scanner_automation,
            enable_seer_coding=enable_seer_coding,
            default_coding_agent=default_coding_agent,
            default_coding_agent_integration_id=default_coding_agent_integration_id,
            default_automated_run_stopping_point=default_automated_run_stopping_point,
            auto_enable_code_review=auto_enable_code_review,
            auto_open_prs=auto_open_prs,
            default_code_review_triggers=default_code_review_triggers,
            teams=teams,
            projects=projects,
        )

        organization.additional_properties = d
        return organization

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

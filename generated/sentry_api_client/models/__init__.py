"""The data models of the API, each imported on first use.

Written by scripts/generate.py from the generator's eager version; do not edit. Importing one
model (as every generated endpoint module does) no longer imports all of them.
"""

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .avatar import Avatar
    from .bulk_mutate_organization_issues_sort import BulkMutateOrganizationIssuesSort
    from .bulk_mutate_project_issues_status import BulkMutateProjectIssuesStatus
    from .deploy import Deploy
    from .deploy_create import DeployCreate
    from .error_detail import ErrorDetail
    from .event import Event
    from .event_breakdowns_type_0 import EventBreakdownsType0
    from .event_context_type_0 import EventContextType0
    from .event_contexts_type_0 import EventContextsType0
    from .event_crash_file_type_0 import EventCrashFileType0
    from .event_entry import EventEntry
    from .event_formatted import EventFormatted
    from .event_grouping_config import EventGroupingConfig
    from .event_measurements_type_0 import EventMeasurementsType0
    from .event_meta import EventMeta
    from .event_metadata import EventMetadata
    from .event_occurrence_type_0 import EventOccurrenceType0
    from .event_packages_type_0 import EventPackagesType0
    from .event_processing_error import EventProcessingError
    from .event_processing_error_data import EventProcessingErrorData
    from .event_release import EventRelease
    from .event_sdk import EventSdk
    from .event_sdk_updates_item import EventSdkUpdatesItem
    from .event_summary import EventSummary
    from .event_summary_context_type_0 import EventSummaryContextType0
    from .event_summary_contexts_type_0 import EventSummaryContextsType0
    from .event_summary_meta import EventSummaryMeta
    from .event_summary_metadata import EventSummaryMetadata
    from .event_summary_occurrence_type_0 import EventSummaryOccurrenceType0
    from .event_summary_packages_type_0 import EventSummaryPackagesType0
    from .event_tag import EventTag
    from .event_user_context import EventUserContext
    from .event_user_context_data_type_0 import EventUserContextDataType0
    from .event_user_context_geo_type_0 import EventUserContextGeoType0
    from .event_user_report_type_0 import EventUserReportType0
    from .issue import Issue
    from .issue_activity import IssueActivity
    from .issue_activity_data import IssueActivityData
    from .issue_activity_user_type_0 import IssueActivityUserType0
    from .issue_annotation import IssueAnnotation
    from .issue_assignee import IssueAssignee
    from .issue_bulk_update import IssueBulkUpdate
    from .issue_bulk_update_priority import IssueBulkUpdatePriority
    from .issue_bulk_update_result import IssueBulkUpdateResult
    from .issue_bulk_update_status import IssueBulkUpdateStatus
    from .issue_commit_ref import IssueCommitRef
    from .issue_current_status_details import IssueCurrentStatusDetails
    from .issue_current_status_details_actor import IssueCurrentStatusDetailsActor
    from .issue_current_status_details_in_commit import IssueCurrentStatusDetailsInCommit
    from .issue_current_status_details_info_type_0 import IssueCurrentStatusDetailsInfoType0
    from .issue_derived_data import IssueDerivedData
    from .issue_detail import IssueDetail
    from .issue_detail_forecast import IssueDetailForecast
    from .issue_detail_participants_item import IssueDetailParticipantsItem
    from .issue_detail_seen_by_item import IssueDetailSeenByItem
    from .issue_hash import IssueHash
    from .issue_inbox import IssueInbox
    from .issue_inbox_reason_details_type_0 import IssueInboxReasonDetailsType0
    from .issue_integration_issues_item import IssueIntegrationIssuesItem
    from .issue_merge_result import IssueMergeResult
    from .issue_metadata import IssueMetadata
    from .issue_owner import IssueOwner
    from .issue_project import IssueProject
    from .issue_release import IssueRelease
    from .issue_seen_stats import IssueSeenStats
    from .issue_sentry_app_issues_item import IssueSentryAppIssuesItem
    from .issue_stats import IssueStats
    from .issue_status_details import IssueStatusDetails
    from .issue_subscription_details import IssueSubscriptionDetails
    from .issue_substatus import IssueSubstatus
    from .issue_tag_summary import IssueTagSummary
    from .issue_tag_summary_top_values_item import IssueTagSummaryTopValuesItem
    from .issue_update import IssueUpdate
    from .issue_update_priority import IssueUpdatePriority
    from .issue_update_status import IssueUpdateStatus
    from .list_organization_issues_collapse_item import ListOrganizationIssuesCollapseItem
    from .list_organization_issues_expand_item import ListOrganizationIssuesExpandItem
    from .list_organization_issues_group_stats_period import ListOrganizationIssuesGroupStatsPeriod
    from .list_organization_issues_short_id_lookup import ListOrganizationIssuesShortIdLookup
    from .list_organization_issues_sort import ListOrganizationIssuesSort
    from .list_organization_releases_sort import ListOrganizationReleasesSort
    from .list_organization_releases_status import ListOrganizationReleasesStatus
    from .list_organization_teams_detailed import ListOrganizationTeamsDetailed
    from .list_organizations_sort_by import ListOrganizationsSortBy
    from .list_project_issues_short_id_lookup import ListProjectIssuesShortIdLookup
    from .list_project_issues_sort import ListProjectIssuesSort
    from .list_project_issues_stats_period import ListProjectIssuesStatsPeriod
    from .list_project_keys_status import ListProjectKeysStatus
    from .list_projects_status import ListProjectsStatus
    from .list_team_projects_stats_period import ListTeamProjectsStatsPeriod
    from .member_external_user import MemberExternalUser
    from .member_flags import MemberFlags
    from .member_group_org_role import MemberGroupOrgRole
    from .member_invite import MemberInvite
    from .member_invite_org_role import MemberInviteOrgRole
    from .member_org_role_option import MemberOrgRoleOption
    from .member_team_role import MemberTeamRole
    from .member_team_role_input import MemberTeamRoleInput
    from .member_team_role_input_role import MemberTeamRoleInputRole
    from .member_team_role_option import MemberTeamRoleOption
    from .member_update import MemberUpdate
    from .member_update_org_role import MemberUpdateOrgRole
    from .member_user import MemberUser
    from .member_user_avatar import MemberUserAvatar
    from .member_user_email import MemberUserEmail
    from .member_user_experiments import MemberUserExperiments
    from .member_user_identities_item import MemberUserIdentitiesItem
    from .organization import Organization
    from .organization_available_roles_item import OrganizationAvailableRolesItem
    from .organization_experiments import OrganizationExperiments
    from .organization_links import OrganizationLinks
    from .organization_member import OrganizationMember
    from .organization_onboarding_task import OrganizationOnboardingTask
    from .organization_onboarding_task_user_type_0 import OrganizationOnboardingTaskUserType0
    from .organization_quota import OrganizationQuota
    from .organization_role import OrganizationRole
    from .organization_status import OrganizationStatus
    from .organization_summary import OrganizationSummary
    from .organization_summary_extra_options import OrganizationSummaryExtraOptions
    from .organization_summary_extra_options_additional_property import (
        OrganizationSummaryExtraOptionsAdditionalProperty,
    )
    from .organization_team_role import OrganizationTeamRole
    from .organization_trusted_relay import OrganizationTrustedRelay
    from .organization_trusted_relay_input import OrganizationTrustedRelayInput
    from .organization_update import OrganizationUpdate
    from .organization_update_attachments_role import OrganizationUpdateAttachmentsRole
    from .organization_update_avatar_type import OrganizationUpdateAvatarType
    from .organization_update_debug_files_role import OrganizationUpdateDebugFilesRole
    from .organization_update_default_role import OrganizationUpdateDefaultRole
    from .organization_update_store_crash_reports import OrganizationUpdateStoreCrashReports
    from .project import Project
    from .project_base import ProjectBase
    from .project_core import ProjectCore
    from .project_core_session_stats import ProjectCoreSessionStats
    from .project_create import ProjectCreate
    from .project_dynamic_sampling_bias import ProjectDynamicSamplingBias
    from .project_event_processing import ProjectEventProcessing
    from .project_highlight_context import ProjectHighlightContext
    from .project_highlight_preset import ProjectHighlightPreset
    from .project_highlight_preset_context import ProjectHighlightPresetContext
    from .project_key import ProjectKey
    from .project_key_browser_sdk import ProjectKeyBrowserSdk
    from .project_key_dsn import ProjectKeyDsn
    from .project_key_dynamic_sdk_loader_options import ProjectKeyDynamicSdkLoaderOptions
    from .project_key_rate_limit import ProjectKeyRateLimit
    from .project_latest_deploy import ProjectLatestDeploy
    from .project_latest_release import ProjectLatestRelease
    from .project_options import ProjectOptions
    from .project_plugins_item import ProjectPluginsItem
    from .project_summary import ProjectSummary
    from .project_summary_latest_deploys_type_0 import ProjectSummaryLatestDeploysType0
    from .project_summary_options import ProjectSummaryOptions
    from .project_team_ref import ProjectTeamRef
    from .project_update import ProjectUpdate
    from .project_update_highlight_context import ProjectUpdateHighlightContext
    from .project_user import ProjectUser
    from .project_with_organization import ProjectWithOrganization
    from .release import Release
    from .release_adoption_stages_type_0 import ReleaseAdoptionStagesType0
    from .release_author import ReleaseAuthor
    from .release_author_experiments import ReleaseAuthorExperiments
    from .release_commit import ReleaseCommit
    from .release_commit_file_change import ReleaseCommitFileChange
    from .release_commit_file_change_type import ReleaseCommitFileChangeType
    from .release_commit_input import ReleaseCommitInput
    from .release_commit_pull_request_type_0 import ReleaseCommitPullRequestType0
    from .release_commit_releases_item import ReleaseCommitReleasesItem
    from .release_create import ReleaseCreate
    from .release_create_status import ReleaseCreateStatus
    from .release_current_project_meta_type_0 import ReleaseCurrentProjectMetaType0
    from .release_data import ReleaseData
    from .release_head_commit_input import ReleaseHeadCommitInput
    from .release_project import ReleaseProject
    from .release_project_health_data import ReleaseProjectHealthData
    from .release_project_health_data_stats import ReleaseProjectHealthDataStats
    from .release_ref_input import ReleaseRefInput
    from .release_repository import ReleaseRepository
    from .release_repository_provider_type_0 import ReleaseRepositoryProviderType0
    from .release_update import ReleaseUpdate
    from .release_version_info import ReleaseVersionInfo
    from .release_version_info_version import ReleaseVersionInfoVersion
    from .retrieve_issue_collapse_item import RetrieveIssueCollapseItem
    from .retrieve_issue_event_llm_format import RetrieveIssueEventLlmFormat
    from .retrieve_issue_expand_item import RetrieveIssueExpandItem
    from .retrieve_organization_detailed import RetrieveOrganizationDetailed
    from .retrieve_release_health_stats_period import RetrieveReleaseHealthStatsPeriod
    from .retrieve_release_sort import RetrieveReleaseSort
    from .retrieve_release_status import RetrieveReleaseStatus
    from .retrieve_release_summary_stats_period import RetrieveReleaseSummaryStatsPeriod
    from .retrieve_team_collapse_item import RetrieveTeamCollapseItem
    from .retrieve_team_expand_item import RetrieveTeamExpandItem
    from .team import Team
    from .team_create import TeamCreate
    from .team_external_team import TeamExternalTeam
    from .team_flags import TeamFlags
    from .team_member import TeamMember
    from .team_member_external_users_item import TeamMemberExternalUsersItem
    from .team_member_flags import TeamMemberFlags
    from .team_member_user import TeamMemberUser
    from .team_member_user_email import TeamMemberUserEmail
    from .team_member_user_experiments import TeamMemberUserExperiments
    from .team_member_user_identities_item import TeamMemberUserIdentitiesItem
    from .team_update import TeamUpdate
    from .validation_error import ValidationError
    from .webhook_actor import WebhookActor
    from .webhook_app_installation import WebhookAppInstallation
    from .webhook_app_installation_app import WebhookAppInstallationApp
    from .webhook_app_installation_organization import WebhookAppInstallationOrganization
    from .webhook_comment_data import WebhookCommentData
    from .webhook_comment_payload import WebhookCommentPayload
    from .webhook_error_data import WebhookErrorData
    from .webhook_error_event import WebhookErrorEvent
    from .webhook_error_event_user_type_0 import WebhookErrorEventUserType0
    from .webhook_error_payload import WebhookErrorPayload
    from .webhook_event_alert_data import WebhookEventAlertData
    from .webhook_event_alert_payload import WebhookEventAlertPayload
    from .webhook_installation_data import WebhookInstallationData
    from .webhook_installation_payload import WebhookInstallationPayload
    from .webhook_installation_ref import WebhookInstallationRef
    from .webhook_issue import WebhookIssue
    from .webhook_issue_alert import WebhookIssueAlert
    from .webhook_issue_alert_setting import WebhookIssueAlertSetting
    from .webhook_issue_assigned_to_type_0 import WebhookIssueAssignedToType0
    from .webhook_issue_data import WebhookIssueData
    from .webhook_issue_payload import WebhookIssuePayload
    from .webhook_issue_project import WebhookIssueProject
    from .webhook_issue_status_details import WebhookIssueStatusDetails
    from .webhook_metric_alert_data import WebhookMetricAlertData
    from .webhook_metric_alert_incident import WebhookMetricAlertIncident
    from .webhook_metric_alert_payload import WebhookMetricAlertPayload
    from .webhook_metric_alert_rule import WebhookMetricAlertRule
    from .webhook_metric_alert_rule_triggers_item import WebhookMetricAlertRuleTriggersItem

_MODULE_OF = {
    "Avatar": "avatar",
    "BulkMutateOrganizationIssuesSort": "bulk_mutate_organization_issues_sort",
    "BulkMutateProjectIssuesStatus": "bulk_mutate_project_issues_status",
    "Deploy": "deploy",
    "DeployCreate": "deploy_create",
    "ErrorDetail": "error_detail",
    "Event": "event",
    "EventBreakdownsType0": "event_breakdowns_type_0",
    "EventContextType0": "event_context_type_0",
    "EventContextsType0": "event_contexts_type_0",
    "EventCrashFileType0": "event_crash_file_type_0",
    "EventEntry": "event_entry",
    "EventFormatted": "event_formatted",
    "EventGroupingConfig": "event_grouping_config",
    "EventMeasurementsType0": "event_measurements_type_0",
    "EventMeta": "event_meta",
    "EventMetadata": "event_metadata",
    "EventOccurrenceType0": "event_occurrence_type_0",
    "EventPackagesType0": "event_packages_type_0",
    "EventProcessingError": "event_processing_error",
    "EventProcessingErrorData": "event_processing_error_data",
    "EventRelease": "event_release",
    "EventSdk": "event_sdk",
    "EventSdkUpdatesItem": "event_sdk_updates_item",
    "EventSummary": "event_summary",
    "EventSummaryContextType0": "event_summary_context_type_0",
    "EventSummaryContextsType0": "event_summary_contexts_type_0",
    "EventSummaryMeta": "event_summary_meta",
    "EventSummaryMetadata": "event_summary_metadata",
    "EventSummaryOccurrenceType0": "event_summary_occurrence_type_0",
    "EventSummaryPackagesType0": "event_summary_packages_type_0",
    "EventTag": "event_tag",
    "EventUserContext": "event_user_context",
    "EventUserContextDataType0": "event_user_context_data_type_0",
    "EventUserContextGeoType0": "event_user_context_geo_type_0",
    "EventUserReportType0": "event_user_report_type_0",
    "Issue": "issue",
    "IssueActivity": "issue_activity",
    "IssueActivityData": "issue_activity_data",
    "IssueActivityUserType0": "issue_activity_user_type_0",
    "IssueAnnotation": "issue_annotation",
    "IssueAssignee": "issue_assignee",
    "IssueBulkUpdate": "issue_bulk_update",
    "IssueBulkUpdatePriority": "issue_bulk_update_priority",
    "IssueBulkUpdateResult": "issue_bulk_update_result",
    "IssueBulkUpdateStatus": "issue_bulk_update_status",
    "IssueCommitRef": "issue_commit_ref",
    "IssueCurrentStatusDetails": "issue_current_status_details",
    "IssueCurrentStatusDetailsActor": "issue_current_status_details_actor",
    "IssueCurrentStatusDetailsInCommit": "issue_current_status_details_in_commit",
    "IssueCurrentStatusDetailsInfoType0": "issue_current_status_details_info_type_0",
    "IssueDerivedData": "issue_derived_data",
    "IssueDetail": "issue_detail",
    "IssueDetailForecast": "issue_detail_forecast",
    "IssueDetailParticipantsItem": "issue_detail_participants_item",
    "IssueDetailSeenByItem": "issue_detail_seen_by_item",
    "IssueHash": "issue_hash",
    "IssueInbox": "issue_inbox",
    "IssueInboxReasonDetailsType0": "issue_inbox_reason_details_type_0",
    "IssueIntegrationIssuesItem": "issue_integration_issues_item",
    "IssueMergeResult": "issue_merge_result",
    "IssueMetadata": "issue_metadata",
    "IssueOwner": "issue_owner",
    "IssueProject": "issue_project",
    "IssueRelease": "issue_release",
    "IssueSeenStats": "issue_seen_stats",
    "IssueSentryAppIssuesItem": "issue_sentry_app_issues_item",
    "IssueStats": "issue_stats",
    "IssueStatusDetails": "issue_status_details",
    "IssueSubscriptionDetails": "issue_subscription_details",
    "IssueSubstatus": "issue_substatus",
    "IssueTagSummary": "issue_tag_summary",
    "IssueTagSummaryTopValuesItem": "issue_tag_summary_top_values_item",
    "IssueUpdate": "issue_update",
    "IssueUpdatePriority": "issue_update_priority",
    "IssueUpdateStatus": "issue_update_status",
    "ListOrganizationIssuesCollapseItem": "list_organization_issues_collapse_item",
    "ListOrganizationIssuesExpandItem": "list_organization_issues_expand_item",
    "ListOrganizationIssuesGroupStatsPeriod": "list_organization_issues_group_stats_period",
    "ListOrganizationIssuesShortIdLookup": "list_organization_issues_short_id_lookup",
    "ListOrganizationIssuesSort": "list_organization_issues_sort",
    "ListOrganizationReleasesSort": "list_organization_releases_sort",
    "ListOrganizationReleasesStatus": "list_organization_releases_status",
    "ListOrganizationTeamsDetailed": "list_organization_teams_detailed",
    "ListOrganizationsSortBy": "list_organizations_sort_by",
    "ListProjectIssuesShortIdLookup": "list_project_issues_short_id_lookup",
    "ListProjectIssuesSort": "list_project_issues_sort",
    "ListProjectIssuesStatsPeriod": "list_project_issues_stats_period",
    "ListProjectKeysStatus": "list_project_keys_status",
    "ListProjectsStatus": "list_projects_status",
    "ListTeamProjectsStatsPeriod": "list_team_projects_stats_period",
    "MemberExternalUser": "member_external_user",
    "MemberFlags": "member_flags",
    "MemberGroupOrgRole": "member_group_org_role",
    "MemberInvite": "member_invite",
    "MemberInviteOrgRole": "member_invite_org_role",
    "MemberOrgRoleOption": "member_org_role_option",
    "MemberTeamRole": "member_team_role",
    "MemberTeamRoleInput": "member_team_role_input",
    "MemberTeamRoleInputRole": "member_team_role_input_role",
    "MemberTeamRoleOption": "member_team_role_option",
    "MemberUpdate": "member_update",
    "MemberUpdateOrgRole": "member_update_org_role",
    "MemberUser": "member_user",
    "MemberUserAvatar": "member_user_avatar",
    "MemberUserEmail": "member_user_email",
    "MemberUserExperiments": "member_user_experiments",
    "MemberUserIdentitiesItem": "member_user_identities_item",
    "Organization": "organization",
    "OrganizationAvailableRolesItem": "organization_available_roles_item",
    "OrganizationExperiments": "organization_experiments",
    "OrganizationLinks": "organization_links",
    "OrganizationMember": "organization_member",
    "OrganizationOnboardingTask": "organization_onboarding_task",
    "OrganizationOnboardingTaskUserType0": "organization_onboarding_task_user_type_0",
    "OrganizationQuota": "organization_quota",
    "OrganizationRole": "organization_role",
    "OrganizationStatus": "organization_status",
    "OrganizationSummary": "organization_summary",
    "OrganizationSummaryExtraOptions": "organization_summary_extra_options",
    "OrganizationSummaryExtraOptionsAdditionalProperty": "organization_summary_extra_options_additional_property",
    "OrganizationTeamRole": "organization_team_role",
    "OrganizationTrustedRelay": "organization_trusted_relay",
    "OrganizationTrustedRelayInput": "organization_trusted_relay_input",
    "OrganizationUpdate": "organization_update",
    "OrganizationUpdateAttachmentsRole": "organization_update_attachments_role",
    "OrganizationUpdateAvatarType": "organization_update_avatar_type",
    "OrganizationUpdateDebugFilesRole": "organization_update_debug_files_role",
    "OrganizationUpdateDefaultRole": "organization_update_default_role",
    "OrganizationUpdateStoreCrashReports": "organization_update_store_crash_reports",
    "Project": "project",
    "ProjectBase": "project_base",
    "ProjectCore": "project_core",
    "ProjectCoreSessionStats": "project_core_session_stats",
    "ProjectCreate": "project_create",
    "ProjectDynamicSamplingBias": "project_dynamic_sampling_bias",
    "ProjectEventProcessing": "project_event_processing",
    "ProjectHighlightContext": "project_highlight_context",
    "ProjectHighlightPreset": "project_highlight_preset",
    "ProjectHighlightPresetContext": "project_highlight_preset_context",
    "ProjectKey": "project_key",
    "ProjectKeyBrowserSdk": "project_key_browser_sdk",
    "ProjectKeyDsn": "project_key_dsn",
    "ProjectKeyDynamicSdkLoaderOptions": "project_key_dynamic_sdk_loader_options",
    "ProjectKeyRateLimit": "project_key_rate_limit",
    "ProjectLatestDeploy": "project_latest_deploy",
    "ProjectLatestRelease": "project_latest_release",
    "ProjectOptions": "project_options",
    "ProjectPluginsItem": "project_plugins_item",
    "ProjectSummary": "project_summary",
    "ProjectSummaryLatestDeploysType0": "project_summary_latest_deploys_type_0",
    "ProjectSummaryOptions": "project_summary_options",
    "ProjectTeamRef": "project_team_ref",
    "ProjectUpdate": "project_update",
    "ProjectUpdateHighlightContext": "project_update_highlight_context",
    "ProjectUser": "project_user",
    "ProjectWithOrganization": "project_with_organization",
    "Release": "release",
    "ReleaseAdoptionStagesType0": "release_adoption_stages_type_0",
    "ReleaseAuthor": "release_author",
    "ReleaseAuthorExperiments": "release_author_experiments",
    "ReleaseCommit": "release_commit",
    "ReleaseCommitFileChange": "release_commit_file_change",
    "ReleaseCommitFileChangeType": "release_commit_file_change_type",
    "ReleaseCommitInput": "release_commit_input",
    "ReleaseCommitPullRequestType0": "release_commit_pull_request_type_0",
    "ReleaseCommitReleasesItem": "release_commit_releases_item",
    "ReleaseCreate": "release_create",
    "ReleaseCreateStatus": "release_create_status",
    "ReleaseCurrentProjectMetaType0": "release_current_project_meta_type_0",
    "ReleaseData": "release_data",
    "ReleaseHeadCommitInput": "release_head_commit_input",
    "ReleaseProject": "release_project",
    "ReleaseProjectHealthData": "release_project_health_data",
    "ReleaseProjectHealthDataStats": "release_project_health_data_stats",
    "ReleaseRefInput": "release_ref_input",
    "ReleaseRepository": "release_repository",
    "ReleaseRepositoryProviderType0": "release_repository_provider_type_0",
    "ReleaseUpdate": "release_update",
    "ReleaseVersionInfo": "release_version_info",
    "ReleaseVersionInfoVersion": "release_version_info_version",
    "RetrieveIssueCollapseItem": "retrieve_issue_collapse_item",
    "RetrieveIssueEventLlmFormat": "retrieve_issue_event_llm_format",
    "RetrieveIssueExpandItem": "retrieve_issue_expand_item",
    "RetrieveOrganizationDetailed": "retrieve_organization_detailed",
    "RetrieveReleaseHealthStatsPeriod": "retrieve_release_health_stats_period",
    "RetrieveReleaseSort": "retrieve_release_sort",
    "RetrieveReleaseStatus": "retrieve_release_status",
    "RetrieveReleaseSummaryStatsPeriod": "retrieve_release_summary_stats_period",
    "RetrieveTeamCollapseItem": "retrieve_team_collapse_item",
    "RetrieveTeamExpandItem": "retrieve_team_expand_item",
    "Team": "team",
    "TeamCreate": "team_create",
    "TeamExternalTeam": "team_external_team",
    "TeamFlags": "team_flags",
    "TeamMember": "team_member",
    "TeamMemberExternalUsersItem": "team_member_external_users_item",
    "TeamMemberFlags": "team_member_flags",
    "TeamMemberUser": "team_member_user",
    "TeamMemberUserEmail": "team_member_user_email",
    "TeamMemberUserExperiments": "team_member_user_experiments",
    "TeamMemberUserIdentitiesItem": "team_member_user_identities_item",
    "TeamUpdate": "team_update",
    "ValidationError": "validation_error",
    "WebhookActor": "webhook_actor",
    "WebhookAppInstallation": "webhook_app_installation",
    "WebhookAppInstallationApp": "webhook_app_installation_app",
    "WebhookAppInstallationOrganization": "webhook_app_installation_organization",
    "WebhookCommentData": "webhook_comment_data",
    "WebhookCommentPayload": "webhook_comment_payload",
    "WebhookErrorData": "webhook_error_data",
    "WebhookErrorEvent": "webhook_error_event",
    "WebhookErrorEventUserType0": "webhook_error_event_user_type_0",
    "WebhookErrorPayload": "webhook_error_payload",
    "WebhookEventAlertData": "webhook_event_alert_data",
    "WebhookEventAlertPayload": "webhook_event_alert_payload",
    "WebhookInstallationData": "webhook_installation_data",
    "WebhookInstallationPayload": "webhook_installation_payload",
    "WebhookInstallationRef": "webhook_installation_ref",
    "WebhookIssue": "webhook_issue",
    "WebhookIssueAlert": "webhook_issue_alert",
    "WebhookIssueAlertSetting": "webhook_issue_alert_setting",
    "WebhookIssueAssignedToType0": "webhook_issue_assigned_to_type_0",
    "WebhookIssueData": "webhook_issue_data",
    "WebhookIssuePayload": "webhook_issue_payload",
    "WebhookIssueProject": "webhook_issue_project",
    "WebhookIssueStatusDetails": "webhook_issue_status_details",
    "WebhookMetricAlertData": "webhook_metric_alert_data",
    "WebhookMetricAlertIncident": "webhook_metric_alert_incident",
    "WebhookMetricAlertPayload": "webhook_metric_alert_payload",
    "WebhookMetricAlertRule": "webhook_metric_alert_rule",
    "WebhookMetricAlertRuleTriggersItem": "webhook_metric_alert_rule_triggers_item",
}

__all__ = tuple(_MODULE_OF)


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
